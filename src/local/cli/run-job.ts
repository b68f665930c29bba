/**
 * The main job of `npm start`: runs the built bundle in the local emulation on the
 * embedded default (seed 000 commune, sample roster and responses) or on a workbook
 * exported from Google Sheets, and writes what a user would see to the output folder.
 *
 * Embedded default, as it would happen on Google: staff set up the sheet, type the roster's
 * details and the paper registrations, create the form; units then submit through the form
 * (each submission fires the trigger: check + receipt); on the run day staff check and send
 * the reminders due, ask the units whose rows need fixing for more (`Yêu cầu bổ sung`),
 * approve every valid row, generate the approval notices (consolidated and per unit) and the
 * summary report; each document is written as the .docx the bundle uploaded. On a workbook
 * given with --workbook nothing is approved (approving is the staff's decision): set-up,
 * check, reminders, then the notices of the rows already `Đã duyệt` and the report of the day.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APPROVAL, DEFAULT_PRESET, DOC_PROPERTY, OWNED, ROW_STATUS, SHEET, UNIT_STATUS, UNIT_HEADER, type PresetId } from '../../core/contract';
import { normalizeName } from '../../core/names';
import { dayInZone, formatIsoDay, instantOfWallTime, parseIsoDay } from '../../core/calendar-day';
import { EARLY_STAGE } from '../../core/reminder-schedule';
import { COMMITMENT_CATEGORY } from '../../core/documents/commitments';
import { PRESETS } from '../../core/presets';
import { presetQuestions } from '../../core/presets/preset-questions';
import { readSettings } from '../../core/settings';
import type {
  ApproveAllResult, CheckResult, Dashboard, FormResult, ReminderPreview, ReminderSendResult, SetupResult,
} from '../../core/dto';
import { loadDrive, saveDrive, writeCommitments, writeDocuments, type WrittenDocuments } from './documents-step';
import { sampleRecognition, workbookRecognition, type RecognitionStep } from './recognition-step';
import { screenshotStandaloneSidebar } from '../browser/screenshot';
import { createSandbox, type Sandbox } from '../emulator';
import { newWorkbookModel, type WorkbookModel } from '../emulator/workbook-model';
import { readWorkbookXlsx, snapshotModel, writeIntoCopy, writeWorkbookXlsx, type HelperSheets } from '../xlsx';
import { checkToday, isTimeZone } from './cli-args';
import { CLI_TEXT, CliError } from './cli-error';
import { appendSampleRows, typeUnitDetails } from './demo-workbook';
import { rowCanComeFromForm, submitRowThroughForm } from './form-demo';
import { SAMPLES } from './samples';
import type { PresetSample } from './samples/sample-types';
import { standaloneSidebar } from './sidebar-snapshot';
import { writeMailFiles } from './write-mail';
import { playMilestoneStage, type MilestoneStage } from './milestone-stage';

export interface JobOptions {
  /** An .xlsx with the layout of DESIGN.md §3; absent = the embedded default. */
  workbook?: string;
  /** YYYY-MM-DD; default: the demo's fixed date, or the real date for a workbook. */
  today?: string;
  outDir: string;
  /** Hour of the run in the spreadsheet's time zone. */
  hour?: number;
  /** The plan whose embedded sample runs when there is no --workbook (default: dang-ky-mo-hinh). */
  preset?: PresetId;
}

export interface JobResult {
  model: WorkbookModel;
  today: string;
  setup: SetupResult;
  form?: FormResult;
  check: CheckResult;
  dashboard: Dashboard;
  reminders: ReminderSendResult;
  sampleRows: number;
  /** Sample responses that came through the form (the rest were typed in from paper). */
  formRows: number;
  receipts: number;
  /** SpreadsheetApp calls of the checkRegistrations run. */
  checkCalls: number;
  /** The documents step: the notices of the rows `Đã duyệt` and the report of the day. */
  documents?: DocumentsStep;
  /** `Tạo hồ sơ khen thưởng` (issue 14): absent on a --workbook run that marks no row. */
  recognition?: RecognitionStep;
  files: string[];
  /** Cells far away from the data (a stray key at A1048576): not read, kept as they are. */
  strayCells: Array<{ sheet: string; cell: string }>;
  /** The later phase of an embedded sample run with a later --today (issue 13). */
  milestoneStage?: MilestoneStage;
  /** The day of the registration stage (the sample's own day when a later stage followed). */
  stageDay: string;
}

