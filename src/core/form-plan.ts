/**
 * The registration form as plain data (DESIGN.md §8, §12.1): one item per question of the
 * plan, in its order, titled exactly as the question (Google names the response columns
 * after the item titles), its item type from `Kiểu`, its choices from `Lựa chọn` — or from
 * the roster for the `Đơn vị` question and from `Lĩnh vực` for the `Lĩnh vực` question —, its
 * help text from `Hướng dẫn`. Apps Script cannot create file-upload questions: evidence is
 * asked as a Drive link. `Số`, `Email` and `Đường dẫn` are text items (the check reads them).
 */
import type { QuestionKindKey, QuestionRole } from './contract';
import { formatDayVi } from './calendar-day';
import { FORM_TEXT } from './messages';
import { DEFAULT_QUESTIONS, isRequired, type Question as PlanQuestion } from './questions';
import type { Settings } from './settings';

/** The Google Forms item a question becomes. */
export type QuestionKind = 'list' | 'choice' | 'checkbox' | 'text' | 'paragraph' | 'date';

export interface Question {
  title: string;
  role: QuestionRole | undefined;
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

const ITEM_OF_KIND: Record<QuestionKindKey, QuestionKind> = {
  text: 'text', paragraph: 'paragraph', date: 'date', number: 'text', email: 'text', link: 'text',
  choice: 'choice', list: 'list', checkbox: 'checkbox',
};

export function planForm(
  settings: Settings,
  unitNames: readonly string[],
  fieldNames: readonly string[],
  questions: readonly PlanQuestion[] = DEFAULT_QUESTIONS,
): FormPlan {
  const deadline = settings.registrationDeadline ? formatDayVi(settings.registrationDeadline) : undefined;
  return {
    title: settings.planTitle || FORM_TEXT.defaultTitle(settings.year, settings.itemNoun),
    description: FORM_TEXT.description(settings.communeName, deadline, settings.contactUnit, settings.itemNoun),
    confirmation: FORM_TEXT.confirmation,
    questions: questions.map((q) => {
      const fromSheet = q.role === 'unit' ? [...unitNames] : q.role === 'field' ? [...fieldNames] : undefined;
      const choices = fromSheet ?? (ITEM_OF_KIND[q.kind] === 'text' || ITEM_OF_KIND[q.kind] === 'paragraph' || ITEM_OF_KIND[q.kind] === 'date' ? [] : [...q.choices]);
      // A list/choice item without choices cannot be made: the roster or fields are empty.
      const kind = fromSheet && !fromSheet.length ? 'text' : fromSheet ? 'list' : ITEM_OF_KIND[q.kind];
      return {
        title: q.title, role: q.role, kind, required: isRequired(q, settings.onlyNewItems),
        helpText: q.help, choices,
      };
    }),
  };
}
