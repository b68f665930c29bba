/**
 * The plan's questions (DESIGN.md §12.1): read from the `Câu hỏi` sheet, or — for a workbook
 * without one — exactly the questions of §3.5. Each question is a column of `Đăng ký` and an
 * item of the form; its role tells the engine what the answer means (who sends it, the
 * category, the name, the field, the dates, the pledge, evidence), its kind how to check it.
 * A `Câu hỏi` that cannot work is reported by row and column and marks the plan broken.
 */
import {
  ANSWER, OWNED_HEADERS, QUESTION_HEADER, QUESTION_KIND, QUESTION_ROLE, REGISTRATION_TYPES, REQUIRED_WORD,
  TIMESTAMP_ALIASES, type QuestionKindKey, type QuestionRole,
} from './contract';
import { FORM_TEXT, QUESTION_MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders, isBlankRow } from './table';

/** `Bắt buộc`: always, never, or once a milestone of `Mốc thời gian` has passed. */
export type RequiredRule = { when: 'always' } | { when: 'never' } | { when: 'after'; milestone: string };

export interface Question {
  /** The form item's title and the response column's header. */
  title: string;
  role: QuestionRole | undefined;
  kind: QuestionKindKey;
  required: RequiredRule;
  /** Choices of a `Lựa chọn`/`Danh sách`/`Hộp kiểm` question ([] for roles that take theirs from a sheet). */
  choices: string[];
  help: string;
  /** 1-based row of `Câu hỏi` (0 for the built-in questions of §3.5). */
  row: number;
}

export interface QuestionsReading {
  questions: Question[];
  /** Whether the plan's questions come from a `Câu hỏi` sheet. */
  fromSheet: boolean;
  problems: string[];
  /** A `Câu hỏi` that cannot work: nothing is written until it is fixed. */
  broken: boolean;
}

/** Roles a plan may hold at most once (evidence may be asked several times). */
const SINGLE_ROLES: readonly QuestionRole[] = ['unit', 'category', 'name', 'field', 'start', 'end', 'pledge'];
/** Kinds whose answer is one of a list. */
export const CHOICE_KINDS: readonly QuestionKindKey[] = ['choice', 'list', 'checkbox'];
/** Roles whose choices come from a sheet (the roster, `Lĩnh vực`). */
const SHEET_CHOICE_ROLES: readonly QuestionRole[] = ['unit', 'field'];

const ROLE_BY_WORD = new Map(Object.entries(QUESTION_ROLE).map(([k, w]) => [normalizeName(w), k as QuestionRole]));
const KIND_BY_WORD = new Map(Object.entries(QUESTION_KIND).map(([k, w]) => [normalizeName(w), k as QuestionKindKey]));

const q = (
  title: string, role: QuestionRole | undefined, kind: QuestionKindKey, required: RequiredRule,
  choices: string[] = [], help = '',
): Question => ({ title, role, kind, required, choices, help, row: 0 });
const ALWAYS: RequiredRule = { when: 'always' };
const NEVER: RequiredRule = { when: 'never' };

/**
 * The questions of DESIGN.md §3.5, used when the workbook has no `Câu hỏi`. The pledge is
 * `Không` here: it is required by `Chỉ nhận đăng ký mới` = `Có` (see `isRequired`). The plan
 * file becomes due with the `Xây dựng kế hoạch` milestone (`Hạn xây dựng kế hoạch`).
 */
export const DEFAULT_QUESTIONS: readonly Question[] = [
  q(ANSWER.unit, 'unit', 'list', ALWAYS, [], FORM_TEXT.help.unit),
  q(ANSWER.type, 'category', 'choice', ALWAYS, [...REGISTRATION_TYPES], FORM_TEXT.help.type),
  q(ANSWER.title, 'name', 'text', ALWAYS),
  q(ANSWER.field, 'field', 'list', ALWAYS),
  q(ANSWER.content, undefined, 'paragraph', NEVER),
  q(ANSWER.scale, undefined, 'text', ALWAYS),
  q(ANSWER.start, 'start', 'date', ALWAYS, [], FORM_TEXT.help.start),
  q(ANSWER.end, 'end', 'date', ALWAYS, [], FORM_TEXT.help.end),
  q(ANSWER.leadUnit, undefined, 'text', ALWAYS),
  q(ANSWER.implementingUnit, undefined, 'text', ALWAYS),
  q(ANSWER.partnerUnits, undefined, 'text', NEVER),
  q(ANSWER.responsiblePerson, undefined, 'text', ALWAYS, [], FORM_TEXT.help.responsiblePerson),
  q(ANSWER.newItemPledge, 'pledge', 'checkbox', NEVER, [FORM_TEXT.pledge]),
  q(ANSWER.registrationFile, 'evidence', 'link', NEVER, [], FORM_TEXT.help.registrationFile),
  q(ANSWER.planFile, 'evidence', 'link', { when: 'after', milestone: 'Xây dựng kế hoạch' }, [], FORM_TEXT.help.planFile),
];

