/**
 * DESIGN.md §2: the number of service calls of an action must not grow with the number
 * of rows. Counted in the emulation (deterministic), on synthetic workbooks.
 */
import { describe, expect, it } from 'vitest';
import { syntheticSandbox } from '../../bench/synthetic-workbook';

function checkCalls(units: number, rows: number, runs = 1): Record<string, number> {
  const sb = syntheticSandbox(units, rows);
  for (let i = 1; i < runs; i++) sb.call('checkRegistrations');
  sb.counter.reset();
  sb.call('checkRegistrations');
  return sb.counter.byMethod();
}

describe('service calls of checkRegistrations', () => {
  it('are the same for 100 and 2,000 rows, and for 30 and 300 units', () => {
    const small = checkCalls(30, 100);
    expect(checkCalls(30, 2_000)).toEqual(small);
    expect(checkCalls(300, 2_000)).toEqual(small);
  });

  it('read each sheet once and write in whole blocks', () => {
    const calls = checkCalls(30, 500);
    // One per sheet read: the five of §3 (the log is only appended to), Câu hỏi and Mốc thời gian.
    expect(calls['Range.getValues']).toBe(7);
    expect(calls['Range.setValues']).toBeLessThanOrEqual(4);
    expect(calls['Range.setBackgrounds']).toBe(2);
    expect(calls['Range.setNotes']).toBe(1);
    expect(calls['Range.getValue'] ?? 0).toBe(0);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
  });

  it('write less on a second run over an unchanged sheet', () => {
    const calls = checkCalls(30, 500, 2);
    expect(calls['Range.setValues'] ?? 0).toBe(0);
    expect(calls['Range.setNotes'] ?? 0).toBe(0);
  });
});
