/** The demo's form responses (hostile text, 50,000 characters, spaces, serials) survive .xlsx unchanged. */
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ANSWER, ANSWER_KEYS, SHEET } from '../../src/core/contract';
import { newSheetModel, newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { SAMPLE_RESPONSES } from '../../src/local/cli/sample-data';
import { readWorkbookXlsx, writeWorkbookXlsx } from '../../src/local/xlsx';
import { tempDir } from './helpers';

let dir = '';
let cleanup = async (): Promise<void> => {};
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

it('writes and reads back every sample response cell as it was', async () => {
  const sheet = newSheetModel(SHEET.registrations, 0);
  sheet.frozenRows = 1;
  sheet.values = [
    ANSWER_KEYS.map((key) => ANSWER[key]),
    ...SAMPLE_RESPONSES.map((response) => ANSWER_KEYS.map((key) => response[key] ?? '')),
  ];
  const model = newWorkbookModel('Đăng ký thi đua');
  model.sheets = [sheet];
  const file = path.join(dir, 'dang-ky.xlsx');
  await writeWorkbookXlsx(model, file);

  const back = await readWorkbookXlsx(file);
  expect(back.sheets[0].values).toEqual(sheet.values);
  expect(back.sheets[0].formulas.flat().every((f) => f === '')).toBe(true);
});
