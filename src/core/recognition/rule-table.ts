/**
 * The legal parameters of commendation as dated data, not code (vn-recognition-format.md
 * §0, §1.5, §8 R1): the base salary by period, the award coefficients and the legal basis by
 * period, and the forms within the commune's authority. Every entry has `validFrom` and
 * `validTo` (inclusive ISO days; `validTo` null = open) and the reliability tag of the
 * format spec. The table is checked by zod and for gaps and overlaps in each series
 * (`ruleTableProblems`); staff may add base-salary periods in `Cấu hình` › `Mức lương cơ sở`
 * (recognition-settings.ts), checked the same way.
 *
 * The amount of an award (NĐ 152/2025 Điều 49): coefficient × the base salary in force on
 * the decision date, rounded UP to the ten thousand đồng.
 */
import * as z from 'zod/mini';
import { compareDays, formatDayVi, parseIsoDay, type CalendarDay } from '../calendar-day';
import { normalizeName } from '../names';

/** Reliability tags of vn-recognition-format.md. */
export type RuleTag = 'LAW-Q' | 'LAW-S' | 'PRACTICE' | 'UNVERIFIED';

/** Who receives an award. */
export type RecipientKind = 'individual' | 'collective' | 'household';
export const RECIPIENT_KINDS: readonly RecipientKind[] = ['collective', 'individual', 'household'];

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const tag = z.enum(['LAW-Q', 'LAW-S', 'PRACTICE', 'UNVERIFIED']);
const period = { validFrom: isoDay, validTo: z.nullable(isoDay), tag, source: z.string() };

export const BaseSalarySchema = z.object({ ...period, amount: z.number().check(z.int(), z.positive()) });
export type BaseSalary = z.infer<typeof BaseSalarySchema>;

/** The legal frame of a period: the decree cited in the grounds and the forms the commune chairman decides. */
export const LegalFrameSchema = z.object({
  ...period,
  /** The decree line of the grounds (without `Căn cứ` and the end mark). */
  decree: z.string(),
  /** The decree named in Điều 2 (`Nghị định số 152/2025/NĐ-CP`). */
  decreeShort: z.string(),
  /** Also cite NĐ 129/2025 (commune powers widened from 01/7/2025). */
  citeDecree129: z.boolean(),
  /** Forms of commendation and titles the Chủ tịch UBND xã decides (R1). */
  communeForms: z.array(z.string()),
  /** The law on local government cited first in a State decision. */
  localGovernmentLaw: z.string(),
  /** The Party grounds after the Điều lệ (Quy định and Hướng dẫn thi hành Điều lệ Đảng). */
  partyGrounds: z.array(z.string()),
});
export type LegalFrame = z.infer<typeof LegalFrameSchema>;

/** A coefficient of the base salary for a form and a kind of recipient, in a period. */
export const AwardRateSchema = z.object({
  ...period,
  form: z.string(),
  family: z.enum(['Chính quyền', 'Đảng']),
  kind: z.enum(['individual', 'collective', 'household']),
  coefficient: z.number().check(z.positive(), z.maximum(100)),
  /** Where the rate comes from, cited in Điều 2 (`Điều 54`). */
  article: z.string(),
});
export type AwardRate = z.infer<typeof AwardRateSchema>;

export const RuleTableSchema = z.object({
  baseSalary: z.array(BaseSalarySchema),
  legalFrames: z.array(LegalFrameSchema),
  awardRates: z.array(AwardRateSchema),
});
export type RuleTable = z.infer<typeof RuleTableSchema>;

const GIAY_KHEN = 'Giấy khen';
const LDTT = 'Lao động tiên tiến';
const GDVH = 'Gia đình văn hóa';
const CSTDCS = 'Chiến sĩ thi đua cơ sở';
const TTLDTT = 'Tập thể lao động tiên tiến';
const THON_VH = 'Thôn, tổ dân phố văn hóa';

const rate = (
  validFrom: string, validTo: string | null, family: AwardRate['family'], form: string, kind: RecipientKind,
  coefficient: number, article: string, t: RuleTag, source: string,
): AwardRate => ({ validFrom, validTo, family, form, kind, coefficient, article, tag: t, source });

