/**
 * The notes of a worksheet: its comments part (found through the sheet's relationships),
 * each note's text with its rich-text runs joined, by 'row,column' (1-based).
 */
import { parseSqref } from './cell-ranges';
import { REL_TYPE, type OoxmlPackage, isRelationship } from './ooxml-package';
import { itemText } from './text-runs';
import { attr } from './xml-text';

export function readNotes(pkg: OoxmlPackage, sheetPart: string): Map<string, string> {
  const notes = new Map<string, string>();
  const part = pkg.relationships(sheetPart).find((r) => isRelationship(r, REL_TYPE.comments) && !r.external)?.part;
  if (!part || !pkg.has(part)) return notes;
  const comment = /<(?:\w+:)?comment\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?comment>)/g;
  const xml = pkg.text(part);
  for (let m = comment.exec(xml); m; m = comment.exec(xml)) {
    const rect = parseSqref(attr(m[0], 'ref') ?? '')[0];
    const text = /<(?:\w+:)?text\b[^>]*>([\s\S]*?)<\/(?:\w+:)?text>/.exec(m[1] ?? '')?.[1];
    if (rect && text !== undefined) notes.set(`${rect.top},${rect.left}`, itemText(text));
  }
  return notes;
}
