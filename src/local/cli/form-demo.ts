/**
 * The embedded demo through the Google Form: which sample responses a unit could really
 * send with the form (a roster name from the dropdown, every required answer, date
 * questions answered with dates), how to submit one through the emulated FormApp, and the
 * rest — registrations staff typed in from paper before the form existed.
 */
import { ANSWER, REGISTRATION_TYPES, type AnswerKey } from '../../core/contract';
import { REQUIRED_ANSWERS } from '../../core/registration-columns';
import type { Sandbox } from '../emulator';
import type { SAMPLE_RESPONSES } from './sample-data';

type SampleResponse = (typeof SAMPLE_RESPONSES)[number];

const isDate = (v: unknown): v is Date => v instanceof Date;

/** Whether the form could have produced this response exactly. */
export function canComeFromForm(r: SampleResponse, unitNames: ReadonlySet<string>, fields: ReadonlySet<string>): boolean {
  if (!unitNames.has(String(r.unit ?? ''))) return false;
  if (!(REGISTRATION_TYPES as readonly string[]).includes(String(r.type ?? ''))) return false;
  if (!fields.has(String(r.field ?? ''))) return false;
  if (!isDate(r.timestamp) || !isDate(r.start) || !isDate(r.end)) return false;
  const required: AnswerKey[] = [...REQUIRED_ANSWERS, 'newItemPledge'];
  return required.every((k) => r[k] !== undefined && String(r[k]).trim() !== '');
}

/** Submits one sample through the form at its own timestamp (the trigger fires). */
export function submitThroughForm(sandbox: Sandbox, formId: string, r: SampleResponse) {
  const answers: Record<string, string | string[] | Date> = {};
  for (const key of Object.keys(ANSWER) as AnswerKey[]) {
    if (key === 'timestamp') continue;
    const value = r[key];
    if (value === undefined || value === '') continue;
    answers[ANSWER[key]] = key === 'newItemPledge' ? [String(value)] : isDate(value) ? value : String(value);
  }
  const at = (r.timestamp as Date).getTime();
  sandbox.clock.set(at);
  return sandbox.forms.submit(formId, answers, { at });
}
