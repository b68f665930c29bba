/**
 * What `Khởi tạo bảng tính` writes (DESIGN.md §3, §12.3): for each sheet of the contract,
 * the headers it must have and the rows it starts with when it is new. A spreadsheet with no
 * plan yet (no `Cấu hình`, or an empty one) gets every sheet filled from the chosen preset,
 * `Câu hỏi` and `Mốc thời gian` included. For an existing plan only missing sheets (from the
 * preset it recorded in `Mẫu kế hoạch`, else seed 000), the missing headers (appended at the
 * right: `Đăng ký` gets a column for each question of `Câu hỏi` it lacks) and, in `Cấu hình`,
 * the missing `Mục` rows (empty) — never anything over existing data.
 */
import {
  ANSWER, CONFIG_HEADERS, CONFIG_KEY, FIELD_HEADER, GROUP_HEADER, LOG_HEADERS, MILESTONE_HEADER, OWNED_HEADERS,
  QUESTION_HEADER, SHEET, TIMESTAMP_ALIASES, UNIT_HEADER, UNIT_INPUT_HEADERS, UNIT_OWNED_HEADERS,
} from './contract';
import { boundedLevenshtein, foldName, normalizeName } from './names';
import { MSG } from './messages';
import type { Preset } from './presets/preset-types';
import type { Question } from './questions';
import { hasDataRows, headerRowBelow } from './sheet-structure';
import { indexHeaders } from './table';

export interface SheetSpec {
  name: string;
  headers: readonly string[];
  /** Rows written under the headers when the sheet is created. */
  defaults: readonly (readonly unknown[])[];
  /** Accepted alternative header texts (e.g. `Timestamp`). */
  aliases?: Record<string, string>;
  /** Answer columns (the timestamp and the questions): never created beside a misspelt twin under data. */
  answerHeaders?: readonly string[];
  /** Answer columns never created under data at all: the timestamp and the required questions. */
  requiredHeaders?: readonly string[];
}

export interface SetupPlanInput {
  /** The defaults of new sheets. */
  preset: Preset;
  /** The plan's questions: those of `Câu hỏi` when it exists, else the preset's (new plan) or §3.5's. */
  questions: readonly Question[];
  /** No plan yet: every sheet is new, `Câu hỏi` and `Mốc thời gian` included. */
  newPlan: boolean;
  /** Whether the spreadsheet already has `Câu hỏi` / `Mốc thời gian` (their headers are then completed). */
  hasQuestionsSheet: boolean;
  hasMilestonesSheet: boolean;
}

/** The headers of `Đăng ký` for a plan: the timestamp, one column per question, the owned columns. */
export function registrationHeaders(questions: readonly Question[]): string[] {
  return [ANSWER.timestamp, ...questions.map((q) => q.title), ...OWNED_HEADERS];
}

/** The sheets in their order in a new workbook, with their headers and defaults. */
export function sheetSpecs(input: SetupPlanInput): SheetSpec[] {
  const { preset, questions, newPlan } = input;
  const assigned = newPlan && preset.units.some((u) => u.assignedFields);
  const specs: SheetSpec[] = [
    { name: SHEET.config, headers: CONFIG_HEADERS, defaults: preset.config },
  ];
  if (newPlan || input.hasQuestionsSheet) {
    specs.push({
      name: SHEET.questions,
      headers: Object.values(QUESTION_HEADER),
      defaults: preset.questions.map((q) => [q.title, q.role, q.kind, q.required, q.choices, q.help]),
    });
  }
  specs.push(
    {
      name: SHEET.groups,
      headers: [GROUP_HEADER.name, GROUP_HEADER.allowedTypes, GROUP_HEADER.min, GROUP_HEADER.max],
      defaults: preset.groups.map((g) => [g.name, g.allowedTypes, g.min, g.max]),
    },
    {
      name: SHEET.units,
      headers: [...UNIT_INPUT_HEADERS, ...(assigned ? [UNIT_HEADER.assignedFields] : []), ...UNIT_OWNED_HEADERS],
      defaults: preset.units.map((u) => [
        u.code, u.name, u.group, '', '', u.min ?? '', u.max ?? '', '', ...(assigned ? [u.assignedFields ?? ''] : []),
      ]),
    },
    { name: SHEET.fields, headers: [FIELD_HEADER], defaults: preset.fields.map((f) => [f]) },
  );
  if (newPlan || input.hasMilestonesSheet) {
    specs.push({
      name: SHEET.milestones,
      headers: Object.values(MILESTONE_HEADER),
      defaults: preset.milestones.map((m) => [m.name, m.deadline, m.column, m.remindBefore, m.remindAfter]),
    });
  }
  specs.push(
    {
      name: SHEET.registrations,
      headers: registrationHeaders(questions),
      answerHeaders: [ANSWER.timestamp, ...questions.map((q) => q.title)],
      requiredHeaders: [ANSWER.timestamp, ...questions.filter((q) => q.required.when === 'always' || q.role === 'pledge').map((q) => q.title)],
      defaults: [],
      aliases: Object.fromEntries(TIMESTAMP_ALIASES.map((a) => [a, ANSWER.timestamp])),
    },
    { name: SHEET.log, headers: LOG_HEADERS, defaults: [] },
  );
  return specs;
}

