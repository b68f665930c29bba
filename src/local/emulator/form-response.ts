/**
 * FormApp.FormResponse: a submitted response (from Form.getResponses / getResponse) or a new
 * one (Form.createResponse) that collects ItemResponses for a pre-filled URL or a submission.
 *
 * `submit()` from a script records the response and writes its row; the form-submit triggers
 * it would set off in Google run later, in other executions: here they are queued and fired
 * by the test hook `forms.deliverQueued()` (never inside the script's own execution).
 */
import type { Env } from './env';
import { writeResponseRow, type WrittenRow } from './form-destination';
import { ItemResponse, itemModelOf } from './form-items';
import { newResponseId, type AnswerModel, type FormModel, type FormResponseModel } from './form-model';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { FORMS_SCOPES } from './scopes';

/** A submission made by a script, waiting for its triggers (see forms.deliverQueued). */
export interface QueuedSubmission {
  formId: string;
  responseId: string;
  written: WrittenRow | null;
}

const QUEUES = new WeakMap<Env, QueuedSubmission[]>();

/** The script-made submissions of an environment whose triggers have not run yet. */
export function submissionQueue(env: Env): QueuedSubmission[] {
  let queue = QUEUES.get(env);
  if (queue === undefined) {
    queue = [];
    QUEUES.set(env, queue);
  }
  return queue;
}

/** FormApp.FormResponse. */
export class FormResponse extends Emulated {
  readonly #form: FormModel;
  #model: FormResponseModel | null;
  #answers: AnswerModel[];

  /** `model` null: a new response not submitted yet. */
  constructor(env: Env, form: FormModel, model: FormResponseModel | null) {
    super(env);
    this.#form = form;
    this.#model = model;
    this.#answers = model === null ? [] : model.answers.map((a) => ({ itemId: a.itemId, value: copy(a.value) }));
  }

  /** The response model (null before submission; not a script method). */
  static modelOf(response: FormResponse): FormResponseModel | null {
    return response.#model;
  }

  /** The response id; null before the response is submitted. */
  getId(): string | null {
    return this.#model?.id ?? null;
  }

  /** When it was (last) submitted; null before. */
  getTimestamp(): Date | null {
    return this.#model === null ? null : this[ENV].realm.date(this.#model.timestamp.getTime());
  }

  /** The respondent's address when the form collects it, else ''. */
  getRespondentEmail(): string {
    return this.#model?.respondentEmail ?? '';
  }

  /** The answers, in the form's item order. */
  getItemResponses(): ItemResponse[] {
    const env = this[ENV];
    const out: ItemResponse[] = [];
    for (const item of this.#form.items) {
      const answer = this.#answers.find((a) => a.itemId === item.id);
      if (answer !== undefined) out.push(new ItemResponse(env, this.#form, item.id, copy(answer.value)));
    }
    return env.realm.array(out);
  }

  /** The answer to `item`, or null. */
  getResponseForItem(item: unknown): ItemResponse | null {
    const env = this[ENV];
    const model = itemModelOf(item);
    if (model === undefined) throw env.exception(MSG.signature(describeArgTypes([item]), 'FormApp.FormResponse.getResponseForItem'));
    const answer = this.#answers.find((a) => a.itemId === model.id);
    return answer === undefined ? null : new ItemResponse(env, this.#form, model.id, copy(answer.value));
  }

  /** Adds (or replaces) the answer to one item. */
  withItemResponse(response: unknown): FormResponse {
    const env = this[ENV];
    if (!(response instanceof ItemResponse)) throw env.exception(MSG.signature(describeArgTypes([response]), 'FormApp.FormResponse.withItemResponse'));
    const { itemId, value } = ItemResponse.partsOf(response);
    const at = this.#answers.findIndex((a) => a.itemId === itemId);
    if (at >= 0) this.#answers.splice(at, 1, { itemId, value: copy(value) });
    else this.#answers.push({ itemId, value: copy(value) });
    return this;
  }

  /**
   * The respondents' URL with the answers filled in:
   * `https://docs.google.com/forms/d/e/<publishedId>/viewform?usp=pp_url&entry.<n>=<value>...`
   * (form-encoded: spaces as `+`, UTF-8 percent escapes; one parameter per checked box).
   */
  toPrefilledUrl(): string {
    const params: string[] = ['usp=pp_url'];
    for (const item of this.#form.items) {
      const answer = this.#answers.find((a) => a.itemId === item.id);
      if (answer === undefined) continue;
      const values = Array.isArray(answer.value) ? answer.value : [answer.value];
      for (const v of values) params.push(`entry.${item.entryId}=${formEncode(v)}`);
    }
    return `https://docs.google.com/forms/d/e/${this.#form.publishedId}/viewform?${params.join('&')}`;
  }

  /** The URL a respondent uses to change this response. */
  getEditResponseUrl(): string {
    const id = this.#model?.id ?? '';
    return `https://docs.google.com/forms/d/e/${this.#form.publishedId}/viewform?edit2=${id}`;
  }

  /**
   * Submits the response (a new one is added; a submitted one is updated, as an edit); its
   * row is written; its form-submit triggers are queued (forms.deliverQueued runs them).
   */
  submit(): FormResponse {
    const env = this[ENV];
    const now = new Date(env.clock.now());
    let changed: Set<number> | null = null;
    if (this.#model === null) {
      this.#model = { id: newResponseId(env, this.#form), timestamp: now, respondentEmail: '', answers: [] };
      this.#form.responses.push(this.#model);
    } else {
      changed = new Set(this.#answers.filter((a) => !sameAnswer(a, this.#model?.answers ?? [])).map((a) => a.itemId));
      this.#model.timestamp = now;
    }
    this.#model.answers = this.#answers.map((a) => ({ itemId: a.itemId, value: copy(a.value) }));
    const written = writeResponseRow(env, this.#form, this.#model, changed);
    submissionQueue(env).push({ formId: this.#form.id, responseId: this.#model.id, written });
    return this;
  }
}

function copy<T extends string | string[]>(value: T): T {
  return (Array.isArray(value) ? [...value] : value) as T;
}

function sameAnswer(answer: AnswerModel, previous: readonly AnswerModel[]): boolean {
  const before = previous.find((p) => p.itemId === answer.itemId);
  return before !== undefined && JSON.stringify(before.value) === JSON.stringify(answer.value);
}

/**
 * application/x-www-form-urlencoded as Java's URLEncoder writes it (Apps Script's URLs):
 * letters, digits and `.-*_` as is, space as `+`, every other UTF-8 byte as `%XX`.
 */
export function formEncode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_]/.test(ch)) out += ch;
    else if (byte === 0x20) out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

declareNotEmulated(FormResponse, 'FormResponse', [
  'getGradableItemResponses', 'getGradableResponseForItem', 'withItemGrade',
]);

instrument(FormResponse, { service: 'FormApp', className: 'FormResponse', qualifiedName: 'FormApp.FormResponse', scopes: FORMS_SCOPES });
