/**
 * Column widths: the model's pixels to and from Excel's width unit (about one character
 * of the default font, ≈ 7 pixels).
 */

const PIXELS_PER_UNIT = 7;

/** Excel column width of a width in pixels. */
export function widthFromPixels(pixels: number): number {
  return pixels / PIXELS_PER_UNIT;
}

/** Pixels of an Excel column width, rounded to a whole pixel. */
export function pixelsFromWidth(width: number): number {
  return Math.round(width * PIXELS_PER_UNIT);
}
