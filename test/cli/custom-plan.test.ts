/**
 * `runJob` on an .xlsx of a plan the project has never seen (DESIGN.md §4, §12): its own
 * `Câu hỏi` with a question of every kind, a unit restricted by `Lĩnh vực được giao`, a
 * category a group may not send, `Tổng số tối đa` with a `Cơ cấu theo loại` share. Every row
 * gets exactly its status, colour and reasons (each naming its column), every unit its
 * status and colour, and no answer cell changes.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OWNED, ROW_STATUS, ROW_STATUS_COLOR, SHEET, UNIT_HEADER, UNIT_STATUS_COLOR, type RowStatus } from '../../src/core/contract';
import { MSG } from '../../src/core/messages';
import type { WorkbookModel } from '../../src/local/emulator/workbook-model';
import { runJob, type JobResult } from '../../src/local/cli/run-job';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { writeCustomPlanXlsx } from '../fixtures/custom-plan-xlsx';
import { cell, col, sheet } from '../support/bundle';
import { ANSWER_HEADERS, customAnswers, customUnits, customWorkbook, Q, type CustomRow } from '../support/custom-plan';
import { vn } from '../support/workbook-values';

const PN = 'Hội Phụ nữ';
const at = (day: number, n: number) => vn(2026, 3, day, 9, n);
const ROWS: CustomRow[] = [
  /* 0 */ customAnswers('Đoàn Thanh niên', 0, { timestamp: at(1, 0) }),
  /* 1 */ customAnswers('Hội Nông dân', 1, { timestamp: at(1, 1), field: 'Thi đua học tập' }),
  /* 2 */ customAnswers('Trường THCS', 2, { timestamp: at(1, 2), category: 'Tập thể' }),
  /* 3 */ customAnswers('Đoàn Thanh niên', 3, { timestamp: at(2, 0), category: 'Tập thể' }),
  /* 4 */ customAnswers('Công an xã', 4, { timestamp: at(2, 1), category: 'Tập thể' }),
  /* 5 */ customAnswers('Hội Nông dân', 5, { timestamp: at(2, 2), category: 'Tập thể' }),
  /* 6 */ customAnswers('Trường THCS', 6, { timestamp: at(3, 0), members: '1.200' }),
  /* 7 */ customAnswers('Công an xã', 7, { timestamp: at(3, 1), members: '1,5', email: '"Công an xã" <ca@x.vn>', site: 'https://ca.x.example' }),
  /* 8 */ customAnswers(PN, 8, { timestamp: at(4, 0), born: 'hôm qua' }),
  /* 9 */ customAnswers(PN, 9, { timestamp: at(4, 1), members: 'mười' }),
  /* 10 */ customAnswers(PN, 10, { timestamp: at(4, 2), email: 'phunu.x.example' }),
  /* 11 */ customAnswers(PN, 11, { timestamp: at(4, 3), site: 'trang web' }),
  /* 12 */ customAnswers(PN, 12, { timestamp: at(4, 4), sex: 'Nữ giới' }),
  /* 13 */ customAnswers(PN, 13, { timestamp: at(4, 5), rank: 'Trung bình' }),
  /* 14 */ customAnswers(PN, 14, { timestamp: at(4, 6), activities: '' }),
  /* 15 */ customAnswers(PN, 15, { timestamp: at(4, 7), pledge: 'Không' }),
  /* 16 */ customAnswers('Hội Nông dân xã', 16, { timestamp: at(5, 0) }),
  /* 17 */ customAnswers('Đoàn Thanh niên', 0, { timestamp: at(6, 0), name: 'người SỐ  0' }),
  /* 18 */ customAnswers('Hội Nông dân', 18, { timestamp: at(17, 0) }),
  /* 19 */ customAnswers('Trường THCS', 19, { timestamp: at(18, 0) }),
];

