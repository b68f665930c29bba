/**
 * The edit link of each form response, by `Mã đăng ký` (DESIGN.md §13: milestone reminders
 * carry each missing row's edit link). The submit trigger keeps it in the row's receipt
 * record; here all records are read with one `getProperties` call, whatever the rows.
 */
import { DOC_PROPERTY } from '../core/contract';

export function readEditLinks(): Map<string, string> {
  const links = new Map<string, string>();
  const all = PropertiesService.getDocumentProperties().getProperties();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(DOC_PROPERTY.receiptPrefix)) continue;
    try {
      const record = JSON.parse(value) as { e?: unknown };
      if (typeof record.e === 'string' && record.e) links.set(key.slice(DOC_PROPERTY.receiptPrefix.length), record.e);
    } catch {
      // A record someone edited by hand: no link for that row.
    }
  }
  return links;
}
