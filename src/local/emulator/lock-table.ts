/**
 * The state behind LockService: one slot per lock kind (document, script, user), who holds
 * it (an execution of this environment, or "another process" set by a test), how often it
 * was acquired, and the test hooks that stand for other executions. JavaScript here is
 * single-threaded, so "another process" is simulated: it holds the lock until released or
 * until an emulated instant, or it runs to completion just before the script's next attempt.
 */
import type { Env } from './env';

/** The three locks of LockService. */
export type LockKind = 'document' | 'script' | 'user';

/** Marks a slot as held by another process. */
export interface HoldOptions {
  /** The other process lets go this many emulated milliseconds from now (default: never). */
  releaseAfterMs?: number;
}

interface Slot {
  /** Execution id of the holder, 'other' for another process, null when free. */
  owner: number | 'other' | null;
  otherUntil: number | null;
  acquisitions: number;
  beforeNextAcquire: Array<() => void>;
}

/** Test hooks over the emulated locks (exposed as `sandbox.lock`). */
export interface LockHooks {
  /** Marks the lock as held by another process (tryLock fails, waitLock throws). */
  holdByOther(kind: LockKind, options?: HoldOptions): void;
  /** The other process lets go of the lock. */
  releaseOther(kind: LockKind): void;
  /** Runs `fn` (e.g. `() => sandbox.call('x')`) while another process holds the lock. */
  whileHeldByOther<T>(kind: LockKind, fn: () => T): T;
  /**
   * Runs `fn` just before the script's next attempt to take the lock, standing for another
   * execution that got the lock first and ran to completion (fn typically calls another
   * entry point of the sandbox, which takes and releases the lock itself).
   */
  beforeNextAcquire(kind: LockKind, fn: () => void): void;
  /** How many times executions of this environment acquired the lock. */
  acquisitions(kind: LockKind): number;
  /** Whether anyone (an execution or another process) holds the lock now. */
  isHeld(kind: LockKind): boolean;
}

/** Lock slots of one environment. */
export class LockTable implements LockHooks {
  readonly #env: Env;
  readonly #slots: Record<LockKind, Slot> = {
    document: newSlot(),
    script: newSlot(),
    user: newSlot(),
  };

  constructor(env: Env) {
    this.#env = env;
  }

  holdByOther(kind: LockKind, options: HoldOptions = {}): void {
    const slot = this.#slots[kind];
    slot.owner = 'other';
    slot.otherUntil = options.releaseAfterMs === undefined ? null : this.#env.clock.now() + options.releaseAfterMs;
  }

  releaseOther(kind: LockKind): void {
    const slot = this.#slots[kind];
    if (slot.owner === 'other') slot.owner = null;
    slot.otherUntil = null;
  }

  whileHeldByOther<T>(kind: LockKind, fn: () => T): T {
    this.holdByOther(kind);
    try {
      return fn();
    } finally {
      this.releaseOther(kind);
    }
  }

  beforeNextAcquire(kind: LockKind, fn: () => void): void {
    this.#slots[kind].beforeNextAcquire.push(fn);
  }

  acquisitions(kind: LockKind): number {
    return this.#slots[kind].acquisitions;
  }

  isHeld(kind: LockKind): boolean {
    return this.#slots[kind].owner !== null;
  }

  /**
   * Tries to take the lock for execution `executionId`, waiting up to `timeoutMs` emulated
   * milliseconds (the clock moves by the time waited).
   */
  tryAcquire(kind: LockKind, executionId: number, timeoutMs: number): boolean {
    const slot = this.#slots[kind];
    const hooks = slot.beforeNextAcquire.splice(0);
    for (const hook of hooks) hook();
    if (slot.owner === executionId) return true;
    if (slot.owner === 'other' && slot.otherUntil !== null && this.#env.clock.now() + timeoutMs >= slot.otherUntil) {
      this.#env.clock.set(Math.max(this.#env.clock.now(), slot.otherUntil));
      slot.owner = null;
      slot.otherUntil = null;
    }
    if (slot.owner !== null) {
      this.#env.clock.advance(timeoutMs);
      return false;
    }
    slot.owner = executionId;
    slot.acquisitions += 1;
    return true;
  }

  /** Whether execution `executionId` holds the lock. */
  holds(kind: LockKind, executionId: number): boolean {
    return this.#slots[kind].owner === executionId;
  }

  /** Releases the lock if execution `executionId` holds it. */
  release(kind: LockKind, executionId: number): void {
    const slot = this.#slots[kind];
    if (slot.owner === executionId) slot.owner = null;
  }

  /** Releases every lock execution `executionId` still holds (its end). */
  releaseAllOf(executionId: number): void {
    for (const kind of Object.keys(this.#slots) as LockKind[]) this.release(kind, executionId);
  }
}

function newSlot(): Slot {
  return { owner: null, otherUntil: null, acquisitions: 0, beforeNextAcquire: [] };
}
