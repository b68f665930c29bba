/**
 * The plain text of a string item (`<si>`, `<is>`, a note's `<text>`): its `<t>` pieces
 * joined, rich-text runs included, phonetic guides (`<rPh>`) left out — what a cell shows.
 */
import { unescapeXml } from './xml-text';

const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g;

export function itemText(xml: string): string {
  let text = '';
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(body); m; m = TEXT.exec(body)) text += m[1] ?? '';
  return text.includes('&') ? unescapeXml(text) : text;
}

/** Every item of a shared strings part, in order. */
export function readSharedStrings(xml: string): string[] {
  const items: string[] = [];
  const item = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = item.exec(xml); m; m = item.exec(xml)) items.push(m[1] ? itemText(m[1]) : '');
  return items;
}
