/** Reads the `Lĩnh vực` sheet: the list of allowed fields (DESIGN.md §3.4). */
import { FIELD_HEADER, SHEET } from './contract';
import { MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders } from './table';

export function readFields(values: readonly unknown[][] | undefined): { fields: Map<string, string>; problems: string[] } {
  const fields = new Map<string, string>();
  if (!values) return { fields, problems: [MSG.missingSheet(SHEET.fields)] };
  const column = values.length ? indexHeaders(values[0]).columnOf(FIELD_HEADER) : undefined;
  if (column === undefined) return { fields, problems: [MSG.missingHeader(SHEET.fields, FIELD_HEADER)] };
  for (let r = 1; r < values.length; r++) {
    const name = cellText(values[r][column]);
    if (name && !fields.has(normalizeName(name))) fields.set(normalizeName(name), name);
  }
  return { fields, problems: fields.size ? [] : [MSG.noFields()] };
}
