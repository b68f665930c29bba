/**
 * Issue 12, item 8: the command line speaks Vietnamese and never hangs. Each wrong command
 * or unusable file gets one sentence naming the file or flag and what to do — exit code 2
 * for usage, 1 for the rest, no stack trace; the default --today is the date in the
 * spreadsheet's time zone; only the reminders due on that day go out; setup's result is printed.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatSummary } from '../../src/local/cli/print-summary';
import { runJob } from '../../src/local/cli/run-job';
import { demoWorkbook, tmp } from './hostile-helpers';

const ROOT = path.resolve(__dirname, '../..');

/** Runs `main.ts` with `args`; resolves with the exit code and output (killed after 60 s = a hang). */
function cli(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/cli/main.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    let hung = false;
    const timer = setTimeout(() => { hung = true; child.kill('SIGKILL'); }, 60_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stderr, stdout, hung }); });
  });
}

describe('wrong commands and unusable files', () => {
  it('each gets one Vietnamese sentence naming the file or flag, exit 2 for usage and 1 for the rest, and no hang', async () => {
    const dir = await tmp();
    const folder = path.join(dir, 'thu-muc');
    await mkdir(folder);
    const xls = path.join(dir, 'cu.xls');
    await writeFile(xls, 'not really');
    const corrupt = path.join(dir, 'hong.xlsx');
    await writeFile(corrupt, 'đây không phải tệp xlsx');
    const badZone = path.join(dir, 'mui-gio.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang tính1').getCell('A1').value = 'x';
    const props = wb.addWorksheet('_thidua_properties', { state: 'hidden' });
    props.addRow(['key', 'value']);
    props.addRow(['__timeZone__', 'Sao Hỏa/Căn cứ']);
    await wb.xlsx.writeFile(badZone);
    const out = path.join(dir, 'ra');
    const cases: Array<[string[], number, string]> = [
      [['--workbook', path.join(dir, 'khong-co.xlsx'), '--out', out], 1, `Không tìm thấy tệp "${path.join(dir, 'khong-co.xlsx')}"`],
      [['--workbook', folder, '--out', out], 1, `"${folder}" (--workbook) là một thư mục`],
      [['--workbook', xls, '--out', out], 1, `Tệp "${xls}" là định dạng .xls cũ`],
      [['--workbook', corrupt, '--out', out], 1, `Tệp "${corrupt}" không phải bảng tính .xlsx đọc được`],
      [['--workbook', badZone, '--out', out], 1, 'múi giờ "Sao Hỏa/Căn cứ" không hợp lệ'],
      [['--out', '/proc/x'], 1, 'Không ghi được vào thư mục "/proc/x"'],
      [['--today', '2025-13-01'], 2, '--today "2025-13-01" không phải một ngày'],
      [['--today', '0001-01-01'], 2, '--today "0001-01-01" không phải một ngày'],
      [['--khong-biet'], 2, 'Không có tùy chọn "--khong-biet"'],
      [['--today'], 2, 'Tùy chọn "--today" cần một giá trị'],
      [['dang-ky.xlsx'], 2, 'Không hiểu "dang-ky.xlsx"'],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    results.forEach((r, i) => {
      const [args, code, sentence] = cases[i];
      expect(r.hung, args.join(' ')).toBe(false);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
      expect(r.stderr.split('\n')[0], args.join(' ')).toContain(sentence);
      expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+|Error:|must be|already exists|not found/i);
    });
  }, 180_000);
});

describe('the day and the reminders of a run', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('without --today, runs on the date in the spreadsheet\'s time zone (06:30 in Vietnam is not yesterday)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-12-19T23:30:00Z'));
    const result = await runJob({ workbook: await demoWorkbook(), outDir: await tmp() });
    expect(result.today).toBe('2025-12-20');
    expect(formatSummary(result)).toContain('Khởi tạo bảng tính: ');
  });

  it('sends the reminders due on that day, never before their first scheduled day', async () => {
    const early = await runJob({ workbook: await demoWorkbook(), today: '2025-12-01', outDir: await tmp() });
    expect(early.reminders.sent + early.reminders.skipped).toBe(0);
    const scheduled = await runJob({ workbook: await demoWorkbook(), today: '2025-12-08', outDir: await tmp() });
    expect(scheduled.reminders.sent + scheduled.reminders.skipped).toBeGreaterThan(0);
  });
});
