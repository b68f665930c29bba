/**
 * The emulated clock: a fixed instant that only moves when told to (Utilities.sleep, a lock
 * wait, a test). `new Date()` and `Date.now()` inside the sandbox read it.
 */

/** A clock that stands still unless set or advanced. */
export class EmulatedClock {
  #ms: number;

  constructor(start: Date | number = Date.now()) {
    this.#ms = toMs(start);
  }

  /** The emulated time in milliseconds since the epoch. */
  now(): number {
    return this.#ms;
  }

  /** Sets the emulated time. */
  set(time: Date | number): void {
    this.#ms = toMs(time);
  }

  /** Moves the emulated time forward by `ms` milliseconds (negative values are ignored). */
  advance(ms: number): void {
    if (ms > 0) this.#ms += ms;
  }
}

function toMs(time: Date | number): number {
  const ms = typeof time === 'number' ? time : time.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid emulated time: ${String(time)}`);
  return ms;
}
