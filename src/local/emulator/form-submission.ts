/**
 * Simulated respondents (the `sandbox.forms` test hooks; not part of the Apps Script API):
 * a submission or an edit as Google Forms records it — the response in the form, its row in
 * the response sheet (form-destination.ts) — then the installable form-submit triggers fire,
 * each as a separate execution, with the documented event objects:
 *
 * - spreadsheet trigger: `{ authMode, namedValues, range, source, triggerUid, values }` —
 *   `values` the row's cells as the sheet shows them (timestamp included), `namedValues` each
 *   header with an array of those strings, `range` the row across the form's columns,
 *   `source` the Spreadsheet;
 * - form trigger: `{ authMode, response, source, triggerUid }` — the FormResponse, the Form.
 *
 * For an edited response Google rewrites the same row and fires again; the event's values are
 * blank for the answers that did not change (option `eventValues: 'all'` fills them).
 * `defer` holds the events back so that several submissions land in the sheet before any
 * handler runs (`deliver` then fires them); `refire` delivers a submission's events again,
 * as Google sometimes does.
 */
import type { Env } from './env';
import { addQuestionColumn, destinationSheet, writeResponseRow, type WrittenRow } from './form-destination';
import { Form } from './form';
import { findForm, findResponse, formStore, isQuestion, newItemIds, newResponseId,
  type AnswerModel, type AnswerValue, type FormItemModel, type FormModel, type FormResponseModel, type FormStoreModel } from './form-model';
import { FormResponse, submissionQueue } from './form-response';
import { formatDate } from './format-date';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet';
import { fireTrigger, formSubmitTriggers, type TriggerRun } from './triggers';

/**
 * An answer as a test gives it: text; a choice's text; an array of choices for checkboxes
 * (or Drive file ids for a file upload); a date as 'yyyy-MM-dd' or a Date (its calendar day
 * in the spreadsheet's time zone). '' / [] / null means no answer.
 */
export type AnswerInput = string | readonly string[] | Date | null;

/** Options of forms.submit. */
export interface SubmitOptions {
  /** The respondent's address (required when the form collects addresses). */
  respondentEmail?: string;
  /** Submission time (default: the emulated clock). */
  at?: Date | number;
  /** Record the response and write its row, but fire no trigger yet (see forms.deliver). */
  defer?: boolean;
}

/** Options of forms.editResponse. */
export interface EditOptions {
  /** Time of the edit, the response's new timestamp (default: the emulated clock). */
  at?: Date | number;
  defer?: boolean;
  /** Event values of unchanged answers: blank as Google sends them (default), or 'all'. */
  eventValues?: 'changed' | 'all';
}

/** One submission or edit, as the hooks report it. */
export interface Submission {
  formId: string;
  responseId: string;
  /** Whether this was an edit of an earlier response. */
  edit: boolean;
  /** Name of the response sheet and 1-based row written (null when the form has no destination). */
  sheetName: string | null;
  row: number | null;
  /** Every firing of a trigger for this submission so far (deliver and refire add to it). */
  runs: TriggerRun[];
  /** Whether its events were delivered at least once. */
  delivered: boolean;
}

/** Test hooks over forms and respondents (exposed as `sandbox.forms`). */
export interface FormHooks {
  /** A respondent submits the form: `answers` by question title. */
  submit(formId: string, answers: Readonly<Record<string, AnswerInput>>, options?: SubmitOptions): Submission;
  /** The respondent edits an earlier response (only the answers given change; null clears one). */
  editResponse(responseId: string, answers: Readonly<Record<string, AnswerInput>>, options?: EditOptions): Submission;
  /** Fires the (deferred) events of these submissions, in order. */
  deliver(...submissions: Submission[]): TriggerRun[];
  /** Delivers a submission's events once more (default: the last submission). */
  refire(submission?: Submission): TriggerRun[];
  /** Fires the triggers of responses submitted by scripts (FormResponse.submit). */
  deliverQueued(): TriggerRun[];
  /** Adds a FILE_UPLOAD question, as staff can by hand in Google (Apps Script cannot); returns its id. */
  addFileUploadItem(formId: string, title: string, options?: { required?: boolean; helpText?: string }): number;
  /** The model of a form (live), or undefined. */
  get(formId: string): FormModel | undefined;
  /** Every form of the environment (live). */
  readonly store: FormStoreModel;
  /** The last submission made through these hooks. */
  last(): Submission | undefined;
}

interface Captured {
  form: FormModel;
  response: FormResponseModel;
  written: WrittenRow | null;
}

