/**
 * The `{{…}}` placeholders of a staff template (DESIGN.md §5): what each one stands for and
 * which ones match nothing. Document-wide: every `Mục` of `Cấu hình` (as typed there) and the
 * figures of TEMPLATE_FIELD (`{{Ngày}}`, `{{Số đơn vị}}`…); per item, in the table row that
 * repeats once per registration: TEMPLATE_ITEM_FIELD (`{{STT}}`, `{{Đơn vị}}`, `{{Tên}}`…).
 * Names match after NFC, trimming and ignoring case, like the sheets' headers. Pure.
 */
import { REGISTRATION_TYPES, TEMPLATE_FIELD, TEMPLATE_ITEM_FIELD } from '../../core/contract';
import { dayInZone, formatDayVi, type CalendarDay } from '../../core/calendar-day';
import type { ApprovalItem } from '../../core/documents/approval-notice';
import { DOC_TEXT, formatCount, oneLine } from '../../core/documents/document-text';
import { formatProfile } from '../../core/documents/format-profile';
import { issueDateLine } from '../../core/documents/issue-date';
import { issuerCodeOf, numberLine } from '../../core/documents/official-blocks';
import { normalizeName } from '../../core/names';
import type { Settings } from '../../core/settings';
import { cellText } from '../../core/table';

/** Values by normalised placeholder name. */
export type PlaceholderValues = Map<string, string>;

/** One `{{…}}` as written in the template, and its name. */
export interface Placeholder {
  text: string;
  name: string;
}

const PATTERN = /\{\{([^{}]*)\}\}/g;

/** Every distinct `{{…}}` of a text, in order of appearance. */
export function findPlaceholders(text: string): Placeholder[] {
  const seen = new Map<string, Placeholder>();
  for (const m of text.matchAll(PATTERN)) if (!seen.has(m[0])) seen.set(m[0], { text: m[0], name: normalizeName(m[1]) });
  return [...seen.values()];
}

/** A `Cấu hình` value as text: dates as dd/MM/yyyy, lines kept. */
function configText(value: unknown, timeZone: string): string {
  if (value instanceof Date) return formatDayVi(dayInZone(value, timeZone));
  return cellText(value);
}

/** `{{Mục}}` → `Giá trị` for every row of `Cấu hình` (`values` with its header row). */
export function configValues(values: readonly (readonly unknown[])[] | undefined, timeZone: string): PlaceholderValues {
  const out: PlaceholderValues = new Map();
  for (const row of (values ?? []).slice(1)) {
    const key = normalizeName(row[0]);
    if (key && !out.has(key)) out.set(key, configText(row[1], timeZone));
  }
  return out;
}

export interface DocumentFigures {
  settings: Settings;
  today: CalendarDay;
  /** The items the document lists. */
  items: readonly ApprovalItem[];
  /** The unit of a per-unit notice. */
  unit?: string;
}

/** The document-wide values: `Cấu hình` and the figures (figures win over a `Mục` of the same name). */
export function documentValues(config: PlaceholderValues, figures: DocumentFigures): PlaceholderValues {
  const { settings, today, items } = figures;
  const profile = formatProfile(settings.documentFamily);
  const units = new Set(items.map((i) => normalizeName(i.unit)));
  const byType = (type: string) => items.filter((i) => normalizeName(i.type) === normalizeName(type)).length;
  const out = new Map(config);
  const set = (name: string, value: string) => out.set(normalizeName(name), value);
  set(TEMPLATE_FIELD.date, formatDayVi(today));
  set(TEMPLATE_FIELD.dateLine, issueDateLine(settings.placeName, today));
  set(TEMPLATE_FIELD.numberLine, numberLine(profile, profile.typeCodes.notice, issuerCodeOf(profile, settings)));
  set(TEMPLATE_FIELD.unitCount, formatCount(units.size));
  set(TEMPLATE_FIELD.itemCount, formatCount(items.length));
  const [model, movement, deed] = REGISTRATION_TYPES;
  set(TEMPLATE_FIELD.modelCount, formatCount(byType(model)));
  set(TEMPLATE_FIELD.movementCount, formatCount(byType(movement)));
  set(TEMPLATE_FIELD.deedCount, formatCount(byType(deed)));
  set(TEMPLATE_FIELD.unitName, figures.unit ?? '');
  return out;
}

/** The values of one item's row. */
export function itemValues(item: ApprovalItem, index: number): PlaceholderValues {
  const f = TEMPLATE_ITEM_FIELD;
  const period = DOC_TEXT.period(item.start ? formatDayVi(item.start) : '', item.end ? formatDayVi(item.end) : '');
  return new Map([
    [f.number, String(index + 1)], [f.unit, item.unit], [f.group, item.group || DOC_TEXT.noGroup], [f.title, item.title],
    [f.type, item.type], [f.field, item.field], [f.period, period], [f.approval, item.approval], [f.comment, oneLine(item.comment)],
  ].map(([k, v]) => [normalizeName(k), v]));
}

/** Whether a name is one of the item fields. */
export function isItemField(name: string): boolean {
  return Object.values(TEMPLATE_ITEM_FIELD).some((f) => normalizeName(f) === name);
}

/** The text a row copy's placeholder gets so that each row is replaced on its own: `{{3#STT}}`. */
export function rowPlaceholder(placeholder: Placeholder, row: number): string {
  return `{{${row}#${placeholder.text.slice(2)}`;
}
