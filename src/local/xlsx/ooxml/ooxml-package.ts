/**
 * An .xlsx package opened to be written into: its parts by name (bytes until a part is read
 * as text), `[Content_Types].xml`, the relationships of any part, and the sheets listed in
 * `xl/workbook.xml`. Parts nobody touches are written back as they were read.
 */
import { posix } from 'node:path';
import { readZip, writeZip } from '../../emulator/zip-archive';
import { attr, escapeXml, parseAttributes, regexLiteral, setAttr, startTagOf, topLevelElements, innerXml, withInner } from './xml-text';

export const REL_TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

/**
 * Whether a relationship is of a kind (`REL_TYPE.styles`…), by the last segment of its type:
 * Excel's "Strict Open XML" files name the same kinds under purl.oclc.org instead.
 */
export function isRelationship(rel: { type: string }, type: string): boolean {
  return rel.type === type || rel.type.slice(rel.type.lastIndexOf('/')) === type.slice(type.lastIndexOf('/'));
}

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the package (resolved), or the raw target when external. */
  part: string;
  external: boolean;
}

/** One `<sheet>` of the workbook. */
export interface WorkbookSheet {
  name: string;
  state: string;
  relId: string;
  part: string;
}

const relsNameOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

export class OoxmlPackage {
  private readonly parts = new Map<string, Buffer | string>();
  /** Every part name in its original order (new parts after). */
  private readonly order: string[] = [];

  constructor(bytes: Buffer) {
    for (const entry of readZip(bytes)) {
      this.parts.set(entry.name, entry.data);
      this.order.push(entry.name);
    }
  }

  has(part: string): boolean {
    return this.parts.has(part);
  }

  /** A part as text ('' when absent). */
  text(part: string): string {
    const data = this.parts.get(part);
    if (data === undefined) return '';
    if (typeof data === 'string') return data;
    const text = data.toString('utf8').replace(/^\ufeff/, '');
    this.parts.set(part, text);
    return text;
  }

  set(part: string, data: string | Buffer): void {
    if (!this.parts.has(part)) this.order.push(part);
    this.parts.set(part, data);
  }

  remove(part: string): void {
    this.parts.delete(part);
    const i = this.order.indexOf(part);
    if (i >= 0) this.order.splice(i, 1);
  }

  /** A part name not yet taken: `xl/worksheets/sheet` + n + `.xml`, n from 1. */
  freeName(prefix: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${extension}`;
      if (!this.parts.has(name)) return name;
    }
  }

  relationships(part: string): Relationship[] {
    const rels = this.text(relsNameOf(part));
    if (!rels) return [];
    const base = posix.dirname(part);
    return topLevelElements(innerXml(topLevelElements(rels.replace(/^<\?[^>]*\?>/, '')).find((e) => e.name === 'Relationships')?.xml ?? ''))
      .filter((e) => e.name === 'Relationship')
      .map((e) => {
        const target = attr(e.xml, 'Target') ?? '';
        const external = attr(e.xml, 'TargetMode') === 'External';
        const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
        return { id: attr(e.xml, 'Id') ?? '', type: attr(e.xml, 'Type') ?? '', part: external ? target : resolved, external };
      });
  }

  /** Adds a relationship from `part` to `target` (a part name) and returns its id. */
  addRelationship(part: string, type: string, target: string): string {
    const name = relsNameOf(part);
    const existing = this.text(name) || '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const taken = new Set(this.relationships(part).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = posix.relative(posix.dirname(part), target);
    const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relative)}"/>`;
    this.set(name, insertBeforeClose(existing, 'Relationships', element));
    return id;
  }

  removeRelationship(part: string, id: string): void {
    const name = relsNameOf(part);
    const rels = this.text(name);
    if (!rels) return;
    this.set(name, rels.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${regexLiteral(id)}"[^>]*/>`), ''));
  }

  /** Declares the content type of a new part (an Override). */
  addContentType(part: string, contentType: string): void {
    const name = '[Content_Types].xml';
    const types = this.text(name);
    if (types.includes(`PartName="/${part}"`)) return;
    this.set(name, insertBeforeClose(types, 'Types', `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`));
  }

  /** Declares a default content type for an extension (e.g. vml) when none is. */
  addDefaultContentType(extension: string, contentType: string): void {
    const name = '[Content_Types].xml';
    const types = this.text(name);
    if (new RegExp(`<Default\\b[^>]*Extension="${extension}"`, 'i').test(types)) return;
    this.set(name, insertBeforeClose(types, 'Types', `<Default Extension="${extension}" ContentType="${contentType}"/>`));
  }

  removeContentType(part: string): void {
    const name = '[Content_Types].xml';
    this.set(name, this.text(name).replace(new RegExp(`<Override\\b[^>]*PartName="/${regexLiteral(part)}"[^>]*/>`), ''));
  }

  /** The workbook part (`xl/workbook.xml` as `_rels/.rels` names it). */
  workbookPart(): string {
    const office = this.relationships('').find((r) => r.type.endsWith('/officeDocument'));
    return office?.part ?? 'xl/workbook.xml';
  }

  /** The sheets of the workbook, in order. */
  sheets(): WorkbookSheet[] {
    const workbook = this.workbookPart();
    const rels = new Map(this.relationships(workbook).map((r) => [r.id, r]));
    const xml = this.text(workbook);
    const sheetsElement = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? '';
    return topLevelElements(sheetsElement).filter((e) => e.name === 'sheet').map((e) => {
      // The relationships namespace is `r:` by custom, but any prefix may carry it.
      const relId = attr(e.xml, 'r:id') ?? parseAttributes(startTagOf(e.xml)).find(([name]) => name.endsWith(':id'))?.[1] ?? '';
      return { name: attr(e.xml, 'name') ?? '', state: attr(e.xml, 'state') ?? 'visible', relId, part: rels.get(relId)?.part ?? '' };
    });
  }

  /** The ZIP bytes, parts in their original order. */
  toBuffer(): Buffer {
    return writeZip(this.order.map((name) => {
      const data = this.parts.get(name)!;
      return { name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data };
    }));
  }
}

/** `xml` with `element` inserted before the end tag of its (first) element `name`. */
export function insertBeforeClose(xml: string, name: string, element: string): string {
  const close = new RegExp(`</((?:\\w+:)?${name})>`).exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  const selfClosed = new RegExp(`<((?:\\w+:)?${name})\\b[^>]*/>`).exec(xml);
  if (!selfClosed) throw new Error(`no <${name}> element`);
  return xml.slice(0, selfClosed.index) + withInner(selfClosed[0], element) + xml.slice(selfClosed.index + selfClosed[0].length);
}
