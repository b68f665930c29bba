/** `npm start -- --preset NAME --today <later day>` (issue 13): the sample on its day, then its later phase and the review report. */
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/local/cli/run-job';
import { formatSummary } from '../../src/local/cli/print-summary';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { cell, sheet } from '../support/bundle';
import { normalizeName } from '../../src/core/names';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'thi-dua-ms-'));

describe('the later phase of a preset sample', () => {
  it.each([
    ['dang-ky-mo-hinh', '2026-01-18', 'Báo cáo xây dựng kế hoạch - 18/01/2026', 'Xây dựng kế hoạch'],
    ['dot-thi-dua', '2025-09-03', 'Báo cáo sơ kết - 03/09/2025', 'Sơ kết'],
  ])('%s on %s: Tiến độ written, Nhắc báo cáo sent, the review report made', async (preset, today, reportName, milestone) => {
    const out = await tmp();
    const result = await runJob({ preset: preset as 'dang-ky-mo-hinh', today, outDir: out });
    const stage = result.milestoneStage!;
    expect(stage.report.document.name).toBe(reportName);
    expect(existsSync(stage.docx)).toBe(true);
    expect(stage.reminders.milestone).toBeGreaterThan(0);
    expect(result.dashboard.phase?.milestone).toBe(milestone);
    expect(formatSummary(result)).toContain(`Giai đoạn sau, ngày ${today}`);
    const back = await readWorkbookXlsx(path.join(out, 'dang-ky.xlsx'));
    const reg = sheet(back, 'Đăng ký');
    const progress = reg.values.slice(1).map((_, i) => String(cell(reg, i + 2, 'Tiến độ'))).filter(Boolean);
    expect(progress.some((p) => p.startsWith(`${milestone}: Đã nộp`))).toBe(true);
    expect(progress.some((p) => p.startsWith(`${milestone}: Quá hạn`))).toBe(true);
  });
});

describe('commitments to sign (dot-thi-dua)', () => {
  it('writes one Bản cam kết thi đua per cell that sent one, from its row, and the list with the cells that have not', async () => {
    const { readFile } = await import('node:fs/promises');
    const { readDocxXml, paragraphsOf } = await import('../docx/read-docx');
    const out = await tmp();
    const result = await runJob({ preset: 'dot-thi-dua', outDir: out });
    const files = result.documents!.docx.filter((f) => f.includes(`${path.sep}cam-ket${path.sep}`));
    const back = await readWorkbookXlsx(path.join(out, 'dang-ky.xlsx'));
    const reg = sheet(back, 'Đăng ký');
    const valid = reg.values.slice(1).map((_, i) => i + 2).filter((r) => ['Hợp lệ', 'Trễ hạn'].includes(String(cell(reg, r, 'Kết quả kiểm tra'))));
    const cells = new Set(valid.map((r) => String(cell(reg, r, 'Chi bộ'))));
    expect(files.length).toBe(cells.size + 1);
    const r = valid[0];
    const unit = String(cell(reg, r, 'Chi bộ'));
    const file = files.find((f) => f.endsWith(`cam-ket-${unit.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.docx`))!;
    const text = paragraphsOf((await readDocxXml(await readFile(file)))!).map((p) => p.text).join('\n');
    expect(text).toContain('BẢN CAM KẾT THI ĐUA');
    expect(text).toContain(`${unit} cam kết:`);
    expect(text).toContain(String(cell(reg, r, 'Bí thư chi bộ ký cam kết')));
    expect(text).toContain(String(cell(reg, r, 'Chỉ tiêu, nhiệm vụ cam kết')).split('\n')[0].trim());
    expect(text).toContain('sơ kết (31/08/2025) và tổng kết (31/08/2026)');
    const list = paragraphsOf((await readDocxXml(await readFile(files.find((f) => f.endsWith('danh-sach-cam-ket.docx'))!)))!).map((p) => p.text).join('\n');
    const units = sheet(back, 'Đơn vị').values.length - 1;
    expect(list).toContain(`đến nay ${cells.size}/${units} đơn vị đã gửi bản cam kết thi đua`);
    expect(list.split('Chưa gửi cam kết').length - 1).toBe(units - cells.size);
  });
});

describe('npm start -- --workbook … --today three days after the plan deadline', () => {
  it('writes Tiến độ and colours, sends one Nhắc báo cáo: to each unit still missing a plan, and nothing more on a second run over its own output', async () => {
    const first = await tmp();
    await runJob({ outDir: first }); // the demo: registered and approved on 20/12/2025
    const second = await tmp();
    const result = await runJob({ workbook: path.join(first, 'dang-ky.xlsx'), today: '2026-01-18', outDir: second });
    const back = await readWorkbookXlsx(path.join(second, 'dang-ky.xlsx'));
    const reg = sheet(back, 'Đăng ký');
    const approved = reg.values.slice(1).map((_, i) => i + 2).filter((r) => cell(reg, r, 'Trạng thái phê duyệt') === 'Đã duyệt');
    const missingUnits = new Set(approved.filter((r) => cell(reg, r, 'Kế hoạch thực hiện') === '').map((r) => normalizeName(cell(reg, r, 'Đơn vị đăng ký'))));
    for (const r of approved) {
      const state = cell(reg, r, 'Kế hoạch thực hiện') === '' ? 'Quá hạn' : 'Đã nộp';
      expect(String(cell(reg, r, 'Tiến độ')).split('\n')[0]).toBe(`Xây dựng kế hoạch: ${state}`);
    }
    const log = sheet(back, 'Nhật ký').values.filter((r) => r[1] === 'Gửi nhắc nhở' && String(r[3]).startsWith('Mã nhắc: bc-xay-dung-ke-hoach/'));
    expect(new Set(log.map((r) => normalizeName(r[2])))).toEqual(missingUnits);
    expect(log.length).toBe(missingUnits.size);
    expect(result.documents?.report.document.name).toBe('Báo cáo xây dựng kế hoạch - 18/01/2026');

    const third = await tmp();
    const again = await runJob({ workbook: path.join(second, 'dang-ky.xlsx'), today: '2026-01-18', outDir: third });
    expect(again.reminders.sent + again.reminders.skipped).toBe(0);
    const back3 = await readWorkbookXlsx(path.join(third, 'dang-ky.xlsx'));
    expect(sheet(back3, 'Đăng ký').values).toEqual(reg.values);
    expect(sheet(back3, 'Đăng ký').backgrounds).toEqual(reg.backgrounds);
  });
});
