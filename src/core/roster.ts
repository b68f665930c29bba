/**
 * Reads the `Đơn vị` roster: the units that must register, each with its group rule,
 * per-unit overrides (`Tối thiểu`, `Tối đa`, `Hạn riêng`) and contact addresses.
 */
import { REGISTRATION_TYPES, SHEET, UNIT_HEADER } from './contract';
import { type CalendarDay } from './calendar-day';
import { readDateCell } from './date-parsing';
import { countSchema, fallbackRule, type Group } from './groups';
import { MSG, QUESTION_MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders, type HeaderIndex } from './table';

export interface Unit {
  /** 1-based row in `Đơn vị`. */
  row: number;
  code: string;
  name: string;
  key: string;
  groupName: string;
  group: Group;
  emails: string[];
  person: string;
  min: number;
  max: number;
  /** The unit's own deadline, or the plan's `Hạn đăng ký`. */
  deadline: CalendarDay | undefined;
  /** `Lĩnh vực được giao`, as written in `Lĩnh vực` ([] = any field). */
  assignedFields: string[];
}

export interface RosterReading {
  units: Unit[];
  byKey: Map<string, Unit>;
  headers: HeaderIndex | undefined;
  problems: string[];
}

/** Splits a cell of addresses separated by `,` or `;` (or line breaks). */
export function splitEmails(text: string): string[] {
  // A separator inside a quoted display name ("Nguyễn, Văn A" <a@x.vn>) does not split.
  return (text.match(/(?:"[^"]*"|[^,;\n"])+/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * Reads a comma list of fields or movements (`Lĩnh vực được giao`). A movement's own name may
 * hold commas ("… tư tưởng, đạo đức, phong cách Hồ Chí Minh"), so the known names are matched
 * first, longest first, each as a whole item between separators; what is left is split on
 * `,`, `;` and lines and reported as unknown.
 */
export function matchFieldList(text: string, fields: Map<string, string>): { found: string[]; unknown: string[] } {
  let rest = `,${text.normalize('NFC').replace(/\s+/g, ' ')},`;
  const found: Array<{ at: number; name: string }> = [];
  const names = [...fields.values()].sort((a, b) => b.length - a.length);
  const lower = () => rest.toLocaleLowerCase('vi');
  for (const name of names) {
    const key = name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
    const pattern = new RegExp(`[,;\\n]\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?=[,;\\n])`);
    const m = pattern.exec(lower());
    if (!m) continue;
    found.push({ at: m.index, name });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  const unknown = rest.split(/[,;\n]+/).map((x) => x.trim()).filter(Boolean);
  return { found: found.sort((a, b) => a.at - b.at).map((f) => f.name), unknown };
}

export function readRoster(
  values: readonly unknown[][] | undefined,
  groups: Map<string, Group>,
  planDeadline: CalendarDay | undefined,
  timeZone: string,
  /** The plan's categories (for the fallback rule of a unit without a group). */
  categories?: readonly string[],
  /** `Lĩnh vực` by normalised name (for `Lĩnh vực được giao`). */
  fields?: Map<string, string>,
): RosterReading {
  const units: Unit[] = [];
  const byKey = new Map<string, Unit>();
  const problems: string[] = [];
  if (!values) return { units, byKey, headers: undefined, problems: [MSG.missingSheet(SHEET.units)] };
  if (!values.length) return { units, byKey, headers: undefined, problems: [MSG.noUnits()] };
  const headers = indexHeaders(values[0]);
  const col = (h: string) => headers.columnOf(h);
  const nameCol = col(UNIT_HEADER.name);
  if (nameCol === undefined) return { units, byKey, headers, problems: [MSG.missingHeader(SHEET.units, UNIT_HEADER.name)] };
  const at = (row: readonly unknown[], header: string) => {
    const c = col(header);
    return c === undefined ? '' : row[c];
  };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const rowNumber = r + 1;
    const name = cellText(row[nameCol]);
    if (!name) continue;
    const key = normalizeName(name);
    const first = byKey.get(key);
    if (first) { problems.push(MSG.unitDuplicate(rowNumber, first.row)); continue; }
    const groupName = cellText(at(row, UNIT_HEADER.group));
    let group = groups.get(normalizeName(groupName));
    if (!group) {
      problems.push(groupName ? MSG.unitUnknownGroup(rowNumber, groupName) : MSG.unitMissingGroup(rowNumber));
      group = { name: groupName, ...fallbackRule(categories ?? REGISTRATION_TYPES) };
    }
    const count = (header: string, fallback: number) => {
      const raw = at(row, header);
      if (cellText(raw) === '') return fallback;
      const parsed = countSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      problems.push(MSG.unitInvalid(rowNumber, header, raw, 'một số nguyên không âm'));
      return fallback;
    };
    const min = count(UNIT_HEADER.min, group.min);
    let max = count(UNIT_HEADER.max, group.max);
    if (min > max) { problems.push(MSG.unitMinAboveMax(rowNumber, min, max)); max = min; }
    let deadline = planDeadline;
    const ownDeadline = at(row, UNIT_HEADER.ownDeadline);
    if (cellText(ownDeadline) !== '') {
      const reading = readDateCell(ownDeadline, timeZone);
      if (reading.ok) deadline = reading.day;
      else problems.push(MSG.unitInvalid(rowNumber, UNIT_HEADER.ownDeadline, ownDeadline, 'một ngày dạng ngày/tháng/năm'));
    }
    const { found: assignedFields, unknown } = matchFieldList(cellText(at(row, UNIT_HEADER.assignedFields)), fields ?? new Map());
    unknown.forEach((part) => problems.push(QUESTION_MSG.assignedUnknown(rowNumber, part, SHEET.fields)));
    const unit: Unit = {
      row: rowNumber, code: cellText(at(row, UNIT_HEADER.code)), name, key, groupName: group.name, group,
      emails: splitEmails(cellText(at(row, UNIT_HEADER.email))), person: cellText(at(row, UNIT_HEADER.person)),
      min, max, deadline, assignedFields,
    };
    units.push(unit);
    byKey.set(key, unit);
  }
  if (!units.length) problems.push(MSG.noUnits());
  return { units, byKey, headers, problems };
}
