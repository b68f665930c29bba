/**
 * Small, exact tools for the XML parts of an .xlsx package when it is written into rather
 * than rebuilt: escaping text, reading and setting one attribute of a start tag, and
 * splitting a fragment into its top-level elements (kept character for character).
 */

import { escapeXml } from '../../../core/documents/docx/xml';

/** Text for element content or an attribute value: the documents' own escaping (what XML 1.0 cannot hold is dropped). */
export { escapeXml };

/** The text of escaped XML (the five entities and character references). */
export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** One attribute of a start tag, walked in order (so text inside another value is never taken for one). */
const ATTRIBUTE = /\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attribute `name` of a start tag: where it is and its raw value. */
function findAttribute(tag: string, name: string): { index: number; end: number; raw: string; quote: string } | undefined {
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    if (m[1] === name) return { index: m.index, end: ATTRIBUTE.lastIndex, raw: m[2] ?? m[3] ?? '', quote: m[2] !== undefined ? '"' : "'" };
  }
  return undefined;
}

/** The attributes of a start tag, in order, with their values as they would be written in double quotes. */
export function parseAttributes(tag: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) out.push([m[1], m[2] ?? (m[3] ?? '').replace(/"/g, '&quot;')]);
  return out;
}

/** The (unescaped) value of attribute `name` in a start tag, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const found = findAttribute(startTagOf(tag), name);
  return found ? unescapeXml(found.raw) : undefined;
}

/** The start tag at the beginning of `xml` (through its first '>'). */
export function startTagOf(xml: string): string {
  const end = xml.indexOf('>');
  return end < 0 ? xml : xml.slice(0, end + 1);
}

/** `tag` (a start tag, or an element starting with one) with attribute `name` set (undefined: removed). */
export function setAttr(xml: string, name: string, value: string | undefined): string {
  const start = startTagOf(xml);
  const rest = xml.slice(start.length);
  const found = findAttribute(start, name);
  const written = value === undefined ? '' : ` ${name}="${escapeXml(value)}"`;
  if (found) return start.slice(0, found.index) + written + start.slice(found.end) + rest;
  if (value === undefined) return xml;
  const close = start.endsWith('/>') ? start.length - 2 : start.length - 1;
  return start.slice(0, close) + written + start.slice(close) + rest;
}

/** `text` as a literal inside a regular expression. */
export function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One top-level element of a fragment: its local name (no prefix) and its exact text. */
export interface XmlElement {
  name: string;
  xml: string;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** The local name of a qualified name (`x:row` → `row`). */
export const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** The top-level elements of `fragment`, in order (text between them is dropped: whitespace). */
export function topLevelElements(fragment: string): XmlElement[] {
  const elements: XmlElement[] = [];
  let depth = 0;
  let start = -1;
  let name = '';
  TAG.lastIndex = 0;
  for (let m = TAG.exec(fragment); m; m = TAG.exec(fragment)) {
    if (m[2] === undefined) continue; // comment, processing instruction, CDATA
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    if (!closing) {
      if (depth === 0) { start = m.index; name = localName(m[2]); }
      if (selfClosing) {
        if (depth === 0) elements.push({ name, xml: fragment.slice(start, TAG.lastIndex) });
      } else depth++;
    } else {
      depth--;
      if (depth === 0) elements.push({ name, xml: fragment.slice(start, TAG.lastIndex) });
    }
  }
  return elements;
}

/** The content between an element's start tag and its end tag ('' when self-closing). */
export function innerXml(element: string): string {
  const start = startTagOf(element);
  if (start.endsWith('/>')) return '';
  return element.slice(start.length, element.lastIndexOf('</'));
}

/** An element with new content (a self-closing element is opened). */
export function withInner(element: string, inner: string): string {
  const start = startTagOf(element);
  const qualified = /^<([^\s/>]+)/.exec(start)![1];
  const open = start.endsWith('/>') ? `${start.slice(0, -2).trimEnd()}>` : start;
  return `${open}${inner}</${qualified}>`;
}
