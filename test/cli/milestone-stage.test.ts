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
