/**
 * FormApp.Form over a FormModel: settings, items (add, find, move, delete), the response
 * destination (a new response sheet in the bound spreadsheet, see form-destination.ts) and
 * responses.
 */
import { createHash } from 'node:crypto';
import { isDate } from './cell-writes';
import { DestinationType, EnumValue, ItemType, type ItemTypeName } from './enums';
import type { Env } from './env';
import { addEmailColumn, addQuestionColumn, dropQuestionColumn, linkDestination, unlinkDestination } from './form-destination';
import { Item, itemModelOf, typedItem, type CheckboxItem, type DateItem, type ListItem, type MultipleChoiceItem,
  type ParagraphTextItem, type SectionHeaderItem, type TextItem } from './form-items';
import { newItemIds, type FormItemModel, type FormModel } from './form-model';
import { FormResponse } from './form-response';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG, notEmulated } from './messages';
import { FORM_MSG } from './messages-services';
import { FORMS_SCOPES } from './scopes';

const Q = 'FormApp.Form';

/** One Google Form. */
export class Form extends Emulated {
  readonly #form: FormModel;

  constructor(env: Env, form: FormModel) {
    super(env);
    this.#form = form;
  }

  /** The model behind a Form (not a script method). */
  static modelOf(form: Form): FormModel {
    return form.#form;
  }

  getId(): string {
    return this.#form.id;
  }

  getTitle(): string {
    return this.#form.title;
  }

  setTitle(title: unknown): Form {
    this.#form.title = this.#text(title, 'setTitle');
    return this;
  }

  getDescription(): string {
    return this.#form.description;
  }

  setDescription(description: unknown): Form {
    this.#form.description = this.#text(description, 'setDescription');
    return this;
  }

  getConfirmationMessage(): string {
    return this.#form.confirmationMessage;
  }

  setConfirmationMessage(message: unknown): Form {
    this.#form.confirmationMessage = this.#text(message, 'setConfirmationMessage');
    return this;
  }

  collectsEmail(): boolean {
    return this.#form.collectEmail;
  }

  /** Collects respondents' addresses; a linked response sheet gets its email column after the timestamp. */
  setCollectEmail(collect: unknown): Form {
    this.#form.collectEmail = this.#flag(collect, 'setCollectEmail');
    if (this.#form.collectEmail) addEmailColumn(this[ENV], this.#form);
    return this;
  }

  canEditResponse(): boolean {
    return this.#form.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: unknown): Form {
    this.#form.allowResponseEdits = this.#flag(enabled, 'setAllowResponseEdits');
    return this;
  }

  setLimitOneResponsePerUser(enabled: unknown): Form {
    this.#form.limitOneResponsePerUser = this.#flag(enabled, 'setLimitOneResponsePerUser');
    return this;
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.#form.limitOneResponsePerUser;
  }

  setProgressBar(enabled: unknown): Form {
    this.#form.progressBar = this.#flag(enabled, 'setProgressBar');
    return this;
  }

  hasProgressBar(): boolean {
    return this.#form.progressBar;
  }

  setAcceptingResponses(enabled: unknown): Form {
    this.#form.acceptingResponses = this.#flag(enabled, 'setAcceptingResponses');
    return this;
  }

  isAcceptingResponses(): boolean {
    return this.#form.acceptingResponses;
  }

  /** The respondents' URL. */
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.#form.publishedId}/viewform`;
  }

