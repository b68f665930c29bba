/**
 * A small XML reader for the emulated Drive import of .docx parts: elements with their
 * attributes (qualified names kept as written, e.g. `w:p`), text, the five named entities and
 * numeric character references. Comments, processing instructions and the XML declaration
 * are skipped; CDATA is read as text. Not a validating parser: malformed input (an unclosed
 * or mismatched element) throws XmlError, which the import reports as Drive does.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const named = ENTITY[ref];
    if (named === undefined) throw new XmlError(`unknown entity ${whole}`);
    return named;
  });
}

const ATTR = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The root element of an XML document. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s>/]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let at = 0;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    if (m.index !== at) throw new XmlError(`unexpected markup at ${at}`);
    at = token.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) { top.children.push(m[1]); continue; }
    if (m[6] !== undefined) {
      if (stack.length > 1) top.children.push(decodeEntities(m[6]));
      else if (m[6].trim() !== '') throw new XmlError('text outside the root element');
      continue;
    }
    if (m[3] === undefined) continue; // comment, declaration, doctype
    if (m[2] === '/') {
      if (top.name !== m[3] || stack.length === 1) throw new XmlError(`mismatched </${m[3]}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[3] ?? a[4] ?? '');
    const element: XmlElement = { name: m[3], attrs, children: [] };
    top.children.push(element);
    if (m[5] !== '/') stack.push(element);
  }
  if (at !== text.length || stack.length !== 1) throw new XmlError('unclosed element');
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (first === undefined) throw new XmlError('no root element');
  return first;
}

/** Child elements, optionally of one name. */
export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node === undefined ? undefined : elements(node, name)[0];
}

/** The text content of an element (its text children, not its descendants'). */
export function ownText(node: XmlElement): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}