export interface DocumentsStep extends WrittenDocuments {
  /** Rows staff marked `Yêu cầu bổ sung` before approving (0 on a --workbook run: staff decided already). */
  askedForMore: number;
  /** Absent on a --workbook run (nothing is approved there). */
  approve?: ApproveAllResult;
}

export async function runJob(options: JobOptions): Promise<JobResult> {
  const sample = SAMPLES[options.preset ?? DEFAULT_PRESET];
  const strayCells: JobResult['strayCells'] = [];
  const helpers: HelperSheets = {};
  const model = options.workbook ? await readUserWorkbook(options.workbook, strayCells, helpers) : newWorkbookModel(sample.workbookTitle);
  // What the user's file held, so the output is that file with only the run's changes (issue 12, item 7).
  const asRead = options.workbook ? snapshotModel(model) : undefined;
  // Default: today in the spreadsheet's time zone (before 07:00 in Vietnam the UTC date is yesterday).
  const today = options.today ?? (options.workbook ? formatIsoDay(dayInZone(new Date(), model.timeZone)) : sample.today);
  checkToday(today);
  // An embedded sample on a later --today: the sample plays on its own day, then its later phase on --today (issue 13).
  const laterStage = !options.workbook && options.today !== undefined && options.today > sample.today;
  const day = parseIsoDay(laterStage ? sample.today : today)!;
  const now = instantOfWallTime({ ...day, hour: options.hour ?? 8 }, model.timeZone);
  const sandbox = createSandbox({ workbook: model, now, drive: await loadDrive(options.workbook) });

  sandbox.run('onOpen', { authMode: 'NONE' });
  const setup = expectOk<SetupResult>(
    sandbox.call('setupWorkbook', options.workbook ? undefined : { source: 'sidebar', preset: sample.preset }), 'setupWorkbook');
  let sampleRows = 0;
  let formRows = 0;
  let form: FormResult | undefined;
  if (!options.workbook) {
    ({ form, formRows } = playDemo(sandbox, sample));
    sampleRows = sample.responses.length;
    sandbox.clock.set(now);
  }
  const receipts = sandbox.mail.sent.length;
  sandbox.counter.reset();
  const check = expectOk<CheckResult>(sandbox.call('checkRegistrations'), 'checkRegistrations');
  const checkCalls = sandbox.counter.total('SpreadsheetApp');
  const preview = expectOk<ReminderPreview>(sandbox.call('previewReminders'), 'previewReminders');
  // Only the reminders due on that day, as the daily run sends them: not the early ones staff may send by hand.
  const due = preview.reminders.filter((r) => !r.key.startsWith(`${EARLY_STAGE}/`));
  const reminders = expectOk<ReminderSendResult>(sandbox.call('sendReminders', {
    source: 'sidebar', keys: due.map((r) => `${r.unit}|${r.key}`),
  }), 'sendReminders');
  // A sheet whose structure is broken is not judged (issue 12, item 1): staff fix it before
  // making documents from it, so the run makes none and says why.
  const structureBroken = (check.structureProblems ?? []).length > 0;
  const documents: DocumentsStep | undefined = structureBroken ? undefined : options.workbook
    ? { askedForMore: 0, ...(await writeDocuments(sandbox, options.outDir)) }
    : await documentsStep(sandbox, options.outDir, sample);
  const questions = presetQuestions(PRESETS[sample.preset]);
  const recognition = structureBroken ? undefined : options.workbook
    ? await workbookRecognition(sandbox, options.outDir)
    : await sampleRecognition(sandbox, options.outDir, questions.find((q) => q.role === 'name')!.title, questions.find((q) => q.role === 'category')?.title);
  const milestoneStage = laterStage ? await playMilestoneStage(sandbox, today, options.outDir, options.hour ?? 8) : undefined;
  const dashboard = expectOk<Dashboard>(sandbox.call('getDashboard'), 'getDashboard');
  sandbox.call('showSidebar');
  const sidebarHtml = sandbox.uiLog.sidebars[sandbox.uiLog.sidebars.length - 1].html;

  await mkdir(options.outDir, { recursive: true });
  const workbookFile = path.join(options.outDir, 'dang-ky.xlsx');
  const sidebarFile = path.join(options.outDir, 'sidebar.html');
  const sidebarPng = path.join(options.outDir, 'sidebar.png');
  if (options.workbook && asRead) await writeIntoCopy(options.workbook, helpers, asRead, model, workbookFile);
  else await writeWorkbookXlsx(model, workbookFile);
  await saveDrive(sandbox, options.outDir);
  await writeFile(sidebarFile, standaloneSidebar(sidebarHtml, { getDashboard: dashboard, checkRegistrations: check, previewReminders: preview }));
  const mailFiles = await writeMailFiles(sandbox.mail.sent, path.join(options.outDir, 'thu-nhac'), model.timeZone);
  const files = [workbookFile, sidebarFile];
  if (await screenshotStandaloneSidebar(sidebarFile, sidebarPng)) files.push(sidebarPng);
  if (mailFiles.length) files.push(`${path.join(options.outDir, 'thu-nhac')}/ (${mailFiles.length} thư .eml)`);
  if (documents) {
    const noticeFiles = documents.docx.filter((f) => f.includes(`${path.sep}thong-bao${path.sep}`));
    if (noticeFiles.length) files.push(`${path.join(options.outDir, 'thong-bao')}/ (${noticeFiles.length} thông báo .docx)`);
    files.push(...documents.docx.filter((f) => !noticeFiles.includes(f)));
  }
  if (recognition?.docx.length) files.push(`${path.join(options.outDir, 'khen-thuong')}/ (${recognition.docx.length} văn bản khen thưởng .docx)`);
  if (milestoneStage) files.push(milestoneStage.docx);
  return {
    model, today, setup, form, check, dashboard, reminders, sampleRows, formRows, receipts, checkCalls, documents, recognition, files, strayCells,
    milestoneStage, stageDay: laterStage ? sample.today : today,
  };
}

