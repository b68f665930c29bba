/**
 * Reads the `Khối` sheet: each unit group with the registration types it may register and
 * its minimum and maximum number of registrations (DESIGN.md §3.2).
 */
import * as z from 'zod/mini';
import { GROUP_HEADER, REGISTRATION_TYPES, SHEET, type RegistrationType } from './contract';
import { MSG } from './messages';
import { normalizeName } from './names';
import { cellText, indexHeaders, isBlankRow } from './table';

export interface Group {
  name: string;
  allowedTypes: RegistrationType[];
  min: number;
  max: number;
}

/** The rule used when a unit's group is missing or unknown: the plan's "1–2, any type". */
export const FALLBACK_GROUP_RULE: Omit<Group, 'name'> = { allowedTypes: [...REGISTRATION_TYPES], min: 1, max: 2 };

export const countSchema = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(100));

/** Parses a comma list of types; unknown words are returned separately. */
export function parseTypeList(text: string): { types: RegistrationType[]; unknown: string[] } {
  const types: RegistrationType[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const match = REGISTRATION_TYPES.find((t) => normalizeName(t) === normalizeName(part));
    if (match) { if (!types.includes(match)) types.push(match); } else unknown.push(part);
  }
  return { types, unknown };
}

/** A registration type as written in the contract, or undefined. */
export function matchType(value: unknown): RegistrationType | undefined {
  return REGISTRATION_TYPES.find((t) => normalizeName(t) === normalizeName(value));
}

export function readGroups(values: readonly unknown[][] | undefined): { groups: Map<string, Group>; problems: string[] } {
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
    const rule = { ...FALLBACK_GROUP_RULE, allowedTypes: [...FALLBACK_GROUP_RULE.allowedTypes] };
    if (col.types !== undefined && cellText(row[col.types])) {
      const { types, unknown } = parseTypeList(cellText(row[col.types]));
      unknown.forEach((u) => problems.push(MSG.groupUnknownType(rowNumber, u)));
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
