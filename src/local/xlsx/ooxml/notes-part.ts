/**
 * A worksheet's notes written into: the comments part keeps every note the run did not
 * change exactly (rich text, author), changed notes are rewritten as plain text and removed
 * ones dropped; the VML drawing that makes Excel show them is rebuilt with one note shape
 * per comment (other shapes of the drawing are kept). Parts and links are created when a
 * sheet had no notes.
 */
import { CONTENT_TYPE, REL_TYPE, type OoxmlPackage, isRelationship } from './ooxml-package';
import { columnLetters } from '../validations';
import { parseSqref } from './cell-ranges';
import { attr, escapeXml, innerXml, topLevelElements, withInner } from './xml-text';

const COMMENTS_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author></author></authors><commentList/></comments>';

function noteShape(row: number, column: number, id: number): string {
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">`
    + '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
    + '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
    + `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column}, 15, ${Math.max(0, row - 2)}, 2, ${column + 3}, 15, ${row + 3}, 16</x:Anchor>`
    + `<x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`;
}

function vmlXml(block: number, kept: string[], notes: Array<{ row: number; column: number }>): string {
  const shapes = notes.map((n, i) => noteShape(n.row, n.column, block * 1024 + i + 1));
  return '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    + `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>`
    + '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    + kept.join('') + shapes.join('') + '</xml>';
}

/** The shapes of an existing drawing that are not notes (kept as they are). */
function otherShapes(vml: string): string[] {
  return [...vml.matchAll(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g)].map((m) => m[0]).filter((s) => !/ObjectType="Note"/.test(s));
}

/**
 * Applies `changed` ('row,column' → note, '' to remove) to the notes of worksheet `part`.
 * Returns the relationship id of the drawing when the worksheet must link one it does not.
 */
export function writeNotes(pkg: OoxmlPackage, part: string, changed: Map<string, string>, block: number): string | undefined {
  if (!changed.size) return undefined;
  const rels = pkg.relationships(part);
  let commentsPart = rels.find((r) => isRelationship(r, REL_TYPE.comments))?.part;
  const vmlRel = rels.find((r) => isRelationship(r, REL_TYPE.vmlDrawing));
  let vmlPart = vmlRel?.part;
  let newRel: string | undefined;
  if (!commentsPart) {
    commentsPart = pkg.freeName('xl/comments', '.xml');
    pkg.set(commentsPart, COMMENTS_START);
    pkg.addContentType(commentsPart, CONTENT_TYPE.comments);
    pkg.addRelationship(part, REL_TYPE.comments, commentsPart);
  }
  if (!vmlPart) {
    vmlPart = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
    pkg.addDefaultContentType('vml', CONTENT_TYPE.vml);
    newRel = pkg.addRelationship(part, REL_TYPE.vmlDrawing, vmlPart);
  }
  const xml = pkg.text(commentsPart);
  const authorsElement = /<(?:\w+:)?authors\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?authors>)/.exec(xml)?.[0];
  const listElement = /<(?:\w+:)?commentList\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?commentList>)/.exec(xml)?.[0];
  const authors = topLevelElements(innerXml(authorsElement ?? '')).map((a) => a.xml);
  if (!authors.length) authors.push('<author></author>');
  const comments = new Map<string, string>();
  for (const c of topLevelElements(innerXml(listElement ?? ''))) {
    const rect = parseSqref(attr(c.xml, 'ref') ?? '')[0];
    if (rect) comments.set(`${rect.top},${rect.left}`, c.xml);
  }
  for (const [key, note] of changed) {
    if (!note) { comments.delete(key); continue; }
    const [row, column] = key.split(',').map(Number);
    const authorId = attr(comments.get(key) ?? '', 'authorId') ?? '0';
    comments.set(key, `<comment ref="${columnLetters(column)}${row}" authorId="${authorId}"><text><r><t xml:space="preserve">${escapeXml(note)}</t></r></text></comment>`);
  }
  const authorsXml = withInner(authorsElement ?? '<authors/>', authors.join(''));
  const listXml = withInner(listElement ?? '<commentList/>', [...comments.values()].join(''));
  let next = xml;
  next = authorsElement ? next.replace(authorsElement, () => authorsXml) : next.replace(/<(?:\w+:)?comments\b[^>]*>/, (m) => m + authorsXml);
  next = listElement ? next.replace(listElement, () => listXml) : next.replace(/<\/(?:\w+:)?comments>/, (m) => listXml + m);
  pkg.set(commentsPart, next);
  const cells = [...comments.keys()].map((k) => k.split(',').map(Number)).map(([row, column]) => ({ row, column }));
  pkg.set(vmlPart, vmlXml(block, otherShapes(pkg.text(vmlPart)), cells));
  return newRel;
}
