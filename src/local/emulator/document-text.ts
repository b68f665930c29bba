/**
 * Text inside paragraphs: character offsets over a paragraph's text runs, styling ranges,
 * inserting and deleting, and the regular expressions of replaceText/findText.
 *
 * Apps Script's patterns are strings in RE2 syntax ("Google's RE2 regular expression
 * library"), matched against each paragraph's text separately, so `^`/`$` are a
 * paragraph's start/end. They are translated here to JavaScript RegExps: `(?i)`-style
 * leading flags, `\Q…\E`, `\A`, `\z`, `\pL`, POSIX classes; what RE2 rejects (look-around,
 * back-references) is rejected. The replacement string follows Java's Matcher rules (the
 * Document service runs on Java): `$n` / `${name}` insert a group, a backslash quotes the
 * next character, a lone `$` is an error. That is stricter than JavaScript's `$` handling
 * on purpose: text typed by users must be quoted before it is used as a replacement.
 */
import type { InlineModel, ParagraphModel, TextRunModel, TextStyle } from './document-model';
import { paragraphText } from './document-model';

/** Style keys that make runs differ. */
const STYLE_KEYS: readonly (keyof TextStyle)[] = [
  'bold', 'italic', 'underline', 'strikethrough', 'fontFamily', 'fontSize', 'foregroundColor', 'backgroundColor', 'linkUrl',
];

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return STYLE_KEYS.every((k) => a[k] === b[k]);
}

/** A style with the keys of `patch` applied (null/undefined values remove the attribute). */
export function mergeStyle(base: TextStyle, patch: Partial<Record<keyof TextStyle, unknown>>): TextStyle {
  const out: TextStyle = { ...base };
  for (const key of STYLE_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === null || value === undefined) delete out[key];
    else (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Merges neighbouring text runs that look alike and drops empty ones. */
export function normalizeParagraph(p: ParagraphModel): void {
  const out: InlineModel[] = [];
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') {
      out.push(inline);
      continue;
    }
    if (inline.text === '') continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.kind === 'text' && sameStyle(last.style, inline.style)) last.text += inline.text;
    else out.push({ kind: 'text', text: inline.text, style: { ...inline.style } });
  }
  p.inlines = out;
}

/** Splits the text runs so that `offset` falls on a run boundary; returns the inline index that starts there. */
function splitAt(p: ParagraphModel, offset: number): number {
  let pos = 0;
  for (let i = 0; i < p.inlines.length; i++) {
    const inline = p.inlines[i]!;
    if (inline.kind !== 'text') {
      if (pos === offset) return i;
      continue;
    }
    const end = pos + inline.text.length;
    if (offset === pos) return i;
    if (offset < end) {
      const head: TextRunModel = { kind: 'text', text: inline.text.slice(0, offset - pos), style: { ...inline.style } };
      const tail: TextRunModel = { kind: 'text', text: inline.text.slice(offset - pos), style: { ...inline.style } };
      p.inlines.splice(i, 1, head, tail);
      return i + 1;
    }
    pos = end;
  }
  return p.inlines.length;
}

/** Applies `patch` to the characters [start, end) of a paragraph. */
export function styleRange(p: ParagraphModel, start: number, end: number, patch: Partial<Record<keyof TextStyle, unknown>>): void {
  if (end <= start) return;
  const from = splitAt(p, start);
  const to = splitAt(p, end);
  for (let i = from; i < to; i++) {
    const inline = p.inlines[i]!;
    if (inline.kind === 'text' || inline.kind === 'autoText') inline.style = mergeStyle(inline.style, patch);
  }
  normalizeParagraph(p);
}

/** The style of the character at `offset` (the paragraph mark's when the paragraph has no text). */
export function styleAt(p: ParagraphModel, offset: number): TextStyle {
  let pos = 0;
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') continue;
    if (offset < pos + inline.text.length) return inline.style;
    pos += inline.text.length;
  }
  return p.markStyle;
}

/** The style text inserted at `offset` takes: that of the character before it, else the one after, else the mark's. */
export function insertionStyle(p: ParagraphModel, offset: number): TextStyle {
  const length = paragraphText(p).length;
  if (length === 0) return p.markStyle;
  return styleAt(p, offset > 0 ? offset - 1 : 0);
}

/** Inserts text at `offset` with `style` (default: the insertion style there). '\n' becomes a line break ('\r'). */
export function insertTextAt(p: ParagraphModel, offset: number, text: string, style?: TextStyle): void {
  if (text === '') return;
  const runStyle = { ...(style ?? insertionStyle(p, offset)) };
  const at = splitAt(p, offset);
  p.inlines.splice(at, 0, { kind: 'text', text: lineBreaks(text), style: runStyle });
  normalizeParagraph(p);
}

/** Deletes the characters [start, end) of a paragraph. */
export function deleteRange(p: ParagraphModel, start: number, end: number): void {
  if (end <= start) return;
  const from = splitAt(p, start);
  const to = splitAt(p, end);
  const kept = p.inlines.filter((inline, i) => i < from || i >= to || inline.kind !== 'text');
  if (paragraphText(p).length > 0 && start === 0 && end >= paragraphText(p).length) {
    // Emptying a paragraph keeps the style of its first character on the mark.
    p.markStyle = { ...styleAt(p, 0) };
  }
  p.inlines = kept;
  normalizeParagraph(p);
}

/** Replaces a paragraph's text by `text`, styled like its first character. */
export function setParagraphText(p: ParagraphModel, text: string): void {
  const style = { ...(paragraphText(p).length > 0 ? styleAt(p, 0) : p.markStyle) };
  p.inlines = text === '' ? [] : [{ kind: 'text', text: lineBreaks(text), style }];
  p.markStyle = { ...style };
}

