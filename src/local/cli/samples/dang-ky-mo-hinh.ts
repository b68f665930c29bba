/**
 * Seed 000's embedded run (`npm start`, `--preset dang-ky-mo-hinh`) in the shape of every
 * preset's sample: sample-data.ts's roster details and responses, keyed by column header.
 */
import { ANSWER, type AnswerKey } from '../../../core/contract';
import { SAMPLE_RESPONSES, SAMPLE_TODAY, SAMPLE_UNIT_DETAILS } from '../sample-data';
import type { PresetSample, SampleRow, SampleValue } from './sample-types';

/** A response keyed by the answer keys of §3.5 → keyed by header. */
export function rowOfAnswers(answers: Partial<Record<AnswerKey, SampleValue>>): SampleRow {
  const out: Record<string, SampleValue> = {};
  for (const [key, value] of Object.entries(answers) as Array<[AnswerKey, SampleValue | undefined]>) {
    if (value !== undefined) out[ANSWER[key]] = value;
  }
  return out;
}

export const DANG_KY_MO_HINH_SAMPLE: PresetSample = {
  preset: 'dang-ky-mo-hinh',
  today: SAMPLE_TODAY,
  workbookTitle: 'Đăng ký thi đua 2026 — Thọ Lập',
  unitDetails: SAMPLE_UNIT_DETAILS,
  responses: SAMPLE_RESPONSES.map(rowOfAnswers),
};