  /** The editors' URL. */
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.#form.id}/edit`;
  }

  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this.#form.id}/viewanalytics`;
  }

  /** A `https://forms.gle/...` short URL (stable for a given long URL). */
  shortenFormUrl(url: unknown): string {
    const long = this.#text(url, 'shortenFormUrl');
    return `https://forms.gle/${createHash('sha256').update(long).digest('base64url').replace(/[-_]/g, 'x').slice(0, 17)}`;
  }

  // ---- items -------------------------------------------------------------------------------

  /** Every item, or those of one FormApp.ItemType, as generic Items in form order. */
  getItems(itemType?: unknown): Item[] {
    const env = this[ENV];
    let items = this.#form.items;
    if (itemType !== undefined) {
      if (!(itemType instanceof EnumValue) || ItemType[itemType.name() as ItemTypeName] !== itemType) {
        throw env.exception(MSG.signature(describeArgTypes([itemType]), `${Q}.getItems`));
      }
      items = items.filter((i) => i.type === itemType.name());
    }
    return env.realm.array(items.map((i) => new Item(env, this.#form, i)));
  }

  /** The item with this id (a generic Item), or null. */
  getItemById(id: unknown): Item | null {
    const env = this[ENV];
    if (typeof id !== 'number') throw env.exception(MSG.signature(describeArgTypes([id]), `${Q}.getItemById`));
    const model = this.#form.items.find((i) => i.id === id);
    return model === undefined ? null : new Item(env, this.#form, model);
  }

  /** `deleteItem(index)` or `deleteItem(item)`; a linked question's column stays in the sheet. */
  deleteItem(indexOrItem: unknown): void {
    const at = this.#indexOf(indexOrItem, 'deleteItem');
    const [removed] = this.#form.items.splice(at, 1);
    if (removed !== undefined) dropQuestionColumn(this.#form, removed.id);
  }

  /** `moveItem(from, toIndex)` or `moveItem(item, toIndex)`: returns the moved item. */
  moveItem(from: unknown, toIndex: unknown): Item {
    const env = this[ENV];
    const at = this.#indexOf(from, 'moveItem');
    if (typeof toIndex !== 'number' || !Number.isInteger(toIndex)) throw env.exception(MSG.signature(describeArgTypes([from, toIndex]), `${Q}.moveItem`));
    if (toIndex < 0 || toIndex >= this.#form.items.length) throw env.exception(FORM_MSG.indexOutOfBounds(toIndex));
    const [moved] = this.#form.items.splice(at, 1) as [FormItemModel];
    this.#form.items.splice(toIndex, 0, moved);
    return new Item(env, this.#form, moved);
  }

  addListItem(): ListItem {
    return this.#add('LIST') as ListItem;
  }

  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.#add('MULTIPLE_CHOICE') as MultipleChoiceItem;
  }

  addCheckboxItem(): CheckboxItem {
    return this.#add('CHECKBOX') as CheckboxItem;
  }

  addTextItem(): TextItem {
    return this.#add('TEXT') as TextItem;
  }

  addParagraphTextItem(): ParagraphTextItem {
    return this.#add('PARAGRAPH_TEXT') as ParagraphTextItem;
  }

  addDateItem(): DateItem {
    return this.#add('DATE') as DateItem;
  }

  addSectionHeaderItem(): SectionHeaderItem {
    return this.#add('SECTION_HEADER') as SectionHeaderItem;
  }

  // ---- destination -------------------------------------------------------------------------

  /**
   * Sends responses to a NEW sheet of the spreadsheet `id` (only the bound spreadsheet exists
   * here): see form-destination.ts. A form already linked gets another new sheet.
   */
  setDestination(type: unknown, id: unknown): Form {
    const env = this[ENV];
    if (type !== DestinationType.SPREADSHEET || typeof id !== 'string') {
      throw env.exception(MSG.signature(describeArgTypes([type, id]), `${Q}.setDestination`));
    }
    if (id !== env.workbook.id) throw notEmulated(`Form.setDestination to a spreadsheet other than the bound one (${id})`);
    linkDestination(env, this.#form);
    return this;
  }

  getDestinationId(): string {
    const link = this.#form.destination;
    if (link === null) throw this[ENV].exception(FORM_MSG.noDestination);
    return link.spreadsheetId;
  }

  getDestinationType(): typeof DestinationType.SPREADSHEET {
    if (this.#form.destination === null) throw this[ENV].exception(FORM_MSG.noDestination);
    return DestinationType.SPREADSHEET;
  }

  /** Stops sending responses to the sheet (which keeps its data). */
  removeDestination(): Form {
    unlinkDestination(this[ENV], this.#form);
    return this;
  }

  // ---- responses ---------------------------------------------------------------------------

  /** Every response (or those submitted at or after `timestamp`), oldest first. */
  getResponses(timestamp?: unknown): FormResponse[] {
    const env = this[ENV];
    if (timestamp !== undefined && !isDate(timestamp)) throw env.exception(MSG.signature(describeArgTypes([timestamp]), `${Q}.getResponses`));
    const from = timestamp === undefined ? -Infinity : timestamp.getTime();
    const responses = this.#form.responses
      .filter((r) => r.timestamp.getTime() >= from)
      .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    return env.realm.array(responses.map((r) => new FormResponse(env, this.#form, r)));
  }

  getResponse(responseId: unknown): FormResponse {
    const env = this[ENV];
    if (typeof responseId !== 'string') throw env.exception(MSG.signature(describeArgTypes([responseId]), `${Q}.getResponse`));
    const model = this.#form.responses.find((r) => r.id === responseId);
    if (model === undefined) throw env.exception(FORM_MSG.noResponse(responseId));
    return new FormResponse(env, this.#form, model);
  }

  /** A new, empty response (for toPrefilledUrl or submit). */
  createResponse(): FormResponse {
    return new FormResponse(this[ENV], this.#form, null);
  }

  /** Deletes every response from the form (the response sheet keeps its rows, as in Google). */
  deleteAllResponses(): Form {
    this.#form.responses.length = 0;
    if (this.#form.destination !== null) this.#form.destination.rows = {};
    return this;
  }

  deleteResponse(responseId: unknown): Form {
    const env = this[ENV];
    if (typeof responseId !== 'string') throw env.exception(MSG.signature(describeArgTypes([responseId]), `${Q}.deleteResponse`));
    const at = this.#form.responses.findIndex((r) => r.id === responseId);
    if (at < 0) throw env.exception(FORM_MSG.noResponse(responseId));
    this.#form.responses.splice(at, 1);
    if (this.#form.destination !== null) delete this.#form.destination.rows[responseId];
    return this;
  }

  // ---- internals ---------------------------------------------------------------------------

  #add(type: ItemTypeName): ReturnType<typeof typedItem> {
    const env = this[ENV];
    const ids = newItemIds(env, this.#form);
    const model: FormItemModel = { ...ids, type, title: '', helpText: '', required: false, choices: [], otherOption: false };
    this.#form.items.push(model);
    addQuestionColumn(env, this.#form, model);
    return typedItem(env, this.#form, model);
  }

  #indexOf(indexOrItem: unknown, method: string): number {
    const env = this[ENV];
    if (typeof indexOrItem === 'number') {
      if (!Number.isInteger(indexOrItem) || indexOrItem < 0 || indexOrItem >= this.#form.items.length) {
        throw env.exception(FORM_MSG.indexOutOfBounds(indexOrItem));
      }
      return indexOrItem;
    }
    const model = itemModelOf(indexOrItem);
    if (model === undefined) throw env.exception(MSG.signature(describeArgTypes([indexOrItem]), `${Q}.${method}`));
    const at = this.#form.items.indexOf(this.#form.items.find((i) => i.id === model.id) as FormItemModel);
    if (at < 0) throw env.exception(FORM_MSG.indexOutOfBounds(at));
    return at;
  }

  #text(value: unknown, method: string): string {
    if (typeof value !== 'string') throw this[ENV].exception(MSG.signature(describeArgTypes([value]), `${Q}.${method}`));
    return value;
  }

  #flag(value: unknown, method: string): boolean {
    if (typeof value !== 'boolean') throw this[ENV].exception(MSG.signature(describeArgTypes([value]), `${Q}.${method}`));
    return value;
  }
}

declareNotEmulated(Form, 'Form', [
  'addCheckboxGridItem', 'addGridItem', 'addDateTimeItem', 'addDurationItem', 'addTimeItem', 'addScaleItem',
  'addRatingItem', 'addImageItem', 'addVideoItem', 'addPageBreakItem', 'addEditor', 'addEditors', 'getEditors',
  'removeEditor', 'setPublished', 'isPublished', 'setShuffleQuestions', 'getShuffleQuestions', 'setIsQuiz', 'isQuiz',
  'setCustomClosedFormMessage', 'getCustomClosedFormMessage', 'setRequireLogin', 'requiresLogin', 'submitGrades',
  'setShowLinkToRespondAgain', 'hasRespondAgainLink', 'setPublishingSummary', 'isPublishingSummary',
  'setEmailCollectionType', 'getEmailCollectionType',
]);

instrument(Form, { service: 'FormApp', className: 'Form', qualifiedName: Q, scopes: FORMS_SCOPES });