/** Whether an answer must be given now: `Có`, or the pledge under the "only new items" rule. */
export function isRequired(question: Question, onlyNewItems: boolean): boolean {
  return question.required.when === 'always' || (question.role === 'pledge' && onlyNewItems);
}

/** Splits a `Lựa chọn` cell: one choice per line, or comma/semicolon separated on one line. */
export function splitChoices(text: string): string[] {
  const parts = text.includes('\n') ? text.split(/\r?\n/) : text.split(/[,;]/);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
    const key = normalizeName(part);
    if (!seen.has(key)) { seen.add(key); out.push(part); }
  }
  return out;
}

/** Reads `Bắt buộc`: `Có`, `Không` (or empty), `Sau <Mốc>`; undefined when unreadable. */
export function readRequired(value: unknown): RequiredRule | undefined {
  const text = cellText(value).replace(/\s+/g, ' ');
  const key = normalizeName(text);
  if (key === '' || key === normalizeName(REQUIRED_WORD.no) || key === 'khong') return NEVER;
  if (key === normalizeName(REQUIRED_WORD.yes) || key === 'co') return ALWAYS;
  const prefix = normalizeName(REQUIRED_WORD.afterPrefix) + ' ';
  if (key.startsWith(prefix) && text.length > prefix.length) return { when: 'after', milestone: text.slice(prefix.length).trim() };
  return undefined;
}

/** Headers a question may not take: the timestamp and the columns the add-in owns or staff keep. */
const RESERVED_TITLES = new Set([ANSWER.timestamp, ...TIMESTAMP_ALIASES, ...OWNED_HEADERS].map(normalizeName));

/**
 * Reads `Câu hỏi` (first row = headers). `values` undefined (no sheet) gives the built-in
 * questions; an empty sheet too. `milestones` are the names of `Mốc thời gian` when that
 * sheet exists (a `Sau <Mốc>` naming another one is reported).
 */
