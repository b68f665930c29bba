/** The short summary table `npm start` prints after a run. */
import { ROW_STATUS_ORDER, UNIT_STATUS_ORDER } from '../../core/contract';
import { CLI_TEXT } from './cli-error';
import type { JobResult } from './run-job';

export function formatSummary(result: JobResult): string {
  const d = result.dashboard;
  const width = 16;
  const line = (label: string, value: string | number) => `  ${label.padEnd(width)} ${String(value).padStart(5)}`;
  const structure = result.check.structureProblems ?? [];
  const out = [
    `Thi đua — ${d.communeName || '(chưa đặt tên xã)'}${d.year ? ` ${d.year}` : ''}, ngày chạy ${result.today}` +
      (d.deadline ? `, hạn đăng ký ${d.deadline}` : ''),
    '',
    // What setup did (sheets created, headers added) and what it would not guess at.
    `Khởi tạo bảng tính: ${result.setup.message}`,
    ...(structure.length ? ['', 'CẤU TRÚC TRANG TÍNH CHƯA ĐÚNG — chưa kiểm tra dòng nào, không gửi thư nhắc nào:', ...structure.map((p) => `  ! ${p}`)] : []),
    '',
    `Đơn vị (${d.totalUnits})`,
    ...UNIT_STATUS_ORDER.map((s) => line(s, d.unitCounts[s] ?? 0)),
    '',
    `Đăng ký (${d.totalRows}${result.sampleRows ? `, gồm ${result.sampleRows} câu trả lời mẫu` : ''})`,
    ...ROW_STATUS_ORDER.map((s) => line(s, d.rowCounts[s] ?? 0)),
    '',
    `Lệnh gọi SpreadsheetApp của một lần kiểm tra: ${result.checkCalls}`,
  ];
  if (result.form) {
    out.push(`Biểu mẫu: ${result.form.formUrl}`,
      `  ${result.formRows} đăng ký gửi qua biểu mẫu, ${result.sampleRows - result.formRows} đăng ký giấy nhập tay; ${result.receipts} thư xác nhận.`);
  }
  out.push(`Thư nhắc ngày ${result.stageDay ?? result.today}: ${result.reminders.message}`);
  const docs = result.documents;
  if (structure.length) out.push('', CLI_TEXT.noDocumentsOnBrokenSheet);
  if (docs) {
    const units = docs.notices.documents.filter((d) => d.kind === 'unitNotice').length;
    const calls = (c: { documentApp: number; docs: number; drive: number }) => `${c.documentApp} DocumentApp, ${c.docs} Docs, ${c.drive} Drive`;
    out.push(
      '',
      ...(docs.approve ? [`Phê duyệt: ${docs.askedForMore} đăng ký được yêu cầu bổ sung; ${docs.approve.message}`] : []),
      `Thông báo phê duyệt: ${docs.notices.documents.length} văn bản (1 tổng hợp + ${units} gửi từng đơn vị), lệnh gọi: ${calls(docs.noticeCalls)}`,
      `Báo cáo tổng hợp: ${docs.report.document.name}, lệnh gọi: ${calls(docs.reportCalls)}`,
    );
  }
  if (result.recognition) {
    const r = result.recognition;
    out.push('', `Hồ sơ khen thưởng${r.marked ? ` (${r.marked} dòng được chọn hình thức khen thưởng)` : ''}: ${r.result.message}`,
      `  lệnh gọi Drive/Docs/DocumentApp: ${r.calls} cho ${r.result.documents.length} văn bản`);
  }
  const stage = result.milestoneStage;
  if (stage) {
    out.push('', `Giai đoạn sau, ngày ${stage.today}: ${stage.reported} nội dung đã nộp báo cáo và được đánh giá.`,
      ...(d.phase ? [`  Mốc hiện nay: ${d.phase.milestone} (hạn ${d.phase.deadline}): ${d.phase.rowsDone}/${d.phase.rowsTotal} nội dung, ${d.phase.unitsDone}/${d.phase.unitsTotal} đơn vị đã nộp đủ.`] : []),
      `  Chạy hằng ngày: ${stage.reminders.sent} thư, trong đó ${stage.reminders.milestone} thư "Nhắc báo cáo:".`, `  Báo cáo: ${stage.report.document.name}`);
  }
  if (d.problems.length) out.push('', `Vấn đề dữ liệu (${d.problems.length}):`, ...d.problems.map((p) => `  - ${p}`));
  if (result.strayCells.length) {
    out.push('', CLI_TEXT.strayHeading(result.strayCells.length),
      ...result.strayCells.slice(0, 20).map((s) => `  - ${CLI_TEXT.strayCell(s.sheet, s.cell)}`));
  }
  out.push('', 'Đã ghi:', ...result.files.map((f) => `  ${f}`));
  return out.join('\n');
}
