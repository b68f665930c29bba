/**
 * The shared state of one emulated environment: the workbook, the clock, the realm values are
 * made in, counters and logs, property stores, locks, the active sheet, and the stack of
 * executions (each with its authorization mode). Every emulated object points to its Env.
 */
import type { AuthModeName } from './enums';
import { EmulatedClock } from './clock';
import { ServiceCounter, type ServiceName } from './counter';
import { LockTable } from './lock-table';
import { LogStore } from './logging';
import { MSG } from './messages';
import type { Realm } from './realm';
import type { Manifest } from './scopes';
import { UiLog } from './ui-log';
import type { WorkbookModel } from './workbook-model';

/** Settings of an environment (resolved from the public options). */
export interface EnvSettings {
  workbook: WorkbookModel;
  realm: Realm;
  clock: EmulatedClock;
  user: string;
  scriptTimeZone: string;
  addOnName: string;
  scriptId: string;
  distDir: string;
  manifest: Manifest;
  verbose: boolean;
  scriptProperties: Record<string, string>;
  userProperties: Record<string, string>;
  uuid: () => string;
  /** Emulated milliseconds each service call takes (a number for all services, or per service). */
  callLatencyMs?: number | Partial<Record<ServiceName, number>>;
}

/** One run of a script function. */
export interface Execution {
  readonly id: number;
  readonly authMode: AuthModeName;
}

const ROOT_EXECUTION: Execution = { id: 0, authMode: 'FULL' };

/** The state every emulated object of one environment shares. */
export class Env {
  readonly workbook: WorkbookModel;
  realm: Realm;
  readonly clock: EmulatedClock;
  readonly counter = new ServiceCounter();
  readonly uiLog = new UiLog();
  readonly logs: LogStore;
  readonly locks: LockTable;
  readonly user: string;
  readonly scriptTimeZone: string;
  readonly addOnName: string;
  readonly scriptId: string;
  readonly distDir: string;
  readonly manifest: Manifest;
  readonly scriptProperties: Record<string, string>;
  readonly userProperties: Record<string, string>;
  readonly uuid: () => string;
  readonly #callLatency: number | Partial<Record<ServiceName, number>>;
  /** The script's global object (scope of template scriptlets); set once the services exist. */
  globals: object = {};
  /** sheetId of the active sheet; null means the first sheet. */
  activeSheetId: number | null = null;
  readonly #executions: Execution[] = [];
  #nextExecutionId = 1;

  constructor(settings: EnvSettings) {
    this.workbook = settings.workbook;
    this.realm = settings.realm;
    this.clock = settings.clock;
    this.logs = new LogStore(settings.verbose);
    this.locks = new LockTable(this);
    this.user = settings.user;
    this.scriptTimeZone = settings.scriptTimeZone;
    this.addOnName = settings.addOnName;
    this.scriptId = settings.scriptId;
    this.distDir = settings.distDir;
    this.manifest = settings.manifest;
    this.scriptProperties = settings.scriptProperties;
    this.userProperties = settings.userProperties;
    this.uuid = settings.uuid;
    this.#callLatency = settings.callLatencyMs ?? 0;
  }

  /** Emulated time one call of `service` takes (0 unless the `callLatencyMs` option says otherwise). */
  latencyOf(service: ServiceName): number {
    const latency = this.#callLatency;
    return typeof latency === 'number' ? latency : latency[service] ?? 0;
  }

  /** The execution under way (the root execution, in FULL mode, when none is). */
  get execution(): Execution {
    return this.#executions[this.#executions.length - 1] ?? ROOT_EXECUTION;
  }

  /**
   * Runs `fn` as one execution in `authMode`. Executions may nest (a test hook standing for
   * another process); locks an execution still holds are released when it ends, as in
   * Apps Script.
   */
  runExecution<T>(authMode: AuthModeName, fn: () => T): T {
    const execution: Execution = { id: this.#nextExecutionId++, authMode };
    this.#executions.push(execution);
    try {
      return fn();
    } finally {
      this.locks.releaseAllOf(execution.id);
      this.#executions.pop();
    }
  }

  /** An Apps Script `Exception` with `message`, made in the script's realm (to throw). */
  exception(message: string): Error {
    return this.realm.error(message);
  }

  /**
   * Checks that `qualifiedMethod` may run: not in AuthMode.NONE (or CUSTOM_FUNCTION) unless
   * allowed there, and only with one of `scopes` declared when the manifest lists its scopes.
   */
  authorize(qualifiedMethod: string, scopes: readonly string[], allowedInNone: boolean): void {
    const mode = this.execution.authMode;
    if ((mode === 'NONE' || mode === 'CUSTOM_FUNCTION') && !allowedInNone) {
      throw this.exception(MSG.permission(qualifiedMethod, scopes));
    }
    const declared = this.manifest.oauthScopes;
    if (declared !== undefined && scopes.length > 0 && !scopes.some((s) => declared.includes(s))) {
      throw this.exception(MSG.permission(qualifiedMethod, scopes));
    }
  }
}
