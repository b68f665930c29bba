/**
 * Cell backgrounds: the model's '#rrggbb' (lower case, '#ffffff' for no colour, as Google
 * Sheets reports them) to and from .xlsx solid pattern fills with ARGB colours.
 */
import type { Fill } from 'exceljs';
import { NO_COLOR } from '../../core/contract';

/** '#rrggbb' in lower case, or null when `color` is not a hex colour. Accepts '#rgb'. */
export function normalizeHexColor(color: string): string | null {
  const hex = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  if (/^#[0-9a-f]{3}$/.test(hex)) return `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  return null;
}

/** The solid fill for a model background, or undefined for no colour (white or unreadable). */
export function backgroundToFill(background: string | undefined): Fill | undefined {
  const hex = background ? normalizeHexColor(background) : null;
  if (!hex || hex === NO_COLOR) return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1).toUpperCase()}` } };
}

/**
 * The model background of a cell fill: the foreground colour of a solid pattern given as
 * ARGB; anything else (no fill, gradients, theme or indexed colours) reads as '#ffffff'.
 */
export function fillToBackground(fill: Fill | undefined): string {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return NO_COLOR;
  const argb = fill.fgColor?.argb;
  if (typeof argb !== 'string' || !/^[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(argb)) return NO_COLOR;
  return `#${argb.slice(-6).toLowerCase()}`;
}
