/**
 * Locates the columns of the `Đăng ký` sheet by header: the timestamp, one column per
 * question of the plan (DESIGN.md §12.1), and the columns the add-in owns. Reports missing
 * and duplicated headers.
 */
import { ANSWER, ANSWER_KEYS, OWNED, SHEET, TIMESTAMP_ALIASES, type AnswerKey, type QuestionRole } from './contract';
import { MSG } from './messages';
import { DEFAULT_QUESTIONS, isRequired, type Question } from './questions';
import { columnLetter, indexHeaders, type HeaderIndex } from './table';

export type OwnedKey = keyof typeof OWNED;
export const OWNED_KEYS = Object.keys(OWNED) as OwnedKey[];

/** Answers of §3.5 that must be filled (the pledge only when the "only new" rule is on). */
export const REQUIRED_ANSWERS: readonly AnswerKey[] = [
  'timestamp', 'unit', 'type', 'title', 'field', 'scale', 'start', 'end', 'leadUnit', 'implementingUnit', 'responsiblePerson',
];

/** The answer key of §3.5 that each role stands for (for code that speaks of the default plan). */
const KEY_OF_ROLE: Partial<Record<QuestionRole, AnswerKey>> = {
  unit: 'unit', category: 'type', name: 'title', field: 'field', start: 'start', end: 'end', pledge: 'newItemPledge',
};

export interface QuestionColumn {
  question: Question;
  /** 0-based column in `Đăng ký`, undefined when the header is missing. */
  column: number | undefined;
}

export interface RegistrationColumns {
  /** `Dấu thời gian` (or `Timestamp`). */
  timestamp: number | undefined;
  /** Every question of the plan, in its order, with its column. */
  questions: QuestionColumn[];
  /** The column of each role's (first) question. */
  roles: Partial<Record<QuestionRole, number>>;
  /**
   * The columns of §3.5 by answer key: the timestamp, each role's column, and any other
   * question titled as in §3.5. Kept for code written for the default plan.
   */
  answers: Partial<Record<AnswerKey, number>>;
  owned: Partial<Record<OwnedKey, number>>;
  headers: HeaderIndex;
  /** Owned headers not present, in contract order (to be created at the right). */
  missingOwned: OwnedKey[];
  problems: string[];
}

export function locateRegistrationColumns(
  headerRow: readonly unknown[],
  onlyNewItems: boolean,
  questions: readonly Question[] = DEFAULT_QUESTIONS,
): RegistrationColumns {
  const aliases = Object.fromEntries(TIMESTAMP_ALIASES.map((a) => [a, ANSWER.timestamp]));
  const headers = indexHeaders(headerRow, aliases);
  const problems: string[] = [];
  const timestamp = headers.columnOf(ANSWER.timestamp);
  if (timestamp === undefined) problems.push(MSG.missingHeader(SHEET.registrations, ANSWER.timestamp));
  const located: QuestionColumn[] = [];
  const roles: RegistrationColumns['roles'] = {};
  for (const question of questions) {
    const column = headers.columnOf(question.title);
    located.push({ question, column });
    if (column !== undefined && question.role && roles[question.role] === undefined) roles[question.role] = column;
    if (column === undefined && isRequired(question, onlyNewItems)) problems.push(MSG.missingHeader(SHEET.registrations, question.title));
  }
  const answers: RegistrationColumns['answers'] = {};
  if (timestamp !== undefined) answers.timestamp = timestamp;
  for (const [role, key] of Object.entries(KEY_OF_ROLE) as Array<[QuestionRole, AnswerKey]>) {
    if (roles[role] !== undefined) answers[key] = roles[role];
  }
  for (const key of ANSWER_KEYS) {
    if (answers[key] !== undefined) continue;
    const column = headers.columnOf(ANSWER[key]);
    if (column !== undefined && located.some((l) => l.column === column)) answers[key] = column;
  }
  const owned: RegistrationColumns['owned'] = {};
  const missingOwned: OwnedKey[] = [];
  for (const key of OWNED_KEYS) {
    const column = headers.columnOf(OWNED[key]);
    if (column !== undefined) owned[key] = column; else missingOwned.push(key);
  }
  for (const dup of headers.duplicates) {
    problems.push(MSG.duplicateHeader(SHEET.registrations, dup.header, dup.columns.map(columnLetter)));
  }
  return { timestamp, questions: located, roles, answers, owned, headers, missingOwned, problems };
}
