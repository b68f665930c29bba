/**
 * Every write happens under the document lock (DESIGN.md §9): a staff run and a form
 * submission at the same moment both complete, one after the other.
 */
import { MSG } from '../core/messages';
import { UserFacingError } from './user-facing-error';

/** How long an action waits for another one to finish before giving up. */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserFacingError(MSG.lockBusy());
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
