/**
 * Shared harness of the bundle tests: the built dist/ loaded in the emulation on a fresh
 * workbook, set up by the real `setupWorkbook`, with the embedded demo typed in, and small
 * accessors to read the model the way a person reads the sheet.
 */
import { instantOfWallTime } from '../../src/core/calendar-day';
import { ANSWER } from '../../src/core/contract';
import { normalizeName } from '../../src/core/names';
import { createSandbox, type Sandbox } from '../../src/local/emulator';
import { newWorkbookModel, type SheetModel, type WorkbookModel } from '../../src/local/emulator/workbook-model';
import { appendSampleResponses, typeUnitDetails } from '../../src/local/cli/demo-workbook';

export const TZ = 'Asia/Ho_Chi_Minh';

/** 08:00 local on a day given as YYYY-MM-DD. */
export function morningOf(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  return instantOfWallTime({ year, month, day, hour: 8 }, TZ);
}

export function sandboxOn(workbook: WorkbookModel = newWorkbookModel(), today = '2025-12-20'): Sandbox {
  return createSandbox({ workbook, now: morningOf(today) });
}

/** A sandbox whose workbook was set up by the bundle and filled with the demo roster and responses. */
export function demoSandbox(today = '2025-12-20'): Sandbox {
  const sb = sandboxOn(newWorkbookModel(), today);
  sb.call('setupWorkbook');
  typeUnitDetails(sb.workbook);
  appendSampleResponses(sb.workbook);
  return sb;
}

export function sheet(model: WorkbookModel, name: string): SheetModel {
  const found = model.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** 0-based column of a header in row 1. */
export function col(s: SheetModel, header: string): number {
  const c = s.values[0].findIndex((h) => normalizeName(h) === normalizeName(header));
  if (c < 0) throw new Error(`no column ${header} in ${s.name}`);
  return c;
}

/** The value of a cell by 1-based row and header ('' when absent). */
export function cell(s: SheetModel, row: number, header: string): unknown {
  return s.values[row - 1]?.[col(s, header)] ?? '';
}

/** Deep copy of the answer cells of `Đăng ký` (Dates as epoch ms), to compare before/after. */
export function answerSnapshot(model: WorkbookModel): unknown[][] {
  const s = sheet(model, 'Đăng ký');
  const cols = Object.values(ANSWER).map((h) => col(s, h));
  return s.values.map((row) => cols.map((c) => {
    const v = row[c] ?? ''; // a cell past the end of a stored row reads as empty
    return v instanceof Date ? `date:${v.getTime()}` : v;
  }));
}

/** A JSON-able deep copy of a whole model (to prove "nothing changed"). */
export function modelSnapshot(model: WorkbookModel): string {
  return JSON.stringify(model, (_k, v) => (v instanceof Map ? [...v.entries()] : v));
}

/** Row numbers of `Đăng ký` whose `Đơn vị đăng ký` and title match. */
export function rowOf(model: WorkbookModel, unit: string, titleIncludes: string): number {
  const s = sheet(model, 'Đăng ký');
  const u = col(s, ANSWER.unit);
  const t = col(s, ANSWER.title);
  const i = s.values.findIndex((r, idx) => idx > 0 && normalizeName(r[u]) === normalizeName(unit) && String(r[t]).includes(titleIncludes));
  if (i < 0) throw new Error(`no row for ${unit} / ${titleIncludes}`);
  return i + 1;
}

/** Types `Cấu hình` values as staff would: an existing `Mục` row gets the value, a new one is appended. */
export function setConfig(sb: Sandbox, config: Record<string, string>): void {
  const cfg = sheet(sb.workbook, 'Cấu hình');
  for (const [key, value] of Object.entries(config)) {
    const row = cfg.values.findIndex((r) => r[0] === key);
    if (row >= 0) cfg.values[row][1] = value;
    else cfg.values.push([key, value]);
  }
}
