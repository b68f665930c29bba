/**
 * The width of a line of text, estimated from Times New Roman's advance widths (those of the
 * metric-compatible Times-Roman and Times-Bold AFM files, in 1/1000 em). The official formats
 * draw a rule "as long as the line above" (Tiêu ngữ, Party title) or 1/3–1/2 of it (issuing
 * body, subject); a Google Doc cannot measure text, so the renderer sizes the rule from this
 * estimate. Vietnamese letters take the width of their base letter (diacritics sit above or
 * below it); other characters count as an average letter. Pure, no Apps Script globals.
 */

const REGULAR: Record<string, number> = {
  ' ': 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722,
  O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  '-': 333, ',': 250, '.': 250, '/': 278, ':': 278, ';': 278, '*': 500, '(': 333, ')': 333, '"': 408, '%': 833,
};

const BOLD: Record<string, number> = {
  ' ': 250, a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944, N: 722,
  O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  '-': 333, ',': 250, '.': 250, '/': 278, ':': 333, ';': 333, '*': 500, '(': 333, ')': 333, '"': 555, '%': 1000,
};

/** The base letter of a Vietnamese letter: `Ố` → `O`, `đ` → `d`. */
function baseLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').charAt(0);
}

/** Estimated width of `text` in points at `size` points, bold or not. */
export function textWidthPt(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const base = baseLetter(ch);
    units += table[base] ?? (/\d/.test(base) ? 500 : 500);
  }
  return (units / 1000) * size;
}
