/** Escaping for HTML built from user text (emails): every `&<>"'` becomes an entity. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A subject line: no line breaks (they would split or inject headers), spaces collapsed. */
export function oneLine(text: unknown): string {
  return String(text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Only http(s) links become hrefs; anything else is shown as text. */
export function safeHref(url: unknown): string | undefined {
  const s = String(url ?? '').trim();
  return /^https:\/\/[^\s"'<>]+$/i.test(s) ? s : undefined;
}
