/**
 * HTML escaping for template output (`<?= ?>`) and HtmlOutput.appendUntrusted.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values; null/undefined print nothing. */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