/** Apps Script keeps one paragraph per element: a '\n' typed into text becomes a line break ('\r'). */
export function lineBreaks(text: string): string {
  return text.replace(/\r\n|\n/g, '\r');
}

/** Offsets where the attributes change, starting at 0 (Text.getTextAttributeIndices). */
export function attributeIndices(p: ParagraphModel, from: number, to: number): number[] {
  const out: number[] = [];
  let pos = 0;
  let previous: TextStyle | null = null;
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') continue;
    const start = pos;
    pos += inline.text.length;
    if (pos <= from || start >= to) continue;
    if (previous === null || !sameStyle(previous, inline.style)) out.push(Math.max(start, from) - from);
    previous = inline.style;
  }
  if (out.length === 0) out.push(0);
  return out;
}

// ---------------------------------------------------------------- regular expressions

/** A pattern Apps Script (RE2) would reject, with RE2's reason. */
export class PatternError extends Error {}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z',
  word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};

/** Translates an RE2 pattern string into a global JavaScript RegExp. */
export function re2ToRegExp(pattern: string): RegExp {
  let flags = 'g';
  let source = pattern;
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading !== null) {
    for (const f of leading[1]!) {
      if (f === 'U') throw new PatternError('ungreedy mode (?U) is not emulated');
      if (!flags.includes(f)) flags += f;
    }
    source = source.slice(leading[0].length);
  }
  let out = '';
  let unicode = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === undefined) throw new PatternError('trailing \\');
      if (n === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const literal = end < 0 ? source.slice(i + 2) : source.slice(i + 2, end);
        out += literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
        i = end < 0 ? source.length : end + 1;
        continue;
      }
      if (n === 'A' && !inClass) { out += '(?<![\\s\\S])'; i++; continue; }
      if (n === 'z' && !inClass) { out += '(?![\\s\\S])'; i++; continue; }
      if (/[1-9]/.test(n) && !inClass) throw new PatternError(`invalid escape sequence: \\${n}`);
      if (n === 'p' || n === 'P') {
        unicode = true;
        const brace = source[i + 2] === '{';
        const name = brace ? source.slice(i + 3, source.indexOf('}', i + 3)) : source[i + 2]!;
        out += `\\${n}{${name}}`;
        i += brace ? name.length + 3 : 2;
        continue;
      }
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && source[i + 1] === ':') {
        const end = source.indexOf(':]', i + 2);
        const name = end < 0 ? '' : source.slice(i + 2, end);
        const negated = name.startsWith('^');
        const cls = POSIX_CLASSES[negated ? name.slice(1) : name];
        if (cls !== undefined && !negated) {
          out += cls;
          i = end + 1;
          continue;
        }
        if (cls !== undefined) throw new PatternError('negated POSIX classes are not emulated');
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') { out += '^'; i++; }
      if (source[i + 1] === ']') { out += '\\]'; i++; }
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest)) throw new PatternError(`invalid or unsupported Perl syntax: (?${rest.slice(0, rest[0] === '<' ? 2 : 1)}`);
      if (rest.startsWith('P<')) { out += '(?<'; i += 3; continue; }
      if (/^[imsU-]+[:)]/.test(rest)) throw new PatternError('inline flags inside a pattern are not emulated');
    }
    out += c;
  }
  if (unicode) flags += 'u';
  try {
    return new RegExp(out, flags);
  } catch (error) {
    throw new PatternError((error as Error).message);
  }
}

/** Expands a Java-style replacement string for one match. */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new PatternError('character to be escaped is missing');
      out += replacement[i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    i++;
    if (i >= replacement.length) throw new PatternError('Illegal group reference: group index is missing');
    if (replacement[i] === '{') {
      const end = replacement.indexOf('}', i);
      const name = end < 0 ? '' : replacement.slice(i + 1, end);
      if (name === '' || match.groups === undefined || !(name in match.groups)) throw new PatternError(`No group with name {${name}}`);
      out += match.groups[name] ?? '';
      i = end;
      continue;
    }
    if (!/[0-9]/.test(replacement[i]!)) throw new PatternError('Illegal group reference');
    // Java reads as many digits as still name an existing group.
    let group = Number(replacement[i]);
    if (group >= match.length) throw new PatternError(`No group ${group}`);
    while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1]!)) {
      const next = group * 10 + Number(replacement[i + 1]);
      if (next >= match.length) break;
      group = next;
      i++;
    }
    out += match[group] ?? '';
  }
  return out;
}

/** Quotes a string for use as a literal replacement (what Java's Matcher.quoteReplacement does). */
export function quoteReplacement(text: string): string {
  return text.replace(/[\\$]/g, '\\$&');
}

/**
 * Replaces every match of `regex` in a paragraph by the expansion of `replacement`; the
 * new text takes the style of the first character it replaces. Returns the number of matches.
 */
export function replaceInParagraph(p: ParagraphModel, regex: RegExp, replacement: string): number {
  const text = paragraphText(p);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, text: expandReplacement(replacement, m) });
    if (m[0].length === 0) regex.lastIndex += 1;
  }
  for (let k = edits.length - 1; k >= 0; k--) {
    const edit = edits[k]!;
    const style = { ...styleAt(p, edit.start < text.length ? edit.start : Math.max(0, edit.start - 1)) };
    deleteRange(p, edit.start, edit.end);
    insertTextAt(p, edit.start, edit.text, style);
  }
  return edits.length;
}
