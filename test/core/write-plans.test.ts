/** What a check writes: owned columns only, Chờ duyệt where empty, stable ids, notes, idempotence. */
import { describe, expect, it } from 'vitest';
import { ANSWER, OWNED_HEADERS } from '../../src/core/contract';
import { checkWorkbook } from '../../src/core/check-workbook';
import { nextRegistrationIds, planRegistrationWrites } from '../../src/core/plan-registration-writes';
import { planUnitWrites } from '../../src/core/plan-unit-writes';
import { asPlainText, contiguousBlocks, mergeNote, NOTE_MARK } from '../../src/core/write-plan';
import { answers, registrationRows, TODAY_AFTER, TZ, workbook } from '../support/workbook-values';

const answerCount = Object.keys(ANSWER).length;

/** Applies a plan to a copy of the values/notes the way the adapter would. */
function apply(values: unknown[][], notes: string[][], plan: ReturnType<typeof planRegistrationWrites>) {
  const v = values.map((r) => [...r, ...Array(plan.width - r.length).fill('')]);
  for (const c of plan.columns) c.cells.forEach((cell, r) => { v[r][c.column] = cell; });
  const n = plan.notes ? [notes[0] ?? [], ...plan.notes] : notes;
  return { values: v, notes: n };
}

function emptyNotes(values: unknown[][]): string[][] {
  return values.map((r) => r.map(() => ''));
}

describe('registration write plan', () => {
  const rows = [answers('Ban Xây dựng Đảng'), answers('Ban Xây dựng Đảng', { title: 'Khác', scale: '' })];

  it('writes only owned columns, never an answer column', () => {
    const values = workbook(rows).registrations!;
    const plan = planRegistrationWrites(values, emptyNotes(values), checkWorkbook(workbook(rows), TZ, TODAY_AFTER));
    expect(plan.columns.length).toBeGreaterThan(0);
    for (const c of plan.columns) expect(c.column).toBeGreaterThanOrEqual(answerCount);
  });

  it('fills Chờ duyệt only where Trạng thái phê duyệt is empty', () => {
    const values = workbook(rows).registrations!;
    const approvalCol = values[0].indexOf('Trạng thái phê duyệt');
    values[1][approvalCol] = 'Đã duyệt';
    const plan = planRegistrationWrites(values, emptyNotes(values), checkWorkbook({ ...workbook(rows), registrations: values }, TZ, TODAY_AFTER));
    const approval = plan.columns.find((c) => c.column === approvalCol)!;
    expect(approval.cells).toEqual(['Trạng thái phê duyệt', 'Đã duyệt', 'Chờ duyệt']);
  });

  it('creates missing owned columns at the right, with their headers', () => {
    const values = registrationRows(rows, false);
    const plan = planRegistrationWrites(values, emptyNotes(values), checkWorkbook({ ...workbook(rows), registrations: values }, TZ, TODAY_AFTER));
    expect(plan.width).toBe(answerCount + OWNED_HEADERS.length);
    expect(plan.columns.map((c) => c.cells[0])).toEqual(OWNED_HEADERS);
    expect(plan.columns.map((c) => c.column)).toEqual(OWNED_HEADERS.map((_, i) => answerCount + i));
  });

  it('colours the whole row and notes the invalid cell', () => {
    const values = workbook(rows).registrations!;
    const plan = planRegistrationWrites(values, emptyNotes(values), checkWorkbook(workbook(rows), TZ, TODAY_AFTER));
    expect(new Set(plan.backgrounds![0])).toEqual(new Set(['#d9ead3']));
    expect(new Set(plan.backgrounds![1])).toEqual(new Set(['#f4cccc']));
    const scaleCol = values[0].indexOf('Quy mô');
    expect(plan.notes![1][scaleCol]).toBe(`${NOTE_MARK}Quy mô: chưa điền.`);
    expect(plan.notes![0].every((n) => n === '')).toBe(true);
  });

  it('gives each row an id once and keeps it on later runs', () => {
    const first = workbook(rows);
    const plan1 = planRegistrationWrites(first.registrations!, emptyNotes(first.registrations!), checkWorkbook(first, TZ, TODAY_AFTER));
    const after1 = apply(first.registrations!, emptyNotes(first.registrations!), plan1);
    const idCol = after1.values[0].indexOf('Mã đăng ký');
    expect([after1.values[1][idCol], after1.values[2][idCol]]).toEqual(['DK-2026-0001', 'DK-2026-0002']);
    // A new response arrives; earlier ids stay, the new one continues the sequence.
    after1.values.push(registrationRows([answers('Chi bộ thôn 1')])[1].map((v, i) => (i < answerCount ? v : '')));
    after1.notes.push(after1.values[3].map(() => ''));
    const second = { ...first, registrations: after1.values };
    const plan2 = planRegistrationWrites(after1.values, after1.notes, checkWorkbook(second, TZ, TODAY_AFTER));
    const after2 = apply(after1.values, after1.notes, plan2);
    expect(after2.values.slice(1).map((r) => r[idCol])).toEqual(['DK-2026-0001', 'DK-2026-0002', 'DK-2026-0003']);
  });

  it('plans nothing on a second run over its own result', () => {
    const first = workbook(rows);
    const notes = emptyNotes(first.registrations!);
    const after = apply(first.registrations!, notes, planRegistrationWrites(first.registrations!, notes, checkWorkbook(first, TZ, TODAY_AFTER)));
    const again = planRegistrationWrites(after.values, after.notes, checkWorkbook({ ...first, registrations: after.values }, TZ, TODAY_AFTER));
    expect(again.columns).toEqual([]);
    expect(again.notes).toBeUndefined();
  });

  it("never writes user text as a formula in Chi tiết", () => {
    const hostile = [answers('=HYPERLINK("http://x";"y")')];
    const values = workbook(hostile).registrations!;
    const plan = planRegistrationWrites(values, emptyNotes(values), checkWorkbook(workbook(hostile), TZ, TODAY_AFTER));
    for (const c of plan.columns) for (const cell of c.cells) expect(String(cell)).not.toMatch(/^=/);
  });
});

