/**
 * Cell backgrounds: the model's '#rrggbb' (lower case, '#ffffff' for no colour, as Google
 * Sheets reports them); written as solid fills (ooxml/styles-part.ts), read back from them
 * (ooxml/styles-read.ts).
 */
/** '#rrggbb' in lower case, or null when `color` is not a hex colour. Accepts '#rgb'. */
export function normalizeHexColor(color: string): string | null {
  const hex = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  if (/^#[0-9a-f]{3}$/.test(hex)) return `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  return null;
}
