/**
 * Reads the `Cấu hình` sheet (two columns `Mục` | `Giá trị`) into typed settings.
 * Missing or invalid values produce a Vietnamese problem naming the row, and a safe
 * fallback so the rest of the run goes on.
 */
import * as z from 'zod/mini';
import { CONFIG_HEADERS, CONFIG_KEY, SHEET } from './contract';
import { type CalendarDay } from './calendar-day';
import { readDateCell } from './date-parsing';
import { DEFAULT_NOUN, MSG, QUESTION_MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders } from './table';

export type DocumentFamily = 'Đảng' | 'Chính quyền';

export interface Settings {
  communeName: string;
  placeName: string;
  documentFamily: DocumentFamily;
  superiorBody: string;
  issuingBody: string;
  issuerCode: string;
  year: number | undefined;
  planTitle: string;
  registrationDeadline: CalendarDay | undefined;
  earliestStart: CalendarDay | undefined;
  planDeadline: CalendarDay | undefined;
  resultsDeadline: CalendarDay | undefined;
  contactUnit: string;
  contactEmail: string;
  signingAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
  onlyNewItems: boolean;
  remindBeforeDays: number[];
  remindAfterDays: number[];
  reminderHour: number;
  /** `Mẫu kế hoạch`: the preset the plan started from ('' when none is recorded). */
  planPreset: string;
  /** `Tên gọi`: what one row is, in the plan's words (DESIGN.md §12.3). */
  itemNoun: string;
  /** `Tổng số tối đa` (DESIGN.md §12.2), undefined = no cap. */
  totalMax: number | undefined;
  /** `Cơ cấu theo loại` as typed, with its row, read against the categories by `readQuotas`. */
  categoryShares: { text: string; row: number } | undefined;
  /** `Cột trong danh sách` as typed (question titles, read against the questions by `planColumns`). */
  listedColumns: string;
  /** `Số kế hoạch` as typed ('' when not given). */
  planNumber: string;
  /** `Ngày kế hoạch`. */
  planDate: CalendarDay | undefined;
  /** `Cơ quan ban hành kế hoạch` ('' when not given). */
  planIssuer: string;
  /** `Hạn bổ sung (ngày)`: days from a notice to the date a unit must complete its registration. */
  completionDays: number;
}

/** `Hạn bổ sung (ngày)` when `Cấu hình` does not say. */
export const DEFAULT_COMPLETION_DAYS = 7;

/** The noun of a plan that has no `Tên gọi` (the plan of §3.5). */
export const DEFAULT_ITEM_NOUN = DEFAULT_NOUN;

export interface SettingsReading {
  settings: Settings;
  problems: string[];
}

const yes = new Set(['có', 'co', 'x', 'yes', 'true', '1', 'đúng']);
const no = new Set(['không', 'khong', 'no', 'false', '0', 'sai', '']);

const dayListSchema = z.pipe(
  z.pipe(z.string(), z.transform((s: string) => s.split(/[,;\s]+/).filter(Boolean).map(Number))),
  z.array(z.number().check(z.int(), z.minimum(0), z.maximum(365))),
);
const hourSchema = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(23));
const totalSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1_000_000));
const completionDaysSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(365));
const yearSchema = z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100));

