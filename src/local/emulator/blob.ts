/**
 * Blob (Apps Script's `Blob`): bytes, a content type and a name, made by
 * `Utilities.newBlob`, `Utilities.zip` and read by the Drive advanced service's uploads.
 * Bytes are exchanged with scripts as Java's signed bytes, as on Google. Counted under
 * Utilities (a Blob's methods run in the script's process: no network call). `getAs` (format
 * conversion) is not emulated.
 */
import { Charset, type EnumValue } from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';

const BYTES = Symbol('blob-bytes');
const META = Symbol('blob-meta');

export class Blob extends Emulated {
  declare [BYTES]: Buffer;
  declare [META]: { contentType: string | null; name: string | null };

  constructor(env: Env, bytes: Buffer, contentType: string | null, name: string | null) {
    super(env);
    Object.defineProperty(this, BYTES, { value: bytes, enumerable: false, writable: true });
    Object.defineProperty(this, META, { value: { contentType, name }, enumerable: false });
  }

  getBytes(): number[] {
    return this[ENV].realm.array(Array.from(this[BYTES], (b) => (b > 127 ? b - 256 : b)));
  }

  setBytes(data: unknown): Blob {
    if (!Array.isArray(data)) throw this[ENV].exception(MSG.signature(describeArgTypes([data]), 'Blob.setBytes'));
    this[BYTES] = Buffer.from(data.map((b) => Number(b) & 0xff));
    return this;
  }

  getDataAsString(charset?: unknown): string {
    return this[BYTES].toString((charset as EnumValue | undefined)?.toString() === Charset.US_ASCII.toString() ? 'latin1' : 'utf8');
  }

  setDataFromString(text: unknown): Blob {
    this[BYTES] = Buffer.from(String(text), 'utf8');
    return this;
  }

  getContentType(): string | null {
    return this[META].contentType;
  }

  setContentType(contentType: unknown): Blob {
    if (typeof contentType !== 'string') throw this[ENV].exception(MSG.signature(describeArgTypes([contentType]), 'Blob.setContentType'));
    this[META].contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this[META].name;
  }

  setName(name: unknown): Blob {
    if (typeof name !== 'string') throw this[ENV].exception(MSG.signature(describeArgTypes([name]), 'Blob.setName'));
    this[META].name = name;
    return this;
  }

  copyBlob(): Blob {
    return new Blob(this[ENV], Buffer.from(this[BYTES]), this[META].contentType, this[META].name);
  }

  isGoogleType(): boolean {
    return false;
  }

  getBlob(): Blob {
    return this;
  }
}

/** The bytes of a Blob (for the emulation's own use: Drive uploads, zip; not counted). */
export function blobBytes(value: unknown): Buffer | undefined {
  return value instanceof Blob ? value[BYTES] : undefined;
}

/** A Blob's name and content type, uncounted. */
export function blobMeta(value: Blob): { contentType: string | null; name: string | null } {
  return { ...value[META] };
}

declareNotEmulated(Blob, 'Blob', ['getAs', 'getAllBlobs']);
instrument(Blob, { service: 'Utilities', className: 'Blob', qualifiedName: 'Blob', allowedInNone: 'all' });
