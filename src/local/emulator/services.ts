/**
 * Assembles the emulated Apps Script services around one workbook: the global object a
 * script sees (services, `console`, `Logger`, nothing else) and the handles tests use
 * (workbook, counter, uiLog, logs, lock hooks, clock). `createServices` gives them without
 * loading any script (values are then of the host realm); sandbox.ts loads the bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmulatedClock } from './clock';
import type { ServiceCounter, ServiceName } from './counter';
import { DocumentAppService } from './document-app';
import { DocsAdvancedService } from './docs-advanced';
import { DriveAdvancedService } from './drive-advanced';
import {
  attachDrive, documentsHook, driveHook, newDriveModel, type DocumentsHook, type DriveHook, type DriveModel,
} from './drive-model';
import type { AuthModeName } from './enums';
import { Env } from './env';
import { FormAppService } from './form-app';
import { useFormStore, type FormStoreModel } from './form-model';
import { formHooks, type FormHooks } from './form-submission';
import { HtmlServiceService } from './html-service';
import type { LockHooks } from './lock-table';
import { LockServiceService } from './lock-service';
import { createConsole, LoggerService, type LogStore } from './logging';
import { MailAppService } from './mail-app';
import { configureMailQuota, mailHooks, type MailHooks } from './mail-log';
import { PropertiesServiceService } from './properties-service';
import { hostRealm } from './realm';
import { advancedServiceSymbol, type Manifest } from './scopes';
import { ScriptAppService } from './script-app';
import { SessionService } from './session';
import { SpreadsheetAppService } from './spreadsheet-app';
import { triggerHooks, type TriggerHooks } from './triggers';
import type { UiLog } from './ui-log';
import { randomUuid, UtilitiesService } from './utilities';
import { newWorkbookModel, type WorkbookModel } from './workbook-model';

/** The repository root (this file is src/local/emulator/services.ts). */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The default user of an emulated session. */
export const DEFAULT_USER = 'can.bo@tho-lap.example';
/** The add-on menu's title when neither the options nor the manifest name the add-on. */
export const DEFAULT_ADDON_NAME = 'Thi đua';

/** Options of createServices and createSandbox. */
export interface EmulatorOptions {
  /** The spreadsheet the script is bound to (default: a blank one). Mutated in place. */
  workbook?: WorkbookModel;
  /** Where the built bundle, its HTML files and appsscript.json are (default `<repo>/dist`). */
  distDir?: string;
  /** The emulated clock's start; it stands still unless advanced (default: the real now). */
  now?: Date | number;
  /** Email of the active and effective user (default `can.bo@tho-lap.example`). */
  user?: string;
  /** Session.getScriptTimeZone() (default: the manifest's, else the workbook's). */
  timeZone?: string;
  /** Print what the script logs (default: only capture it). */
  verbose?: boolean;
  /** Title of add-on menus (default: the manifest's add-on name, else `Thi đua`). */
  addOnName?: string;
  /** ScriptApp.getScriptId() (default `local-script-1`). */
  scriptId?: string;
  /** appsscript.json (default: read from distDir when present). */
  manifest?: Manifest;
  /** Initial script and user properties (mutated in place when given). */
  scriptProperties?: Record<string, string>;
  userProperties?: Record<string, string>;
  /** Source of Utilities.getUuid() (default: random v4 UUIDs). */
  uuid?: () => string;
  /** The Google Forms that exist (default: none). Mutated in place when given. */
  forms?: FormStoreModel;
  /** MailApp's daily recipient quota (default 100, a consumer account's). */
  mailQuota?: number;
  /** The user's Drive with its Google Docs (default: an empty My Drive). Mutated in place when given. */
  drive?: DriveModel;
  /**
   * Emulated milliseconds each service call takes: the clock advances by this much at every
   * counted call (a number for every service, or per service, e.g. `{ DocumentApp: 60 }`).
   * Default 0 (the clock stands still). Makes time budgets testable and estimates durations.
   */
  callLatencyMs?: number | Partial<Record<ServiceName, number>>;
}

/** The global object a script sees. */
export interface GasGlobals {
  SpreadsheetApp: SpreadsheetAppService;
  Session: SessionService;
  Utilities: UtilitiesService;
  PropertiesService: PropertiesServiceService;
  LockService: LockServiceService;
  HtmlService: HtmlServiceService;
  ScriptApp: ScriptAppService;
  Logger: LoggerService;
  console: ReturnType<typeof createConsole>;
  /** Non-enumerable (so the global keys the script sees keep their earlier order). */
  FormApp: FormAppService;
  /** Non-enumerable, like FormApp. */
  MailApp: MailAppService;
  /** Non-enumerable, like FormApp. */
  DocumentApp: DocumentAppService;
  /** The Drive advanced service: present only when the manifest enables it (under its userSymbol, `Drive` by default). */
  Drive?: DriveAdvancedService;
  /** The Docs advanced service (paragraph borders, first-page header): only when the manifest enables it. */
  Docs?: DocsAdvancedService;
}

