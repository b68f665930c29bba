/**
 * Counts service calls, by service and by `Class.method`. The bench and the tests use it to
 * prove that an action's number of calls does not grow with the number of rows.
 */

/** The buckets calls are counted in. */
export type ServiceName =
  | 'SpreadsheetApp'
  | 'PropertiesService'
  | 'LockService'
  | 'HtmlService'
  | 'Session'
  | 'Utilities'
  | 'Ui'
  | 'ScriptApp'
  | 'FormApp'
  | 'MailApp'
  | 'DocumentApp'
  | 'Drive'
  | 'Docs';

/** Call counts of one emulated environment. */
export class ServiceCounter {
  #byService = new Map<string, number>();
  #byMethod = new Map<string, number>();

  /** Records one call of `method` (e.g. `Range.getValues`) of `service`. */
  hit(service: ServiceName, method: string): void {
    this.#byService.set(service, (this.#byService.get(service) ?? 0) + 1);
    this.#byMethod.set(method, (this.#byMethod.get(method) ?? 0) + 1);
  }

  /** Calls of one service, or of all services when none is named. */
  total(service?: ServiceName): number {
    if (service !== undefined) return this.#byService.get(service) ?? 0;
    let sum = 0;
    for (const n of this.#byService.values()) sum += n;
    return sum;
  }

  /** Calls of one `Class.method`. */
  count(method: string): number {
    return this.#byMethod.get(method) ?? 0;
  }

  /** Every `Class.method` called so far with its count, sorted by name. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.#byMethod.keys()].sort()) out[key] = this.#byMethod.get(key) ?? 0;
    return out;
  }

  /** Forgets every count. */
  reset(): void {
    this.#byService.clear();
    this.#byMethod.clear();
  }
}
