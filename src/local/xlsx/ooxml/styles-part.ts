/**
 * `xl/styles.xml` written into: a cell whose background, weight or date format the run
 * changes gets a style derived from the one it had (same border, alignment, protection,
 * other font attributes), appended once per distinct original style and change. Existing
 * styles are never edited, so every other cell keeps exactly its look.
 */
import { normalizeHexColor } from '../colors';
import { NO_COLOR } from '../../../core/contract';
import { attr, escapeXml, innerXml, setAttr, topLevelElements, withInner } from './xml-text';

/** What a written cell changes in its style (undefined: as it was). */
export interface StyleChange {
  /** '#rrggbb'; '#ffffff' (or unreadable) means no fill. */
  background?: string;
  bold?: boolean;
  /** A number format code (dates). */
  numberFormat?: string;
}

export const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The collections of the style sheet this writer appends to, as lists of element texts. */
type Collection = 'numFmts' | 'fonts' | 'fills' | 'cellXfs';
const ORDER: Collection[] = ['numFmts', 'fonts', 'fills', 'cellXfs'];

export class StylesPart {
  private readonly xml: string;
  private readonly lists = new Map<Collection, string[]>();
  private readonly added = new Map<Collection, string[]>();
  private readonly derived = new Map<string, number>();
  private readonly known = new Map<Collection, Map<string, number>>();
  private readonly fillIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();

  constructor(xml: string | undefined) {
    this.xml = xml || EMPTY_STYLES;
    for (const name of ORDER) {
      const element = this.collection(name);
      this.lists.set(name, element ? topLevelElements(innerXml(element)).map((e) => e.xml) : []);
      this.added.set(name, []);
    }
    for (const numFmt of this.lists.get('numFmts')!) {
      const code = attr(numFmt, 'formatCode');
      if (code !== undefined) this.formatIds.set(code, Number(attr(numFmt, 'numFmtId')));
    }
  }

  get changed(): boolean {
    return ORDER.some((name) => this.added.get(name)!.length > 0);
  }

  /** The style index of `original` with `change` applied (memoised). */
  derive(original: number, change: StyleChange): number {
    const key = `${original}|${change.background ?? ''}|${change.bold ?? ''}|${change.numberFormat ?? ''}`;
    let index = this.derived.get(key);
    if (index === undefined) {
      let xf = this.all('cellXfs')[original] ?? this.all('cellXfs')[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      if (change.background !== undefined) {
        xf = setAttr(setAttr(xf, 'fillId', String(this.fillFor(change.background))), 'applyFill', '1');
      }
      if (change.bold !== undefined) {
        xf = setAttr(setAttr(xf, 'fontId', String(this.fontFor(Number(attr(xf, 'fontId') ?? 0), change.bold))), 'applyFont', '1');
      }
      if (change.numberFormat !== undefined) {
        xf = setAttr(setAttr(xf, 'numFmtId', String(this.formatFor(change.numberFormat))), 'applyNumberFormat', '1');
      }
      index = this.append('cellXfs', xf);
      this.derived.set(key, index);
    }
    return index;
  }

  /** The style sheet with what was appended. */
  toXml(): string {
    let xml = this.xml;
    for (const name of ORDER) {
      const added = this.added.get(name)!;
      if (!added.length) continue;
      const all = this.all(name);
      const element = this.collection(name, xml);
      const replacement = setAttr(withInner(element ?? `<${name}>`, all.join('')), 'count', String(all.length));
      if (element) xml = xml.replace(element, () => replacement);
      else xml = xml.replace(/<((?:\w+:)?)fonts\b/, (m) => `${replacement}${m}`); // only numFmts can be missing
    }
    return xml;
  }

  private collection(name: Collection, xml = this.xml): string | undefined {
    return new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`).exec(xml)?.[0];
  }

  private all(name: Collection): string[] {
    return [...this.lists.get(name)!, ...this.added.get(name)!];
  }

  /**
   * The index of `element` in its collection: an identical one already there (one this
   * writer appended on an earlier run, say) is reused, so daily runs do not pile up styles
   * towards Excel's limit of 64,000.
   */
  private append(name: Collection, element: string): number {
    let known = this.known.get(name);
    if (!known) {
      known = new Map();
      this.lists.get(name)!.forEach((xml, i) => { if (!known!.has(xml)) known!.set(xml, i); });
      this.known.set(name, known);
    }
    const found = known.get(element);
    if (found !== undefined) return found;
    this.added.get(name)!.push(element);
    const index = this.all(name).length - 1;
    known.set(element, index);
    return index;
  }

  private fillFor(background: string): number {
    const hex = normalizeHexColor(background);
    if (!hex || hex === NO_COLOR) return 0;
    let id = this.fillIds.get(hex);
    if (id === undefined) {
      id = this.append('fills', `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`);
      this.fillIds.set(hex, id);
    }
    return id;
  }

  private fontFor(fontId: number, bold: boolean): number {
    const key = `${fontId}|${bold}`;
    let id = this.fontIds.get(key);
    if (id === undefined) {
      const font = this.all('fonts')[fontId] ?? '<font/>';
      const inner = innerXml(font).replace(/<(?:\w+:)?b\b[^>]*?\/>|<(?:\w+:)?b\b[^>]*>[^<]*<\/(?:\w+:)?b>/g, '');
      id = this.append('fonts', withInner(font, `${bold ? '<b/>' : ''}${inner}`));
      this.fontIds.set(key, id);
    }
    return id;
  }

  private formatFor(code: string): number {
    let id = this.formatIds.get(code);
    if (id === undefined) {
      const used = this.all('numFmts').map((f) => Number(attr(f, 'numFmtId'))).filter(Number.isFinite);
      id = Math.max(163, ...used) + 1;
      this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      this.formatIds.set(code, id);
    }
    return id;
  }
}
