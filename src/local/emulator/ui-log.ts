/**
 * What the emulated Ui showed to the user: menus with their items in order, sidebars and
 * dialogs with their HTML, alerts, prompts and toasts. Tests assert on it; tests can also
 * queue the buttons (and prompt text) the "user" answers with.
 */
import type { ButtonName } from './enums';

/** One entry of a menu as added to the UI. */
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'subMenu'; menu: MenuRecord };

/** A menu as added to the UI: an add-on menu is shown under the add-on's name. */
export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

/** A sidebar or dialog as shown. */
export interface HtmlShown {
  kind: 'sidebar' | 'modalDialog' | 'modelessDialog';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

/** An alert or prompt as shown, with the button the user chose. */
export interface DialogShown {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  response: ButtonName;
  responseText?: string;
}

/** A toast as shown. */
export interface ToastShown {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** The answer the "user" gives to the next alert or prompt. */
export interface QueuedResponse {
  button: ButtonName;
  text?: string;
}

/** Everything the emulated UI showed, in order of appearance per kind. */
export class UiLog {
  /** Menus currently in the UI (adding a menu with the same title again replaces it). */
  readonly menus: MenuRecord[] = [];
  readonly sidebars: HtmlShown[] = [];
  readonly dialogs: HtmlShown[] = [];
  readonly alerts: DialogShown[] = [];
  readonly prompts: DialogShown[] = [];
  readonly toasts: ToastShown[] = [];
  readonly #responses: QueuedResponse[] = [];

  /** Queues the answer to the next alert or prompt (default: the first button of its set). */
  queueResponse(button: ButtonName, text?: string): void {
    this.#responses.push({ button, text });
  }

  /** Takes the next queued answer, if any. */
  takeResponse(): QueuedResponse | undefined {
    return this.#responses.shift();
  }

  /** Records a menu added to the UI. */
  addMenu(menu: MenuRecord): void {
    const at = this.menus.findIndex((m) => m.title === menu.title && m.addon === menu.addon);
    if (at >= 0) this.menus.splice(at, 1, menu);
    else this.menus.push(menu);
  }

  /** The add-on menu, if one was added. */
  addonMenu(): MenuRecord | undefined {
    return this.menus.find((m) => m.addon);
  }

  /** Forgets everything shown and every queued answer. */
  clear(): void {
    for (const list of [this.menus, this.sidebars, this.dialogs, this.alerts, this.prompts, this.toasts, this.#responses]) {
      list.length = 0;
    }
  }
}
