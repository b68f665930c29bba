/**
 * `npm start`'s job end to end: the embedded default writes a coloured workbook and the
 * sidebar; a run on that output (as if downloaded from Google Sheets) continues from it
 * exactly as the next run on Google would; a Google-style export is read, set up and checked.
 */
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { runJob } from '../../src/local/cli/run-job';
import { formatSummary } from '../../src/local/cli/print-summary';
import { writeGoogleStyleExport } from '../fixtures/google-export';
import { cell, col, sheet } from '../support/bundle';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'thi-dua-'));

describe('npm start', () => {
  it('runs the embedded default and writes the coloured workbook and the sidebar', async () => {
    const out = await tmp();
    const result = await runJob({ outDir: out });
    expect(existsSync(path.join(out, 'dang-ky.xlsx'))).toBe(true);
    expect(existsSync(path.join(out, 'sidebar.html'))).toBe(true);
    expect(result.dashboard.unitCounts).toEqual({ 'Không đăng ký': 5, 'Chưa đăng ký': 0, 'Cần bổ sung': 2, 'Trễ hạn': 4, 'Đúng hạn': 21 });
    const summary = formatSummary(result);
    expect(summary).toContain('Đơn vị (32)');
    expect(summary).toContain('Không đăng ký        5');

    const back = await readWorkbookXlsx(path.join(out, 'dang-ky.xlsx'));
    const reg = sheet(back, 'Đăng ký');
    expect(cell(reg, 2, 'Kết quả kiểm tra')).toBe('Hợp lệ');
    expect(reg.backgrounds[1][0]).toBe('#d9ead3');
    expect(reg.notes.flat().some((n) => n.startsWith('[Thi đua] '))).toBe(true);
    const units = sheet(back, 'Đơn vị');
    expect(units.values.slice(1).filter((r) => r[col(units, 'Trạng thái')] === 'Không đăng ký')).toHaveLength(5);
  });

  it('continues from its own output: same ids and links, documents updated in place, the log grows by the check and the documents', async () => {
    const first = await tmp();
    await runJob({ outDir: first });
    const second = await tmp();
    const result = await runJob({ workbook: path.join(first, 'dang-ky.xlsx'), today: '2025-12-20', outDir: second });
    expect(result.setup.createdSheets).toEqual([]);
    const a = await readWorkbookXlsx(path.join(first, 'dang-ky.xlsx'));
    const b = await readWorkbookXlsx(path.join(second, 'dang-ky.xlsx'));
    for (const name of ['Đăng ký', 'Đơn vị', 'Cấu hình', 'Khối', 'Lĩnh vực']) {
      expect(sheet(b, name).values).toEqual(sheet(a, name).values);
      expect(sheet(b, name).backgrounds).toEqual(sheet(a, name).backgrounds);
    }
    const added = sheet(b, 'Nhật ký').values.slice(sheet(a, 'Nhật ký').values.length);
    expect(added.filter((r) => r[1] === 'Kiểm tra và tô màu')).toHaveLength(1);
    const actions = ['Kiểm tra và tô màu', 'Tạo thông báo phê duyệt', 'Tạo báo cáo tổng hợp', 'Tạo hồ sơ khen thưởng'];
    expect(added.filter((r) => !actions.includes(String(r[1])))).toEqual([]);
    expect(added.some((r) => /tạo mới|tạo lại/.test(String(r[3])))).toBe(false);
    expect(result.documents?.docx.length).toBeGreaterThan(2);
    // The rows the sample marked for commendation: their dossier is updated in place (issue 14).
    expect(result.recognition?.result.documents.length).toBeGreaterThan(2);
    // Nothing changed since the first run: every document is as it was (checked, not uploaded again).
    expect(new Set(result.recognition?.result.documents.map((d) => d.status))).toEqual(new Set(['unchanged']));
  });

  it('reads a Google-style export, adds the missing sheets, and reports (never judges) the rows of a sheet that lacks required columns', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'google.xlsx');
    await writeGoogleStyleExport(file);
    const result = await runJob({ workbook: file, today: '2026-01-05', outDir: dir });
    expect(result.setup.createdSheets).toEqual(['Cấu hình', 'Đơn vị', 'Lĩnh vực', 'Nhật ký']);
    const back = await readWorkbookXlsx(path.join(dir, 'dang-ky.xlsx'));
    const reg = sheet(back, 'Đăng ký');
    expect(reg.values[0][0]).toBe('Timestamp');
    // The export has rows but no `Loại đăng ký`, `Lĩnh vực`…: no empty answer column is added, no row is judged.
    expect(reg.values[0]).not.toContain('Lĩnh vực');
    expect(cell(reg, 2, 'Kết quả kiểm tra')).toBe('');
    expect(result.check.structureProblems?.join('\n')).toContain('thiếu cột bắt buộc "Lĩnh vực"');
    expect(formatSummary(result)).toContain('CẤU TRÚC TRANG TÍNH CHƯA ĐÚNG');
    expect(result.reminders.sent).toBe(0);
    expect(result.today).toBe('2026-01-05');
  });

  it('refuses a --today that is not YYYY-MM-DD, in words', async () => {
    await expect(runJob({ today: '20/12/2025', outDir: await tmp() })).rejects.toThrow('--today "20/12/2025" không phải một ngày dạng YYYY-MM-DD');
  });
});
