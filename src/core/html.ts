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

/** MailApp refuses subjects over 250 characters: a subject is one line, cut with an ellipsis. */
export function subjectLine(text: unknown): string {
  const line = oneLine(text);
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}
