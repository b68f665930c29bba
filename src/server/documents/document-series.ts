/**
 * A series of documents made one Drive call each, that may outlast Apps Script's 6 minutes:
 * it starts where an interrupted run of the same input stopped (the record's fingerprint
 * matches), stops starting documents once the budget is used, and then records where it
 * stopped and schedules the one-off trigger that continues (continuation.ts). When it ends,
 * the record is removed. Used by the approval notices, the commendations and the commitments.
 */
import { parseProgress, removeContinuationTriggers, scheduleContinuation, type NoticeProgress } from './continuation';
import type { DocumentStore } from './document-store';

export interface SeriesRun {
  /** The first document of this run (0 unless it continues an interrupted series). */
  start: number;
  /** The first document not made (= total when the series is complete). */
  next: number;
  total: number;
  complete: boolean;
}

/** Whether an interrupted series waits under `progressKey`. */
export function seriesPending(store: DocumentStore, progressKey: string): boolean {
  return parseProgress(store.property(progressKey)) !== undefined;
}

/**
 * Makes documents `start…total-1` with `make(i)` until `budgetMs` after `started` is used
 * (at least one document a run), then records the progress or clears it.
 */
export function runSeries(
  store: DocumentStore,
  options: {
    progressKey: string; handler: string; fingerprint: string; total: number; started: number; budgetMs: number;
    /** Kept in the record for the continuation (the notices' "one per unit" choice). */
    perUnit?: boolean;
  },
  make: (index: number) => void,
): SeriesRun {
  const { progressKey, handler, fingerprint, total } = options;
  const progress = parseProgress(store.property(progressKey));
  const start = progress && progress.fingerprint === fingerprint && progress.next < total ? progress.next : 0;
  let next = start;
  for (; next < total; next++) {
    if (next > start && Date.now() - options.started > options.budgetMs) break;
    make(next);
  }
  const complete = next >= total;
  if (complete) store.deleteProperty(progressKey);
  else {
    const record: NoticeProgress = { fingerprint, next, total, perUnit: options.perUnit ?? false };
    store.setProperty(progressKey, JSON.stringify(record));
    scheduleContinuation(handler);
  }
  return { start, next, total, complete };
}

/**
 * The continuation trigger's run of a series. If it cannot run (another action holds the
 * lock), the series is not left stalled: a new continuation is scheduled before the error
 * is reported.
 */
export function continueSeries<T>(progressKey: string, handler: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (PropertiesService.getDocumentProperties().getProperty(progressKey)) {
      removeContinuationTriggers(handler);
      scheduleContinuation(handler);
    }
    throw error;
  }
}
