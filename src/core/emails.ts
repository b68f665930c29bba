/** Roster e-mail addresses: splitting a cell, and telling a usable address from a typo. */

/** A pragmatic check: one @, a dot in the domain, no spaces or commas. */
export function isValidEmail(address: string): boolean {
  return /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]{2,}$/.test(address);
}

/** Valid and invalid addresses of a list, de-duplicated (case-insensitive). */
export function sortAddresses(addresses: readonly string[]): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const a of addresses.map((x) => x.trim()).filter(Boolean)) {
    const key = a.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (isValidEmail(a) ? valid : invalid).push(a);
  }
  return { valid, invalid };
}
