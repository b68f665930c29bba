/**
 * The recognition documents of a run (DESIGN §11, §14, issue 14), through the bundle:
 * `Tạo hồ sơ khen thưởng` for the rows that carry a `Hình thức khen thưởng`, written under the
 * output folder as `khen-thuong/*.docx`, byte for byte what the bundle uploaded.
 *
 * On the embedded sample the staff's part is played: a first run adds the two staff columns
 * (and says so), staff choose the first form of `Cấu hình` › `Hình thức khen thưởng` for a few
 * valid rows and write their achievement, then the dossier is made. On a `--workbook` run the
 * documents are made only when the workbook marks rows (nothing is marked for the staff).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_KEY, OWNED, RECOGNITION_COLUMN, ROW_STATUS, SHEET } from '../../core/contract';
import { normalizeName } from '../../core/names';
import type { CommendationsResult } from '../../core/recognition/recognition-dto';
import { kindOfWord } from '../../core/recognition/recognition-settings';
import type { Sandbox } from '../emulator';
import { documentBytes, fileSlug } from './documents-step';

export interface RecognitionStep {
  result: CommendationsResult;
  /** Rows staff marked in this run (0 on a --workbook run). */
  marked: number;
  /** Drive + Docs + DocumentApp calls of the run that made the documents. */
  calls: number;
  docx: string[];
}

/** How many valid rows staff mark on the sample. */
const SAMPLE_MARKS = 5;

function reply(value: unknown): CommendationsResult {
  const r = value as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`generateCommendations: ${r?.message ?? String(value)}`);
  return JSON.parse(JSON.stringify(value)) as CommendationsResult;
}

const column = (header: readonly unknown[], name: string) => header.findIndex((h) => normalizeName(h) === normalizeName(name));

/** Whether `Đăng ký` holds a row with a `Hình thức khen thưởng`. */
export function workbookMarksRows(sandbox: Sandbox): boolean {
  const reg = sandbox.workbook.sheets.find((s) => normalizeName(s.name) === normalizeName(SHEET.registrations));
  if (!reg || !reg.values.length) return false;
  const c = column(reg.values[0], RECOGNITION_COLUMN.form);
  return c >= 0 && reg.values.slice(1).some((r) => String(r[c] ?? '').trim() !== '');
}

/** Staff mark a few valid rows with the first form and an achievement in the plan's words. */
function markSample(sandbox: Sandbox, nameTitle: string, categoryTitle: string | undefined): number {
  const reg = sandbox.workbook.sheets.find((s) => s.name === SHEET.registrations)!;
  const cfg = sandbox.workbook.sheets.find((s) => s.name === SHEET.config)!;
  const setting = (key: string) => String(cfg.values.find((r) => normalizeName(r[0]) === normalizeName(key))?.[1] ?? '');
  const form = setting(CONFIG_KEY.recognitionForms).split(/\r?\n/)[0]?.trim() || 'Giấy khen';
  const noun = setting(CONFIG_KEY.itemNoun) || 'mô hình, phong trào, việc làm';
  const year = setting(CONFIG_KEY.year);
  const h = reg.values[0];
  const [result, formAt, achievementAt, nameAt, categoryAt] = [
    column(h, OWNED.result), column(h, RECOGNITION_COLUMN.form), column(h, RECOGNITION_COLUMN.achievement),
    column(h, nameTitle), categoryTitle ? column(h, categoryTitle) : -1,
  ];
  let marked = 0;
  for (const row of reg.values.slice(1)) {
    if (marked >= SAMPLE_MARKS) break;
    if (![ROW_STATUS.valid, ROW_STATUS.late].includes(row[result] as never)) continue;
    const name = String(row[nameAt] ?? '').replace(/\s+/g, ' ').trim();
    if (!name || /[<=]/.test(name)) continue; // hostile sample rows are left to the check's tests
    const person = categoryAt >= 0 && kindOfWord(String(row[categoryAt] ?? '')) !== undefined;
    row[formAt] = form;
    row[achievementAt] = person
      ? `xuất sắc, tiêu biểu trong phong trào thi đua năm ${year}`
      : `xuất sắc trong xây dựng và thực hiện ${noun.split(',')[0]} “${name}” năm ${year}`;
    marked++;
  }
  return marked;
}

/** Writes the documents of `result` under DIR/khen-thuong/. */
async function writeDocx(sandbox: Sandbox, result: CommendationsResult, outDir: string): Promise<string[]> {
  const dir = path.join(outDir, 'khen-thuong');
  const files: string[] = [];
  for (const d of result.documents) {
    const bytes = await documentBytes(sandbox, d.id);
    if (!bytes) continue;
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${fileSlug(d.name).slice(0, 80)}.docx`);
    await writeFile(file, bytes);
    files.push(file);
  }
  return files;
}

function run(sandbox: Sandbox): { result: CommendationsResult; calls: number } {
  const count = () => sandbox.counter.total('Drive') + sandbox.counter.total('Docs') + sandbox.counter.total('DocumentApp');
  const before = count();
  const result = reply(sandbox.call('generateCommendations', { source: 'sidebar' }));
  return { result, calls: count() - before };
}

/** The embedded sample: columns added by a first run, rows marked by staff, then the dossier. */
export async function sampleRecognition(sandbox: Sandbox, outDir: string, nameTitle: string, categoryTitle: string | undefined): Promise<RecognitionStep> {
  run(sandbox); // adds `Hình thức khen thưởng`, `Thành tích khen thưởng`, `Hồ sơ khen thưởng`
  const marked = markSample(sandbox, nameTitle, categoryTitle);
  const { result, calls } = run(sandbox);
  return { result, marked, calls, docx: await writeDocx(sandbox, result, outDir) };
}

/** A --workbook run: the dossier of the rows the workbook marks, if any. */
export async function workbookRecognition(sandbox: Sandbox, outDir: string): Promise<RecognitionStep | undefined> {
  if (!workbookMarksRows(sandbox)) return undefined;
  const { result, calls } = run(sandbox);
  return { result, marked: 0, calls, docx: await writeDocx(sandbox, result, outDir) };
}