describe('notes', () => {
  it("keeps a user's own note and replaces only the add-in's part", () => {
    const withOurs = mergeNote('Gọi lại cho đ/c Hùng', ['Quy mô: chưa điền.']);
    expect(withOurs).toBe(`Gọi lại cho đ/c Hùng\n\n${NOTE_MARK}Quy mô: chưa điền.`);
    expect(mergeNote(withOurs, [])).toBe('Gọi lại cho đ/c Hùng');
    expect(mergeNote(withOurs, ['X'])).toBe(`Gọi lại cho đ/c Hùng\n\n${NOTE_MARK}X`);
  });
});

describe('helpers', () => {
  it('groups adjacent columns into one block per run', () => {
    const blocks = contiguousBlocks([{ column: 5, cells: ['a', 1] }, { column: 3, cells: ['b', 2] }, { column: 4, cells: ['c', 3] }]);
    expect(blocks).toEqual([{ column: 3, rows: [['b', 'c', 'a'], [2, 3, 1]] }]);
  });

  it('continues the id sequence of the plan year only', () => {
    expect(nextRegistrationIds(['DK-2026-0007', 'DK-2025-0100', 'x'], 2, 2026)).toEqual(['DK-2026-0008', 'DK-2026-0009']);
  });

  it('makes text that looks like a formula plain text', () => {
    expect(asPlainText('=1+1')).toBe("'=1+1");
    expect(asPlainText('Quy mô')).toBe('Quy mô');
  });
});

describe('unit write plan', () => {
  it('writes count and status, stamps Cập nhật lúc only when they change, and colours unit rows', () => {
    const values = workbook([answers('Ban Xây dựng Đảng')]);
    const outcome = checkWorkbook(values, TZ, TODAY_AFTER);
    const now = new Date(Date.UTC(2025, 11, 20, 2));
    const plan = planUnitWrites(values.units!, [], outcome.units, now);
    const byHeader = new Map(plan.columns.map((c) => [c.cells[0], c.cells]));
    expect(byHeader.get('Số đăng ký hợp lệ')!.slice(1)).toEqual([1, 0, 0, 0]);
    expect(byHeader.get('Trạng thái')!.slice(1)).toEqual(['Đúng hạn', 'Không đăng ký', 'Không đăng ký', 'Không đăng ký']);
    expect(byHeader.get('Cập nhật lúc')!.slice(1)).toEqual([now, now, now, now]);
    expect(plan.backgrounds![0][0]).toBe('#d9ead3');
    expect(plan.backgrounds![1][0]).toBe('#ea9999');

    const applied = values.units!.map((r, i) => [...r, ...plan.columns.map((c) => c.cells[i])]);
    const again = planUnitWrites(applied, [[], ...plan.backgrounds!], outcome.units, new Date());
    expect(again.columns).toEqual([]);
    expect(again.backgrounds).toBeUndefined();
  });
});
