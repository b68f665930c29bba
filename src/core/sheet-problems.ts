/**
 * Problems the readers pass over silently, reported by sheet, row and column (issue 12,
 * item 9): a group listed twice in `Khối`, a roster row with data but no name, two rows of
 * `Đăng ký` with one `Mã đăng ký`, a `Mục` of `Cấu hình` typed twice (the first is used), an
 * invalid `Email đầu mối` (the e-mails then go out with no reply-to).
 */
import { CONFIG_HEADERS, CONFIG_KEY, GROUP_HEADER, OWNED, UNIT_HEADER } from './contract';
import { isValidEmail } from './emails';
import { MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders, isBlankRow } from './table';

type Grid = readonly (readonly unknown[])[] | undefined;

/** Rows (1-based) whose `column` repeats an earlier row's value: [row, first row, value]. */
function repeats(values: Grid, header: string): Array<[number, number, string]> {
  if (!values || values.length < 2) return [];
  const column = indexHeaders(values[0]).columnOf(header);
  if (column === undefined) return [];
  const first = new Map<string, number>();
  const found: Array<[number, number, string]> = [];
  for (let r = 1; r < values.length; r++) {
    const text = cellText(values[r][column]);
    const key = normalizeName(text);
    if (!key) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, r + 1); else found.push([r + 1, earlier, text]);
  }
  return found;
}

export function reportSheetProblems(
  values: { config?: Grid; groups?: Grid; units?: Grid; registrations?: Grid },
  _timeZone: string,
): string[] {
  const problems: string[] = [];
  for (const [row, first, text] of repeats(values.groups, GROUP_HEADER.name)) {
    problems.push(MSG.groupDuplicate(row, first, text));
  }
  const units = values.units;
  const nameColumn = units?.length ? indexHeaders(units[0]).columnOf(UNIT_HEADER.name) : undefined;
  if (units && nameColumn !== undefined) {
    for (let r = 1; r < units.length; r++) {
      if (cellText(units[r][nameColumn]) === '' && !isBlankRow(units[r])) problems.push(MSG.unitNoName(r + 1));
    }
  }
  for (const [row, first, text] of repeats(values.registrations, OWNED.registrationId)) {
    problems.push(MSG.registrationIdRepeated(row, first, text));
  }
  for (const [row, first, text] of repeats(values.config, CONFIG_HEADERS[0])) {
    problems.push(MSG.configKeyRepeated(row, first, text));
  }
  const config = values.config;
  if (config?.length) {
    const headers = indexHeaders(config[0]);
    const keyColumn = headers.columnOf(CONFIG_HEADERS[0]) ?? 0;
    const valueColumn = headers.columnOf(CONFIG_HEADERS[1]) ?? 1;
    const row = config.findIndex((r, i) => i > 0 && normalizeName(r[keyColumn]) === normalizeName(CONFIG_KEY.contactEmail));
    const email = row > 0 ? cellText(config[row][valueColumn]) : '';
    if (email && !isValidEmail(email)) problems.push(MSG.contactEmailInvalid(row + 1, email));
  }
  return problems;
}
