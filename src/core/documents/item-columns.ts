/**
 * The columns of the documents' lists of items, from the plan (DESIGN.md §12): the name
 * column is titled as the plan's `Tên` question; `Loại`, the field and the period of
 * implementation appear only when the plan asks them; `Cấu hình` › `Cột trong danh sách` adds
 * the plan's own questions (a delegate's position, sex, year of birth…). The report's annex,
 * landscape, lists every short question without a role when no list is given. For the plan of
 * §3.5 every table is exactly as before. Widths are the base shares of TABLE_LAYOUT, the
 * columns a plan lacks dropped, each added column a share of its own.
 */
import { ANSWER } from '../contract';
import { normalizeName } from '../names';
import { questionOfRole, type Question } from '../questions';
import { matchFieldList } from '../roster';
import type { Settings } from '../settings';
import type { Alignment } from './document-spec';
import { DOC_TEXT } from './document-text';
import { formatDayVi, type CalendarDay } from '../calendar-day';
import { periodCell, type TableLayout } from './table-layout';

/** What a plan's lists show. */
export interface PlanColumns {
  /** Header of the name column (the `Tên` question). */
  name: string;
  hasCategory: boolean;
  /** Header of the field column, absent when the plan has no `Lĩnh vực` question. */
  field: string | undefined;
  hasPeriod: boolean;
  /** `Cột trong danh sách`: question titles added to every list. */
  listed: string[];
  /** Added to the report's annex: `listed`, or every short question without a role. */
  annex: string[];
  /** Of those, the questions whose answers are a word or a number (`Số`, choices): narrow columns. */
  narrow: string[];
}

/** The lists of DESIGN §3.5 (also used when a document is built without a plan). */
export const DEFAULT_PLAN_COLUMNS: PlanColumns = {
  name: ANSWER.title, hasCategory: true, field: ANSWER.field, hasPeriod: true, listed: [],
  annex: [ANSWER.implementingUnit, ANSWER.partnerUnits, ANSWER.scale, ANSWER.responsiblePerson],
  narrow: [],
};

const NARROW_KINDS: ReadonlySet<Question['kind']> = new Set(['number', 'choice', 'list', 'date']);

const SHORT_KINDS: ReadonlySet<Question['kind']> = new Set(['text', 'number', 'email', 'choice', 'list', 'checkbox']);

/** The columns of a plan's lists from its questions and `Cột trong danh sách`. */
export function planColumns(questions: readonly Question[], settings: Pick<Settings, 'listedColumns'>): PlanColumns {
  const name = questionOfRole(questions, 'name')?.title;
  const titles = new Map(questions.map((q) => [normalizeName(q.title), q.title]));
  const listed = settings.listedColumns ? matchFieldList(settings.listedColumns, titles).found : [];
  const isDefaultPlan = !listed.length && DEFAULT_PLAN_COLUMNS.annex.every((t) => titles.has(normalizeName(t)))
    && name === ANSWER.title;
  return {
    name: name ?? DEFAULT_PLAN_COLUMNS.name,
    hasCategory: questionOfRole(questions, 'category') !== undefined,
    field: questionOfRole(questions, 'field')?.title,
    hasPeriod: questionOfRole(questions, 'start') !== undefined || questionOfRole(questions, 'end') !== undefined,
    listed,
    annex: isDefaultPlan ? DEFAULT_PLAN_COLUMNS.annex
      : listed.length ? listed : questions.filter((q) => !q.role && SHORT_KINDS.has(q.kind)).map((q) => q.title),
    narrow: isDefaultPlan ? [] : questions.filter((q) => NARROW_KINDS.has(q.kind)).map((q) => q.title),
  };
}

/** One column of a list: its header, base share, alignment, whether its lines stay whole, and its cell. */
export interface ItemColumn<T> {
  header: string;
  share: number;
  align: Alignment;
  keepWhole: boolean;
  cell: (item: T) => string;
}

/** The cells every list can show of an item. */
export interface ListedItem {
  unit: string;
  title: string;
  type: string;
  field: string;
  /** The period as the table writes it. */
  period: string;
  /** The text of the plan's own questions, by normalised title. */
  extra: Record<string, string>;
}

