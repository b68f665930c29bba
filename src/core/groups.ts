/**
 * Reads the `Khối` sheet: each unit group with the registration types it may register and
 * its minimum and maximum number of registrations (DESIGN.md §3.2).
 */
import * as z from 'zod/mini';
import { GROUP_HEADER, REGISTRATION_TYPES, SHEET } from './contract';
import { MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders, isBlankRow } from './table';

export interface Group {
  name: string;
  /** The categories this group may send, as written in the `Loại` question's choices. */
  allowedTypes: string[];
  min: number;
  max: number;
}

/** The rule used when a unit's group is missing or unknown: the plan's "1–2, any type". */
export const FALLBACK_GROUP_RULE: Omit<Group, 'name'> = { allowedTypes: [...REGISTRATION_TYPES], min: 1, max: 2 };

/** The fallback rule of a plan with these categories. */
export function fallbackRule(categories: readonly string[]): Omit<Group, 'name'> {
  return { ...FALLBACK_GROUP_RULE, allowedTypes: [...categories] };
}

export const countSchema = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(100));

/** Parses a comma list of categories; unknown words are returned separately. */
export function parseTypeList(text: string, categories: readonly string[] = REGISTRATION_TYPES): { types: string[]; unknown: string[] } {
  const types: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const match = categories.find((t) => normalizeName(t) === normalizeName(part));
    if (match) { if (!types.includes(match)) types.push(match); } else unknown.push(part);
  }
  return { types, unknown };
}

/** A category as written in `categories` (default: the types of §3.5), or undefined. */
export function matchType(value: unknown, categories: readonly string[] = REGISTRATION_TYPES): string | undefined {
  return categories.find((t) => normalizeName(t) === normalizeName(value));
}

/**
 * Reads `Khối`. `categories` are the plan's categories (the `Loại` question's choices; [] for
 * a plan without one, where `Loại được đăng ký` is not read).
 */
export function readGroups(
  values: readonly unknown[][] | undefined,
  categories: readonly string[] = REGISTRATION_TYPES,
): { groups: Map<string, Group>; problems: string[] } {
  const groups = new Map<string, Group>();
  const problems: string[] = [];
  if (!values) return { groups, problems: [MSG.missingSheet(SHEET.groups)] };
  if (!values.length) return { groups, problems: [MSG.emptySheet(SHEET.groups)] };
  const headers = indexHeaders(values[0]);
  const col = {
    name: headers.columnOf(GROUP_HEADER.name),
    types: headers.columnOf(GROUP_HEADER.allowedTypes),
    min: headers.columnOf(GROUP_HEADER.min),
    max: headers.columnOf(GROUP_HEADER.max),
  };
  for (const [key, header] of Object.entries(GROUP_HEADER)) {
    if (col[key === 'allowedTypes' ? 'types' : (key as 'name')] === undefined) problems.push(MSG.missingHeader(SHEET.groups, header));
  }
  if (col.name === undefined) return { groups, problems };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const rowNumber = r + 1;
    const name = cellText(row[col.name]);
    if (!name || isBlankRow(row)) continue;
    const rule = { ...FALLBACK_GROUP_RULE, allowedTypes: [...categories] };
    if (col.types !== undefined && cellText(row[col.types]) && categories.length) {
      const { types, unknown } = parseTypeList(cellText(row[col.types]), categories);
      unknown.forEach((u) => problems.push(MSG.groupUnknownType(rowNumber, u, categories)));
      if (types.length) rule.allowedTypes = types;
    }
    for (const which of ['min', 'max'] as const) {
      const c = col[which];
      if (c === undefined || cellText(row[c]) === '') continue;
      const parsed = countSchema.safeParse(row[c]);
      if (parsed.success) rule[which] = parsed.data;
      else problems.push(MSG.groupInvalid(rowNumber, GROUP_HEADER[which], row[c], 'một số nguyên không âm'));
    }
    if (rule.min > rule.max) {
      problems.push(MSG.groupMinAboveMax(rowNumber, rule.min, rule.max));
      rule.max = rule.min;
    }
    const key = normalizeName(name);
    if (!groups.has(key)) groups.set(key, { name, ...rule });
  }
  return { groups, problems };
}
