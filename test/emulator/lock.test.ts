/**
 * LockService (src/local/emulator/lock-service.ts, lock-table.ts): acquiring, timeouts, the
 * "another process" hooks, release at the end of an execution, interleaved executions.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, errorOf, MONDAY_9AM_HANOI, services } from './helpers';

describe('Lock', () => {
  it('tryLock / hasLock / releaseLock, counting acquisitions', () => {
    const s = services();
    const lock = s.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(s.lock.isHeld('document')).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(s.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(s.lock.acquisitions('document')).toBe(2);
    expect(s.lock.acquisitions('script')).toBe(0);
  });

  it('when another process holds it: tryLock is false and waitLock throws after the timeout', () => {
    const s = services();
    s.lock.holdByOther('document');
    const lock = s.globals.LockService.getDocumentLock();
    const start = s.clock.now();
    expect(lock.tryLock(500)).toBe(false);
    expect(s.clock.now() - start).toBe(500);
    expect(errorOf(() => lock.waitLock(30_000)).message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(s.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    s.lock.releaseOther('document');
    expect(lock.tryLock(0)).toBe(true);
  });

  it('another process letting go in time: waitLock waits (on the emulated clock) and succeeds', () => {
    const s = services();
    s.lock.holdByOther('script', { releaseAfterMs: 2000 });
    const lock = s.globals.LockService.getScriptLock();
    const start = s.clock.now();
    expect(lock.tryLock(1000)).toBe(false);
    lock.waitLock(5000);
    expect(lock.hasLock()).toBe(true);
    expect(s.clock.now() - start).toBe(2000);
  });

  it('locks an execution keeps are released when it ends', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    expect(sandbox.call('keepLockAndReturn')).toBe(true);
    expect(sandbox.lock.isHeld('script')).toBe(false);
    expect(sandbox.lock.acquisitions('script')).toBe(1);
  });

  it('whileHeldByOther: an entry point that needs the lock fails, and writes nothing', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    const error = sandbox.lock.whileHeldByOther('document', () => errorOf(() => sandbox.call('withDocumentLock', 10_000)));
    expect(error.message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(error.name).toBe('Exception');
    expect(sandbox.workbook.sheets[0]!.values).toEqual([]);
    expect(sandbox.call('tryDocumentLock', 0)).toBe(true);
  });

  it('beforeNextAcquire: another execution runs to completion first, then ours, one after the other', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    sandbox.lock.beforeNextAcquire('document', () => {
      sandbox.call('withDocumentLock', 1000);
    });
    expect(sandbox.call('withDocumentLock', 1000)).toBe(true);
    expect(sandbox.lock.acquisitions('document')).toBe(2);
    expect(sandbox.globals.SpreadsheetApp.getActiveSheet().getLastRow()).toBe(2);
    expect(sandbox.lock.isHeld('document')).toBe(false);
  });
});
