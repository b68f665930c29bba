/**
 * The main job of `npm start`: runs the built bundle in the local emulation on the
 * embedded default (seed 000 commune, sample roster and responses) or on a workbook
 * exported from Google Sheets, and writes what a user would see to the output folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { instantOfWallTime, parseIsoDay } from '../../core/calendar-day';
import type { CheckResult, Dashboard, SetupResult } from '../../core/dto';
import { createSandbox } from '../emulator';
import { newWorkbookModel, type WorkbookModel } from '../emulator/workbook-model';
import { readWorkbookXlsx, writeWorkbookXlsx } from '../xlsx';
import { screenshotStandaloneSidebar } from '../browser/screenshot';
import { appendSampleResponses, typeUnitDetails } from './demo-workbook';
import { SAMPLE_TODAY } from './sample-data';
import { standaloneSidebar } from './sidebar-snapshot';

export interface JobOptions {
  /** An .xlsx with the layout of DESIGN.md §3; absent = the embedded default. */
  workbook?: string;
  /** YYYY-MM-DD; default: the demo's fixed date, or the real date for a workbook. */
  today?: string;
  outDir: string;
  /** Hour of the run in the spreadsheet's time zone. */
  hour?: number;
}

export interface JobResult {
  model: WorkbookModel;
  today: string;
  setup: SetupResult;
  check: CheckResult;
  dashboard: Dashboard;
  sampleRows: number;
  /** SpreadsheetApp calls of the checkRegistrations run. */
  checkCalls: number;
  files: string[];
}

export async function runJob(options: JobOptions): Promise<JobResult> {
  const model = options.workbook ? await readWorkbookXlsx(options.workbook) : newWorkbookModel('Đăng ký thi đua 2026 — Thọ Lập');
  const today = options.today ?? (options.workbook ? new Date().toISOString().slice(0, 10) : SAMPLE_TODAY);
  const day = parseIsoDay(today);
  if (!day) throw new Error(`--today must be a date written YYYY-MM-DD, not "${today}".`);
  const now = instantOfWallTime({ ...day, hour: options.hour ?? 8 }, model.timeZone);
  const sandbox = createSandbox({ workbook: model, now });

  sandbox.run('onOpen', { authMode: 'NONE' });
  const setup = expectOk<SetupResult>(sandbox.call('setupWorkbook'), 'setupWorkbook');
  let sampleRows = 0;
  if (!options.workbook) {
    typeUnitDetails(model);
    sampleRows = appendSampleResponses(model);
  }
  sandbox.counter.reset();
  const check = expectOk<CheckResult>(sandbox.call('checkRegistrations'), 'checkRegistrations');
  const checkCalls = sandbox.counter.total('SpreadsheetApp');
  const dashboard = expectOk<Dashboard>(sandbox.call('getDashboard'), 'getDashboard');
  sandbox.call('showSidebar');
  const sidebarHtml = sandbox.uiLog.sidebars[sandbox.uiLog.sidebars.length - 1].html;

  await mkdir(options.outDir, { recursive: true });
  const workbookFile = path.join(options.outDir, 'dang-ky.xlsx');
  const sidebarFile = path.join(options.outDir, 'sidebar.html');
  await writeWorkbookXlsx(model, workbookFile);
  await writeFile(sidebarFile, standaloneSidebar(sidebarHtml, { getDashboard: dashboard, checkRegistrations: check }));
  const files = [workbookFile, sidebarFile];
  // A picture of the sidebar when Chromium is installed; skipped silently otherwise.
  const sidebarPng = path.join(options.outDir, 'sidebar.png');
  if (await screenshotStandaloneSidebar(sidebarFile, sidebarPng)) files.push(sidebarPng);
  return { model, today, setup, check, dashboard, sampleRows, checkCalls, files };
}

function expectOk<T>(reply: unknown, name: string): T {
  const r = reply as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`${name} failed: ${r?.message ?? String(reply)}`);
  return JSON.parse(JSON.stringify(reply)) as T;
}
