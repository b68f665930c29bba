/**
 * The documents of a run (DESIGN §11, issue 11): `Tạo thông báo phê duyệt` with one notice
 * per unit (the rows already `Đã duyệt`; `Yêu cầu bổ sung` rows in their unit's notice) and
 * `Tạo báo cáo tổng hợp` of the day, through the bundle, written under the output folder as
 * .docx: `thong-bao/thong-bao-tong-hop.docx`, `thong-bao/thong-bao-<đơn-vị>.docx`,
 * `bao-cao.docx`. A built-in document is written byte for byte as the bundle uploaded it to
 * Drive (the emulated Drive keeps each upload); a document made from a staff template (built
 * with DocumentApp) is exported from the emulated Google Doc. No approved row: no notice.
 * The emulated Drive travels in a side file (`_thidua_drive.json`) beside the workbook, so a
 * run on an output updates the same documents, as the next run on Google would.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NoticesResult, ReportResult } from '../../core/dto';
import { exportDocx } from '../docx';
import type { Sandbox } from '../emulator';
import type { DriveModel } from '../emulator/drive-model';

export interface CallCounts {
  documentApp: number;
  docs: number;
  drive: number;
}

export interface WrittenDocuments {
  notices: NoticesResult;
  report: ReportResult;
  /** The .docx files written: the notices (DIR/thong-bao/…) then the report. */
  docx: string[];
  noticeCalls: CallCounts;
  reportCalls: CallCounts;
}

/** A file name from a document name: no diacritics, lower case, dashes. */
export function fileSlug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The bytes of a Google Doc of the emulated Drive: its uploaded .docx, or an export of its model. */
export async function documentBytes(sandbox: Sandbox, id: string): Promise<Buffer | undefined> {
  const file = sandbox.drive.files().find((f) => f.id === id);
  if (file?.upload?.contentType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
    return Buffer.from(file.upload.base64, 'base64');
  }
  const model = sandbox.documents.get(id);
  return model ? exportDocx(model) : undefined;
}

function reply<T>(value: unknown, name: string): T {
  const r = value as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`${name}: ${r?.message ?? String(value)}`);
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Generates the notices (with one per unit) and the report through the bundle and writes them under `outDir`. */
export async function writeDocuments(sandbox: Sandbox, outDir: string): Promise<WrittenDocuments> {
  const callsOf = (): CallCounts => ({ documentApp: sandbox.counter.total('DocumentApp'), docs: sandbox.counter.total('Docs'), drive: sandbox.counter.total('Drive') });
  sandbox.counter.reset();
  const notices = reply<NoticesResult>(sandbox.call('generateApprovalNotices', { source: 'sidebar', perUnit: true }), 'generateApprovalNotices');
  const noticeCalls = callsOf();
  sandbox.counter.reset();
  const report = reply<ReportResult>(sandbox.call('generateSummaryReport', { source: 'sidebar' }), 'generateSummaryReport');
  const reportCalls = callsOf();

  const docx: string[] = [];
  const noticeDir = path.join(outDir, 'thong-bao');
  for (const d of notices.documents) {
    const bytes = await documentBytes(sandbox, d.id);
    if (!bytes) continue;
    await mkdir(noticeDir, { recursive: true });
    const file = path.join(noticeDir, `${d.kind === 'notice' ? 'thong-bao-tong-hop' : `thong-bao-${fileSlug(d.unit)}`}.docx`);
    await writeFile(file, bytes);
    docx.push(file);
  }
  const reportBytes = await documentBytes(sandbox, report.document.id);
  if (reportBytes) {
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, 'bao-cao.docx');
    await writeFile(file, reportBytes);
    docx.push(file);
  }
  return { notices, report, docx, noticeCalls, reportCalls };
}

/** Generates the commitments (one per unit and the list) through the bundle and writes them under `outDir/cam-ket`. */
export async function writeCommitments(sandbox: Sandbox, outDir: string): Promise<string[]> {
  const result = reply<{ documents: Array<{ id: string; unit: string }> }>(sandbox.call('generateCommitments', { source: 'sidebar' }), 'generateCommitments');
  const dir = path.join(outDir, 'cam-ket');
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const d of result.documents) {
    const bytes = await documentBytes(sandbox, d.id);
    if (!bytes) continue;
    const file = path.join(dir, `${d.unit ? `cam-ket-${fileSlug(d.unit)}` : 'danh-sach-cam-ket'}.docx`);
    await writeFile(file, bytes);
    files.push(file);
  }
  return files;
}

/** The side file that carries the emulated Drive (folder, documents, their uploads) from one run to the next. */
export const DRIVE_SIDE_FILE = '_thidua_drive.json';

/** The Drive a run on `workbook` continues from: the side file next to it, if any. */
export async function loadDrive(workbook: string | undefined): Promise<DriveModel | undefined> {
  if (!workbook) return undefined;
  try {
    return JSON.parse(await readFile(path.join(path.dirname(workbook), DRIVE_SIDE_FILE), 'utf8')) as DriveModel;
  } catch {
    return undefined;
  }
}

/** Writes the run's Drive next to its workbook, so the next run updates the same documents (same ids, same links). */
export async function saveDrive(sandbox: Sandbox, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, DRIVE_SIDE_FILE), JSON.stringify(sandbox.drive.model));
}
