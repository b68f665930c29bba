/**
 * FormApp items over FormItemModel: the generic `Item` (what Form.getItems returns, with the
 * `asListItem()`... casts, which throw "Invalid conversion for item type: X" on another type),
 * the typed items the add-methods return (ListItem, MultipleChoiceItem, CheckboxItem,
 * TextItem, ParagraphTextItem, DateItem, SectionHeaderItem), Choice and ItemResponse.
 *
 * The shared methods are written once in abstract base classes and copied onto each concrete
 * class before it is instrumented, so every call is counted as `ListItem.setTitle` etc. and a
 * typed item has exactly the methods of its Apps Script class (a ListItem has no asListItem).
 * A FILE_UPLOAD item (added by hand in Google; by a test hook here) is only ever a generic Item.
 */
import { isDate } from './cell-writes';
import { ItemType, type ItemTypeName } from './enums';
import type { Env } from './env';
import { renameQuestionColumn } from './form-destination';
import type { AnswerValue, FormItemModel, FormModel } from './form-model';
import { formatDate } from './format-date';
import { flattenInherited } from './flatten-inherited';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { FORM_MSG } from './messages-services';
import { FORMS_SCOPES } from './scopes';

/** FormApp.Choice: one choice of a list, multiple-choice or checkbox item. */
export class Choice extends Emulated {
  readonly #value: string;

  constructor(env: Env, value: string) {
    super(env);
    this.#value = value;
  }

  /** The value of a Choice (for the item methods; not a script method). */
  static textOf(choice: Choice): string {
    return choice.#value;
  }

  getValue(): string {
    return this.#value;
  }
}

/** FormApp.ItemResponse: the answer to one item. */
export class ItemResponse extends Emulated {
  readonly #form: FormModel;
  readonly #itemId: number;
  readonly #value: AnswerValue;

  constructor(env: Env, form: FormModel, itemId: number, value: AnswerValue) {
    super(env);
    this.#form = form;
    this.#itemId = itemId;
    this.#value = value;
  }

