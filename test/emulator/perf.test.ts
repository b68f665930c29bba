/**
 * Speed of batch reads and writes through the sandbox: 10,000 rows × 25 columns must take
 * well under 100 ms each way (the bench and the real-size tests depend on it).
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, MONDAY_9AM_HANOI } from './helpers';

const ROWS = 10_000;
const COLUMNS = 25;

function best(times: number, fn: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe('10,000 × 25 cells', () => {
  it('setValues and getValues each take well under 100 ms', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    sandbox.workbook.sheets[0]!.maxRows = ROWS;
    const when = new Date(Date.UTC(2025, 11, 1));
    const rows = Array.from({ length: ROWS }, (_, r) =>
      Array.from({ length: COLUMNS }, (_, c) => (c === 0 ? when : c % 3 === 0 ? r * c : `ô ${r}:${c}`)));
    const range = sandbox.globals.SpreadsheetApp.getActiveSheet().getRange(1, 1, ROWS, COLUMNS);
    const write = best(3, () => range.setValues(rows));
    let read: unknown[][] = [];
    const readMs = best(3, () => {
      read = range.getValues();
    });
    expect(read.length).toBe(ROWS);
    expect(read[ROWS - 1]![COLUMNS - 1]).toBe(rows[ROWS - 1]![COLUMNS - 1]);
    expect(write).toBeLessThan(100);
    expect(readMs).toBeLessThan(100);
  });
});