const ND98_TO = '2025-06-30';
const ND152_FROM = '2025-07-01';

/** The built-in table (vn-recognition-format.md §0, §1.5, §2.1, §8 R1), with its tags. */
export const RULE_TABLE: RuleTable = {
  baseSalary: [
    // Not in the format spec: NĐ 24/2023/NĐ-CP, 1.800.000 đ from 01/7/2023 (for decisions of 2023–2024).
    { validFrom: '2023-07-01', validTo: '2024-06-30', amount: 1_800_000, tag: 'UNVERIFIED', source: 'NĐ 24/2023/NĐ-CP' },
    { validFrom: '2024-07-01', validTo: '2026-06-30', amount: 2_340_000, tag: 'LAW-Q', source: 'NĐ 73/2024/NĐ-CP' },
    { validFrom: '2026-07-01', validTo: null, amount: 2_530_000, tag: 'LAW-Q', source: 'NĐ 161/2026/NĐ-CP Điều 3 k2' },
  ],
  legalFrames: [
    {
      validFrom: '2024-01-01', validTo: ND98_TO, tag: 'LAW-Q', source: 'Luật TĐKT 2022 Điều 80 k3; NĐ 98/2023',
      decree: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      decreeShort: 'Nghị định số 98/2023/NĐ-CP',
      citeDecree129: false,
      communeForms: [GIAY_KHEN, LDTT, GDVH],
      // [UNVERIFIED] the law and the Party rules in force before 07/2025 are not in the format spec.
      localGovernmentLaw: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      partyGrounds: [
        'Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
        'Hướng dẫn số 01-HD/TW, ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng',
      ],
    },
    {
      validFrom: ND152_FROM, validTo: null, tag: 'LAW-Q', source: 'NĐ 152/2025/NĐ-CP; NĐ 129/2025/NĐ-CP Điều 59',
      decree: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
      decreeShort: 'Nghị định số 152/2025/NĐ-CP',
      citeDecree129: true,
      communeForms: [GIAY_KHEN, LDTT, GDVH, CSTDCS, TTLDTT, THON_VH],
      localGovernmentLaw: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      partyGrounds: [
        'Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
        'Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng',
      ],
    },
  ],
  awardRates: [
    // NĐ 98/2023 (decisions before 01/7/2025): the rates were not seen in the format spec.
    rate('2024-01-01', ND98_TO, 'Chính quyền', GIAY_KHEN, 'individual', 0.3, 'Điều 73', 'UNVERIFIED', 'NĐ 98/2023 (not seen)'),
    rate('2024-01-01', ND98_TO, 'Chính quyền', GIAY_KHEN, 'collective', 0.6, 'Điều 73', 'UNVERIFIED', 'NĐ 98/2023 (not seen)'),
    rate('2024-01-01', ND98_TO, 'Chính quyền', GIAY_KHEN, 'household', 0.45, 'Điều 73', 'UNVERIFIED', 'NĐ 98/2023 (not seen)'),
    // NĐ 152/2025 Điều 54 k1 e, k2, and the household rate (1,5 × the individual's).
    rate(ND152_FROM, null, 'Chính quyền', GIAY_KHEN, 'individual', 0.3, 'Điều 54', 'LAW-Q', 'NĐ 152/2025 Điều 54 k1 e'),
    rate(ND152_FROM, null, 'Chính quyền', GIAY_KHEN, 'collective', 0.6, 'Điều 54', 'LAW-Q', 'NĐ 152/2025 Điều 54 k2'),
    rate(ND152_FROM, null, 'Chính quyền', GIAY_KHEN, 'household', 0.45, 'Điều 54', 'LAW-Q', 'NĐ 152/2025 Điều 54'),
    // Titles (NĐ 152/2025 Điều 50).
    rate(ND152_FROM, null, 'Chính quyền', LDTT, 'individual', 0.3, 'Điều 50', 'LAW-Q', 'NĐ 152/2025 Điều 50 k1 d'),
    rate(ND152_FROM, null, 'Chính quyền', CSTDCS, 'individual', 1.0, 'Điều 50', 'LAW-Q', 'NĐ 152/2025 Điều 50 k1 c'),
    rate(ND152_FROM, null, 'Chính quyền', TTLDTT, 'collective', 0.8, 'Điều 50', 'LAW-Q', 'NĐ 152/2025 Điều 50 k2 b'),
    rate(ND152_FROM, null, 'Chính quyền', THON_VH, 'collective', 1.5, 'Điều 50', 'LAW-Q', 'NĐ 152/2025 Điều 50 k2 d'),
    // "Gia đình văn hóa": no money line found in Điều 50 [UNVERIFIED]: no rate, no amount.
    // Party (HD 56-HD/VPTW as amended by CV 19780-CV/VPTW): chi bộ 0,6 [LAW-Q], đảng viên 0,3 [LAW-S].
    rate('2024-01-01', null, 'Đảng', GIAY_KHEN, 'collective', 0.6, 'Hướng dẫn số 56-HD/VPTW', 'LAW-Q', 'CV 19780-CV/VPTW'),
    rate('2024-01-01', null, 'Đảng', GIAY_KHEN, 'individual', 0.3, 'Hướng dẫn số 56-HD/VPTW', 'LAW-S', 'HD 56-HD/VPTW'),
  ],
};