/** An item of the sheet (a notice's item or a report's detail) as a list shows it. */
export function listedOf(item: {
  unit: string; title: string; type: string; field: string; start: CalendarDay | undefined; end: CalendarDay | undefined;
  extra?: Record<string, string>;
}): ListedItem {
  const period = periodCell(item.start ? formatDayVi(item.start) : '', item.end ? formatDayVi(item.end) : '');
  return { unit: item.unit, title: item.title, type: item.type, field: item.field, period, extra: item.extra ?? {} };
}

type Kind = 'notice' | 'unitApproved' | 'needsMore' | 'annex';

/** Base shares of the role columns in each list (those of TABLE_LAYOUT for §3.5). */
const SHARES: Record<Kind, { number: number; unit: number; name: number; category: number; field: number; period: number; extra: number }> = {
  notice: { number: 0.06, unit: 0.19, name: 0.31, category: 0.12, field: 0.16, period: 0.16, extra: 0.15 },
  unitApproved: { number: 0.07, unit: 0, name: 0.41, category: 0.13, field: 0.2, period: 0.19, extra: 0.15 },
  needsMore: { number: 0.07, unit: 0, name: 0.31, category: 0.13, field: 0.17, period: 0, extra: 0 },
  annex: { number: 0.04, unit: 0.1, name: 0.16, category: 0.07, field: 0.09, period: 0.1, extra: 0.1 },
};

/**
 * The columns of one list. `numberHeader` is `STT` or `TT`; `unitColumn` whether the unit is a
 * column (the consolidated lists) — the caller fills it; `tail` are columns after the plan's
 * (the comment of a row to complete).
 */
export function listColumns<T extends ListedItem>(
  plan: PlanColumns, kind: Kind, numberHeader: string, numberCell: (item: T) => string,
  unitCell: ((item: T) => string) | undefined, tail: readonly ItemColumn<T>[] = [],
): ItemColumn<T>[] {
  const s = SHARES[kind];
  const col = (header: string, share: number, align: Alignment, keepWhole: boolean, cell: (item: T) => string): ItemColumn<T> =>
    ({ header, share, align, keepWhole, cell });
  const narrow = new Set(plan.narrow.map(normalizeName));
  const extra = (titles: readonly string[]) => titles.map((t) => (narrow.has(normalizeName(t))
    ? col(t, s.extra * 0.5, 'center', true, (i: T) => i.extra[normalizeName(t)] ?? '')
    : col(t, s.extra * 1.4, 'left', false, (i: T) => i.extra[normalizeName(t)] ?? '')));
  const out: ItemColumn<T>[] = [col(numberHeader, s.number, 'center', true, numberCell)];
  if (unitCell) out.push(col(DOC_TEXT.listUnit, s.unit, 'left', false, unitCell));
  // The plan's own columns take their width from the name column, the widest of §3.5's.
  const own = kind === 'annex' ? plan.annex : kind === 'needsMore' ? [] : plan.listed;
  out.push(col(plan.name, own.length && own !== DEFAULT_PLAN_COLUMNS.annex ? s.name * 0.6 : s.name, 'left', false, (i) => i.title));
  if (plan.hasCategory) out.push(col(DOC_TEXT.listCategory, s.category, 'center', true, (i) => i.type));
  if (plan.field) out.push(col(plan.field, s.field, 'left', false, (i) => i.field));
  if (kind === 'annex' && plan.annex === DEFAULT_PLAN_COLUMNS.annex) {
    // §3.5's annex: implementing and partner units, scale, then the period, then the person in charge.
    const [implementing, partners, scale, person] = plan.annex;
    out.push(...extra([implementing, partners]).map((c) => ({ ...c, share: 0.1 })), { ...extra([scale])[0], share: 0.09 });
    if (plan.hasPeriod) out.push(col(DOC_TEXT.listPeriod, s.period, 'center', true, (i) => i.period));
    out.push({ ...extra([person])[0], share: 0.13 });
    return [...out, ...tail];
  }
  if (plan.hasPeriod && kind !== 'needsMore') out.push(col(DOC_TEXT.listPeriod, s.period, 'center', true, (i) => i.period));
  if (kind !== 'needsMore') out.push(...extra(kind === 'annex' ? plan.annex : plan.listed));
  return [...out, ...tail];
}

/** The table layout and header of a list of columns. */
export function listLayout<T>(columns: readonly ItemColumn<T>[]): { header: string[]; layout: TableLayout } {
  return {
    header: columns.map((c) => c.header),
    layout: { fractions: columns.map((c) => c.share), align: columns.map((c) => c.align), keepWhole: columns.map((c) => c.keepWhole) },
  };
}