/** Headers of `spec` that the existing header row lacks, in contract order. */
export function missingHeaders(spec: SheetSpec, headerRow: readonly unknown[]): string[] {
  const index = indexHeaders(headerRow, spec.aliases);
  return spec.headers.filter((h) => index.columnOf(h) === undefined);
}

/** Keys the add-in writes itself (not asked of staff): setup does not add them. */
const WRITTEN_BY_ADDIN: readonly string[] = [CONFIG_KEY.formUrl];
/** Keys of a plan made from a preset (§12.2–12.3): optional, so an older plan is not given them. */
export const PLAN_OPTIONAL_KEYS: readonly string[] = [
  CONFIG_KEY.planPreset, CONFIG_KEY.itemNoun, CONFIG_KEY.totalMax, CONFIG_KEY.categoryShares, CONFIG_KEY.listedColumns,
  CONFIG_KEY.planNumber, CONFIG_KEY.planDate, CONFIG_KEY.planIssuer, CONFIG_KEY.completionDays,
  CONFIG_KEY.recognitionForms, CONFIG_KEY.decisionDate, CONFIG_KEY.decisionSignerTitle, CONFIG_KEY.decisionSignerName,
  CONFIG_KEY.decisionIssuerCode, CONFIG_KEY.contactUnitCode, CONFIG_KEY.submissionSignerTitle, CONFIG_KEY.submissionSignerName,
  CONFIG_KEY.recognitionGrounds, CONFIG_KEY.recipientKinds, CONFIG_KEY.certificateOverlay, CONFIG_KEY.certificateOffset,
  CONFIG_KEY.baseSalary,
];

/** `Mục` keys of the contract absent from an existing `Cấu hình` (first column values). */
export function missingConfigKeys(keys: readonly unknown[]): string[] {
  const present = new Set(keys.map((k) => normalizeName(k)));
  return Object.values(CONFIG_KEY).filter(
    (k) => !present.has(normalizeName(k)) && !WRITTEN_BY_ADDIN.includes(k) && !PLAN_OPTIONAL_KEYS.includes(k),
  );
}

/** The full grid of a new sheet: headers then defaults padded to the header width. */
export function newSheetGrid(spec: SheetSpec): unknown[][] {
  const width = spec.headers.length;
  return [[...spec.headers], ...spec.defaults.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''))];
}

/** Answer columns of a spec without its own list: those of §3.5. */
const ANSWER_HEADERS: readonly string[] = Object.values(ANSWER);

export interface HeaderCompletion {
  /** Headers to append at the right of row 1. */
  append: string[];
  /** Why some were not appended (named sheet and header). */
  problems: string[];
}

/**
 * What setup may append to an existing sheet: nothing when its header row is below row 1
 * (reported); on a sheet that holds data, no required answer column (an empty one would make
 * every row "chưa điền": it is reported instead) and no optional one that looks like a
 * misspelling of a header already there. An optional question staff added to `Câu hỏi` — no
 * header close to it — does get its column.
 */
export function planHeaderCompletion(spec: SheetSpec, values: readonly (readonly unknown[])[]): HeaderCompletion {
  const missing = missingHeaders(spec, values[0]);
  if (!missing.length) return { append: [], problems: [] };
  const known = [...spec.headers, ...Object.keys(spec.aliases ?? {})];
  const below = headerRowBelow(values, known);
  if (below !== undefined) return { append: [], problems: [MSG.headerRowBelow(spec.name, below)] };
  if (!hasDataRows(values)) return { append: missing, problems: [] };
  const answers = new Set((spec.answerHeaders ?? ANSWER_HEADERS).map(normalizeName));
  const index = indexHeaders(values[0], spec.aliases);
  const strangers = values[0].map((h) => String(h ?? '').trim()).filter((h) => h && !known.some((k) => index.columnOf(k) !== undefined && normalizeName(k) === normalizeName(h)));
  const looksMisspelt = (h: string) => strangers.some((x) => {
    const [a, b] = [foldName(normalizeName(x)), foldName(normalizeName(h))];
    const limit = Math.max(2, Math.floor(Math.max(a.length, b.length) * 0.3));
    return boundedLevenshtein(a, b, limit) <= limit;
  });
  const required = new Set((spec.requiredHeaders ?? spec.answerHeaders ?? ANSWER_HEADERS).map(normalizeName));
  const append = missing.filter((h) => !answers.has(normalizeName(h)) || (!required.has(normalizeName(h)) && !looksMisspelt(h)));
  return { append, problems: append.length < missing.length ? [MSG.setupNotTouched(spec.name)] : [] };
}