/** Reads the user's .xlsx; a file that is no readable .xlsx, or names a bad time zone, is a CliError naming it. */
async function readUserWorkbook(file: string, strayCells: JobResult['strayCells'], helpers: HelperSheets): Promise<WorkbookModel> {
  let model: WorkbookModel;
  try {
    model = await readWorkbookXlsx(file, { strayCells, helpers });
  } catch {
    throw new CliError(CLI_TEXT.notXlsx(file));
  }
  if (!isTimeZone(model.timeZone)) throw new CliError(CLI_TEXT.badTimeZone(file, model.timeZone));
  return model;
}

/** `Đơn vị` rows `Cần bổ sung`: staff set their invalid rows to `Yêu cầu bổ sung`, quoting the first reason. */
function askForMore(sandbox: Sandbox, unitTitle: string): number {
  const units = sandbox.workbook.sheets.find((s) => s.name === SHEET.units)!;
  const reg = sandbox.workbook.sheets.find((s) => s.name === SHEET.registrations)!;
  const uc = (h: string) => units.values[0].findIndex((x) => normalizeName(x) === normalizeName(h));
  const rc = (h: string) => reg.values[0].findIndex((x) => normalizeName(x) === normalizeName(h));
  const behind = new Set(units.values.slice(1).filter((r) => r[uc(UNIT_HEADER.status)] === UNIT_STATUS.needsFix).map((r) => normalizeName(r[uc(UNIT_HEADER.name)])));
  let asked = 0;
  for (const row of reg.values.slice(1)) {
    if (!behind.has(normalizeName(row[rc(unitTitle)])) || row[rc(OWNED.result)] !== ROW_STATUS.needsFix) continue;
    row[rc(OWNED.approval)] = APPROVAL.needsMore;
    row[rc(OWNED.approvalComment)] = `Đề nghị bổ sung: ${String(row[rc(OWNED.details)] ?? '').split('\n')[0]}`;
    asked++;
  }
  return asked;
}

