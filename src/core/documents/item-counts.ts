/**
 * Counting registrations for the documents' sentences: by type (`03 mô hình, 02 phong trào
 * và 07 việc làm`) and by field in the order of `Lĩnh vực`.
 */
import { REGISTRATION_TYPES } from '../contract';
import { normalizeName } from '../names';
import { DOC_TEXT, formatCount, joinAnd } from './document-text';

/** `03 mô hình, 02 phong trào và 07 việc làm` (kinds with no item left out). */
export function kindsText(items: readonly { type: string }[]): string {
  const counts = new Map<string, number>();
  for (const t of REGISTRATION_TYPES) counts.set(t, 0);
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return joinAnd([...counts.entries()].filter(([type, n]) => n > 0 && type).map(([type, n]) => DOC_TEXT.kindCount(formatCount(n), type)));
}

/** Counts by field: the order of `Lĩnh vực`, then fields met in the items. */
export function countByField(items: readonly { field: string }[], order: readonly string[] = []): Array<{ field: string; count: number }> {
  const counts = new Map<string, { field: string; count: number }>();
  for (const f of order) counts.set(normalizeName(f), { field: f, count: 0 });
  for (const item of items) {
    const key = normalizeName(item.field);
    const entry = counts.get(key) ?? { field: item.field, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].filter((e) => e.count > 0 && e.field);
}
