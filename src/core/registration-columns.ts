/**
 * Locates the columns of the `Đăng ký` sheet by header: the form's answer columns and the
 * columns the add-in owns. Reports missing and duplicated headers.
 */
import { ANSWER, ANSWER_KEYS, OWNED, SHEET, TIMESTAMP_ALIASES, type AnswerKey } from './contract';
import { MSG } from './messages';
import { columnLetter, indexHeaders, type HeaderIndex } from './table';

export type OwnedKey = keyof typeof OWNED;
export const OWNED_KEYS = Object.keys(OWNED) as OwnedKey[];

/** Answers that must be filled (DESIGN.md §3.5); the pledge only when the "only new" rule is on. */
export const REQUIRED_ANSWERS: readonly AnswerKey[] = [
  'timestamp', 'unit', 'type', 'title', 'field', 'scale', 'start', 'end', 'leadUnit', 'implementingUnit', 'responsiblePerson',
];

export interface RegistrationColumns {
  answers: Partial<Record<AnswerKey, number>>;
  owned: Partial<Record<OwnedKey, number>>;
  headers: HeaderIndex;
  /** Owned headers not present, in contract order (to be created at the right). */
  missingOwned: OwnedKey[];
  problems: string[];
}

export function locateRegistrationColumns(headerRow: readonly unknown[], pledgeRequired: boolean): RegistrationColumns {
  const aliases = Object.fromEntries(TIMESTAMP_ALIASES.map((a) => [a, ANSWER.timestamp]));
  const headers = indexHeaders(headerRow, aliases);
  const problems: string[] = [];
  const answers: RegistrationColumns['answers'] = {};
  for (const key of ANSWER_KEYS) {
    const column = headers.columnOf(ANSWER[key]);
    if (column !== undefined) answers[key] = column;
    else if (REQUIRED_ANSWERS.includes(key) || (key === 'newItemPledge' && pledgeRequired)) {
      problems.push(MSG.missingHeader(SHEET.registrations, ANSWER[key]));
    }
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
  return { answers, owned, headers, missingOwned, problems };
}
