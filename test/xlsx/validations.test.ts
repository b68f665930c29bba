/** List rules: inline lists, lists that must go to `_thidua_lists`, and range references. */
import { describe, expect, it } from 'vitest';
import { columnLetters, fromExcelValidation, ListFormulas, type RangeReader } from '../../src/local/xlsx/validations';

describe('list validations', () => {
  it('writes short lists inline, quoting quotes, and others as one range each', () => {
    const formulas = new ListFormulas();
    expect(formulas.formulaFor(['Có', 'Không'])).toBe('"Có,Không"');
    expect(formulas.formulaFor(['Ô "A"'])).toBe('"Ô ""A"""');
    const withComma = ['Khối Ban Đảng', 'Khối Mặt trận, đoàn thể'];
    expect(formulas.formulaFor(withComma)).toBe("'_thidua_lists'!$A$1:$A$2");
    expect(formulas.formulaFor(['x'.repeat(300)])).toBe("'_thidua_lists'!$B$1:$B$1");
    expect(formulas.formulaFor([...withComma])).toBe("'_thidua_lists'!$A$1:$A$2");
    expect(formulas.sheetLists).toEqual([withComma, ['x'.repeat(300)]]);
  });

  it('resolves cell ranges, quoted sheet names and whole columns through the reader', () => {
    const calls: unknown[] = [];
    const reader: RangeReader = (...args) => (calls.push(args), ['x']);
    const list = (formula: string) => fromExcelValidation({ type: 'list', formulae: [formula] }, reader);
    expect(list('Khối!$A$2:$A$6')?.values).toEqual(['x']);
    expect(list("'Đơn vị (2026)'!B2:C9")?.values).toEqual(['x']);
    expect(list('$D$1')?.values).toEqual(['x']);
    expect(list('Khối!$A:$A')?.values).toEqual(['x']);
    expect(list('UnitNames')).toBeNull();
    expect(calls).toEqual([
      ['Khối', 2, 1, 6, 1],
      ['Đơn vị (2026)', 2, 2, 9, 3],
      [undefined, 1, 4, 1, 4],
      ['Khối', 1, 1, 1_048_576, 1],
    ]);
    expect(fromExcelValidation({ type: 'whole', formulae: [1, 5] }, reader)).toBeNull();
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
