/**
 * The plain-data model of the Google Forms an environment knows (what FormApp reads and
 * changes), the store that holds them per environment, and id generation. Forms live outside
 * the workbook, as in Google; a form linked to the workbook names its response sheet by
 * `SheetModel.formId`, and its `destination` remembers which column holds which question and
 * which row holds which response.
 *
 * The store is plain data (Dates aside) so a caller can keep it between runs: pass the same
 * `FormStoreModel` as `EmulatorOptions.forms` and it is used (and mutated) in place.
 */
import { createHash } from 'node:crypto';
import type { ItemTypeName } from './enums';
import type { Env } from './env';

/** One question or layout item of a form. */
export interface FormItemModel {
  /** Item.getId(): an integer, unique in the form. */
  id: number;
  /** The `entry.<n>` number of pre-filled URLs (not the item id, as in Google). */
  entryId: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** Choice values of LIST, MULTIPLE_CHOICE and CHECKBOX items. */
  choices: string[];
  /** Whether MULTIPLE_CHOICE / CHECKBOX items offer an "Other" answer. */
  otherOption: boolean;
}

/**
 * An answer as the form stores it: text for TEXT, PARAGRAPH_TEXT, LIST, MULTIPLE_CHOICE and
 * DATE ('yyyy-MM-dd'); a list for CHECKBOX (choice texts) and FILE_UPLOAD (Drive file ids).
 */
export type AnswerValue = string | string[];

/** One answer of a response. */
export interface AnswerModel {
  itemId: number;
  value: AnswerValue;
}

/** One submitted response. */
export interface FormResponseModel {
  id: string;
  /** Time of the last submission (first submission, or the last edit). */
  timestamp: Date;
  respondentEmail: string;
  answers: AnswerModel[];
}

/** Where a form sends its responses: a sheet of the bound spreadsheet. */
export interface DestinationModel {
  spreadsheetId: string;
  /** sheetId of the response sheet (its SheetModel also has `formId`). */
  sheetId: number;
  /** 1-based column of the timestamp. */
  timestampColumn: number;
  /** 1-based column of the respondent's email (null while the form does not collect it). */
  emailColumn: number | null;
  /** 1-based column of each linked question, by item id (a deleted question is dropped here; its cells stay). */
  columns: Record<string, number>;
  /** 1-based row of each response, by response id. */
  rows: Record<string, number>;
}

/** One form. */
export interface FormModel {
  id: string;
  /** The id in the respondents' URL (`/forms/d/e/<publishedId>/viewform`). */
  publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  progressBar: boolean;
  acceptingResponses: boolean;
  items: FormItemModel[];
  responses: FormResponseModel[];
  destination: DestinationModel | null;
}

/** Every form of an environment. */
export interface FormStoreModel {
  forms: FormModel[];
  /** Counter behind new ids (forms, items, responses). */
  seq: number;
}

/** A new, empty store. */
export function newFormStore(): FormStoreModel {
  return { forms: [], seq: 0 };
}

const STORES = new WeakMap<Env, FormStoreModel>();

/** The form store of an environment (created empty on first use). */
export function formStore(env: Env): FormStoreModel {
  let store = STORES.get(env);
  if (store === undefined) {
    store = newFormStore();
    STORES.set(env, store);
  }
  return store;
}

/** Makes `store` the form store of `env` (EmulatorOptions.forms). */
export function useFormStore(env: Env, store: FormStoreModel): void {
  STORES.set(env, store);
}

/** The form with this id, if any. */
export function findForm(env: Env, id: string): FormModel | undefined {
  return formStore(env).forms.find((f) => f.id === id);
}

/** The form with this published id, if any. */
export function findFormByPublishedId(env: Env, publishedId: string): FormModel | undefined {
  return formStore(env).forms.find((f) => f.publishedId === publishedId);
}

/** The response with this id and its form, if any. */
export function findResponse(env: Env, responseId: string): { form: FormModel; response: FormResponseModel } | undefined {
  for (const form of formStore(env).forms) {
    const response = form.responses.find((r) => r.id === responseId);
    if (response !== undefined) return { form, response };
  }
  return undefined;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** A new form id (44 characters like Drive ids) and published id (`1FAIpQL...`). */
export function newFormIds(env: Env): { id: string; publishedId: string } {
  const store = formStore(env);
  store.seq += 1;
  const seed = `${env.scriptId}/${env.workbook.id}/form/${store.seq}`;
  return {
    id: `1${digest(seed)}`.slice(0, 44),
    publishedId: `1FAIpQLS${digest(`${seed}/published`)}${digest(`${seed}/published2`)}`.slice(0, 56),
  };
}

/** A new item id and entry id, unique in `form` (Google's are integers below 2^31). */
export function newItemIds(env: Env, form: FormModel): { id: number; entryId: number } {
  const store = formStore(env);
  const taken = new Set<number>();
  for (const item of form.items) {
    taken.add(item.id);
    taken.add(item.entryId);
  }
  const next = (): number => {
    for (;;) {
      store.seq += 1;
      const n = 100_000_000 + (Number.parseInt(createHash('sha256').update(`${form.id}/item/${store.seq}`).digest('hex').slice(0, 8), 16) % 2_000_000_000);
      if (!taken.has(n)) {
        taken.add(n);
        return n;
      }
    }
  };
  return { id: next(), entryId: next() };
}

/** A new response id (`2_ABaOnu...` like Google's). */
export function newResponseId(env: Env, form: FormModel): string {
  const store = formStore(env);
  store.seq += 1;
  return `2_ABaOnu${digest(`${form.id}/response/${store.seq}`)}${digest(`${form.id}/response/${store.seq}/b`)}`.slice(0, 70);
}

/** Item types that are questions (have answers and a column in the response sheet). */
const QUESTION_TYPES: ReadonlySet<ItemTypeName> = new Set<ItemTypeName>([
  'CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'FILE_UPLOAD', 'GRID', 'LIST', 'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT', 'RATING', 'SCALE', 'TEXT', 'TIME',
]);

/** Whether an item of this type is a question (not a section header, page break, image or video). */
export function isQuestion(type: ItemTypeName): boolean {
  return QUESTION_TYPES.has(type);
}

/** Labels Google Forms writes into a response sheet, by the spreadsheet's language. */
export interface ResponseSheetLabels {
  sheetName: (n: number) => string;
  timestamp: string;
  email: string;
}

const LABELS_VI: ResponseSheetLabels = {
  sheetName: (n) => `Câu trả lời biểu mẫu ${n}`,
  timestamp: 'Dấu thời gian',
  email: 'Địa chỉ email',
};

const LABELS_EN: ResponseSheetLabels = {
  sheetName: (n) => `Form Responses ${n}`,
  timestamp: 'Timestamp',
  email: 'Email Address',
};

/** The response-sheet labels for a spreadsheet locale (Vietnamese for vi*, English otherwise). */
export function responseSheetLabels(locale: string): ResponseSheetLabels {
  return locale.toLowerCase().startsWith('vi') ? LABELS_VI : LABELS_EN;
}

/** Every timestamp header a response sheet may have (either language). */
export const TIMESTAMP_HEADERS: readonly string[] = [LABELS_VI.timestamp, LABELS_EN.timestamp];
/** Every email header a response sheet may have (either language). */
export const EMAIL_HEADERS: readonly string[] = [LABELS_VI.email, LABELS_EN.email];
