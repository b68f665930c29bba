/**
 * PropertiesService: document properties (backed by `workbook.documentProperties`), script
 * and user properties (kept by the environment). Values are stored as strings; the
 * documented quotas hold: 9 KB per value, 500 KB per store (keys and values, UTF-8).
 */
import type { Env } from './env';
import { Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';

/** "Properties value size: 9 KB / val" (Quotas for Google Services). */
export const MAX_VALUE_BYTES = 9 * 1024;
/** "Properties total storage: 500 KB / property store" (Quotas for Google Services). */
export const MAX_STORE_BYTES = 500 * 1024;

/** One property store (PropertiesService.Properties). */
export class Properties extends Emulated {
  readonly #store: Record<string, string>;

  constructor(env: Env, store: Record<string, string>) {
    super(env);
    this.#store = store;
  }

  /** The value of `key`, or null. */
  getProperty(key: unknown): string | null {
    const k = String(key);
    return Object.prototype.hasOwnProperty.call(this.#store, k) ? this.#store[k] ?? null : null;
  }

  setProperty(key: unknown, value: unknown): Properties {
    if (key === null || key === undefined) throw this[ENV].exception(MSG.signature(describeArgTypes([key, value]), 'PropertiesService.Properties.setProperty'));
    this.#commit({ [String(key)]: String(value) }, false);
    return this;
  }

  /** A copy of every key and value. */
  getProperties(): Record<string, string> {
    return this[ENV].realm.plain({ ...this.#store });
  }

  /** Sets every key of `properties`; with `deleteAllOthers`, removes the keys it lacks. */
  setProperties(properties: unknown, deleteAllOthers?: unknown): Properties {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw this[ENV].exception(MSG.signature(describeArgTypes([properties]), 'PropertiesService.Properties.setProperties'));
    }
    const updates: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties)) updates[k] = String(v);
    this.#commit(updates, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: unknown): Properties {
    delete this.#store[String(key)];
    return this;
  }

  deleteAllProperties(): Properties {
    for (const k of Object.keys(this.#store)) delete this.#store[k];
    return this;
  }

  getKeys(): string[] {
    return this[ENV].realm.array(Object.keys(this.#store));
  }

  /** Applies updates only if the result respects the quotas. */
  #commit(updates: Record<string, string>, replaceAll: boolean): void {
    const env = this[ENV];
    for (const value of Object.values(updates)) {
      if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw env.exception(MSG.propertyValueTooLarge);
    }
    const next: Record<string, string> = replaceAll ? { ...updates } : { ...this.#store, ...updates };
    let bytes = 0;
    for (const [k, v] of Object.entries(next)) bytes += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
    if (bytes > MAX_STORE_BYTES) throw env.exception(MSG.propertyQuota);
    if (replaceAll) for (const k of Object.keys(this.#store)) if (!(k in next)) delete this.#store[k];
    Object.assign(this.#store, updates);
  }
}

/** PropertiesService. */
export class PropertiesServiceService extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  getDocumentProperties(): Properties {
    return new Properties(this[ENV], this[ENV].workbook.documentProperties);
  }

  getScriptProperties(): Properties {
    return new Properties(this[ENV], this[ENV].scriptProperties);
  }

  getUserProperties(): Properties {
    return new Properties(this[ENV], this[ENV].userProperties);
  }
}

instrument(Properties, { service: 'PropertiesService', className: 'Properties', qualifiedName: 'PropertiesService.Properties' });
instrument(PropertiesServiceService, { service: 'PropertiesService', className: 'PropertiesService', qualifiedName: 'PropertiesService' });
