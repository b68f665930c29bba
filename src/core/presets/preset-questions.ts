/** A preset's questions as the engine reads them (the same reading as a `Câu hỏi` sheet). */
import { QUESTION_HEADER } from '../contract';
import { readQuestions, type Question } from '../questions';
import type { Preset } from './preset-types';

/** The `Câu hỏi` grid a preset writes: the headers, then one row per question. */
export function presetQuestionGrid(preset: Preset): string[][] {
  return [Object.values(QUESTION_HEADER), ...preset.questions.map((q) => [q.title, q.role, q.kind, q.required, q.choices, q.help])];
}

export function presetQuestions(preset: Preset): Question[] {
  return readQuestions(presetQuestionGrid(preset), preset.milestones.map((m) => m.name)).questions;
}
