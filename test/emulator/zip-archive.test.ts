/**
 * The emulation's ZIP archives (Utilities.zip/unzip, the Drive import of a .docx, the copy
 * of a user's .xlsx): CRC-32 gives ZIP's check values, and what is written reads back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, writeZip } from '../../src/local/emulator/zip-archive';

/** The bitwise CRC-32 of the ZIP specification, one bit at a time: the reference. */
function referenceCrc(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('zip archive', () => {
  it('computes the standard CRC-32 check values', () => {
    expect(crc32(Buffer.from(''))).toBe(0);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('agrees with the bitwise CRC-32 for any bytes and length', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(crc32(Buffer.from(bytes))).toBe(referenceCrc(bytes));
    }));
  });

  it('reads back the entries it writes, with Vietnamese names', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-zđăâêôơư/]{1,12}$/), fc.uint8Array({ maxLength: 200 })), { maxLength: 5 }), (pairs) => {
      const entries = pairs.map(([name, data], i) => ({ name: `${i}-${name}`, data: Buffer.from(data) }));
      const back = readZip(writeZip(entries));
      expect(back.map((e) => [e.name, [...e.data]])).toEqual(entries.map((e) => [e.name, [...e.data]]));
    }));
  });
});
