/** A registration at 23:59 on the deadline day stays 23:59 on that day through .xlsx. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { readWorkbookXlsx, writeWorkbookXlsx } from '../../src/local/xlsx';
import { tempDir } from './helpers';

let dir = '';
let cleanup = async (): Promise<void> => {};
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** dd/MM/yyyy HH:mm of an instant in Asia/Ho_Chi_Minh. */
function vnText(instant: Date): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', hourCycle: 'h23',
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

it('23:59 on 15/12/2025 in Asia/Ho_Chi_Minh is written as that wall time and read back as the same instant', async () => {
  const submitted = new Date(Date.UTC(2025, 11, 15, 16, 59)); // 23:59 in UTC+7
  const model = newWorkbookModel('Hạn đăng ký');
  model.sheets[0].values = [['Dấu thời gian'], [submitted]];
  const file = path.join(dir, 'deadline.xlsx');
  await writeWorkbookXlsx(model, file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cell = workbook.getWorksheet('Trang tính1')!.getCell('A2');
  expect(cell.value).toEqual(new Date(Date.UTC(2025, 11, 15, 23, 59))); // the wall time, no zone
  expect(cell.numFmt).toBe('dd/mm/yyyy hh:mm:ss');

  const back = await readWorkbookXlsx(file);
  const read = back.sheets[0].values[1][0] as Date;
  expect(read).toEqual(submitted);
  expect(vnText(read)).toBe('15/12/2025 23:59');
});

it('a date at local midnight is a whole-day serial with a date-only format', async () => {
  const midnight = new Date(Date.UTC(2025, 11, 14, 17, 0)); // 00:00 on 15/12/2025 in UTC+7
  const model = newWorkbookModel();
  model.sheets[0].values = [[midnight]];
  const file = path.join(dir, 'midnight.xlsx');
  await writeWorkbookXlsx(model, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cell = workbook.getWorksheet('Trang tính1')!.getCell('A1');
  expect(cell.numFmt).toBe('dd/mm/yyyy');
  expect(cell.value).toEqual(new Date(Date.UTC(2025, 11, 15)));
  expect((await readWorkbookXlsx(file)).sheets[0].values[0][0]).toEqual(midnight);
});
