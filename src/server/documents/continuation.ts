/**
 * A long `Tạo thông báo phê duyệt` (hundreds of per-unit notices) that nears Apps Script's
 * 6-minute limit stops between two documents, records where in the document properties and
 * schedules a one-off time-driven trigger that runs the handler again a minute later; that
 * run continues from the recorded document. The record carries a fingerprint of everything
 * the documents are made from (rows, settings, day, choices): if anything changed meanwhile
 * the series starts again, so the documents always end as one uninterrupted run makes them.
 */
import { NOTICE_HANDLER } from '../../core/contract';

/** Where an interrupted series of notices stopped. */
export interface NoticeProgress {
  fingerprint: string;
  /** Index of the next document to make (0 = the consolidated notice). */
  next: number;
  total: number;
  perUnit: boolean;
}

export function parseProgress(value: string | undefined): NoticeProgress | undefined {
  if (!value) return undefined;
  try {
    const p = JSON.parse(value) as NoticeProgress;
    return typeof p.fingerprint === 'string' && Number.isInteger(p.next) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** A 53-bit hash of a text, base 36 (cyrb53): enough to tell two inputs apart. */
export function fingerprintOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** How long after an interrupted run its continuation starts. */
export const CONTINUE_AFTER_MS = 60 * 1000;

/** Deletes the handler's one-off continuation triggers (a fired one stays listed until deleted). */
export function removeContinuationTriggers(handler: string = NOTICE_HANDLER): number {
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() !== handler) continue;
    ScriptApp.deleteTrigger(trigger);
    removed++;
  }
  return removed;
}

export function scheduleContinuation(handler: string = NOTICE_HANDLER): void {
  ScriptApp.newTrigger(handler).timeBased().after(CONTINUE_AFTER_MS).create();
}

/** Whether an entry point's argument is the event of a trigger (time-driven triggers pass `triggerUid`). */
export function isTriggerEvent(arg: unknown): boolean {
  return typeof arg === 'object' && arg !== null && typeof (arg as { triggerUid?: unknown }).triggerUid === 'string';
}
