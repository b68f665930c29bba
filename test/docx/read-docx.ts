/**
 * Reads a .docx back for the tests (it is a zip; jszip comes with exceljs): a part's XML, and
 * the paragraphs and tables of document.xml as XML snippets with their text.
 */
import JSZip from 'jszip';

/** The text of one part of a .docx (default `word/document.xml`), or null when the part is absent. */
export async function readDocxXml(docx: Buffer | Uint8Array, part = 'word/document.xml'): Promise<string | null> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  return file === null ? null : file.async('string');
}

/** Every `<w:p>` of a part with its text (the `<w:t>` contents joined). */
export function paragraphsOf(xml: string): Array<{ xml: string; text: string }> {
  const out: Array<{ xml: string; text: string }> = [];
  for (const m of xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)) {
    const text = [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    out.push({ xml: m[0], text: decode(text) });
  }
  return out;
}

/** The paragraph whose text is `text` (fails the test when there is none). */
export function paragraph(xml: string, text: string): string {
  const found = paragraphsOf(xml).find((p) => p.text === text);
  if (found === undefined) throw new Error(`no paragraph "${text}" in ${paragraphsOf(xml).map((p) => p.text).join(' | ')}`);
  return found.xml;
}

/** The top-level tables of document.xml in order (a nested table stays inside its parent's XML). */
export function tablesOf(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') {
      if (depth === 0) start = m.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) out.push(xml.slice(start, m.index + m[0].length));
    }
  }
  return out;
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
