/**
 * The embedded run through the Google Form: which sample responses a unit could really send
 * with the form (every answer of a list or choice question one of its choices — the roster
 * for the unit, `Lĩnh vực` for the field —, every required answer given, date questions
 * answered with dates), how to submit one through the emulated FormApp, and the rest —
 * what staff typed in from paper before the form existed.
 */
import { ANSWER } from '../../core/contract';
import { normalizeName } from '../../core/names';
import { DEFAULT_QUESTIONS, isRequired, type Question } from '../../core/questions';
import type { Sandbox } from '../emulator';
import type { SAMPLE_RESPONSES } from './sample-data';
import { rowOfAnswers } from './samples/dang-ky-mo-hinh';
import type { SampleRow } from './samples/sample-types';

type SampleResponse = (typeof SAMPLE_RESPONSES)[number];

const isDate = (v: unknown): v is Date => v instanceof Date;
const has = (list: Iterable<string>, v: unknown) => [...list].some((x) => normalizeName(x) === normalizeName(v) && String(x) === String(v).trim());

export interface FormShape {
  questions: readonly Question[];
  unitNames: ReadonlySet<string>;
  fields: ReadonlySet<string>;
  onlyNewItems: boolean;
}

/** Whether the form of this plan could have produced the row exactly. */
export function rowCanComeFromForm(row: SampleRow, shape: FormShape): boolean {
  if (!isDate(row[ANSWER.timestamp])) return false;
  for (const q of shape.questions) {
    const v = row[q.title];
    const empty = v === undefined || String(v).trim() === '';
    if (empty) { if (isRequired(q, shape.onlyNewItems) || q.role === 'pledge') return false; continue; }
    if (q.kind === 'date' && !isDate(v)) return false;
    if (q.role === 'unit' && !has(shape.unitNames, v)) return false;
    if (q.role === 'field' && !has(shape.fields, v)) return false;
    if ((q.kind === 'choice' || q.kind === 'list' || q.kind === 'checkbox') && q.role !== 'unit' && q.role !== 'field' && !has(q.choices, v)) return false;
  }
  return true;
}

/** Submits one row through the form at its own timestamp (the trigger fires). */
export function submitRowThroughForm(sandbox: Sandbox, formId: string, row: SampleRow, questions: readonly Question[]) {
  const answers: Record<string, string | string[] | Date> = {};
  for (const q of questions) {
    const value = row[q.title];
    if (value === undefined || value === '') continue;
    answers[q.title] = q.kind === 'checkbox' ? [String(value)] : isDate(value) ? value : String(value);
  }
  const at = (row[ANSWER.timestamp] as Date).getTime();
  sandbox.clock.set(at);
  return sandbox.forms.submit(formId, answers, { at });
}

/** Seed 000's rule: whether its form could have produced this response. */
export function canComeFromForm(r: SampleResponse, unitNames: ReadonlySet<string>, fields: ReadonlySet<string>): boolean {
  return rowCanComeFromForm(rowOfAnswers(r), { questions: DEFAULT_QUESTIONS, unitNames, fields, onlyNewItems: true });
}

/** Submits one of seed 000's responses through the form. */
export function submitThroughForm(sandbox: Sandbox, formId: string, r: SampleResponse) {
  return submitRowThroughForm(sandbox, formId, rowOfAnswers(r), DEFAULT_QUESTIONS);
}
