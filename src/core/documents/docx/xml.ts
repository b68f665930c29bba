/**
 * XML text for WordprocessingML: user text escaped (`& < > " '`) and stripped of what XML 1.0
 * cannot hold at all (control characters other than tab/newline, lone surrogates, U+FFFE/F),
 * so no name or achievement typed by anyone can break the .docx. Pure.
 */

/** Characters XML 1.0 forbids, and unpaired UTF-16 surrogates. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID, '');
}

/** Escaped for element content and attribute values. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An element with attributes (values escaped) and optional content. */
export function el(name: string, attrs: Record<string, string | number | undefined> = {}, content?: string): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out += ` ${k}="${escapeXml(String(v))}"`;
  return content === undefined || content === '' ? `${out}/>` : `${out}>${content}</${name}>`;
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