  /** The parts of an ItemResponse (for FormResponse; not a script method). */
  static partsOf(response: ItemResponse): { form: FormModel; itemId: number; value: AnswerValue } {
    return { form: response.#form, itemId: response.#itemId, value: response.#value };
  }

  /** The question this answers (a generic Item). */
  getItem(): Item | null {
    const env = this[ENV];
    const model = this.#form.items.find((i) => i.id === this.#itemId);
    return model === undefined ? null : new Item(env, this.#form, model);
  }

  /** Text for text, list, multiple-choice and date items ('yyyy-MM-dd'); an array for checkboxes and file uploads. */
  getResponse(): string | string[] {
    const v = this.#value;
    return Array.isArray(v) ? this[ENV].realm.array(v) : v;
  }
}

/** What every item has. */
abstract class ItemBase extends Emulated {
  readonly #form: FormModel;
  readonly #item: FormItemModel;

  constructor(env: Env, form: FormModel, item: FormItemModel) {
    super(env);
    this.#form = form;
    this.#item = item;
  }

  /** The model behind an item (for Form and the typed items; not a script method). */
  static modelOf(item: ItemBase): FormItemModel {
    return item.#item;
  }

  /** The form model an item belongs to (not a script method). */
  static formOf(item: ItemBase): FormModel {
    return item.#form;
  }

  getId(): number {
    return this.#item.id;
  }

  /** 0-based position in the form. */
  getIndex(): number {
    return this.#form.items.indexOf(this.#item);
  }

  getTitle(): string {
    return this.#item.title;
  }

  /** Sets the title; a linked response sheet's header cell follows. */
  setTitle(title: unknown): this {
    const env = this[ENV];
    if (typeof title !== 'string') throw env.exception(MSG.signature(describeArgTypes([title]), `${qualifiedName(this)}.setTitle`));
    const old = this.#item.title;
    this.#item.title = title;
    if (old !== title) renameQuestionColumn(env, this.#form, this.#item, old);
    return this;
  }

  getHelpText(): string {
    return this.#item.helpText;
  }

  setHelpText(text: unknown): this {
    const env = this[ENV];
    if (typeof text !== 'string') throw env.exception(MSG.signature(describeArgTypes([text]), `${qualifiedName(this)}.setHelpText`));
    this.#item.helpText = text;
    return this;
  }

  getType(): (typeof ItemType)[ItemTypeName] {
    return ItemType[this.#item.type];
  }
}

/** What question items have: the required flag. */
abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return ItemBase.modelOf(this).required;
  }

  setRequired(enabled: unknown): this {
    const env = this[ENV];
    if (typeof enabled !== 'boolean') throw env.exception(MSG.signature(describeArgTypes([enabled]), `${qualifiedName(this)}.setRequired`));
    ItemBase.modelOf(this).required = enabled;
    return this;
  }
}

/** What list, multiple-choice and checkbox items have: choices. */
abstract class ChoiceBase extends QuestionBase {
  createChoice(value: unknown): Choice {
    const env = this[ENV];
    if (typeof value !== 'string') throw env.exception(MSG.signature(describeArgTypes([value]), `${qualifiedName(this)}.createChoice`));
    return new Choice(env, value);
  }

  getChoices(): Choice[] {
    const env = this[ENV];
    return env.realm.array(ItemBase.modelOf(this).choices.map((v) => new Choice(env, v)));
  }

  setChoiceValues(values: unknown): this {
    const env = this[ENV];
    if (!Array.isArray(values)) throw env.exception(MSG.signature(describeArgTypes([values]), `${qualifiedName(this)}.setChoiceValues`));
    ItemBase.modelOf(this).choices = values.map((v) => String(v));
    return this;
  }

  setChoices(choices: unknown): this {
    const env = this[ENV];
    if (!Array.isArray(choices) || !choices.every((c) => c instanceof Choice)) {
      throw env.exception(MSG.signature(describeArgTypes([choices]), `${qualifiedName(this)}.setChoices`));
    }
    ItemBase.modelOf(this).choices = (choices as Choice[]).map((c) => Choice.textOf(c));
    return this;
  }
}

/** Checks one chosen value of `item` (a choice, or "other" text when the item allows it). */
function checkChoice(item: ChoiceBase, value: unknown, allowOther: boolean, method: string): string {
  const env = item[ENV];
  if (typeof value !== 'string') throw env.exception(MSG.signature(describeArgTypes([value]), `${qualifiedName(item)}.${method}`));
  const model = ItemBase.modelOf(item);
  if (!model.choices.includes(value) && !(allowOther && model.otherOption)) throw env.exception(FORM_MSG.invalidChoiceResponse(value));
  return value;
}

/** What multiple-choice and checkbox items have: the "Other" option. */
abstract class OtherOptionBase extends ChoiceBase {
  hasOtherOption(): boolean {
    return ItemBase.modelOf(this).otherOption;
  }

  showOtherOption(enabled: unknown): this {
    const env = this[ENV];
    if (typeof enabled !== 'boolean') throw env.exception(MSG.signature(describeArgTypes([enabled]), `${qualifiedName(this)}.showOtherOption`));
    ItemBase.modelOf(this).otherOption = enabled;
    return this;
  }
}

/** FormApp.Item: the generic item, with the casts. */
export class Item extends ItemBase {
  asListItem(): ListItem {
    return this.#cast('LIST', ListItem);
  }

  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.#cast('MULTIPLE_CHOICE', MultipleChoiceItem);
  }

  asCheckboxItem(): CheckboxItem {
    return this.#cast('CHECKBOX', CheckboxItem);
  }

  asTextItem(): TextItem {
    return this.#cast('TEXT', TextItem);
  }

  asParagraphTextItem(): ParagraphTextItem {
    return this.#cast('PARAGRAPH_TEXT', ParagraphTextItem);
  }

  asDateItem(): DateItem {
    return this.#cast('DATE', DateItem);
  }

  asSectionHeaderItem(): SectionHeaderItem {
    return this.#cast('SECTION_HEADER', SectionHeaderItem);
  }

  #cast<T>(type: ItemTypeName, cls: new (env: Env, form: FormModel, item: FormItemModel) => T): T {
    const env = this[ENV];
    const model = ItemBase.modelOf(this);
    if (model.type !== type) throw env.exception(FORM_MSG.invalidConversion(model.type));
    return new cls(env, ItemBase.formOf(this), model);
  }
}

/** FormApp.ListItem (a drop-down). */
export class ListItem extends ChoiceBase {
  createResponse(response: unknown): ItemResponse {
    const value = checkChoice(this, response, false, 'createResponse');
    return new ItemResponse(this[ENV], ItemBase.formOf(this), this.getId(), value);
  }
}

/** FormApp.MultipleChoiceItem. */
export class MultipleChoiceItem extends OtherOptionBase {
  createResponse(response: unknown): ItemResponse {
    const value = checkChoice(this, response, true, 'createResponse');
    return new ItemResponse(this[ENV], ItemBase.formOf(this), this.getId(), value);
  }
}

/** FormApp.CheckboxItem. */
export class CheckboxItem extends OtherOptionBase {
  createResponse(responses: unknown): ItemResponse {
    const env = this[ENV];
    if (!Array.isArray(responses)) throw env.exception(MSG.signature(describeArgTypes([responses]), 'FormApp.CheckboxItem.createResponse'));
    const values = responses.map((r) => checkChoice(this, r, true, 'createResponse'));
    return new ItemResponse(env, ItemBase.formOf(this), this.getId(), values);
  }
}

