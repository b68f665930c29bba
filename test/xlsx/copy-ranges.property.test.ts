/**
 * Properties, with fast-check, of the small exact tools the copy writer patches an .xlsx
 * with (src/local/xlsx/ooxml/):
 * - cell-ranges.ts: taking cells out of a rule's rectangles (`subtractCells`) leaves exactly
 *   the other cells, and says "nothing taken" (undefined) only when no removed cell was in
 *   them; `rectsOfCells` covers exactly the cells it is given, each once; `formatSqref` and
 *   `parseSqref` are inverse;
 * - xml-text.ts: an attribute set with `setAttr` reads back with `attr` as the very text
 *   given (XML-special characters, `$` replacement patterns, Vietnamese), other attributes
 *   keep theirs, and `escapeXml` leaves no raw `<`, `"` or `&` that does not start an entity.
 * Rectangles and cells are compared by expanding them to sets of 'row,column' cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSqref, parseSqref, rectsOfCells, subtractCells, type Rect } from '../../src/local/xlsx/ooxml/cell-ranges';
import { attr, escapeXml, setAttr, unescapeXml } from '../../src/local/xlsx/ooxml/xml-text';

const MAX = 30;

/** A rectangle within rows and columns 1..MAX (corners in any order, normalised). */
const rect: fc.Arbitrary<Rect> = fc
  .tuple(fc.integer({ min: 1, max: MAX }), fc.integer({ min: 1, max: MAX }), fc.integer({ min: 1, max: MAX }), fc.integer({ min: 1, max: MAX }))
  .map(([r1, c1, r2, c2]) => ({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) }));

/** Cells (1..MAX) as [row, column] pairs, duplicates allowed. */
const cellList = (maxLength: number) =>
  fc.array(fc.tuple(fc.integer({ min: 1, max: MAX }), fc.integer({ min: 1, max: MAX })), { maxLength });

/** Cells as the modules take them: rows by column (rows unsorted, possibly repeated). */
function rowsByColumn(cells: ReadonlyArray<readonly [number, number]>): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const [row, column] of cells) (map.get(column) ?? map.set(column, []).get(column)!).push(row);
  return map;
}

const key = (row: number, column: number) => `${row},${column}`;

function cellsOfRects(rects: readonly Rect[]): Set<string> {
  const cells = new Set<string>();
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) cells.add(key(row, c));
  return cells;
}

const area = (rects: readonly Rect[]) => rects.reduce((sum, r) => sum + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
const sorted = (cells: Set<string>) => [...cells].sort();
const wellFormed = (r: Rect) => r.top >= 1 && r.left >= 1 && r.top <= r.bottom && r.left <= r.right;

describe('cell-ranges: subtractCells', () => {
  it('leaves exactly the cells of the rectangles that were not removed; undefined when none was in them', () => {
    fc.assert(fc.property(fc.array(rect, { minLength: 1, maxLength: 4 }), cellList(40), (rects, removedCells) => {
      const removed = rowsByColumn(removedCells);
      const original = cellsOfRects(rects);
      const removedSet = new Set(removedCells.map(([r, c]) => key(r, c)));
      const expected = new Set([...original].filter((cell) => !removedSet.has(cell)));
      const hit = [...removedSet].some((cell) => original.has(cell));
      const left = subtractCells(rects, removed);
      if (!hit) {
        expect(left).toBeUndefined();
        return;
      }
      expect(left).toBeDefined();
      expect(left!.every(wellFormed)).toBe(true);
      expect(sorted(cellsOfRects(left!))).toEqual(sorted(expected));
    }));
  });

  it('takes out removed cells whichever rectangle of several overlapping ones holds them', () => {
    // Dense removals inside one small area: whole columns and rows of a rectangle go.
    const small = fc.array(fc.tuple(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 3, max: 8 })), { minLength: 1, maxLength: 36 });
    fc.assert(fc.property(fc.array(rect, { minLength: 1, maxLength: 3 }), small, (rects, removedCells) => {
      const all = [...rects, { top: 2, left: 2, bottom: 9, right: 9 }];
      const removedSet = new Set(removedCells.map(([r, c]) => key(r, c)));
      const left = subtractCells(all, rowsByColumn(removedCells));
      expect(left).toBeDefined();
      expect(sorted(cellsOfRects(left!))).toEqual(sorted(new Set([...cellsOfRects(all)].filter((c) => !removedSet.has(c)))));
    }));
  });

  it('removing every cell of the rectangles leaves an empty list (not undefined)', () => {
    fc.assert(fc.property(fc.array(rect, { minLength: 1, maxLength: 3 }), (rects) => {
      const everything = [...cellsOfRects(rects)].map((c) => c.split(',').map(Number) as [number, number]);
      expect(subtractCells(rects, rowsByColumn(everything))).toEqual([]);
    }));
  });
});

