/**
 * The total of a decision in words (vn-recognition-format.md §1.4): examples as accounting
 * documents write them, and a property test over amounts: the words read back (by an
 * independent reader written here) give the amount, and follow the reading rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, formatDong, numberWords } from '../../../src/core/recognition/amount-words';

describe('amounts in words', () => {
  it.each([
    [0, 'Không đồng'],
    [710_000, 'Bảy trăm mười nghìn đồng'],
    [1_410_000, 'Một triệu bốn trăm mười nghìn đồng'],
    [4_230_000, 'Bốn triệu hai trăm ba mươi nghìn đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [2_000_000, 'Hai triệu đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [25_000, 'Hai mươi lăm nghìn đồng'],
    [11_000, 'Mười một nghìn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_200_000_000, 'Một tỷ hai trăm triệu đồng'],
  ])('%d → %s', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it('writes figures with dots between thousands', () => {
    expect(formatDong(1_410_000)).toBe('1.410.000');
    expect(formatDong(760_000)).toBe('760.000');
    expect(formatDong(0)).toBe('0');
  });
});

/** An independent reader of Vietnamese number words. */
function readWords(text: string): number {
  const DIGIT: Record<string, number> = {
    không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
  };
  const SCALE: Record<string, number> = { nghìn: 1e3, triệu: 1e6, tỷ: 1e9 };
  let total = 0;
  let group = 0; // the current group below a thousand
  let digit = 0;
  let pendingScale: number[] = [];
  const words = text.split(' ');
  const flushGroup = () => { group += digit; digit = 0; };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w in DIGIT) digit = DIGIT[w];
    else if (w === 'trăm') { group += digit * 100; digit = 0; }
    else if (w === 'mươi') { group += digit * 10; digit = 0; }
    else if (w === 'mười') { group += 10; digit = 0; }
    else if (w === 'linh') { /* zero tens */ }
    else if (w in SCALE) {
      flushGroup();
      // `nghìn tỷ`: a scale right after another multiplies what came before it.
      let scale = SCALE[w];
      while (i + 1 < words.length && words[i + 1] in SCALE && SCALE[words[i + 1]] > scale) scale *= SCALE[words[++i]];
      pendingScale = [scale];
      total += group * scale;
      group = 0;
    } else throw new Error(`unknown word ${w}`);
  }
  void pendingScale;
  flushGroup();
  return total + group;
}

describe('amounts in words, for any amount', () => {
  it('read back to the amount, and follow the reading rules', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
      const words = numberWords(n);
      expect(readWords(words)).toBe(n);
      expect(words).not.toMatch(/ {2}|^ | $/);
      // `mốt` only after a ten of two or more; `lăm` only after a ten; never `mươi một`/`mười năm`.
      expect(words).not.toMatch(/mươi một(?! trăm)|mười năm(?! trăm)|mươi năm(?! trăm)/);
      // `mười` never follows a digit: `một mười` is wrong.
      expect(words).not.toMatch(/(một|hai|ba|bốn|năm|sáu|bảy|tám|chín) mười/);
      expect(amountInWords(n)).toMatch(/^[A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴK].* đồng$/u);
    }), { numRuns: 2000 });
  });

  it('reads the paid amounts of a decision (multiples of ten thousand) without a stray `không`', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), (k) => {
      const words = numberWords(k * 10_000);
      expect(readWords(words)).toBe(k * 10_000);
      expect(words.endsWith('không')).toBe(false);
    }));
  });
});
