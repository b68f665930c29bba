/**
 * LockService: the document, script and user locks. A Lock belongs to the execution that got
 * it; a lock an execution still holds is released when it ends. Contention with "another
 * process" is set up through the environment's LockTable hooks (see lock-table.ts).
 */
import type { Env } from './env';
import { Emulated, ENV, instrument } from './instrument';
import type { LockKind } from './lock-table';
import { describeArgTypes, MSG } from './messages';

/** LockService.Lock. */
export class Lock extends Emulated {
  readonly #kind: LockKind;
  readonly #executionId: number;

  constructor(env: Env, kind: LockKind) {
    super(env);
    this.#kind = kind;
    this.#executionId = env.execution.id;
  }

  /** Tries to get the lock within `timeoutInMillis`; false when another process keeps it. */
  tryLock(timeoutInMillis: unknown): boolean {
    return this.#acquire(timeoutInMillis, 'tryLock');
  }

  /** Gets the lock within `timeoutInMillis` or throws "Lock timeout: ...". */
  waitLock(timeoutInMillis: unknown): void {
    if (!this.#acquire(timeoutInMillis, 'waitLock')) throw this[ENV].exception(MSG.lockTimeout);
  }

  releaseLock(): void {
    this[ENV].locks.release(this.#kind, this.#executionId);
  }

  hasLock(): boolean {
    return this[ENV].locks.holds(this.#kind, this.#executionId);
  }

  #acquire(timeout: unknown, method: string): boolean {
    const env = this[ENV];
    if (typeof timeout !== 'number' || !Number.isFinite(timeout)) {
      throw env.exception(MSG.signature(describeArgTypes([timeout]), `LockService.Lock.${method}`));
    }
    return env.locks.tryAcquire(this.#kind, this.#executionId, Math.max(0, timeout));
  }
}

/** LockService. */
export class LockServiceService extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  getDocumentLock(): Lock {
    return new Lock(this[ENV], 'document');
  }

  getScriptLock(): Lock {
    return new Lock(this[ENV], 'script');
  }

  getUserLock(): Lock {
    return new Lock(this[ENV], 'user');
  }
}

instrument(Lock, { service: 'LockService', className: 'Lock', qualifiedName: 'LockService.Lock' });
instrument(LockServiceService, { service: 'LockService', className: 'LockService', qualifiedName: 'LockService' });