/** The `sandbox.forms` hooks of an environment. */
export function formHooks(env: Env): FormHooks {
  const captured = new WeakMap<Submission, Captured>();
  let last: Submission | undefined;

  const record = (form: FormModel, response: FormResponseModel, written: WrittenRow | null, edit: boolean): Submission => {
    const sheet = written === null ? undefined : env.workbook.sheets.find((s) => s.sheetId === written.sheetId);
    const submission: Submission = {
      formId: form.id, responseId: response.id, edit, sheetName: sheet?.name ?? null, row: written?.row ?? null, runs: [], delivered: false,
    };
    captured.set(submission, { form, response, written });
    last = submission;
    return submission;
  };

  const deliverOne = (submission: Submission): TriggerRun[] => {
    const data = captured.get(submission);
    if (data === undefined) throw new Error('forms.deliver: not a submission of these hooks');
    const runs = deliverEvents(env, data);
    submission.runs.push(...runs);
    submission.delivered = true;
    return runs;
  };

  return {
    submit(formId, answers, options = {}) {
      const form = findForm(env, formId);
      if (form === undefined) throw new Error(`forms.submit: no form ${formId}`);
      if (!form.acceptingResponses) throw new Error(`forms.submit: the form "${form.title}" is not accepting responses`);
      const email = options.respondentEmail ?? '';
      if (form.collectEmail && email === '') throw new Error('forms.submit: the form collects addresses: give respondentEmail');
      if (form.limitOneResponsePerUser && email !== '' && form.responses.some((r) => r.respondentEmail === email)) {
        throw new Error(`forms.submit: ${email} already responded (one response per user)`);
      }
      const list = toAnswers(env, form, answers, 'forms.submit');
      checkRequired(form, list, 'forms.submit');
      const response: FormResponseModel = {
        id: newResponseId(env, form), timestamp: new Date(timeOf(env, options.at)), respondentEmail: form.collectEmail ? email : '', answers: list,
      };
      form.responses.push(response);
      const written = writeResponseRow(env, form, response, null);
      const submission = record(form, response, written, false);
      if (options.defer !== true) deliverOne(submission);
      return submission;
    },

    editResponse(responseId, answers, options = {}) {
      const found = findResponse(env, responseId);
      if (found === undefined) throw new Error(`forms.editResponse: no response ${responseId}`);
      const { form, response } = found;
      if (!form.allowResponseEdits) throw new Error(`forms.editResponse: the form "${form.title}" does not allow editing responses`);
      const updates = toAnswers(env, form, answers, 'forms.editResponse', true);
      const merged: AnswerModel[] = response.answers.map((a) => ({ itemId: a.itemId, value: a.value }));
      const changed = new Set<number>();
      for (const [itemId, value] of updates) {
        const at = merged.findIndex((a) => a.itemId === itemId);
        const before = at >= 0 ? JSON.stringify(merged[at]?.value) : undefined;
        if (value === null) {
          if (at >= 0) merged.splice(at, 1);
        } else if (at >= 0) merged[at] = { itemId, value };
        else merged.push({ itemId, value });
        if (before !== (value === null ? undefined : JSON.stringify(value))) changed.add(itemId);
      }
      checkRequired(form, merged, 'forms.editResponse');
      response.answers = merged;
      response.timestamp = new Date(timeOf(env, options.at));
      const written = writeResponseRow(env, form, response, options.eventValues === 'all' ? null : changed);
      const submission = record(form, response, written, true);
      if (options.defer !== true) deliverOne(submission);
      return submission;
    },

    deliver(...submissions) {
      return submissions.flatMap((s) => deliverOne(s));
    },

    refire(submission) {
      const target = submission ?? last;
      if (target === undefined) throw new Error('forms.refire: nothing was submitted');
      return deliverOne(target);
    },

    deliverQueued() {
      const queued = submissionQueue(env).splice(0);
      const runs: TriggerRun[] = [];
      for (const q of queued) {
        const found = findResponse(env, q.responseId);
        if (found === undefined) continue;
        runs.push(...deliverOne(record(found.form, found.response, q.written, false)));
      }
      return runs;
    },

    addFileUploadItem(formId, title, options = {}) {
      const form = findForm(env, formId);
      if (form === undefined) throw new Error(`forms.addFileUploadItem: no form ${formId}`);
      const model: FormItemModel = {
        ...newItemIds(env, form), type: 'FILE_UPLOAD', title, helpText: options.helpText ?? '', required: options.required ?? false,
        choices: [], otherOption: false,
      };
      form.items.push(model);
      addQuestionColumn(env, form, model);
      return model.id;
    },

    get: (formId) => findForm(env, formId),

    get store(): FormStoreModel {
      return formStore(env);
    },

    last: () => last,
  };
}

