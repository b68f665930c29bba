/**
 * Money in a decision (vn-recognition-format.md §1.4): figures with dots between thousands
 * (`1.410.000`) and the amount in words as accounting documents read it
 * (`Một triệu bốn trăm mười nghìn đồng`): groups of three digits named nghìn, triệu, tỷ;
 * a zero group is skipped; a group after a higher one is read whole (`không trăm`, `linh`);
 * `mốt` after a ten of two or more, `lăm` after any ten, `mười` for one ten.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** Names of the groups of three digits, lowest first; `tỷ` repeats as in `nghìn tỷ`. */
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/** `1.410.000` (Vietnamese thousands separator). */
export function formatDong(n: number): string {
  const whole = Math.round(Math.abs(n));
  const text = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${text}` : text;
}

/** Words of a group of three digits; `full` reads the hundreds and `linh` even when they are zero. */
function groupWords(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const out: string[] = [];
  if (hundreds > 0 || full) out.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0 && out.length) out.push('linh');
  } else if (tens === 1) out.push('mười');
  else out.push(DIGITS[tens], 'mươi');
  if (units > 0) {
    if (units === 1 && tens >= 2) out.push('mốt');
    else if (units === 5 && tens >= 1) out.push('lăm');
    else out.push(DIGITS[units]);
  }
  return out;
}

/** The words of a whole number (0 ≤ n < 10^18), lower case: `một triệu bốn trăm mười nghìn`. */
export function numberWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`numberWords: ${n}`);
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    words.push(...groupWords(g, i < groups.length - 1));
    if (GROUPS[i]) words.push(GROUPS[i]);
  }
  return words.join(' ');
}

/** `Một triệu bốn trăm mười nghìn đồng`. */
export function amountInWords(n: number): string {
  const words = numberWords(Math.round(n));
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`;
}
