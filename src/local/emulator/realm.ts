/**
 * The bridge to the realm (vm context) the script runs in. Values the services hand to the
 * script — Dates, arrays, plain objects, errors — must belong to the script's realm, or
 * `instanceof Date` / `instanceof Error` fail inside it. The helpers are one piece of
 * JavaScript evaluated inside the realm (or in the host, for service tests without a
 * sandbox), so both paths run the same code. In a sandbox the same script also replaces
 * `Date` by one that reads the emulated clock and removes Node globals Apps Script lacks.
 */
import vm from 'node:vm';
import { LOCAL_TIME_SOURCE } from './local-time';

/** A template compiled in the script's realm: returns the evaluated HTML. */
export type CompiledTemplate = (
  globals: object,
  vars: object,
  escape: (value: unknown) => string,
  raw: (value: unknown) => string,
) => string;

/** Factories for values of the script's realm. */
export interface Realm {
  /** A Date of the realm. */
  date(ms: number): Date;
  /** An Error of the realm named `Exception`, as Apps Script services throw them. */
  error(message: string): Error;
  /**
   * Copies the block rows r0..r0+nr-1, columns c0..c0+nc-1 (0-based) of a row-major grid
   * into realm arrays; missing cells read `fill`, host Dates become realm Dates.
   */
  block<T>(rows: readonly (readonly T[] | undefined)[], r0: number, c0: number, nr: number, nc: number, fill: T): T[][];
  /** A shallow copy of a list as a realm array. */
  array<T>(items: readonly T[]): T[];
  /** A deep copy of plain data (objects, arrays, Dates) into the realm; class instances are kept. */
  plain<T>(value: T): T;
  /** Compiles a template body (see html-template.ts) with the realm's Function. */
  compile(body: string): CompiledTemplate;
}

/** Node globals Apps Script does not have; removed from a sandbox if the context has them. */
export const NODE_ONLY_GLOBALS = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'Buffer', 'process', 'require',
  'module', 'exports', 'structuredClone', 'queueMicrotask', 'global',
] as const;

const REALM_SOURCE = String.raw`(function (clockNow, installClock, forbidden, zone) {
  'use strict';
  var RealDate = Date;
  var slice = Array.prototype.slice;
  var tagOf = Object.prototype.toString;
  var getProto = Object.getPrototypeOf;
  var construct = Reflect.construct;
  var toNumber = Number;
  var trunc = Math.trunc;
  var NewArray = Array;
  var objectKeys = Object.keys;
  var isArray = Array.isArray;
  if (installClock) {
    var local = (` + LOCAL_TIME_SOURCE + String.raw`)(RealDate, zone);
    var EmulatedDate = function Date(year, monthIndex, day, hours, minutes, seconds, ms) {
      if (new.target === undefined) return new RealDate(clockNow()).toString();
      var n = arguments.length;
      if (n === 0) return construct(RealDate, [clockNow()], new.target);
      if (n === 1) {
        var v = arguments[0];
        return construct(RealDate, [typeof v === 'string' ? local.parseLocal(v) : v], new.target);
      }
      var f = [];
      for (var i = 0; i < 7; i++) f.push(i < n ? toNumber(arguments[i]) : i === 2 ? 1 : 0);
      if (f[0] === f[0] && trunc(f[0]) >= 0 && trunc(f[0]) <= 99) f[0] = 1900 + trunc(f[0]);
      return construct(RealDate, [local.fromLocal(f[0], f[1], f[2], f[3], f[4], f[5], f[6])], new.target);
    };
    EmulatedDate.prototype = RealDate.prototype;
    Object.defineProperty(RealDate.prototype, 'constructor', { value: EmulatedDate, writable: true, configurable: true });
    EmulatedDate.now = function now() { return clockNow(); };
    EmulatedDate.parse = function parse(text) { return local.parseLocal(text); };
    EmulatedDate.UTC = RealDate.UTC;
    globalThis.Date = EmulatedDate;
    for (var i = 0; i < forbidden.length; i++) {
      try { delete globalThis[forbidden[i]]; } catch (e) { /* not configurable: left as is */ }
    }
  }
  function date(ms) { return new RealDate(ms); }
  function error(message) { var e = new Error(message); e.name = 'Exception'; return e; }
  function cell(v, fill) {
    if (v === undefined) return fill;
    if (typeof v === 'object' && v !== null && tagOf.call(v) === '[object Date]') return new RealDate(v.getTime());
    return v;
  }
  function block(rows, r0, c0, nr, nc, fill) {
    var out = new NewArray(nr);
    for (var i = 0; i < nr; i++) {
      var src = rows[r0 + i];
      var row;
      if (src === undefined) {
        row = new NewArray(nc);
        for (var j = 0; j < nc; j++) row[j] = fill;
      } else {
        row = slice.call(src, c0, c0 + nc);
        for (var k = 0; k < row.length; k++) {
          var v = row[k];
          if (v === undefined || typeof v === 'object') row[k] = cell(v, fill);
        }
        for (var m = row.length; m < nc; m++) row.push(fill);
      }
      out[i] = row;
    }
    return out;
  }
  function array(items) { return slice.call(items); }
  function plain(v) {
    if (v === null || typeof v !== 'object') return v;
    if (tagOf.call(v) === '[object Date]') return new RealDate(v.getTime());
    if (isArray(v)) {
      var a = new NewArray(v.length);
      for (var i = 0; i < v.length; i++) a[i] = plain(v[i]);
      return a;
    }
    var p = getProto(v);
    if (p !== null && getProto(p) !== null) return v;
    var o = {};
    var keys = objectKeys(v);
    for (var j = 0; j < keys.length; j++) o[keys[j]] = plain(v[keys[j]]);
    return o;
  }
  function compile(body) {
    return new Function('__globals', '__vars', '__esc', '__raw',
      'with (__globals) { with (__vars) {\n' + body + '\n} }');
  }
  return { date: date, error: error, block: block, array: array, plain: plain, compile: compile };
})`;

type RealmFactory = (clockNow: () => number, installClock: boolean, forbidden: readonly string[], zone: string) => Realm;

/** The helpers evaluated in the host realm (for service tests that load no script). */
export function hostRealm(): Realm {
  const factory = vm.runInThisContext(REALM_SOURCE) as RealmFactory;
  return factory(() => Date.now(), false, [], 'UTC');
}

/**
 * Prepares a contextified global object as an Apps Script realm: `Date` reads `clockNow`
 * and keeps local time in `timeZone` (the script's, as Apps Script does), Node-only globals
 * are removed, and the returned helpers create values of that realm.
 */
export function contextRealm(context: vm.Context, clockNow: () => number, timeZone: string): Realm {
  const factory = vm.runInContext(REALM_SOURCE, context) as RealmFactory;
  return factory(clockNow, true, NODE_ONLY_GLOBALS, timeZone);
}
