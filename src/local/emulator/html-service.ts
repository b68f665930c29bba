/**
 * The HtmlService global: pages from strings or from `<name>.html` files of the dist
 * directory (what clasp pushes), and templates.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SandboxMode, XFrameOptionsMode } from './enums';
import type { Env } from './env';
import { HtmlOutput } from './html-output';
import { HtmlTemplate } from './html-template';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { MSG } from './messages';

/** HtmlService. */
export class HtmlServiceService extends Emulated {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(env: Env) {
    super(env);
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    return new HtmlOutput(this[ENV], html === undefined || html === null ? '' : String(html));
  }

  /** The page in `<distDir>/<filename>.html`. */
  createHtmlOutputFromFile(filename: unknown): HtmlOutput {
    return new HtmlOutput(this[ENV], this.#readFile(filename));
  }

  createTemplate(html: unknown): HtmlTemplate {
    return new HtmlTemplate(this[ENV], String(html));
  }

  createTemplateFromFile(filename: unknown): HtmlTemplate {
    return new HtmlTemplate(this[ENV], this.#readFile(filename));
  }

  #readFile(filename: unknown): string {
    const env = this[ENV];
    const name = String(filename);
    const base = name.endsWith('.html') ? name.slice(0, -'.html'.length) : name;
    const file = path.join(env.distDir, `${base}.html`);
    if (base === '' || base.includes('..') || !existsSync(file)) throw env.exception(MSG.noHtmlFile(name));
    return readFileSync(file, 'utf8');
  }
}

declareNotEmulated(HtmlServiceService, 'HtmlService', ['getUserAgent']);

instrument(HtmlServiceService, { service: 'HtmlService', className: 'HtmlService', qualifiedName: 'HtmlService' });
