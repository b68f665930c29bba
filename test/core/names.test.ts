/** Rules of name comparison and fuzzy suggestions (src/core/names.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedLevenshtein, closestName, foldName, indexByName, normalizeName, sameName } from '../../src/core/names';

/** Whitespace a pasted cell may contain. */
const SPACES = [' ', '\u00a0', '\t', '\n', '\r\n', '\u2003', '\u202f', '\u3000'];
const whitespaceRun = fc.array(fc.constantFrom(...SPACES), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));

/** Vietnamese letters (base letters with any tone mark), digits and a little punctuation. */
const BASES = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy0123456789-.'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const vietnameseChar = fc.tuple(fc.constantFrom(...BASES), fc.constantFrom(...TONES))
  .map(([b, t]) => (/[a-zăâđêôơư]/.test(b) ? b + t : b).normalize('NFC'));
const vietnameseWord = fc.array(vietnameseChar, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const vietnameseWords = fc.array(vietnameseWord, { minLength: 1, maxLength: 5 });

/** Any text, including lone surrogates and combining marks. */
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), vietnameseWords.map((w) => w.join(' ')));

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

describe('normalizeName', () => {
  it('trims, collapses NBSP, tabs and newlines, and lower-cases Vietnamese (Đ → đ)', () => {
    expect(normalizeName('  Chi\u00a0bộ\tthôn\n\n1  ')).toBe('chi bộ thôn 1');
    expect(normalizeName('ĐOÀN THANH NIÊN')).toBe('đoàn thanh niên');
    expect(normalizeName('Ư Ơ Ă Â Ê Ô')).toBe('ư ơ ă â ê ô');
  });

  it('treats NFD text (as typed on some keyboards) like NFC text', () => {
    expect(normalizeName('Thôn Đông'.normalize('NFD'))).toBe(normalizeName('Thôn Đông'));
  });

  it('ignores zero-width characters pasted from the web', () => {
    expect(normalizeName('Chi\u200b bộ\u00ad')).toBe('chi bộ');
  });

  it('reads non-strings with String() and null/undefined as blank', () => {
    expect(normalizeName(null)).toBe('');
    expect(normalizeName(undefined)).toBe('');
    expect(normalizeName(12)).toBe('12');
    expect(normalizeName(true)).toBe('true');
  });

  it('is idempotent for any string', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
    }), { numRuns: 1000 });
  });

  it('is equal for the NFC and NFD forms of any string', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(normalizeName(s.normalize('NFD'))).toBe(normalizeName(s.normalize('NFC')));
      expect(normalizeName(s.normalize('NFD'))).toBe(normalizeName(s));
    }), { numRuns: 1000 });
  });

  it('ignores case of Vietnamese text', () => {
    fc.assert(fc.property(vietnameseWords, (words) => {
      const s = words.join(' ');
      expect(normalizeName(s.toUpperCase())).toBe(normalizeName(s));
      expect(normalizeName(s.toUpperCase().normalize('NFD'))).toBe(normalizeName(s.toLowerCase()));
    }));
  });

  it('ignores added leading, trailing and inner whitespace', () => {
    fc.assert(fc.property(vietnameseWords, whitespaceRun, whitespaceRun, fc.array(whitespaceRun, { minLength: 5, maxLength: 5 }),
      (words, before, after, inner) => {
        const spaced = before + words.map((w, i) => (i === 0 ? w : inner[i % inner.length] + w)).join('') + after;
        expect(normalizeName(spaced)).toBe(words.join(' ').toLowerCase());
      }));
    fc.assert(fc.property(anyText, whitespaceRun, whitespaceRun, (s, before, after) => {
      expect(normalizeName(before + s + after)).toBe(normalizeName(s));
    }));
  });
});

describe('foldName and sameName', () => {
  it('folds diacritics and đ for suggestions only', () => {
    expect(foldName('  Thôn ĐÔNG  Hưng ')).toBe('thon dong hung');
    expect(foldName('Ấp Mỹ Lợi')).toBe('ap my loi');
    expect(sameName('Thôn Đông', 'thon dong')).toBe(false);
  });

  it('compares names after normalisation', () => {
    expect(sameName(' Chi bộ  Thôn 1', 'chi bộ thôn 1')).toBe(true);
    expect(sameName('Chi bộ thôn 1', 'Chi bộ thôn 2')).toBe(false);
    expect(sameName(null, '')).toBe(true);
  });
});

