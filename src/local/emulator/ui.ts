/**
 * The spreadsheet's Ui: menus (add-on menus appear under the add-on's name), sidebars,
 * dialogs, alerts, prompts. Everything shown goes to the environment's UiLog; the "user"
 * answers alerts and prompts with queued responses (default: the first button of the set).
 */
import { Button, ButtonSet, type ButtonName, type EnumValue } from './enums';
import type { Env } from './env';
import { HtmlOutput } from './html-output';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { SCOPE } from './scopes';
import type { HtmlShown, MenuEntry, MenuRecord } from './ui-log';

const DEFAULT_ANSWER: Record<string, ButtonName> = { OK: 'OK', OK_CANCEL: 'OK', YES_NO: 'YES', YES_NO_CANCEL: 'YES' };

/** A menu being built (Ui.createMenu / Ui.createAddonMenu). */
export class Menu extends Emulated {
  readonly #title: string;
  readonly #addon: boolean;
  readonly #entries: Array<{ kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'subMenu'; menu: Menu }> = [];

  constructor(env: Env, title: string, addon: boolean) {
    super(env);
    this.#title = title;
    this.#addon = addon;
  }

  /** What the menu holds now (for the log; not a script method). */
  static record(menu: Menu): MenuRecord {
    const items: MenuEntry[] = menu.#entries.map((e) => (e.kind === 'subMenu' ? { kind: 'subMenu', menu: Menu.record(e.menu) } : { ...e }));
    return { title: menu.#title, addon: menu.#addon, items };
  }

  addItem(caption: unknown, functionName: unknown): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw this[ENV].exception(MSG.signature(describeArgTypes([caption, functionName]), 'Menu.addItem'));
    }
    this.#entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.#entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: unknown): Menu {
    if (!(menu instanceof Menu)) throw this[ENV].exception(MSG.signature(describeArgTypes([menu]), 'Menu.addSubMenu'));
    this.#entries.push({ kind: 'subMenu', menu });
    return this;
  }

  /** Adds the menu to the spreadsheet's UI (replacing one with the same title). */
  addToUi(): void {
    this[ENV].uiLog.addMenu(Menu.record(this));
  }
}

/** The answer to Ui.prompt. */
export class PromptResponse extends Emulated {
  readonly #text: string;
  readonly #button: EnumValue;

  constructor(env: Env, text: string, button: EnumValue) {
    super(env);
    this.#text = text;
    this.#button = button;
  }

  getResponseText(): string {
    return this.#text;
  }

  getSelectedButton(): EnumValue {
    return this.#button;
  }
}

/** SpreadsheetApp.getUi(). */
export class Ui extends Emulated {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(env: Env) {
    super(env);
  }

  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string') throw this[ENV].exception(MSG.signature(describeArgTypes([caption]), 'Ui.createMenu'));
    return new Menu(this[ENV], caption, false);
  }

  /** A menu under Extensions, titled with the add-on's name. */
  createAddonMenu(): Menu {
    return new Menu(this[ENV], this[ENV].addOnName, true);
  }

  showSidebar(userInterface: unknown): void {
    this[ENV].uiLog.sidebars.push(this.#shown('sidebar', userInterface, 'showSidebar'));
  }

  showModalDialog(userInterface: unknown, title: unknown): void {
    const shown = this.#shown('modalDialog', userInterface, 'showModalDialog');
    this[ENV].uiLog.dialogs.push({ ...shown, title: String(title) });
  }

  showModelessDialog(userInterface: unknown, title: unknown): void {
    const shown = this.#shown('modelessDialog', userInterface, 'showModelessDialog');
    this[ENV].uiLog.dialogs.push({ ...shown, title: String(title) });
  }

  /** `alert(prompt)`, `alert(prompt, buttons)` or `alert(title, prompt, buttons)`. */
  alert(...args: unknown[]): EnumValue {
    const { title, prompt, buttons } = this.#dialogArgs(args, 'alert');
    const answer = this[ENV].uiLog.takeResponse();
    const response = answer?.button ?? DEFAULT_ANSWER[buttons] ?? 'OK';
    this[ENV].uiLog.alerts.push({ kind: 'alert', title, prompt, buttons, response });
    return Button[response];
  }

  /** `prompt(prompt)`, `prompt(prompt, buttons)` or `prompt(title, prompt, buttons)`. */
  prompt(...args: unknown[]): PromptResponse {
    const { title, prompt, buttons } = this.#dialogArgs(args, 'prompt');
    const answer = this[ENV].uiLog.takeResponse();
    const response = answer?.button ?? DEFAULT_ANSWER[buttons] ?? 'OK';
    const responseText = answer?.text ?? '';
    this[ENV].uiLog.prompts.push({ kind: 'prompt', title, prompt, buttons, response, responseText });
    return new PromptResponse(this[ENV], responseText, Button[response]);
  }

  #shown(kind: HtmlShown['kind'], userInterface: unknown, method: string): HtmlShown {
    if (!(userInterface instanceof HtmlOutput)) throw this[ENV].exception(MSG.signature(describeArgTypes([userInterface]), `Ui.${method}`));
    const page = HtmlOutput.snapshot(userInterface);
    return { kind, title: page.title, html: page.content, width: page.width, height: page.height };
  }

  #dialogArgs(args: unknown[], method: string): { title: string; prompt: string; buttons: string } {
    const [a, b, c] = args;
    const isSet = (v: unknown): boolean => Object.values(ButtonSet).includes(v as never);
    if (args.length === 1 && typeof a === 'string') return { title: '', prompt: a, buttons: 'OK' };
    if (args.length === 2 && typeof a === 'string' && isSet(b)) return { title: '', prompt: a, buttons: String(b) };
    if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && isSet(c)) return { title: a, prompt: b, buttons: String(c) };
    throw this[ENV].exception(MSG.signature(describeArgTypes(args), `Ui.${method}`));
  }
}

declareNotEmulated(Ui, 'Ui', ['showDialog']);

instrument(Menu, { service: 'Ui', className: 'Menu', qualifiedName: 'Menu', allowedInNone: 'all' });
instrument(PromptResponse, { service: 'Ui', className: 'PromptResponse', qualifiedName: 'PromptResponse' });
instrument(Ui, {
  service: 'Ui',
  className: 'Ui',
  qualifiedName: 'Ui',
  scopes: [SCOPE.containerUi],
  methodScopes: { createMenu: [], createAddonMenu: [] },
  allowedInNone: ['createMenu', 'createAddonMenu'],
});
