/**
 * Quotas beyond one unit (DESIGN.md §12.2): `Tổng số tối đa`, a cap on valid rows for the
 * whole plan, and `Cơ cấu theo loại`, shares of that total per category (each capped at its
 * share, rounded down). A share list that does not parse, names an unknown category or sums
 * past 100 % is reported by row and not applied; the rest of the run goes on.
 */
import { QUESTION_MSG } from './messages';
import { normalizeName } from './names';
import type { Settings } from './settings';

export interface CategoryCap {
  category: string;
  percent: number;
  cap: number;
}

export interface Quotas {
  totalMax: number | undefined;
  /** Keyed by the normalised category. */
  categoryCaps: Map<string, CategoryCap>;
  problems: string[];
}

/** One `Tên loại 30%` item: the name, then a number (comma or dot decimals), then `%`. */
const SHARE = /^(.+?)[\s:=-]*(\d+(?:[.,]\d+)?)\s*%$/;

/** Parses `Khách mời 30%, Điển hình tiên tiến 70%` (items separated by `,`, `;` or lines). */
export function parseShares(text: string): Array<{ name: string; percent: number }> | undefined {
  const items = text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
  if (!items.length) return undefined;
  const out: Array<{ name: string; percent: number }> = [];
  for (const item of items) {
    const m = SHARE.exec(item);
    if (!m) return undefined;
    const percent = Number(m[2].replace(',', '.'));
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return undefined;
    out.push({ name: m[1].trim(), percent });
  }
  return out;
}

/** Reads the plan's quotas against its categories (the `Loại` question's choices). */
export function readQuotas(settings: Settings, categories: readonly string[]): Quotas {
  const problems: string[] = [];
  const categoryCaps = new Map<string, CategoryCap>();
  const shares = settings.categoryShares;
  if (shares) {
    const parsed = parseShares(shares.text);
    const byKey = new Map(categories.map((c) => [normalizeName(c), c]));
    if (!parsed) problems.push(QUESTION_MSG.sharesInvalid(shares.row, shares.text));
    else if (settings.totalMax === undefined) problems.push(QUESTION_MSG.sharesWithoutTotal(shares.row));
    else {
      const sum = parsed.reduce((a, s) => a + s.percent, 0);
      const unknown = parsed.find((s) => !byKey.has(normalizeName(s.name)));
      if (sum > 100 + 1e-9) problems.push(QUESTION_MSG.sharesOver100(shares.row, Math.round(sum * 100) / 100));
      else if (unknown) problems.push(QUESTION_MSG.sharesUnknownCategory(shares.row, unknown.name, categories));
      else {
        for (const s of parsed) {
          const key = normalizeName(s.name);
          categoryCaps.set(key, { category: byKey.get(key)!, percent: s.percent, cap: Math.floor((s.percent * settings.totalMax) / 100 + 1e-9) });
        }
      }
    }
  }
  return { totalMax: settings.totalMax, categoryCaps, problems };
}
