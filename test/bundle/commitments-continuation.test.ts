/**
 * `Tạo bản cam kết thi đua` on a commune whose commitments outlast Apps Script's 6 minutes
 * (every Drive import slow): the run stops at the time budget between two documents, says
 * so, and schedules a one-off continuation; the continuations finish the series and remove
 * their trigger; the documents are those of one uninterrupted run (same names, one each);
 * a run over nothing new then changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/local/emulator';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { appendSampleRows, typeUnitDetails } from '../../src/local/cli/demo-workbook';
import { SAMPLES } from '../../src/local/cli/samples';
import { morningOf } from '../support/bundle';

const SAMPLE = SAMPLES['dot-thi-dua'];
const PROGRESS = 'thiDua.commitments.progress';

interface Reply { ok: boolean; message: string; complete: boolean; remaining: number; documents: Array<{ name: string; status: string }> }

function commune(callLatencyMs?: Record<string, number>): Sandbox {
  const sb = createSandbox({ workbook: newWorkbookModel(SAMPLE.workbookTitle), now: morningOf(SAMPLE.today), ...(callLatencyMs ? { callLatencyMs } : {}) });
  sb.call('setupWorkbook', { source: 'sidebar', preset: SAMPLE.preset });
  typeUnitDetails(sb.workbook, SAMPLE.unitDetails, Object.values(SAMPLE.unitDetails)[0]?.email ?? '');
  appendSampleRows(sb.workbook, SAMPLE.responses);
  sb.call('checkRegistrations');
  return sb;
}

const commitmentDocs = (sb: Sandbox) => sb.drive.files().filter((f) => f.document !== undefined && !f.trashed).map((f) => f.name).sort();
const continuations = (sb: Sandbox) => sb.triggers.list().filter((t) => t.handlerFunction === 'generateCommitments');

describe('commitments that outlast one execution', () => {
  it('stop at the budget, continue by trigger, and end with the documents of one uninterrupted run', () => {
    const whole = commune();
    const uninterrupted = whole.call('generateCommitments', { source: 'sidebar' }) as Reply;
    expect(uninterrupted.ok).toBe(true);
    expect(uninterrupted.complete).toBe(true);
    expect(continuations(whole)).toEqual([]);
    const expected = commitmentDocs(whole);
    // 30 s per Drive call: nine documents fit in the 4.5-minute budget.
    expect(expected.length).toBeGreaterThan(9);

    const sb = commune({ Drive: 30_000 });
    const first = sb.call('generateCommitments', { source: 'sidebar' }) as Reply;
    expect(first.ok).toBe(true);
    expect(first.complete).toBe(false);
    expect(first.remaining).toBeGreaterThan(0);
    expect(first.message).toContain('sẽ được tạo tiếp tự động');
    expect(continuations(sb)).toHaveLength(1);
    let runs = 1;
    while (sb.workbook.documentProperties[PROGRESS]) {
      const fired = sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
      expect(fired.filter((f) => f.error)).toEqual([]);
      runs += fired.length;
      expect(runs).toBeLessThan(10);
    }
    expect(runs).toBeGreaterThan(1);
    expect(continuations(sb)).toEqual([]);
    expect(commitmentDocs(sb)).toEqual(expected);
    const log = sb.workbook.sheets.find((s) => s.name === 'Nhật ký')!.values.filter((r) => r[1] === 'Tạo bản cam kết thi đua');
    expect(log.some((r) => String(r[3]).startsWith('Tiếp tục từ văn bản thứ'))).toBe(true);

    // Nothing new (Drive at its usual speed): every document as it was, no trigger, no new log line.
    const lines = whole.workbook.sheets.find((s) => s.name === 'Nhật ký')!.values.length;
    const again = whole.call('generateCommitments', { source: 'sidebar' }) as Reply;
    expect(again.complete).toBe(true);
    expect(again.documents.every((d) => d.status === 'unchanged')).toBe(true);
    expect(continuations(whole)).toEqual([]);
    expect(whole.workbook.sheets.find((s) => s.name === 'Nhật ký')!.values.length).toBe(lines);
  });

  it('a continuation with nothing left to make says so and makes nothing', () => {
    const sb = commune();
    const reply = sb.run('generateCommitments', { event: { triggerUid: 'x' } }) as Reply;
    expect(reply.ok).toBe(true);
    expect(reply.message).toBe('Không còn bản cam kết nào đang chờ tạo tiếp.');
    expect(commitmentDocs(sb)).toEqual([]);
  });
});
