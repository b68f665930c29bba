/**
 * Comparing names as people type them: unit names, item titles and sheet headers are equal
 * after NFC normalisation, trimming, collapsing inner whitespace and ignoring case
 * (DESIGN.md §4). Also the fuzzy "did you mean …?" suggestion for an unknown unit name.
 */

/** Characters that are invisible in a cell but break equality (zero-width spaces/joiners, soft hyphen). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;
/** JS `\s` covers NBSP, tabs, newlines, U+2000–U+200A, U+202F, U+3000, BOM, … */
const WHITESPACE_RUN = /\s+/g;
const COMBINING_MARK = /\p{M}/gu;

/**
 * The canonical form of a name: NFC, invisible characters removed, every whitespace run
 * (including NBSP, tabs, newlines) collapsed to one space, trimmed, lower-cased without a
 * locale (so Đ → đ everywhere). Non-strings go through String(); null/undefined give ''.
 */
export function normalizeName(s: unknown): string {
  if (s === null || s === undefined) return '';
  const text = typeof s === 'string' ? s : String(s);
  if (text.length > NORMALIZED_MAX_LENGTH) return normalizeText(text);
  let normal = normalized.get(text);
  if (normal === undefined) {
    if (normalized.size >= NORMALIZED_LIMIT) normalized.clear();
    normal = normalizeText(text);
    normalized.set(text, normal);
  }
  return normal;
}

/**
 * Names already normalised in this execution: a check compares the same few thousand unit
 * names, statuses and headers tens of thousands of times. Bounded, and a pure function's
 * memory: clearing it changes nothing but time.
 */
const normalized = new Map<string, string>();
const NORMALIZED_LIMIT = 50_000;
const NORMALIZED_MAX_LENGTH = 200;

function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .toLowerCase()
    .normalize('NFC');
}

/**
 * normalizeName without diacritics (NFD, combining marks removed, đ → d), so 'Thôn Đông'
 * and 'thon dong' fold alike. For fuzzy suggestions only, never for equality.
 */
export function foldName(s: unknown): string {
  return normalizeName(s).normalize('NFD').replace(COMBINING_MARK, '').replace(/đ/g, 'd').normalize('NFC');
}

/** Whether two values are the same name once normalised. */
export function sameName(a: unknown, b: unknown): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** A lookup from normalised name to the first entry with that name; entries with a blank name are left out. */
export function indexByName<T>(items: readonly T[], nameOf: (t: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const key = normalizeName(nameOf(item));
    if (key !== '' && !index.has(key)) index.set(key, item);
  }
  return index;
}

/** Prepared candidates and the answers already given, kept per candidates array. */
interface CandidateCache {
  readonly snapshot: readonly string[];
  readonly normalized: readonly string[];
  readonly folded: readonly string[];
  readonly answers: Map<string, string | undefined>;
}

const caches = new WeakMap<readonly string[], CandidateCache>();

function cacheFor(candidates: readonly string[]): CandidateCache {
  const cached = caches.get(candidates);
  // The snapshot check makes the cache safe even if the caller mutates the array in place.
  if (cached && cached.snapshot.length === candidates.length && cached.snapshot.every((c, i) => c === candidates[i])) {
    return cached;
  }
  const fresh: CandidateCache = {
    snapshot: candidates.slice(),
    normalized: candidates.map(normalizeName),
    folded: candidates.map(foldName),
    answers: new Map(),
  };
  caches.set(candidates, fresh);
  return fresh;
}

/**
 * The candidate closest to `input`: least edit distance between folded names, ties broken
 * by the distance between normalised names, then by candidate order. Returns the original
 * candidate string; undefined if the input is blank or no candidate has a non-blank name.
 * There is no distance limit: the caller decides whether a suggestion is worth showing.
 * Answers are memoised per distinct normalised input (for a given candidates array).
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const normalizedInput = normalizeName(input);
  if (normalizedInput === '' || candidates.length === 0) return undefined;
  const cache = cacheFor(candidates);
  if (cache.answers.has(normalizedInput)) return cache.answers.get(normalizedInput);
  const foldedInput = foldName(normalizedInput);
  let best = -1;
  let bestFolded = Infinity;
  let bestNormalized = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    if (cache.normalized[i] === '') continue;
    const dFolded = boundedLevenshtein(foldedInput, cache.folded[i], bestFolded);
    if (dFolded > bestFolded) continue;
    const limit = dFolded < bestFolded ? Infinity : bestNormalized;
    const dNormalized = boundedLevenshtein(normalizedInput, cache.normalized[i], limit);
    if (dFolded < bestFolded || dNormalized < bestNormalized) {
      best = i;
      bestFolded = dFolded;
      bestNormalized = dNormalized;
    }
  }
  const answer = best < 0 ? undefined : candidates[best];
  cache.answers.set(normalizedInput, answer);
  return answer;
}

let previousRow: number[] = [];
let currentRow: number[] = [];

/**
 * Levenshtein distance (UTF-16 code units) when it is at most `limit`, otherwise any value
 * greater than `limit`. Only the diagonal band of width `limit` is computed and the scan
 * stops as soon as a whole row exceeds the limit.
 */
export function boundedLevenshtein(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (a.length > b.length) { const t = a; a = b; b = t; }
  // Common prefix and suffix do not change the distance.
  let start = 0;
  while (start < a.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) { endA--; endB--; }
  const n = endA - start;
  const m = endB - start;
  if (m - n > limit) return limit + 1;
  if (n === 0) return m;
  const k = Math.min(limit, m);
  const over = k + 1;
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : over;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(start + i - 1);
    for (let j = lo; j <= hi; j++) {
      const substitute = prev[j - 1] + (ca === b.charCodeAt(start + j - 1) ? 0 : 1);
      let v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (substitute < v) v = substitute;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > k) { previousRow = prev; currentRow = cur; return over; }
    const t = prev; prev = cur; cur = t;
  }
  previousRow = prev;
  currentRow = cur;
  return prev[m];
}
