/**
 * `xl/sharedStrings.xml` written into: text the run writes takes the index of the same plain
 * string when the part has it already, else is appended (once per distinct text) after the
 * strings there, whose indexes the untouched cells keep. A run that writes what the last one
 * wrote adds nothing.
 */
import { escapeXml, setAttr, unescapeXml } from './xml-text';

export class SharedStrings {
  private readonly appended: string[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly existingCount: number;
  private references = 0;

  constructor(private readonly xml: string | undefined) {
    this.existingCount = xml ? indexStrings(xml, this.indexes) : 0;
  }

  get changed(): boolean {
    return this.appended.length > 0;
  }

  get exists(): boolean {
    return this.xml !== undefined && this.xml !== '';
  }

  /** The index of `text` (appended when the run writes it first). */
  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.existingCount + this.appended.length;
      this.appended.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }

  toXml(): string {
    const items = this.appended.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
    const unique = this.existingCount + this.appended.length;
    if (!this.exists) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${unique}">${items}</sst>`;
    }
    const xml = this.xml!;
    const open = /<(?:\w+:)?sst\b[^>]*>/.exec(xml)!;
    const oldCount = Number(/\scount="(\d+)"/.exec(open[0])?.[1] ?? this.existingCount);
    let tag = setAttr(open[0], 'uniqueCount', String(unique));
    tag = setAttr(tag, 'count', String(oldCount + this.references));
    const withTag = xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length);
    if (tag.endsWith('/>')) return `${xml.slice(0, open.index)}${tag.slice(0, -2)}>${items}</sst>${xml.slice(open.index + open[0].length)}`;
    const close = withTag.lastIndexOf('</');
    return withTag.slice(0, close) + items + withTag.slice(close);
  }
}

/** Records the index of every plain `<si><t>…</t></si>` of a part in `indexes`; returns the number of items. */
function indexStrings(xml: string, indexes: Map<string, number>): number {
  let count = 0;
  const item = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  const plain = /^<(?:\w+:)?t(?:\s+xml:space="preserve")?>([^<]*)<\/(?:\w+:)?t>$/;
  for (let m = item.exec(xml); m; m = item.exec(xml)) {
    const text = plain.exec(m[1] ?? '');
    if (text) {
      const value = unescapeXml(text[1]);
      if (!indexes.has(value)) indexes.set(value, count);
    }
    count++;
  }
  return count;
}