/** FormApp.TextItem (a short answer). */
export class TextItem extends QuestionBase {
  createResponse(response: unknown): ItemResponse {
    const env = this[ENV];
    if (typeof response !== 'string') throw env.exception(MSG.signature(describeArgTypes([response]), 'FormApp.TextItem.createResponse'));
    return new ItemResponse(env, ItemBase.formOf(this), this.getId(), response);
  }
}

/** FormApp.ParagraphTextItem (a long answer). */
export class ParagraphTextItem extends QuestionBase {
  createResponse(response: unknown): ItemResponse {
    const env = this[ENV];
    if (typeof response !== 'string') throw env.exception(MSG.signature(describeArgTypes([response]), 'FormApp.ParagraphTextItem.createResponse'));
    return new ItemResponse(env, ItemBase.formOf(this), this.getId(), response);
  }
}

/** FormApp.DateItem (a date, with the year). */
export class DateItem extends QuestionBase {
  /** The answer is the calendar date of `response` in the script's time zone ('yyyy-MM-dd'). */
  createResponse(response: unknown): ItemResponse {
    const env = this[ENV];
    if (!isDate(response)) throw env.exception(MSG.signature(describeArgTypes([response]), 'FormApp.DateItem.createResponse'));
    const value = formatDate(response.getTime(), env.scriptTimeZone, 'yyyy-MM-dd');
    return new ItemResponse(env, ItemBase.formOf(this), this.getId(), value);
  }

  /** Dates always include the year here (setIncludesYear(false) is not emulated). */
  includesYear(): boolean {
    return true;
  }
}

/** FormApp.SectionHeaderItem (a title and description between questions). */
export class SectionHeaderItem extends ItemBase {}

/** The typed item class of each creatable type. */
const TYPED: Partial<Record<ItemTypeName, new (env: Env, form: FormModel, item: FormItemModel) => ItemBase>> = {
  LIST: ListItem,
  MULTIPLE_CHOICE: MultipleChoiceItem,
  CHECKBOX: CheckboxItem,
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  DATE: DateItem,
  SECTION_HEADER: SectionHeaderItem,
};

/** The typed item for a model (what Form.addListItem etc. return). */
export function typedItem(env: Env, form: FormModel, model: FormItemModel): ItemBase {
  const cls = TYPED[model.type];
  return cls === undefined ? new Item(env, form, model) : new cls(env, form, model);
}

/** The model behind any emulated item, or undefined for anything else. */
export function itemModelOf(value: unknown): FormItemModel | undefined {
  return value instanceof ItemBase ? ItemBase.modelOf(value) : undefined;
}

/** Apps Script's name of an item's class, e.g. `FormApp.ListItem`. */
function qualifiedName(item: ItemBase): string {
  return `FormApp.${item.constructor.name}`;
}


const COMMON_NOT_EMULATED = ['duplicate'];
const QUESTION_NOT_EMULATED = [...COMMON_NOT_EMULATED, 'setFeedbackForCorrect', 'setFeedbackForIncorrect', 'getFeedbackForCorrect',
  'getFeedbackForIncorrect', 'setPoints', 'getPoints', 'setGeneralFeedback', 'getGeneralFeedback'];

for (const [cls, extra] of [
  [Item, ['asCheckboxGridItem', 'asDateTimeItem', 'asDurationItem', 'asGridItem', 'asImageItem', 'asPageBreakItem',
    'asRatingItem', 'asScaleItem', 'asTimeItem', 'asVideoItem', ...COMMON_NOT_EMULATED]],
  [ListItem, QUESTION_NOT_EMULATED],
  [MultipleChoiceItem, QUESTION_NOT_EMULATED],
  [CheckboxItem, [...QUESTION_NOT_EMULATED, 'setValidation', 'clearValidation']],
  [TextItem, [...QUESTION_NOT_EMULATED, 'setValidation', 'clearValidation']],
  [ParagraphTextItem, [...QUESTION_NOT_EMULATED, 'setValidation', 'clearValidation']],
  [DateItem, [...QUESTION_NOT_EMULATED, 'setIncludesYear']],
  [SectionHeaderItem, COMMON_NOT_EMULATED],
] as const) {
  flattenInherited(cls);
  declareNotEmulated(cls, cls.name, extra);
  instrument(cls, { service: 'FormApp', className: cls.name, qualifiedName: `FormApp.${cls.name}`, scopes: FORMS_SCOPES });
}

declareNotEmulated(ItemResponse, 'ItemResponse', ['getScore', 'setScore', 'getFeedback', 'setFeedback']);
instrument(Choice, { service: 'FormApp', className: 'Choice', qualifiedName: 'FormApp.Choice', scopes: FORMS_SCOPES });
instrument(ItemResponse, { service: 'FormApp', className: 'ItemResponse', qualifiedName: 'FormApp.ItemResponse', scopes: FORMS_SCOPES });
