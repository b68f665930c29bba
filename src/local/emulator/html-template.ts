/**
 * HtmlService templates: `<?= expr ?>` prints HTML-escaped, `<?!= expr ?>` prints raw,
 * `<? code ?>` runs code. The template is compiled into a function of the script's realm, so
 * scriptlets see the script's top-level functions and the template's variables (properties
 * set on the template object). Escaping is plain HTML escaping (Apps Script escapes by
 * context; inside <script> its output would differ).
 */
import type { Env } from './env';
import { escapeHtml } from './html-escape';
import { HtmlOutput } from './html-output';
import { Emulated, ENV, instrument } from './instrument';

function rawText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The JavaScript body a template compiles to (returns the page's HTML). */
export function templateCode(source: string): string {
  let code = 'var __out = "";\n';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<?', at);
    if (open < 0) {
      code += `__out += ${JSON.stringify(source.slice(at))};\n`;
      break;
    }
    if (open > at) code += `__out += ${JSON.stringify(source.slice(at, open))};\n`;
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw new SyntaxError('Unterminated scriptlet in HTML template');
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) code += `__out += __raw(${expression(inner.slice(2))});\n`;
    else if (inner.startsWith('=')) code += `__out += __esc(${expression(inner.slice(1))});\n`;
    else code += `${inner}\n`;
    at = close + 2;
  }
  return `${code}return __out;`;
}

function expression(text: string): string {
  return text.trim().replace(/;+$/, '');
}

/** HtmlService.HtmlTemplate: set variables as properties, then evaluate(). */
export class HtmlTemplate extends Emulated {
  readonly #source: string;

  constructor(env: Env, source: string) {
    super(env);
    this.#source = source;
  }

  /** Runs the template with its variables; returns the page. */
  evaluate(): HtmlOutput {
    const env = this[ENV];
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) vars[key] = (this as unknown as Record<string, unknown>)[key];
    const run = env.realm.compile(templateCode(this.#source));
    return new HtmlOutput(env, run(env.globals, vars, escapeHtml, rawText));
  }

  getCode(): string {
    return templateCode(this.#source);
  }

  getCodeWithComments(): string {
    return templateCode(this.#source);
  }

  getRawContent(): string {
    return this.#source;
  }
}

instrument(HtmlTemplate, { service: 'HtmlService', className: 'HtmlTemplate', qualifiedName: 'HtmlService.HtmlTemplate' });