/** A dated entry with its days parsed. */
interface Dated { validFrom: string; validTo: string | null }

const dayOf = (iso: string): CalendarDay => parseIsoDay(iso)!;
const nextIso = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Whether an entry is in force on a day. */
export function inForce(entry: Dated, day: CalendarDay): boolean {
  return compareDays(dayOf(entry.validFrom), day) <= 0 && (entry.validTo === null || compareDays(day, dayOf(entry.validTo)) <= 0);
}

/** A period as people read it: `01/07/2025 – nay`. */
export function periodText(entry: Dated): string {
  return `${formatDayVi(dayOf(entry.validFrom))} – ${entry.validTo ? formatDayVi(dayOf(entry.validTo)) : 'nay'}`;
}

export type PeriodProblem =
  | { kind: 'badDates'; index: number }
  | { kind: 'overlap'; index: number; other: number }
  | { kind: 'gap'; index: number; other: number; from: string; to: string };

/**
 * Gaps and overlaps of one series (entries in any order): each entry must end before it
 * starts, no two may share a day, and consecutive entries must meet (the day after one's
 * `validTo` is the next one's `validFrom`). Indexes are those of the input.
 */
export function periodProblems(entries: readonly Dated[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const order = entries.map((e, index) => ({ e, index })).filter(({ e, index }) => {
    const ok = parseIsoDay(e.validFrom) !== undefined && (e.validTo === null || parseIsoDay(e.validTo) !== undefined)
      && (e.validTo === null || e.validFrom <= e.validTo);
    if (!ok) problems.push({ kind: 'badDates', index });
    return ok;
  }).sort((a, b) => (a.e.validFrom < b.e.validFrom ? -1 : a.e.validFrom > b.e.validFrom ? 1 : a.index - b.index));
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1];
    const cur = order[i];
    if (prev.e.validTo === null || prev.e.validTo >= cur.e.validFrom) {
      problems.push({ kind: 'overlap', index: cur.index, other: prev.index });
    } else if (nextIso(prev.e.validTo) !== cur.e.validFrom) {
      problems.push({ kind: 'gap', index: cur.index, other: prev.index, from: nextIso(prev.e.validTo), to: cur.e.validFrom });
    }
  }
  return problems;
}

/** Every problem of a table: its shape (zod), then the gaps and overlaps of each series, in English for developers. */
export function ruleTableProblems(table: unknown): string[] {
  const parsed = RuleTableSchema.safeParse(table);
  if (!parsed.success) return [`rule table: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
  const t = parsed.data;
  const out: string[] = [];
  const report = (series: string, problems: PeriodProblem[]) => {
    for (const p of problems) out.push(`${series}: ${p.kind} at entry ${p.index}${'other' in p ? ` (with ${p.other})` : ''}`);
  };
  report('baseSalary', periodProblems(t.baseSalary));
  report('legalFrames', periodProblems(t.legalFrames));
  const groups = new Map<string, AwardRate[]>();
  for (const r of t.awardRates) {
    const key = `${r.family}|${normalizeName(r.form)}|${r.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, rates] of groups) report(`awardRates ${key}`, periodProblems(rates));
  return out;
}

