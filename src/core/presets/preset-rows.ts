/**
 * Small builders shared by the preset files: `Cấu hình` rows in the order of CONFIG_KEY
 * (DESIGN §3.1, then the keys of §12.3), `Câu hỏi` rows from contract keys, and the
 * `Bắt buộc` words. Pure data helpers, bundled into Apps Script.
 */
import {
  CONFIG_KEY, QUESTION_KIND, QUESTION_ROLE, REQUIRED_WORD, type QuestionKindKey, type QuestionRole,
} from '../contract';
import type { PresetConfigRow, PresetQuestion } from './preset-types';

export type ConfigKeyName = keyof typeof CONFIG_KEY;

/** The values of one preset's `Cấu hình`, by CONFIG_KEY name; a key left out gets no row. */
export type PresetConfigValues = Partial<Record<ConfigKeyName, string | number>>;

/** `Cấu hình` rows in CONFIG_KEY order, leaving out the keys without a value. */
export function configRows(values: PresetConfigValues): PresetConfigRow[] {
  const rows: PresetConfigRow[] = [];
  for (const key of Object.keys(CONFIG_KEY) as ConfigKeyName[]) {
    const value = values[key];
    if (value !== undefined) rows.push([CONFIG_KEY[key], value]);
  }
  return rows;
}

/** `Bắt buộc` = `Có`. */
export const REQUIRED = REQUIRED_WORD.yes;
/** `Bắt buộc` = `Không`. */
export const OPTIONAL = REQUIRED_WORD.no;
/** `Bắt buộc` = `Sau <Mốc>`: required once that milestone has passed. */
export function requiredAfter(milestone: string): string {
  return `${REQUIRED_WORD.afterPrefix} ${milestone}`;
}

/** Reminder days of a milestone, like the registration's defaults. */
export const REMIND_BEFORE = '7, 3, 1';
export const REMIND_AFTER = '1, 3, 7';

/** One `Câu hỏi` row; role and kind are given by contract key so a typo fails to compile. */
export function question(
  title: string,
  role: QuestionRole | '',
  kind: QuestionKindKey,
  required: string,
  choices = '',
  help = '',
): PresetQuestion {
  return { title, role: role === '' ? '' : QUESTION_ROLE[role], kind: QUESTION_KIND[kind], required, choices, help };
}

/** A list written into one cell: the items joined by ', '. */
export function commaList(items: readonly string[]): string {
  return items.join(', ');
}
