/**
 * The registration form as plain data (DESIGN.md §3.5, §8): one question per answer
 * column of `Đăng ký`, titled exactly as the column header (Google names the response
 * columns after the question titles), with the roster, types and fields as choices.
 * Apps Script cannot create file-upload questions: attachments are asked as Drive links.
 */
import { ANSWER, REGISTRATION_TYPES, type AnswerKey } from './contract';
import { formatDayVi } from './calendar-day';
import { FORM_TEXT } from './messages';
import { REQUIRED_ANSWERS } from './registration-columns';
import type { Settings } from './settings';

export type QuestionKind = 'list' | 'choice' | 'checkbox' | 'text' | 'paragraph' | 'date';

export interface Question {
  key: Exclude<AnswerKey, 'timestamp'>;
  title: string;
  kind: QuestionKind;
  required: boolean;
  helpText: string;
  /** For list, choice and checkbox questions. */
  choices: string[];
}

export interface FormPlan {
  title: string;
  description: string;
  confirmation: string;
  questions: Question[];
}

const KIND: Record<Exclude<AnswerKey, 'timestamp'>, QuestionKind> = {
  unit: 'list', type: 'choice', title: 'text', field: 'list', content: 'paragraph', scale: 'text',
  start: 'date', end: 'date', leadUnit: 'text', implementingUnit: 'text', partnerUnits: 'text',
  responsiblePerson: 'text', newItemPledge: 'checkbox', registrationFile: 'text', planFile: 'text',
};

export function planForm(settings: Settings, unitNames: readonly string[], fieldNames: readonly string[]): FormPlan {
  const deadline = settings.registrationDeadline ? formatDayVi(settings.registrationDeadline) : undefined;
  const questions: Question[] = (Object.keys(KIND) as Array<keyof typeof KIND>).map((key) => ({
    key,
    title: ANSWER[key],
    kind: KIND[key],
    required: REQUIRED_ANSWERS.includes(key) || (key === 'newItemPledge' && settings.onlyNewItems),
    helpText: FORM_TEXT.help[key] ?? '',
    choices: key === 'unit' ? [...unitNames]
      : key === 'type' ? [...REGISTRATION_TYPES]
        : key === 'field' ? [...fieldNames]
          : key === 'newItemPledge' ? [FORM_TEXT.pledge] : [],
  }));
  return {
    title: settings.planTitle || FORM_TEXT.defaultTitle(settings.year),
    description: FORM_TEXT.description(settings.communeName, deadline, settings.contactUnit),
    confirmation: FORM_TEXT.confirmation,
    questions,
  };
}