/** Fires the form-submit triggers of one captured submission. */
function deliverEvents(env: Env, data: Captured): TriggerRun[] {
  const { form, response, written } = data;
  const sheet = written === null ? undefined : env.workbook.sheets.find((s) => s.sheetId === written.sheetId);
  const linked = written !== null && sheet !== undefined && destinationSheet(env, form) === sheet;
  const runs: TriggerRun[] = [];
  for (const trigger of formSubmitTriggers(env, form.id, linked ? env.workbook.id : null)) {
    if (trigger.source === 'SPREADSHEETS') {
      if (written === null || sheet === undefined) continue;
      runs.push(fireTrigger(env, trigger, {
        namedValues: cloneNamed(written.namedValues),
        range: new Range(env, sheet, written.row, 1, 1, written.lastColumn),
        source: new Spreadsheet(env),
        values: [...written.values],
      }));
    } else {
      runs.push(fireTrigger(env, trigger, { response: new FormResponse(env, form, response), source: new Form(env, form) }));
    }
  }
  return runs;
}

function cloneNamed(named: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(named)) out[k] = [...v];
  return out;
}

function timeOf(env: Env, at: Date | number | undefined): number {
  if (at === undefined) return env.clock.now();
  return typeof at === 'number' ? at : at.getTime();
}

/**
 * Turns `answers` (by question title) into stored answers, checking them as the form's UI
 * would. With `keepNulls`, a cleared answer is returned as null (for edits).
 */
function toAnswers(env: Env, form: FormModel, answers: Readonly<Record<string, AnswerInput>>, hook: string, keepNulls: true): Array<[number, AnswerValue | null]>;
function toAnswers(env: Env, form: FormModel, answers: Readonly<Record<string, AnswerInput>>, hook: string): AnswerModel[];
function toAnswers(env: Env, form: FormModel, answers: Readonly<Record<string, AnswerInput>>, hook: string, keepNulls = false): AnswerModel[] | Array<[number, AnswerValue | null]> {
  const pairs: Array<[number, AnswerValue | null]> = [];
  for (const [title, input] of Object.entries(answers)) {
    const item = form.items.find((i) => i.title === title && isQuestion(i.type));
    if (item === undefined) throw new Error(`${hook}: the form has no question titled "${title}"`);
    pairs.push([item.id, answerValue(env, item, input, hook)]);
  }
  if (keepNulls) return pairs;
  const list: AnswerModel[] = [];
  for (const item of form.items) {
    const pair = pairs.find(([id]) => id === item.id);
    if (pair !== undefined && pair[1] !== null) list.push({ itemId: item.id, value: pair[1] });
  }
  return list;
}

/** One answer checked against its question; null when empty. */
function answerValue(env: Env, item: FormItemModel, input: AnswerInput, hook: string): AnswerValue | null {
  if (input === null || input === '' || (Array.isArray(input) && input.length === 0)) return null;
  const where = `${hook}: "${item.title}"`;
  const oneText = (): string => {
    if (typeof input !== 'string') throw new Error(`${where} takes text`);
    return input;
  };
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      return oneText();
    case 'LIST':
    case 'MULTIPLE_CHOICE': {
      const value = oneText();
      if (!item.choices.includes(value) && !(item.type === 'MULTIPLE_CHOICE' && item.otherOption)) {
        throw new Error(`${where} has no choice "${value}"`);
      }
      return value;
    }
    case 'CHECKBOX': {
      const values = typeof input === 'string' ? [input] : Array.isArray(input) ? [...input] : null;
      if (values === null || !values.every((v) => typeof v === 'string')) throw new Error(`${where} takes an array of choices`);
      const others = values.filter((v) => !item.choices.includes(v));
      if (others.length > (item.otherOption ? 1 : 0)) throw new Error(`${where} has no choice "${others[0] ?? ''}"`);
      return values;
    }
    case 'DATE': {
      if (input instanceof Date) return formatDate(input.getTime(), env.workbook.timeZone, 'yyyy-MM-dd');
      const value = oneText();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`${where} takes a Date or 'yyyy-MM-dd'`);
      return value;
    }
    case 'FILE_UPLOAD': {
      const ids = typeof input === 'string' ? [input] : Array.isArray(input) ? [...input] : null;
      if (ids === null) throw new Error(`${where} takes Drive file ids`);
      return ids;
    }
    default:
      throw new Error(`${where}: answers to ${item.type} questions are not emulated`);
  }
}

function checkRequired(form: FormModel, answers: readonly AnswerModel[], hook: string): void {
  for (const item of form.items) {
    if (item.required && isQuestion(item.type) && !answers.some((a) => a.itemId === item.id)) {
      throw new Error(`${hook}: the required question "${item.title}" has no answer`);
    }
  }
}
