/**
 * `checkRegistrations` through the built bundle in the emulation, on the embedded demo:
 * the results, colours and notes the sheet ends with, what it must never touch, and that
 * a second run changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ROW_STATUS_COLOR, UNIT_STATUS_COLOR } from '../../src/core/contract';
import { CheckResponseSchema } from '../../src/core/dto';
import { NOTE_MARK } from '../../src/core/write-plan';
import type { Sandbox } from '../../src/local/emulator';
import { SAMPLE_RESPONSES } from '../../src/local/cli/sample-data';
import { answerSnapshot, cell, col, demoSandbox, modelSnapshot, sheet } from '../support/bundle';

/** Sheet row of sample response `i` (row 1 is the header). */
const rowOfSample = (i: number) => i + 2;

describe('checkRegistrations on the embedded demo', () => {
  let sb: Sandbox;
  let answersBefore: unknown[][];
  let reply: unknown;

  beforeAll(() => {
    sb = demoSandbox();
    answersBefore = answerSnapshot(sb.workbook);
    reply = sb.call('checkRegistrations');
  });

  const reg = () => sheet(sb.workbook, 'Đăng ký');
  const units = () => sheet(sb.workbook, 'Đơn vị');
  const result = (i: number) => cell(reg(), rowOfSample(i), 'Kết quả kiểm tra');
  const details = (i: number) => String(cell(reg(), rowOfSample(i), 'Chi tiết'));

  it('returns a plain result the sidebar can show', () => {
    const parsed = CheckResponseSchema.parse(JSON.parse(JSON.stringify(reply)));
    expect(parsed.ok).toBe(true);
    expect(parsed.message).toMatch(/^Đã kiểm tra 45 đăng ký: 27 hợp lệ, 5 trễ hạn, 11 cần bổ sung, 2 trùng lặp hoặc vượt số lượng\./);
  });

  it('writes a result on every response row', () => {
    for (let i = 0; i < SAMPLE_RESPONSES.length; i++) expect(result(i)).not.toBe('');
  });

  it('gives the rule-breaking rows their status and reason', () => {
    expect(result(13)).toBe('Cần bổ sung');
    expect(details(13)).toBe('Đơn vị đăng ký: Không có trong danh sách đơn vị. Có phải "Chi bộ thôn 1"?');
    expect(details(11)).toBe('Loại đăng ký: Khối Ban Đảng chỉ được đăng ký Việc làm.');
    expect(details(20)).toContain('"12/31/2026" không phải ngày hợp lệ');
    expect(result(33)).toBe('Trùng lặp');
    expect(result(32)).toBe('Vượt số lượng');
    expect(result(35)).toBe('Hợp lệ');
    expect(result(38)).toBe('Hợp lệ');
    expect([39, 40, 41, 43, 44].map(result)).toEqual(Array(5).fill('Trễ hạn'));
    expect(result(42)).toBe('Hợp lệ');
  });

  it('colours the whole row with its status colour, extra columns included', () => {
    const s = reg();
    for (const i of [13, 33, 32, 39, 0]) {
      const colour = ROW_STATUS_COLOR[result(i) as keyof typeof ROW_STATUS_COLOR];
      expect(new Set(s.backgrounds[rowOfSample(i) - 1])).toEqual(new Set([colour]));
    }
  });

  it('puts a note with the reason on the invalid cell only', () => {
    const s = reg();
    const r = rowOfSample(18) - 1; // `Quy mô` missing
    expect(s.notes[r][col(s, 'Quy mô')]).toBe(`${NOTE_MARK}Quy mô: chưa điền.`);
    expect(s.notes[r].filter((n) => n !== '')).toHaveLength(1);
    expect((s.notes[rowOfSample(0) - 1] ?? []).every((n) => !n)).toBe(true);
  });

  it('fills Chờ duyệt and a unique Mã đăng ký on every row', () => {
    const s = reg();
    const ids = SAMPLE_RESPONSES.map((_, i) => cell(s, rowOfSample(i), 'Mã đăng ký'));
    expect(new Set(ids).size).toBe(SAMPLE_RESPONSES.length);
    expect(ids[0]).toBe('DK-2026-0001');
    expect(SAMPLE_RESPONSES.every((_, i) => cell(s, rowOfSample(i), 'Trạng thái phê duyệt') === 'Chờ duyệt')).toBe(true);
  });

  it('never changes an answer cell', () => {
    expect(answerSnapshot(sb.workbook)).toEqual(answersBefore);
  });

  it('never writes user text as a formula', () => {
    for (const s of sb.workbook.sheets) for (const row of s.formulas) for (const f of row ?? []) expect(f).toBe('');
  });

  it('writes each unit its count, status and colour', () => {
    const u = units();
    const byName = (name: string) => {
      const r = u.values.findIndex((row) => row[col(u, 'Tên đơn vị')] === name) + 1;
      return { status: cell(u, r, 'Trạng thái'), count: cell(u, r, 'Số đăng ký hợp lệ'), bg: u.backgrounds[r - 1][0] };
    };
    expect(byName('Văn phòng Đảng ủy')).toEqual({ status: 'Không đăng ký', count: 0, bg: UNIT_STATUS_COLOR['Không đăng ký'] });
    expect(byName('Chi bộ Công an')).toMatchObject({ status: 'Đúng hạn', count: 1 });
    expect(byName('Hội Chữ thập đỏ')).toMatchObject({ status: 'Đúng hạn' });
    const statuses = u.values.slice(1).map((row) => row[col(u, 'Trạng thái')]);
    expect(statuses.filter((s) => s === 'Không đăng ký')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'Trễ hạn')).toHaveLength(4);
  });

  it('appends one line to Nhật ký', () => {
    const log = sheet(sb.workbook, 'Nhật ký');
    const lines = log.values.slice(1).filter((r) => r[1] === 'Kiểm tra và tô màu');
    expect(lines).toHaveLength(1);
    expect(String(lines[0][3])).toContain('Đã kiểm tra 45 đăng ký');
  });

  it('changes nothing when run a second time (only a new log line)', () => {
    const withoutLog = () => modelSnapshot({ ...sb.workbook, sheets: sb.workbook.sheets.filter((s) => s.name !== 'Nhật ký') });
    const before = withoutLog();
    const logRows = sheet(sb.workbook, 'Nhật ký').values.length;
    sb.call('checkRegistrations');
    expect(withoutLog()).toBe(before);
    expect(sheet(sb.workbook, 'Nhật ký').values.length).toBe(logRows + 1);
  });
});
