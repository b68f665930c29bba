/** Roster e-mail addresses: splitting a cell, and telling a usable address from a typo. */

const PLAIN = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]{2,}$/;
/** `Tên <a@x.vn>` or `"Tên" <a@x.vn>`, as mail programs write an address with its name. */
const NAMED = /^(?:"[^"]*"|[^<>"])*<([^<>\s]+)>$/;

/** The bare address of `a@x.vn` or `"Tên" <a@x.vn>`. */
export function addressPart(address: string): string {
  const trimmed = address.trim();
  const named = NAMED.exec(trimmed);
  return named ? named[1] : trimmed;
}

/** A pragmatic check: one @, a dot in the domain, no spaces or commas; a display name is allowed. */
export function isValidEmail(address: string): boolean {
  return PLAIN.test(addressPart(address));
}

/** Valid and invalid addresses of a list, de-duplicated by their bare address (case-insensitive). */
export function sortAddresses(addresses: readonly string[]): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const a of addresses.map((x) => x.trim()).filter(Boolean)) {
    const key = addressPart(a).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (isValidEmail(a) ? valid : invalid).push(a);
  }
  return { valid, invalid };
}
