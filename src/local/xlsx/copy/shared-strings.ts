/**
 * `xl/sharedStrings.xml` written into: the text the run writes is appended (once per
 * distinct text) after the strings already there, whose indexes the untouched cells keep.
 */
import { escapeXml, setAttr } from './xml-text';

export class SharedStrings {
  private readonly appended: string[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly existingCount: number;
  private references = 0;

  constructor(private readonly xml: string | undefined) {
    this.existingCount = xml ? countStrings(xml) : 0;
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
    if (tag.endsWith('/>')) return withTag.replace(tag, `${tag.slice(0, -2)}>${items}</sst>`);
    const close = withTag.lastIndexOf('</');
    return withTag.slice(0, close) + items + withTag.slice(close);
  }
}

/** The number of `<si>` items of a shared strings part. */
function countStrings(xml: string): number {
  let count = 0;
  const si = /<(?:\w+:)?si[\s>/]/g;
  while (si.exec(xml)) count++;
  return count;
}
