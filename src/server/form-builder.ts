/**
 * FormApp adapter: builds the registration form from its plan, brings an existing form in
 * line with a new plan (choices, required flags, missing questions) without touching its
 * responses or the questions staff added by hand, and makes every unit's pre-filled link
 * with a constant number of calls.
 */
import type { FormPlan, Question } from '../core/form-plan';
import { normalizeName } from '../core/names';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

export function createForm(plan: FormPlan): Form {
  const form = FormApp.create(plan.title);
  // FormApp.create names the file only: the form's title stays empty on Google (issue 442747794).
  form.setTitle(plan.title).setDescription(plan.description).setConfirmationMessage(plan.confirmation).setAllowResponseEdits(true);
  for (const q of plan.questions) addQuestion(form, q);
  return form;
}

function addQuestion(form: Form, q: Question): void {
  switch (q.kind) {
    case 'list': form.addListItem().setTitle(q.title).setHelpText(q.helpText).setChoiceValues(q.choices).setRequired(q.required); break;
    case 'choice': form.addMultipleChoiceItem().setTitle(q.title).setHelpText(q.helpText).setChoiceValues(q.choices).setRequired(q.required); break;
    case 'checkbox': form.addCheckboxItem().setTitle(q.title).setHelpText(q.helpText).setChoiceValues(q.choices).setRequired(q.required); break;
    case 'paragraph': form.addParagraphTextItem().setTitle(q.title).setHelpText(q.helpText).setRequired(q.required); break;
    case 'date': form.addDateItem().setTitle(q.title).setHelpText(q.helpText).setRequired(q.required); break;
    default: form.addTextItem().setTitle(q.title).setHelpText(q.helpText).setRequired(q.required);
  }
}

export interface SyncResult {
  added: string[];
  updated: string[];
}

/** Updates choices and required flags by question title; adds missing questions at the end. */
export function syncForm(form: Form, plan: FormPlan): SyncResult {
  const byTitle = new Map<string, Item>();
  for (const item of form.getItems()) byTitle.set(normalizeName(item.getTitle()), item);
  const result: SyncResult = { added: [], updated: [] };
  form.setTitle(plan.title).setDescription(plan.description);
  for (const q of plan.questions) {
    const item = byTitle.get(normalizeName(q.title));
    if (!item) { addQuestion(form, q); result.added.push(q.title); continue; }
    if (updateQuestion(item, q)) result.updated.push(q.title);
  }
  return result;
}

function updateQuestion(item: Item, q: Question): boolean {
  const type = item.getType();
  const T = FormApp.ItemType;
  let changed = false;
  const withChoices = type === T.LIST ? item.asListItem() : type === T.MULTIPLE_CHOICE ? item.asMultipleChoiceItem()
    : type === T.CHECKBOX ? item.asCheckboxItem() : undefined;
  if (withChoices && q.choices.length) {
    const current = withChoices.getChoices().map((c) => c.getValue());
    if (current.join('\u0000') !== q.choices.join('\u0000')) { withChoices.setChoiceValues(q.choices); changed = true; }
  }
  const typed = withChoices ?? (type === T.TEXT ? item.asTextItem() : type === T.PARAGRAPH_TEXT ? item.asParagraphTextItem()
    : type === T.DATE ? item.asDateItem() : undefined);
  if (typed && typed.isRequired() !== q.required) { typed.setRequired(q.required); changed = true; }
  return changed;
}

/**
 * Each unit's pre-filled link: one `toPrefilledUrl` for the first unit, then its entry
 * value is replaced by each name (form-urlencoded, as Google writes it).
 */
export function prefilledLinks(form: Form, unitQuestionTitle: string, names: readonly string[]): string[] {
  if (!names.length) return [];
  const item = form.getItems().find((i) => normalizeName(i.getTitle()) === normalizeName(unitQuestionTitle));
  if (!item || item.getType() !== FormApp.ItemType.LIST) return names.map(() => '');
  const url = form.createResponse().withItemResponse(item.asListItem().createResponse(names[0])).toPrefilledUrl();
  return names.map((name) => url.replace(/(entry\.\d+=)[^&]*/, (_m, key: string) => key + encodeURIComponent(name).replace(/%20/g, '+')));
}
