/**
 * The structure a plan reached (DESIGN.md §12.2): for each category of the `Loại` question,
 * the valid rows (`Hợp lệ` and `Trễ hạn`), their share of all valid rows, and the category's
 * cap from `Cơ cấu theo loại` when there is one. Shown in the sidebar and the report.
 */
import type { CheckOutcome } from './check-workbook';
import { normalizeName } from './names';
import { isCounted } from './rank-registrations';

export interface CategoryShare {
  category: string;
  count: number;
  /** Share of all valid rows, in whole percent (0 when there is none). */
  percent: number;
  /** Cap from `Cơ cấu theo loại` (undefined: none). */
  cap: number | undefined;
  /** The share `Cơ cấu theo loại` asks for, in percent (undefined: none). */
  targetPercent: number | undefined;
}

export function categoryStructure(outcome: CheckOutcome): CategoryShare[] {
  if (!outcome.categories.length) return [];
  const counts = new Map(outcome.categories.map((c) => [normalizeName(c), 0]));
  let total = 0;
  for (const row of outcome.rows.values()) {
    if (!isCounted(row.status)) continue;
    const key = normalizeName(row.category);
    if (!counts.has(key)) continue;
    counts.set(key, counts.get(key)! + 1);
    total++;
  }
  return outcome.categories.map((category) => {
    const key = normalizeName(category);
    const count = counts.get(key) ?? 0;
    const cap = outcome.quotas.categoryCaps.get(key);
    return {
      category, count, percent: total ? Math.round((count * 100) / total) : 0, cap: cap?.cap, targetPercent: cap?.percent,
    };
  });
}
