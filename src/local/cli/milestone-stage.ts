/**
 * The second stage of an embedded sample (issue 13): `npm start -- --preset NAME --today DAY`
 * with DAY after the sample's own day plays the sample on its day, then — as on Google —
 * the later phase on DAY: units send their milestone reports (every other unit with approved
 * rows types a Drive link into each milestone column already due), staff judge them in
 * `Đánh giá kết quả`, the daily run re-checks and sends the `Nhắc báo cáo:` of the day, and
 * `Tạo báo cáo tổng hợp` writes the review report of the latest milestone passed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVALUATIONS, EVALUATION_HEADER, MILESTONE_REMINDER_PREFIX, SHEET } from '../../core/contract';
import { compareDays, instantOfWallTime, parseIsoDay } from '../../core/calendar-day';
import { readDateCell } from '../../core/date-parsing';
import type { ReportResult } from '../../core/dto';
import { normalizeName } from '../../core/names';
import type { Sandbox } from '../emulator';
import { documentBytes, fileSlug } from './documents-step';

export interface MilestoneStage {
  today: string;
  /** E-mails the daily run sent, and how many of them were `Nhắc báo cáo:`. */
  reminders: { sent: number; milestone: number };
  report: ReportResult;
  /** Rows given a report in this stage. */
  reported: number;
  docx: string;
}

export async function playMilestoneStage(sandbox: Sandbox, today: string, outDir: string, hour = 8): Promise<MilestoneStage> {
  const model = sandbox.workbook;
  const day = parseIsoDay(today)!;
  const sheetOf = (name: string) => model.sheets.find((s) => normalizeName(s.name) === normalizeName(name));
  const reg = sheetOf(SHEET.registrations)!;
  const ms = sheetOf(SHEET.milestones);
  const colOf = (header: string) => reg.values[0].findIndex((h) => normalizeName(h) === normalizeName(header));
  // The milestone columns already due on that day.
  const due: number[] = [];
  for (const row of ms?.values.slice(1) ?? []) {
    const reading = readDateCell(row[1], model.timeZone);
    const c = colOf(String(row[2] ?? ''));
    if (reading.ok && c >= 0 && compareDays(reading.day, day) < 0) due.push(c);
  }
  const approval = colOf('Trạng thái phê duyệt');
  const unitCol = colOf(String(reg.values[0][1] ?? ''));
  const units = [...new Set(reg.values.slice(1).filter((r) => r[approval] === 'Đã duyệt').map((r) => normalizeName(r[unitCol])))];
  const reporting = new Set(units.filter((_, i) => i % 2 === 0));
  const evaluation = colOf(EVALUATION_HEADER);
  let reported = 0;
  reg.values.forEach((row, r) => {
    if (r === 0 || row[approval] !== 'Đã duyệt' || !reporting.has(normalizeName(row[unitCol]))) return;
    for (const c of due) if (String(row[c] ?? '') === '') row[c] = `https://drive.google.com/file/d/bao-cao-dong-${r + 1}-cot-${c + 1}`;
    if (evaluation >= 0) row[evaluation] = EVALUATIONS[reported % EVALUATIONS.length];
    reported++;
  });
  sandbox.clock.set(instantOfWallTime({ ...day, hour }, model.timeZone));
  const before = sandbox.mail.sent.length;
  sandbox.call('runDailyTasks');
  const mails = sandbox.mail.sent.slice(before);
  const reminders = { sent: mails.length, milestone: mails.filter((m) => m.subject.startsWith(MILESTONE_REMINDER_PREFIX)).length };
  const report = JSON.parse(JSON.stringify(sandbox.call('generateSummaryReport', { source: 'sidebar' }))) as ReportResult;
  if (!report.ok) throw new Error(`generateSummaryReport: ${(report as { message?: string }).message}`);
  const bytes = await documentBytes(sandbox, report.document.id);
  const dir = path.join(outDir, 'giai-doan-2');
  await mkdir(dir, { recursive: true });
  const docx = path.join(dir, `${fileSlug(report.document.name)}.docx`);
  if (bytes) await writeFile(docx, bytes);
  return { today, reminders, report, reported, docx };
}
