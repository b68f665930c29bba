/** The emulated FormApp item type each form-plan item kind becomes (DESIGN.md §8, §12.1). */
import type { QuestionKind } from '../../src/core/form-plan';

export const ITEM_TYPE: Record<QuestionKind, string> = {
  list: 'LIST', choice: 'MULTIPLE_CHOICE', checkbox: 'CHECKBOX', text: 'TEXT', paragraph: 'PARAGRAPH_TEXT', date: 'DATE',
};