/** Options of one execution. */
export interface ExecutionOptions {
  /** ScriptApp.AuthMode the execution runs in (default FULL). */
  authMode?: AuthModeName;
}

/** Emulated services plus the handles tests inspect them with. */
export interface Services {
  /** The global object (what a script sees as its globals). */
  globals: GasGlobals;
  workbook: WorkbookModel;
  counter: ServiceCounter;
  uiLog: UiLog;
  logs: LogStore;
  lock: LockHooks;
  clock: EmulatedClock;
  /** Forms and simulated respondents (submissions fire the form-submit triggers). */
  forms: FormHooks;
  /** Installed triggers; time-driven ones fire through `triggers.runDue`. */
  triggers: TriggerHooks;
  /** What MailApp sent, its quota, and failing the next send. */
  mail: MailHooks;
  /** The Google Docs of the user's Drive (documents.get(id) is the live model). */
  documents: DocumentsHook;
  /** The user's Drive: its files, trashing and deleting them, granting drive.file access. */
  drive: DriveHook;
  /** Runs `fn` as one execution (locks it keeps are released at its end). */
  execute<T>(fn: () => T, options?: ExecutionOptions): T;
}

/** The emulated services without any script loaded (for testing the services themselves). */
export function createServices(options: EmulatorOptions = {}): Services {
  return buildEnvironment(options).services;
}

/**
 * Builds the environment and the global object (values of the host realm until a sandbox
 * installs its own). Shared with sandbox.ts; not for other callers.
 */
export function buildEnvironment(options: EmulatorOptions): { env: Env; services: Services } {
  const workbook = options.workbook ?? newWorkbookModel();
  const distDir = path.resolve(options.distDir ?? path.join(REPO_ROOT, 'dist'));
  const manifest = options.manifest ?? readManifest(distDir);
  const env = new Env({
    workbook,
    realm: hostRealm(),
    clock: new EmulatedClock(options.now ?? Date.now()),
    user: options.user ?? DEFAULT_USER,
    scriptTimeZone: options.timeZone ?? manifest.timeZone ?? workbook.timeZone,
    addOnName: options.addOnName ?? manifest.addOns?.common?.name ?? DEFAULT_ADDON_NAME,
    scriptId: options.scriptId ?? 'local-script-1',
    distDir,
    manifest,
    verbose: options.verbose ?? false,
    scriptProperties: options.scriptProperties ?? {},
    userProperties: options.userProperties ?? {},
    uuid: options.uuid ?? randomUuid,
    callLatencyMs: options.callLatencyMs,
  });
  if (options.forms !== undefined) useFormStore(env, options.forms);
  if (options.mailQuota !== undefined) configureMailQuota(env, options.mailQuota);
  const drive = options.drive ?? newDriveModel();
  attachDrive(env, drive);
  const enumerable: Omit<GasGlobals, 'FormApp' | 'MailApp' | 'DocumentApp' | 'Drive' | 'Docs'> = {
    SpreadsheetApp: new SpreadsheetAppService(env),
    Session: new SessionService(env),
    Utilities: new UtilitiesService(env),
    PropertiesService: new PropertiesServiceService(env),
    LockService: new LockServiceService(env),
    HtmlService: new HtmlServiceService(env),
    ScriptApp: new ScriptAppService(env),
    Logger: new LoggerService(env.logs),
    console: createConsole(env.logs),
  };
  const globals = Object.defineProperties(enumerable, {
    FormApp: { value: new FormAppService(env), enumerable: false, writable: true, configurable: true },
    MailApp: { value: new MailAppService(env), enumerable: false, writable: true, configurable: true },
    DocumentApp: { value: new DocumentAppService(env), enumerable: false, writable: true, configurable: true },
  }) as GasGlobals;
  const driveSymbol = advancedServiceSymbol(manifest, 'drive', 'v3');
  if (driveSymbol !== null) {
    Object.defineProperty(globals, driveSymbol, { value: new DriveAdvancedService(env), enumerable: false, writable: true, configurable: true });
  }
  const docsSymbol = advancedServiceSymbol(manifest, 'docs', 'v1');
  if (docsSymbol !== null) {
    Object.defineProperty(globals, docsSymbol, { value: new DocsAdvancedService(env), enumerable: false, writable: true, configurable: true });
  }
  env.globals = globals;
  const services: Services = {
    globals,
    workbook,
    counter: env.counter,
    uiLog: env.uiLog,
    logs: env.logs,
    lock: env.locks,
    clock: env.clock,
    forms: formHooks(env),
    triggers: triggerHooks(env),
    mail: mailHooks(env),
    documents: documentsHook(drive, () => new Date(env.clock.now())),
    drive: driveHook(drive, () => new Date(env.clock.now())),
    execute: (fn, opts = {}) => env.runExecution(opts.authMode ?? 'FULL', fn),
  };
  return { env, services };
}

function readManifest(distDir: string): Manifest {
  const file = path.join(distDir, 'appsscript.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}
