/**
 * A digest of a .docx's parts (path and XML): two 32-bit FNV-1a hashes with different
 * offsets, in base 36. Equal digests mean the same document; it decides whether a document
 * must be uploaded again. Pure, no Apps Script globals.
 */

function fnv(text: string, offset: number): number {
  // A local: in the emulation's sandbox (node:vm) every read of the global `Math` goes through
  // the context's interceptor, which made hashing a 50,000-row report take seconds (issue 12, item 10).
  const imul = Math.imul;
  let h = offset >>> 0;
  for (let i = 0, n = text.length; i < n; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function partsDigest(parts: ReadonlyArray<{ path: string; xml: string }>): string {
  const text = parts.map((p) => `${p.path}\u0000${p.xml}`).join('\u0001');
  return `${fnv(text, 0x811c9dc5).toString(36)}.${fnv(text, 0x2f3a6c1d).toString(36)}.${text.length.toString(36)}`;
}