describe('cell-ranges: rectsOfCells', () => {
  it('covers exactly its input cells, each once, with well-formed rectangles', () => {
    fc.assert(fc.property(cellList(80), (cells) => {
      const expected = new Set(cells.map(([r, c]) => key(r, c)));
      const rects = rectsOfCells(rowsByColumn(cells));
      expect(rects.every(wellFormed)).toBe(true);
      expect(sorted(cellsOfRects(rects))).toEqual(sorted(expected));
      expect(area(rects)).toBe(expected.size);
    }));
  });

  it('a full rectangle of cells, in any order, is one rectangle', () => {
    fc.assert(fc.property(rect, fc.nat(), (r, seed) => {
      const cells = [...cellsOfRects([r])].map((c) => c.split(',').map(Number) as [number, number]);
      const shuffled = cells.map((c, i) => ({ c, k: (i * 7919 + seed) % 104_729 })).sort((a, b) => a.k - b.k).map((x) => x.c);
      expect(rectsOfCells(rowsByColumn(shuffled))).toEqual([r]);
    }));
  });
});

describe('cell-ranges: formatSqref / parseSqref', () => {
  it('parseSqref(formatSqref(rects)) gives the rectangles back', () => {
    fc.assert(fc.property(fc.array(rect, { maxLength: 6 }), (rects) => {
      expect(parseSqref(formatSqref(rects))).toEqual(rects);
    }));
  });

  it('round-trips at the edges of the grid too (AAA columns, row 1048576)', () => {
    const wide = fc
      .tuple(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }))
      .map(([r1, c1, r2, c2]) => ({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) }));
    fc.assert(fc.property(fc.array(wide, { maxLength: 4 }), (rects) => {
      expect(parseSqref(formatSqref(rects))).toEqual(rects);
    }));
  });

  it('formatSqref(parseSqref(s)) is s for an sqref written as Excel writes it', () => {
    fc.assert(fc.property(fc.array(rect, { minLength: 1, maxLength: 6 }), (rects) => {
      const sqref = formatSqref(rects);
      expect(formatSqref(parseSqref(sqref))).toBe(sqref);
      expect(sqref).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?( [A-Z]+\d+(:[A-Z]+\d+)?)*$/);
    }));
  });

  it('reads absolute references, whole columns and rows, and reversed corners', () => {
    expect(parseSqref('$B$2:$C$9')).toEqual([{ top: 2, left: 2, bottom: 9, right: 3 }]);
    expect(parseSqref('E:E')).toEqual([{ top: 1, left: 5, bottom: 1_048_576, right: 5 }]);
    expect(parseSqref('3:4')).toEqual([{ top: 3, left: 1, bottom: 4, right: 16_384 }]);
    expect(parseSqref('C9:B2  A1')).toEqual([{ top: 2, left: 2, bottom: 9, right: 3 }, { top: 1, left: 1, bottom: 1, right: 1 }]);
  });
});

/** Characters XML 1.0 cannot hold: escapeXml drops them (documented in xml-text.ts). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Attribute values: arbitrary strings, and strings made of the pieces most likely to break
 * a text patcher — XML specials, entity look-alikes, String.replace patterns, quotes,
 * whitespace and Vietnamese.
 */
const PIECES = ['<', '>', '&', '"', "'", '&amp;', '&lt;', '&#65;', '$', '$&', '$1', '$2', "$'", '$`', '$$', ' ', '=', '/>',
  '\t', '\n', 'Đăng ký', 'Khối Mặt trận, đoàn thể', 'ệ', 'ữ', 'Ngày 15/12', 'r="A1"', "s='9'", " name='x'"];
const attributeValue: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')),
);

/** Start tags (and whole elements) of the kinds the writer patches, and attribute names among theirs and new ones. */
const TAGS = [
  '<c r="A1" s="3" t="s"><v>0</v></c>',
  '<c r="B2"/>',
  '<sheet name="Đăng ký" sheetId="1" r:id="rId1"/>',
  "<dataValidation type='list' sqref='E2:E21'><formula1>\"a,b\"</formula1></dataValidation>",
  '<row r="5" spans="1:9" ht="20" customHeight="1">',
  '<x:c r="C3" s="1">',
  '<col min="1" max = "3" width="12"/>',
];
const NAMES = ['r', 's', 't', 'name', 'sqref', 'r:id', 'min', 'max', 'width', 'xr:uid', 'count'];