/** The base salary in force on a day (`extra` first: the periods staff typed in `Cấu hình`). */
export function baseSalaryOn(day: CalendarDay, table: RuleTable = RULE_TABLE, extra: readonly BaseSalary[] = []): BaseSalary | undefined {
  return extra.find((e) => inForce(e, day)) ?? table.baseSalary.find((e) => inForce(e, day));
}

export function legalFrameOn(day: CalendarDay, table: RuleTable = RULE_TABLE): LegalFrame | undefined {
  return table.legalFrames.find((e) => inForce(e, day));
}

/** The canonical name of a form typed by staff (`giấy khen của Chủ tịch UBND xã` → `Giấy khen`), or undefined. */
export function canonicalForm(typed: string, table: RuleTable = RULE_TABLE): string | undefined {
  const key = normalizeName(typed).replace(/[“”"]/g, '');
  const names = new Set<string>([...table.legalFrames.flatMap((f) => f.communeForms), ...table.awardRates.map((r) => r.form)]);
  for (const name of names) {
    const n = normalizeName(name);
    if (key === n || key === `danh hiệu ${n}`) return name;
  }
  if (/^giấy khen của chủ tịch (ubnd|ủy ban nhân dân|uỷ ban nhân dân) (xã|phường|thị trấn|đặc khu)/.test(key)) return GIAY_KHEN;
  if (/^giấy khen của (đảng ủy|ban thường vụ|ban chấp hành)/.test(key)) return GIAY_KHEN;
  return undefined;
}

/** Whether the commune chairman (or the Đảng ủy, Party format) decides this form on that day (R1). */
export function withinCommuneAuthority(form: string, day: CalendarDay, family: AwardRate['family'], table: RuleTable = RULE_TABLE): boolean {
  const canonical = canonicalForm(form, table);
  if (!canonical) return false;
  if (family === 'Đảng') return canonical === GIAY_KHEN;
  return legalFrameOn(day, table)?.communeForms.includes(canonical) ?? false;
}

/** Whether a form is a title (`Công nhận danh hiệu …`) rather than a form of commendation (`Tặng …`). */
export function isTitle(form: string): boolean {
  return canonicalForm(form) !== GIAY_KHEN;
}

export const GIAY_KHEN_FORM = GIAY_KHEN;

/** Titles whose commune decision relies on NĐ 129/2025 Điều 59 (cited in the grounds then). */
export const DECREE_129_FORMS: readonly string[] = [CSTDCS, TTLDTT, THON_VH];
/** The NĐ 129/2025 ground; its exact date is [UNVERIFIED] (the 11–12/6/2025 batch). */
export const DECREE_129_GROUND = 'Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ';

export interface AwardAmount {
  /** Paid amount, đồng (rounded up to the ten thousand). */
  amount: number;
  raw: number;
  coefficient: number;
  baseSalary: number;
  rate: AwardRate;
}

/** NĐ 152/2025 Điều 49: rounded UP to the ten thousand đồng. */
export function roundUpTenThousand(x: number): number {
  return Math.ceil(Math.round(x) / 10_000) * 10_000;
}

/**
 * The amount of a form for a kind of recipient on the decision date; undefined when the
 * table has no rate (e.g. "Gia đình văn hóa") or no base salary for that day.
 */
export function awardAmount(
  form: string, kind: RecipientKind, family: AwardRate['family'], day: CalendarDay,
  table: RuleTable = RULE_TABLE, extraSalary: readonly BaseSalary[] = [],
): AwardAmount | undefined {
  const canonical = canonicalForm(form, table);
  if (!canonical) return undefined;
  const found = table.awardRates.find((r) => r.family === family && r.form === canonical && r.kind === kind && inForce(r, day));
  const base = baseSalaryOn(day, table, extraSalary);
  if (!found || !base) return undefined;
  // Integer arithmetic: coefficients have at most 2 decimals.
  const raw = Math.round(found.coefficient * 100) * base.amount / 100;
  return { amount: roundUpTenThousand(raw), raw, coefficient: found.coefficient, baseSalary: base.amount, rate: found };
}
