/**
 * `console` and `Logger` for the sandbox: everything logged is captured for tests to read and
 * only printed when the emulation runs verbose.
 */
import { format } from 'node:util';

/** One captured log line. */
export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
}

/** The log of one emulated environment. */
export class LogStore {
  readonly entries: LogEntry[] = [];
  readonly #verbose: boolean;

  constructor(verbose = false) {
    this.#verbose = verbose;
  }

  /** Records one line (and prints it when verbose). */
  add(level: LogEntry['level'], message: string): void {
    this.entries.push({ level, message });
    if (this.#verbose) {
      const print = level === 'error' ? console.error : level === 'warn' ? console.warn : console.log;
      print(`[gas ${level}] ${message}`);
    }
  }

  /** Every message logged, in order. */
  messages(): string[] {
    return this.entries.map((e) => e.message);
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.length = 0;
  }
}

/** The sandbox's `console`: log, info, warn, error, debug. */
export function createConsole(store: LogStore): Record<'log' | 'info' | 'warn' | 'error' | 'debug', (...args: unknown[]) => void> {
  const line = (level: LogEntry['level']) => (...args: unknown[]): void => store.add(level, format(...args));
  return { log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') };
}

/** The sandbox's `Logger` (Apps Script's legacy logger). */
export class LoggerService {
  readonly #store: LogStore;
  readonly #lines: string[] = [];

  constructor(store: LogStore) {
    this.#store = store;
  }

  /** Logs `data`, or `format` with `%s`-style placeholders filled from `values`. */
  log(data: unknown, ...values: unknown[]): LoggerService {
    const message = values.length > 0 ? format(String(data), ...values) : format(data);
    this.#lines.push(message);
    this.#store.add('Logger', message);
    return this;
  }

  /** The lines logged through Logger in this environment, one per line. */
  getLog(): string {
    return this.#lines.join('\n');
  }

  /** Clears what getLog() returns. */
  clear(): void {
    this.#lines.length = 0;
  }
}