/** Reads `Cấu hình` values (first row = headers). `timeZone` reads date cells. */
export function readSettings(values: readonly unknown[][] | undefined, timeZone: string): SettingsReading {
  const problems: string[] = [];
  const byKey = new Map<string, { value: unknown; row: number }>();
  if (values && values.length) {
    const headers = indexHeaders(values[0]);
    const keyCol = headers.columnOf(CONFIG_HEADERS[0]) ?? 0;
    const valueCol = headers.columnOf(CONFIG_HEADERS[1]) ?? 1;
    for (let r = 1; r < values.length; r++) {
      const key = normalizeName(values[r][keyCol]);
      if (key && !byKey.has(key)) byKey.set(key, { value: values[r][valueCol] ?? '', row: r + 1 });
    }
  }
  const entry = (key: string) => byKey.get(normalizeName(key));
  const text = (key: string) => cellText(entry(key)?.value);

  const date = (key: string, required: boolean): CalendarDay | undefined => {
    const found = entry(key);
    if (!found || cellText(found.value) === '') {
      if (required) problems.push(MSG.configMissing(key));
      return undefined;
    }
    const reading = readDateCell(found.value, timeZone);
    if (reading.ok) return reading.day;
    problems.push(MSG.configInvalid(found.row, key, found.value, 'một ngày dạng ngày/tháng/năm, ví dụ 15/12/2025'));
    return undefined;
  };
  const parsed = <T>(key: string, schema: z.ZodMiniType<T>, fallback: T, expected: string): T => {
    const found = entry(key);
    if (!found || cellText(found.value) === '') return fallback;
    const result = schema.safeParse(typeof found.value === 'number' ? String(found.value) : cellText(found.value));
    if (result.success) return result.data;
    problems.push(MSG.configInvalid(found.row, key, found.value, expected));
    return fallback;
  };

  const familyText = normalizeName(text(CONFIG_KEY.documentFamily));
  let documentFamily: DocumentFamily = 'Đảng';
  if (familyText === normalizeName('Chính quyền')) documentFamily = 'Chính quyền';
  else if (familyText && familyText !== normalizeName('Đảng')) {
    const found = entry(CONFIG_KEY.documentFamily)!;
    problems.push(MSG.configInvalid(found.row, CONFIG_KEY.documentFamily, found.value, '"Đảng" hoặc "Chính quyền"'));
  }

  const onlyNewText = normalizeName(text(CONFIG_KEY.onlyNewItems));
  let onlyNewItems = true;
  if (no.has(onlyNewText) && onlyNewText !== '') onlyNewItems = false;
  else if (onlyNewText && !yes.has(onlyNewText)) {
    const found = entry(CONFIG_KEY.onlyNewItems)!;
    problems.push(MSG.configInvalid(found.row, CONFIG_KEY.onlyNewItems, found.value, '"Có" hoặc "Không"'));
  }

  const registrationDeadline = date(CONFIG_KEY.registrationDeadline, true);
  let totalMax: number | undefined;
  const totalEntry = entry(CONFIG_KEY.totalMax);
  if (totalEntry && cellText(totalEntry.value) !== '') {
    const result = totalSchema.safeParse(typeof totalEntry.value === 'number' ? String(totalEntry.value) : cellText(totalEntry.value));
    if (result.success) totalMax = result.data; else problems.push(QUESTION_MSG.totalMaxInvalid(totalEntry.row, totalEntry.value));
  }
  const sharesEntry = entry(CONFIG_KEY.categoryShares);
  const settings: Settings = {
    communeName: text(CONFIG_KEY.communeName),
    placeName: text(CONFIG_KEY.placeName) || text(CONFIG_KEY.communeName),
    documentFamily,
    superiorBody: text(CONFIG_KEY.superiorBody),
    issuingBody: text(CONFIG_KEY.issuingBody),
    issuerCode: text(CONFIG_KEY.issuerCode),
    year: parsed(CONFIG_KEY.year, yearSchema, undefined as number | undefined, 'một năm, ví dụ 2026'),
    planTitle: text(CONFIG_KEY.planTitle),
    registrationDeadline,
    earliestStart: date(CONFIG_KEY.earliestStart, false),
    planDeadline: date(CONFIG_KEY.planDeadline, false),
    resultsDeadline: date(CONFIG_KEY.resultsDeadline, false),
    contactUnit: text(CONFIG_KEY.contactUnit),
    contactEmail: text(CONFIG_KEY.contactEmail),
    signingAuthority: text(CONFIG_KEY.signingAuthority),
    signerTitle: text(CONFIG_KEY.signerTitle),
    signerName: text(CONFIG_KEY.signerName),
    recipients: cellText(entry(CONFIG_KEY.recipients)?.value).split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    onlyNewItems,
    remindBeforeDays: parsed(CONFIG_KEY.remindBeforeDays, dayListSchema, [7, 3, 1], 'các số ngày cách nhau bởi dấu phẩy, ví dụ 7, 3, 1'),
    remindAfterDays: parsed(CONFIG_KEY.remindAfterDays, dayListSchema, [1, 3, 7], 'các số ngày cách nhau bởi dấu phẩy, ví dụ 1, 3, 7'),
    reminderHour: parsed(CONFIG_KEY.reminderHour, hourSchema, 8, 'một giờ từ 0 đến 23'),
    planPreset: text(CONFIG_KEY.planPreset),
    itemNoun: text(CONFIG_KEY.itemNoun).replace(/\s+/g, ' ') || DEFAULT_ITEM_NOUN,
    totalMax,
    listedColumns: text(CONFIG_KEY.listedColumns),
    categoryShares: sharesEntry && cellText(sharesEntry.value) ? { text: cellText(sharesEntry.value), row: sharesEntry.row } : undefined,
    planNumber: text(CONFIG_KEY.planNumber).replace(/\s+/g, ' '),
    planDate: date(CONFIG_KEY.planDate, false),
    planIssuer: text(CONFIG_KEY.planIssuer).replace(/\s+/g, ' '),
    completionDays: parsed(CONFIG_KEY.completionDays, completionDaysSchema, DEFAULT_COMPLETION_DAYS, 'một số ngày từ 1 đến 365, ví dụ 7'),
  };
  if (!values) problems.unshift(MSG.missingSheet(SHEET.config));
  return { settings, problems };
}
