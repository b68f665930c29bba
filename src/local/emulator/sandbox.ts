/**
 * The sandbox: the built bundle (`dist/*.js`) loaded through gas-local into a vm context
 * whose globals are only the emulated services plus `console` and `Logger` (ECMAScript
 * builtins come from the context; Node globals Apps Script lacks are absent), whose `Date`
 * reads the emulated clock and whose local time zone is the script's (as in Apps Script,
 * whatever the host's zone), and whose top-level functions tests call as entry points.
 *
 * The bundle is loaded once, in AuthMode.NONE, so a service call at module scope fails as it
 * would when Apps Script runs onOpen unauthorised. Unlike Apps Script, which re-runs the
 * global code at every execution, module state persists between calls of one sandbox.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import gas from 'gas-local';
import { AuthMode, type AuthModeName } from './enums';
import { contextRealm } from './realm';
import { buildEnvironment, type EmulatorOptions, type Services } from './services';
import { Spreadsheet } from './spreadsheet';

/** How `run` calls an entry point. */
export interface RunOptions {
  /** ScriptApp.AuthMode of the execution (default FULL). */
  authMode?: AuthModeName;
  /** Fields of the event object `e` besides authMode (and source, set unless NONE). */
  event?: Record<string, unknown>;
}

/** The emulated services with the bundle loaded. */
export interface Sandbox extends Services {
  /** The directory the bundle was loaded from. */
  distDir: string;
  /** Calls a top-level function of the bundle in AuthMode.FULL; host data in `args` is copied into the script's realm. */
  call<T = unknown>(functionName: string, ...args: unknown[]): T;
  /** Calls a trigger-style entry point with an event object `{ authMode, source?, ...event }`. */
  run<T = unknown>(functionName: string, options?: RunOptions): T;
  /** Whether the bundle declares this top-level function. */
  hasFunction(functionName: string): boolean;
}

/** Loads the built bundle into a fresh emulated environment. */
export function createSandbox(options: EmulatorOptions = {}): Sandbox {
  const { env, services } = buildEnvironment(options);
  const distDir = env.distDir;
  if (!existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error(`No bundle at ${path.join(distDir, 'Code.js')}: run \`npm run build\` first.`);
  }
  const globals = services.globals as unknown as Record<string, unknown>;
  const context = vm.createContext(globals);
  env.realm = contextRealm(context, () => env.clock.now(), env.scriptTimeZone);
  const topLevelScripts = new Set(readdirSync(distDir).filter((f) => f.endsWith('.js')).map((f) => path.join(distDir, f)));
  env.runExecution('NONE', () => {
    gas.require(distDir, context, { filter: (file) => topLevelScripts.has(path.resolve(file)) });
  });

  const entryPoint = (name: string): ((...args: unknown[]) => unknown) => {
    const fn = globals[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...args: unknown[]) => unknown;
  };

  return {
    ...services,
    distDir,
    call<T>(functionName: string, ...args: unknown[]): T {
      const fn = entryPoint(functionName);
      const realmArgs = env.realm.plain(args);
      return env.runExecution('FULL', () => fn(...realmArgs)) as T;
    },
    run<T>(functionName: string, runOptions: RunOptions = {}): T {
      const fn = entryPoint(functionName);
      const authMode = runOptions.authMode ?? 'FULL';
      const event: Record<string, unknown> = { authMode: AuthMode[authMode] };
      if (authMode !== 'NONE') event.source = new Spreadsheet(env);
      Object.assign(event, runOptions.event ?? {});
      const realmEvent = env.realm.plain(event);
      return env.runExecution(authMode, () => fn(realmEvent)) as T;
    },
    hasFunction(functionName: string): boolean {
      return typeof globals[functionName] === 'function';
    },
  };
}
