/**
 * HtmlService.HtmlOutput: a page's HTML, title, size and options, as a Ui shows it. The
 * content is kept verbatim (Apps Script serves it inside its own sandbox iframe).
 */
import type { EnumValue } from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, instrument } from './instrument';
import { escapeHtml } from './html-escape';

/** What a Ui records of a page. */
export interface HtmlSnapshot {
  content: string;
  title: string;
  width?: number;
  height?: number;
}

/** HtmlService.HtmlOutput. */
export class HtmlOutput extends Emulated {
  #content: string;
  #title = '';
  #width: number | undefined;
  #height: number | undefined;
  #faviconUrl: string | null = null;
  readonly #metaTags: Array<{ name: string; content: string }> = [];

  constructor(env: Env, content = '') {
    super(env);
    this.#content = content;
  }

  /** The page as a Ui shows it (not a script method). */
  static snapshot(output: HtmlOutput): HtmlSnapshot {
    return { content: output.#content, title: output.#title, width: output.#width, height: output.#height };
  }

  getContent(): string {
    return this.#content;
  }

  setContent(content: unknown): HtmlOutput {
    this.#content = String(content);
    return this;
  }

  append(addedContent: unknown): HtmlOutput {
    this.#content += String(addedContent);
    return this;
  }

  /** Appends text escaped as HTML. */
  appendUntrusted(addedContent: unknown): HtmlOutput {
    this.#content += escapeHtml(addedContent);
    return this;
  }

  clear(): HtmlOutput {
    this.#content = '';
    return this;
  }

  getTitle(): string {
    return this.#title;
  }

  setTitle(title: unknown): HtmlOutput {
    this.#title = String(title);
    return this;
  }

  /** The width set by setWidth (the emulation does not invent a default: 0 when unset). */
  getWidth(): number {
    return this.#width ?? 0;
  }

  setWidth(width: unknown): HtmlOutput {
    this.#width = Number(width);
    return this;
  }

  /** The height set by setHeight (0 when unset). */
  getHeight(): number {
    return this.#height ?? 0;
  }

  setHeight(height: unknown): HtmlOutput {
    this.#height = Number(height);
    return this;
  }

  setSandboxMode(_mode: EnumValue): HtmlOutput {
    return this;
  }

  setXFrameOptionsMode(_mode: EnumValue): HtmlOutput {
    return this;
  }

  addMetaTag(name: unknown, content: unknown): HtmlOutput {
    this.#metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  setFaviconUrl(iconUrl: unknown): HtmlOutput {
    this.#faviconUrl = String(iconUrl);
    return this;
  }

  getFaviconUrl(): string | null {
    return this.#faviconUrl;
  }
}

declareNotEmulated(HtmlOutput, 'HtmlOutput', ['getAs', 'getBlob', 'getMetaTags', 'asTemplate']);

instrument(HtmlOutput, { service: 'HtmlService', className: 'HtmlOutput', qualifiedName: 'HtmlService.HtmlOutput' });
