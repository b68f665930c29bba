/**
 * Utilities: formatDate (SimpleDateFormat patterns in an IANA zone), getUuid, sleep (moves
 * the emulated clock, no real wait), computeDigest and base64 (bytes as Java's signed bytes),
 * newBlob, zip and unzip (zip-archive.ts: deflated entries named as the blobs are, so
 * `word/document.xml` makes the folder; a blob without a name is refused, as on Google).
 */
import { createHash, randomUUID } from 'node:crypto';
import { Blob, blobBytes, blobMeta } from './blob';
import { isDate } from './cell-writes';
import { Charset, DigestAlgorithm, type EnumValue } from './enums';
import type { Env } from './env';
import { DatePatternError, formatDate } from './format-date';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { readZip, writeZip, ZipError } from './zip-archive';

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Utilities. */
export class UtilitiesService extends Emulated {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;

  constructor(env: Env) {
    super(env);
  }

  /** Formats `date` in `timeZone` (an IANA ID or GMT±hh:mm) with a SimpleDateFormat pattern. */
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    const env = this[ENV];
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw env.exception(MSG.signature(describeArgTypes([date, timeZone, format]), 'Utilities.formatDate'));
    }
    try {
      return formatDate(date.getTime(), timeZone, format);
    } catch (error) {
      if (error instanceof DatePatternError) {
        if (error.message.startsWith('Not emulated')) throw new Error(error.message);
        throw env.exception(error.message);
      }
      throw error;
    }
  }

  getUuid(): string {
    return this[ENV].uuid();
  }

  /** Moves the emulated clock forward by `milliseconds` (no real wait). */
  sleep(milliseconds: unknown): void {
    const env = this[ENV];
    if (typeof milliseconds !== 'number') throw env.exception(MSG.signature(describeArgTypes([milliseconds]), 'Utilities.sleep'));
    env.clock.advance(milliseconds);
  }

  /** The digest of a string (UTF-8 unless another charset is given) or of bytes, as signed bytes. */
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const env = this[ENV];
    const name = NODE_DIGEST[String(algorithm)];
    if (name === undefined) throw env.exception(MSG.signature(describeArgTypes([algorithm, value]), 'Utilities.computeDigest'));
    const digest = createHash(name).update(toBuffer(value, charset)).digest();
    return env.realm.array(signedBytes(digest));
  }

  /** A blob of a string (UTF-8) or of signed bytes, with an optional content type and name. */
  newBlob(data: unknown, contentType?: unknown, name?: unknown): Blob {
    const env = this[ENV];
    if ((typeof data !== 'string' && !Array.isArray(data)) || (contentType !== undefined && contentType !== null && typeof contentType !== 'string')
      || (name !== undefined && name !== null && typeof name !== 'string')) {
      throw env.exception(MSG.signature(describeArgTypes([data, contentType, name].filter((v) => v !== undefined)), 'Utilities.newBlob'));
    }
    return new Blob(env, toBuffer(data, undefined), typeof contentType === 'string' ? contentType : null, typeof name === 'string' ? name : null);
  }

  /** A zip (`application/zip`) of the blobs, each entry named as its blob. */
  zip(blobs: unknown, name?: unknown): Blob {
    const env = this[ENV];
    if (!Array.isArray(blobs)) throw env.exception(MSG.signature(describeArgTypes([blobs, name].filter((v) => v !== undefined)), 'Utilities.zip'));
    const entries = blobs.map((b) => {
      const bytes = blobBytes(b);
      if (bytes === undefined) throw env.exception(MSG.signature(describeArgTypes([blobs]), 'Utilities.zip'));
      const entryName = blobMeta(b as Blob).name;
      if (entryName === null || entryName === '') throw env.exception('Blob object must have non-null name for this operation.');
      return { name: entryName, data: bytes };
    });
    return new Blob(env, writeZip(entries), 'application/zip', typeof name === 'string' ? name : 'archive.zip');
  }

  /** The blobs of a zip. */
  unzip(blob: unknown): Blob[] {
    const env = this[ENV];
    const bytes = blobBytes(blob);
    if (bytes === undefined) throw env.exception(MSG.signature(describeArgTypes([blob]), 'Utilities.unzip'));
    try {
      return env.realm.array(readZip(bytes).map((e) => new Blob(env, e.data, null, e.name)));
    } catch (error) {
      if (error instanceof ZipError) throw env.exception('Could not unzip the file. It is not a valid zip archive.');
      throw error;
    }
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: unknown): number[] {
    return this[ENV].realm.array(signedBytes(Buffer.from(String(encoded), 'base64')));
  }

  base64DecodeWebSafe(encoded: unknown): number[] {
    return this[ENV].realm.array(signedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')));
  }
}

function toBuffer(value: unknown, charset: unknown): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff));
  const encoding = (charset as EnumValue | undefined)?.toString() === 'US_ASCII' ? 'latin1' : 'utf8';
  return Buffer.from(String(value), encoding);
}

function signedBytes(buffer: Buffer): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** The default UUID source of an environment. */
export function randomUuid(): string {
  return randomUUID();
}

declareNotEmulated(UtilitiesService, 'Utilities', [
  'formatString', 'parseCsv', 'parseDate', 'computeHmacSha256Signature',
  'computeHmacSignature', 'computeRsaSha256Signature', 'computeRsaSignature', 'gzip', 'ungzip', 'jsonParse',
  'jsonStringify', 'getSecureRandom',
]);

instrument(UtilitiesService, { service: 'Utilities', className: 'Utilities', qualifiedName: 'Utilities', allowedInNone: 'all' });