describe('xml-text: attributes', () => {
  it('attr(setAttr(tag, name, v), name) is v (with the characters XML cannot hold dropped)', () => {
    fc.assert(fc.property(fc.constantFrom(...TAGS), fc.constantFrom(...NAMES), attributeValue, (tag, name, v) => {
      expect(attr(setAttr(tag, name, v), name)).toBe(v.replace(INVALID_XML, ''));
    }));
  });

  it('attr(setAttr(tag, name, v), name) is v exactly for text XML can hold', () => {
    fc.assert(fc.property(fc.constantFrom(...TAGS), fc.constantFrom(...NAMES), attributeValue.map((v) => v.replace(INVALID_XML, '')), (tag, name, v) => {
      expect(attr(setAttr(tag, name, v), name)).toBe(v);
    }));
  });

  it('known cases: an existing attribute set to text with `$` replacement patterns or XML specials', () => {
    expect(attr(setAttr('<sheet name="Cũ" sheetId="1"/>', 'name', 'Quỹ $1'), 'name')).toBe('Quỹ $1');
    expect(attr(setAttr('<c r="A1" s="3"/>', 's', '$&'), 's')).toBe('$&');
    expect(attr(setAttr('<c r="A1"/>', 'x', `a<b>&"c'`), 'x')).toBe(`a<b>&"c'`);
  });

  it('reads an attribute, not look-alike text inside another attribute\'s value', () => {
    // Excel and exceljs write a sheet named `a state='hidden' b` like this (apostrophes need no escaping).
    const tag = `<sheet name="a state='hidden' b" sheetId="1" r:id="rId1"/>`;
    expect(attr(tag, 'state')).toBeUndefined();
    expect(attr(`<c t="x s='9'" s="3"/>`, 's')).toBe('3');
    expect(attr(setAttr(tag, 'state', 'visible'), 'name')).toBe("a state='hidden' b");
  });

  it('setting one attribute leaves the others, the rest of the element and the tag shape as they were', () => {
    fc.assert(fc.property(fc.constantFrom(...TAGS), fc.constantFrom(...NAMES), attributeValue, (tag, name, v) => {
      const start = tag.slice(0, tag.indexOf('>') + 1);
      const rest = tag.slice(start.length);
      const others = [...start.matchAll(/\s([\w:.-]+)\s*=/g)].map((m) => m[1]).filter((n) => n !== name);
      const out = setAttr(tag, name, v);
      for (const other of others) expect(attr(out, other)).toBe(attr(tag, other));
      expect(out.endsWith(rest)).toBe(true);
      expect(out.startsWith(start.slice(0, start.search(/\s/)))).toBe(true);
      expect(out.slice(0, out.length - rest.length).endsWith('/>')).toBe(start.endsWith('/>'));
    }));
  });

  it('setAttr(tag, name, undefined) removes the attribute and nothing else', () => {
    fc.assert(fc.property(fc.constantFrom(...TAGS), fc.constantFrom(...NAMES), (tag, name) => {
      const out = setAttr(tag, name, undefined);
      expect(attr(out, name)).toBeUndefined();
      const start = tag.slice(0, tag.indexOf('>') + 1);
      for (const m of start.matchAll(/\s([\w:.-]+)\s*=/g)) if (m[1] !== name) expect(attr(out, m[1])).toBe(attr(tag, m[1]));
    }));
  });
});

describe('xml-text: escapeXml', () => {
  const ENTITY = /^&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

  it('leaves no raw < or " and no & that does not start an entity', () => {
    fc.assert(fc.property(attributeValue, (text) => {
      const escaped = escapeXml(text);
      expect(escaped).not.toContain('<');
      expect(escaped).not.toContain('"');
      for (let i = escaped.indexOf('&'); i >= 0; i = escaped.indexOf('&', i + 1)) {
        expect(ENTITY.test(escaped.slice(i)), `'&' at ${i} of ${JSON.stringify(escaped)}`).toBe(true);
      }
      expect(escaped.replace(INVALID_XML, '')).toBe(escaped);
    }));
  });

  it('unescapeXml(escapeXml(s)) is s without the characters XML cannot hold', () => {
    fc.assert(fc.property(attributeValue, (text) => {
      expect(unescapeXml(escapeXml(text))).toBe(text.replace(INVALID_XML, ''));
    }));
  });
});