/** Staff approve, then the notices and the report are generated and written as .docx. */
async function documentsStep(sandbox: Sandbox, outDir: string, sample: PresetSample): Promise<DocumentsStep> {
  const unitTitle = presetQuestions(PRESETS[sample.preset]).find((q) => q.role === 'unit')!.title;
  const askedForMore = askForMore(sandbox, unitTitle);
  const approve = expectOk<ApproveAllResult>(sandbox.call('approveAllValid', { source: 'sidebar' }), 'approveAllValid');
  // Checked again once approved: the approved rows start their milestones (`Tiến độ`, DESIGN.md §13).
  if (approve.approved > 0) expectOk<CheckResult>(sandbox.call('checkRegistrations'), 'checkRegistrations');
  const written = await writeDocuments(sandbox, outDir);
  // A plan of commitments (its `Loại` offers `Cam kết`): one Bản cam kết thi đua per unit and the list, in cam-ket/.
  const categories = presetQuestions(PRESETS[sample.preset]).find((q) => q.role === 'category')?.choices ?? [];
  if (categories.some((c) => normalizeName(c) === normalizeName(COMMITMENT_CATEGORY))) {
    written.docx.push(...await writeCommitments(sandbox, outDir));
  }
  return { askedForMore, approve, ...written };
}

/** Paper registrations typed in, the form created, then the online ones submitted in time order. */
function playDemo(sandbox: Sandbox, sample: PresetSample): { form: FormResult; formRows: number } {
  const preset = PRESETS[sample.preset];
  typeUnitDetails(sandbox.workbook, sample.unitDetails, firstEmail(sample));
  const questions = presetQuestions(preset);
  const settings = readSettings([['Mục', 'Giá trị'], ...preset.config.map((r) => [...r])], sandbox.workbook.timeZone).settings;
  const shape = {
    questions, unitNames: new Set(preset.units.map((u) => u.name)), fields: new Set(preset.fields), onlyNewItems: settings.onlyNewItems,
  };
  const online = sample.responses.filter((r) => rowCanComeFromForm(r, shape));
  appendSampleRows(sandbox.workbook, sample.responses.filter((r) => !online.includes(r)));
  const form = expectOk<FormResult>(sandbox.call('createRegistrationForm'), 'createRegistrationForm');
  const formId = sandbox.workbook.documentProperties[DOC_PROPERTY.formId];
  const at = (r: PresetSample['responses'][number]) => (r['Dấu thời gian'] as Date).getTime();
  for (const r of [...online].sort((a, b) => at(a) - at(b))) submitRowThroughForm(sandbox, formId, r, questions);
  return { form, formRows: online.length };
}

/** The contact address of a sample: the collecting unit's e-mail. */
function firstEmail(sample: PresetSample): string {
  const preset = PRESETS[sample.preset];
  const contact = preset.config.find(([k]) => k === 'Đơn vị đầu mối')?.[1];
  const found = Object.entries(sample.unitDetails).find(([name]) => normalizeName(name) === normalizeName(contact));
  return found?.[1].email || Object.values(sample.unitDetails).find((d) => d.email.includes('@'))?.email || '';
}

function expectOk<T>(reply: unknown, name: string): T {
  const r = reply as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`${name} failed: ${r?.message ?? String(reply)}`);
  return JSON.parse(JSON.stringify(reply)) as T;
}