/** Status and exact reasons of each row (Tập thể 40 % of 6 → 2; Cá nhân uncapped by share). */
const EXPECTED: Array<[RowStatus, string[]]> = [
  [ROW_STATUS.valid, []],
  [ROW_STATUS.needsFix, [MSG.fieldNotAssigned(Q.field, 'Hội Nông dân', ['Thi đua sản xuất giỏi'])]],
  [ROW_STATUS.needsFix, [MSG.typeNotAllowed('Khối trường học', ['Cá nhân'], Q.category)]],
  [ROW_STATUS.valid, []],
  [ROW_STATUS.valid, []],
  [ROW_STATUS.overQuota, [MSG.categoryCapReached('Tập thể', 2, 40, 6)]],
  [ROW_STATUS.valid, []],
  [ROW_STATUS.valid, []],
  [ROW_STATUS.needsFix, [MSG.badDate(Q.born, 'hôm qua')]],
  [ROW_STATUS.needsFix, [MSG.notANumber(Q.members, 'mười')]],
  [ROW_STATUS.needsFix, [MSG.notAnEmail(Q.email, 'phunu.x.example')]],
  [ROW_STATUS.needsFix, [MSG.notALink(Q.site, 'trang web')]],
  [ROW_STATUS.needsFix, [MSG.notAChoice(Q.sex, 'Nữ giới', ['Nam', 'Nữ'])]],
  [ROW_STATUS.needsFix, [MSG.notAChoice(Q.rank, 'Trung bình', ['Xuất sắc', 'Tốt', 'Khá'])]],
  [ROW_STATUS.needsFix, [MSG.missingAnswer(Q.activities)]],
  [ROW_STATUS.needsFix, [MSG.pledgeRefused(Q.pledge, 'Không', 'mô hình, phong trào, việc làm')]],
  [ROW_STATUS.needsFix, [MSG.unitNotInRoster('Hội Nông dân', Q.unit)]],
  [ROW_STATUS.duplicate, [MSG.duplicateOf(2)]],
  [ROW_STATUS.late, [MSG.lateBy({ year: 2026, month: 3, day: 17 }, { year: 2026, month: 3, day: 15 }, 2)]],
  [ROW_STATUS.overQuota, [MSG.totalCapReached(6)]],
];

const UNITS: Record<string, string> = {
  'Đoàn Thanh niên': 'Đúng hạn', 'Hội Nông dân': 'Trễ hạn', 'Trường THCS': 'Đúng hạn', 'Công an xã': 'Đúng hạn',
  [PN]: 'Cần bổ sung', 'Ban Văn hóa': 'Không đăng ký',
};

const answerCells = (model: WorkbookModel) => {
  const s = sheet(model, SHEET.registrations);
  const cols = ANSWER_HEADERS.map((h) => col(s, h));
  return s.values.map((row) => cols.map((c) => { const v = row[c] ?? ''; return v instanceof Date ? v.getTime() : v; }));
};

describe('runJob on a workbook of a plan never seen before', () => {
  let job: JobResult;
  let before: WorkbookModel;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'custom-plan-'));
    const units = customUnits([['PN', PN, 'Khối đoàn thể', 'pn@x.example', '', '', '', '', ''], ['BVH', 'Ban Văn hóa', 'Khối đoàn thể', '', '', '', '', '', '']]);
    const file = path.join(dir, 'ke-hoach-moi.xlsx');
    await writeCustomPlanXlsx(customWorkbook(ROWS, {
      units, config: { 'Tổng số tối đa': 6, 'Cơ cấu theo loại': 'Tập thể 40%', 'Tên gọi': '' },
    }), file);
    before = await readWorkbookXlsx(file);
    job = await runJob({ workbook: file, today: '2026-03-20', outDir: path.join(dir, 'out') });
  }, 120_000);

  const reg = () => sheet(job.model, SHEET.registrations);

  it('marks every row with exactly its status and reasons, each naming its column', () => {
    const actual = ROWS.map((_, i) => [
      cell(reg(), i + 2, OWNED.result), String(cell(reg(), i + 2, OWNED.details)).split('\n').filter(Boolean),
    ]);
    expect(actual).toEqual(EXPECTED);
  });

  it('colours each whole row with the colour of its status', () => {
    EXPECTED.forEach(([status], i) => {
      expect(new Set(reg().backgrounds[i + 1]), `row ${i}`).toEqual(new Set([ROW_STATUS_COLOR[status]]));
    });
  });

  it('gives every unit its status and colour', () => {
    const units = sheet(job.model, SHEET.units);
    for (const [name, status] of Object.entries(UNITS)) {
      const r = units.values.findIndex((row) => row[col(units, UNIT_HEADER.name)] === name);
      expect(`${name}: ${units.values[r][col(units, UNIT_HEADER.status)]}`).toBe(`${name}: ${status}`);
      expect(units.backgrounds[r][col(units, UNIT_HEADER.name)]).toBe(UNIT_STATUS_COLOR[status as keyof typeof UNIT_STATUS_COLOR]);
    }
  });

  it('changes no answer cell', () => {
    expect(answerCells(job.model)).toEqual(answerCells(before));
  });
});