describe('indexByName', () => {
  it('maps each normalised name to its first entry and leaves out blank names', () => {
    const rows = [{ name: 'Thôn 1', row: 2 }, { name: ' THÔN  1', row: 3 }, { name: 'Thôn 2', row: 4 }, { name: ' ', row: 5 }];
    const index = indexByName(rows, (r) => r.name);
    expect(index.get('thôn 1')?.row).toBe(2);
    expect(index.get(normalizeName('thôn 2'))?.row).toBe(4);
    expect(index.has('')).toBe(false);
    expect(index.size).toBe(2);
  });
});

describe('closestName', () => {
  const roster = ['Chi bộ thôn 1', 'Chi bộ thôn 2', 'Đoàn Thanh niên', 'Hội Phụ nữ'];

  it('suggests the closest roster name', () => {
    expect(closestName('chi bo thon 1', roster)).toBe('Chi bộ thôn 1');
    expect(closestName('Chi bộ thôn1', roster)).toBe('Chi bộ thôn 1');
    expect(closestName('Doan thanh nien xa', roster)).toBe('Đoàn Thanh niên');
    expect(closestName('hoi phu nu', roster)).toBe('Hội Phụ nữ');
  });

  it('breaks ties by the distance with diacritics, then by roster order', () => {
    expect(closestName('thôn', ['thon', 'thôn'])).toBe('thôn');
    expect(closestName('thon', ['thôn', 'thon'])).toBe('thon');
    expect(closestName('ab', ['ax', 'xb'])).toBe('ax');
    expect(closestName('ab', ['xb', 'ax'])).toBe('xb');
  });

  it('gives nothing for a blank input or an empty roster, and never suggests a blank name', () => {
    expect(closestName('  ', roster)).toBeUndefined();
    expect(closestName('Thôn 1', [])).toBeUndefined();
    expect(closestName('ab', ['', ' ', 'xyz'])).toBe('xyz');
    expect(closestName('ab', ['', ' '])).toBeUndefined();
  });

  it('notices a roster array changed in place', () => {
    const mutable = ['Thôn 1', 'Thôn 2'];
    expect(closestName('thon 2', mutable)).toBe('Thôn 2');
    mutable[1] = 'Xóm 9';
    expect(closestName('thon 2', mutable)).toBe('Thôn 1');
  });

  it('returns an exact candidate when the input equals one up to normalisation', () => {
    fc.assert(fc.property(fc.array(vietnameseWords.map((w) => w.join(' ')), { minLength: 1, maxLength: 20 }), fc.nat(), whitespaceRun,
      (candidates, pick, pad) => {
        const target = candidates[pick % candidates.length];
        const input = pad + target.toUpperCase().normalize('NFD').replace(/ /g, pad) + pad;
        const found = closestName(input, candidates);
        expect(found).toBeDefined();
        expect(normalizeName(found)).toBe(normalizeName(target));
        expect(candidates.indexOf(found!)).toBe(candidates.findIndex((c) => sameName(c, target)));
      }));
  });

  it('minimises the folded edit distance', () => {
    fc.assert(fc.property(vietnameseWord, fc.array(vietnameseWord, { minLength: 1, maxLength: 10 }), (input, candidates) => {
      const found = closestName(input, candidates)!;
      const best = Math.min(...candidates.map((c) => levenshtein(foldName(input), foldName(c))));
      expect(levenshtein(foldName(input), foldName(found))).toBe(best);
    }));
  });

  it('suggests for many inputs against a large roster (timed in npm run bench, not here)', () => {
    const candidates = Array.from({ length: 300 }, (_, i) => `Chi bộ thôn ${i}`);
    expect(closestName('chi bo thon 17', candidates)).toBe('Chi bộ thôn 17');
  });
});

describe('boundedLevenshtein', () => {
  it('equals the edit distance when within the limit, and exceeds the limit otherwise', () => {
    const short = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', 'c', 'đ', 'ô') });
    fc.assert(fc.property(short, short, fc.nat({ max: 14 }), (a, b, limit) => {
      const exact = levenshtein(a, b);
      const bounded = boundedLevenshtein(a, b, limit);
      if (exact <= limit) expect(bounded).toBe(exact);
      else expect(bounded).toBeGreaterThan(limit);
      expect(boundedLevenshtein(a, b, Infinity)).toBe(exact);
    }), { numRuns: 2000 });
  });
});