export function readQuestions(values: readonly unknown[][] | undefined, milestones?: readonly string[]): QuestionsReading {
  if (!values || values.length < 2 || values.slice(1).every((r) => isBlankRow(r))) {
    return { questions: DEFAULT_QUESTIONS.map((x) => ({ ...x, choices: [...x.choices] })), fromSheet: false, problems: [], broken: false };
  }
  const problems: string[] = [];
  let broken = false;
  const fail = (message: string) => { problems.push(message); broken = true; };
  const headers = indexHeaders(values[0]);
  const col = Object.fromEntries(Object.entries(QUESTION_HEADER).map(([k, h]) => [k, headers.columnOf(h)])) as
    Record<keyof typeof QUESTION_HEADER, number | undefined>;
  for (const [k, h] of Object.entries(QUESTION_HEADER)) {
    if (col[k as keyof typeof QUESTION_HEADER] === undefined && (k === 'title' || k === 'role' || k === 'kind')) {
      fail(QUESTION_MSG.missingHeader(h));
    }
  }
  if (col.title === undefined) return { questions: [], fromSheet: true, problems, broken: true };
  const at = (row: readonly unknown[], k: keyof typeof QUESTION_HEADER) => (col[k] === undefined ? '' : row[col[k]!]);
  const milestoneKeys = milestones ? new Set(milestones.map(normalizeName)) : undefined;

  const questions: Question[] = [];
  const titleRow = new Map<string, number>();
  const roleRow = new Map<QuestionRole, number>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const rowNumber = r + 1;
    const title = cellText(at(row, 'title')).replace(/\s+/g, ' ');
    if (!title) { fail(QUESTION_MSG.noTitle(rowNumber)); continue; }
    const titleKey = normalizeName(title);
    if (RESERVED_TITLES.has(titleKey)) { fail(QUESTION_MSG.reservedTitle(rowNumber, title)); continue; }
    const earlier = titleRow.get(titleKey);
    if (earlier !== undefined) { fail(QUESTION_MSG.duplicateTitle(rowNumber, title, earlier)); continue; }
    titleRow.set(titleKey, rowNumber);

    const roleText = cellText(at(row, 'role'));
    let role: QuestionRole | undefined;
    if (roleText) {
      role = ROLE_BY_WORD.get(normalizeName(roleText));
      if (!role) fail(QUESTION_MSG.unknownRole(rowNumber, roleText));
    }
    if (role && SINGLE_ROLES.includes(role)) {
      const first = roleRow.get(role);
      if (first !== undefined) { fail(QUESTION_MSG.twoOfRole(rowNumber, QUESTION_ROLE[role], first)); role = undefined; }
      else roleRow.set(role, rowNumber);
    }

    const kindText = cellText(at(row, 'kind'));
    let kind: QuestionKindKey = defaultKind(role);
    if (kindText) {
      const found = KIND_BY_WORD.get(normalizeName(kindText));
      if (found) kind = found; else fail(QUESTION_MSG.unknownKind(rowNumber, kindText));
    }
    if (role === 'start' || role === 'end') {
      if (kindText && kind !== 'date') fail(QUESTION_MSG.roleNeedsKind(rowNumber, QUESTION_ROLE[role], QUESTION_KIND.date));
      kind = 'date';
    }

    const required = readRequired(at(row, 'required'));
    if (!required) fail(QUESTION_MSG.badRequired(rowNumber, at(row, 'required')));
    else if (required.when === 'after' && milestoneKeys && !milestoneKeys.has(normalizeName(required.milestone))) {
      fail(QUESTION_MSG.unknownMilestone(rowNumber, required.milestone));
    }

    // The pledge is one tick box whose text may hold commas: its choices are split by lines only.
    const choicesText = cellText(at(row, 'choices'));
    const choices = role === 'pledge' ? splitChoices(choicesText.includes('\n') ? choicesText : `${choicesText}\n`) : splitChoices(choicesText);
    if (CHOICE_KINDS.includes(kind) && !choices.length && !(role && SHEET_CHOICE_ROLES.includes(role))) {
      fail(QUESTION_MSG.noChoices(rowNumber, QUESTION_KIND[kind]));
    }
    questions.push({
      title, role, kind, required: required ?? NEVER, choices: SHEET_CHOICE_ROLES.includes(role!) ? [] : choices,
      help: cellText(at(row, 'help')), row: rowNumber,
    });
  }
  if (!roleRow.has('unit')) fail(QUESTION_MSG.noUnitQuestion());
  return { questions, fromSheet: true, problems, broken };
}

function defaultKind(role: QuestionRole | undefined): QuestionKindKey {
  switch (role) {
    case 'unit': case 'field': return 'list';
    case 'category': return 'choice';
    case 'start': case 'end': return 'date';
    case 'pledge': return 'checkbox';
    case 'evidence': return 'link';
    default: return 'text';
  }
}

/** The first question of a role, if the plan has one. */
export function questionOfRole(questions: readonly Question[], role: QuestionRole): Question | undefined {
  return questions.find((x) => x.role === role);
}

/** The rows of `Câu hỏi` for a list of questions (what setup writes, and what a preset holds). */
export function questionSheetRows(questions: readonly Question[]): string[][] {
  return questions.map((x) => [
    x.title, x.role ? QUESTION_ROLE[x.role] : '', QUESTION_KIND[x.kind], requiredWord(x.required),
    joinChoices(x.choices), x.help,
  ]);
}

/** A `Lựa chọn` cell: comma separated, or one per line when a choice holds a comma. */
export function joinChoices(choices: readonly string[]): string {
  return choices.join(choices.some((c) => /[,;]/.test(c)) ? '\n' : ', ');
}

export function requiredWord(rule: RequiredRule): string {
  return rule.when === 'always' ? REQUIRED_WORD.yes : rule.when === 'never' ? REQUIRED_WORD.no : `${REQUIRED_WORD.afterPrefix} ${rule.milestone}`;
}
