/**
 * The one place where every method call on an emulated object is counted and authorized.
 * Each emulated class extends `Emulated` and is passed once to `instrument`, which wraps the
 * public methods of its prototype. Internal helpers are `#private` (not on the prototype),
 * so a method calling a helper is counted once, and scripts cannot reach the helpers.
 */
import type { ServiceName } from './counter';
import type { Env } from './env';
import { notEmulated } from './messages';

/** Where an emulated object keeps its environment (a symbol: invisible to scripts' for-in and JSON). */
export const ENV: unique symbol = Symbol('gas-emulator-env');

/** Base class of every emulated object. */
export abstract class Emulated {
  declare readonly [ENV]: Env;

  constructor(env: Env) {
    Object.defineProperty(this, ENV, { value: env, enumerable: false });
  }
}

/** How calls of one emulated class are counted and authorized. */
export interface ClassSpec {
  /** The counter bucket. */
  service: ServiceName;
  /** Short class name for counter keys, e.g. `Range` → `Range.getValues`. */
  className: string;
  /** Name used in Apps Script's messages, e.g. `SpreadsheetApp.Range`. */
  qualifiedName: string;
  /** Scopes (any one suffices) every method needs, unless `methodScopes` says otherwise. */
  scopes?: readonly string[];
  methodScopes?: Readonly<Record<string, readonly string[]>>;
  /** Methods allowed in AuthMode.NONE ('all' for the whole class). */
  allowedInNone?: readonly string[] | 'all';
}

type AnyMethod = (this: Emulated, ...args: unknown[]) => unknown;
type EmulatedClass = abstract new (...args: never[]) => Emulated;

/**
 * Adds methods that throw `Not emulated: Class.method` (so a script using them fails loudly
 * instead of getting "is not a function" or a silent stub). Call before `instrument`.
 */
export function declareNotEmulated(cls: EmulatedClass, className: string, methods: readonly string[]): void {
  for (const name of methods) {
    Object.defineProperty(cls.prototype, name, {
      value: function notEmulatedMethod(): never {
        throw notEmulated(`${className}.${name}`);
      },
      writable: true,
      configurable: true,
    });
  }
}

/** Wraps every public method of `cls` so that calls are counted and authorized. */
export function instrument(cls: EmulatedClass, spec: ClassSpec): void {
  const proto = cls.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor === undefined || typeof descriptor.value !== 'function') continue;
    const method = descriptor.value as AnyMethod;
    const counterKey = `${spec.className}.${name}`;
    const qualified = `${spec.qualifiedName}.${name}`;
    const scopes = spec.methodScopes?.[name] ?? spec.scopes ?? [];
    const allowedInNone = spec.allowedInNone === 'all' || (spec.allowedInNone?.includes(name) ?? false);
    const wrapped = function (this: Emulated, ...args: unknown[]): unknown {
      const env = this[ENV];
      env.counter.hit(spec.service, counterKey);
      env.clock.advance(env.latencyOf(spec.service));
      env.authorize(qualified, scopes, allowedInNone);
      return method.apply(this, args);
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: wrapped });
  }
}
