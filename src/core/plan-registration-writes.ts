/**
 * What a check writes to `Đăng ký` (DESIGN.md §3.5, §4): the owned columns (`Kết quả
 * kiểm tra`, `Chi tiết`, `Chờ duyệt` where `Trạng thái phê duyệt` is empty, a `Mã đăng
 * ký` written once), the row colours and the notes on invalid cells. Answer cells are
 * never in the plan. Columns whose values would not change are left out, so a second run
 * writes nothing.
 */
import { APPROVAL, NO_COLOR, OWNED, ROW_STATUS_COLOR } from './contract';
import type { CheckOutcome } from './check-workbook';
import { OWNED_KEYS, type OwnedKey } from './registration-columns';
import { cellText } from './table';
import { asPlainText, mergeNote, sameCell, sameGrid, type ColumnWrite, type SheetWritePlan } from './write-plan';

const ID_PATTERN = /^DK-(\d{4})-(\d+)$/;

/** `DK-2026-0001`-style ids: the year of the plan and a sequence after the highest in use. */
export function nextRegistrationIds(existing: readonly unknown[], needed: number, year: number): string[] {
  const y = String(year);
  let max = 0;
  for (const v of existing) {
    const m = ID_PATTERN.exec(cellText(v));
    if (m && m[1] === y) max = Math.max(max, Number(m[2]));
  }
  return Array.from({ length: needed }, (_, i) => `DK-${y}-${String(max + i + 1).padStart(4, '0')}`);
}

export interface RegistrationWritePlan extends SheetWritePlan {
  /** The `Mã đăng ký` of every checked row after the writes, by 1-based sheet row. */
  idByRow: Map<number, string>;
}

export function planRegistrationWrites(
  values: readonly unknown[][],
  notes: readonly string[][],
  outcome: CheckOutcome,
): RegistrationWritePlan {
  const columns = outcome.columns!;
  const headerWidth = values[0].length;
  const dataRows = values.length - 1;
  // Owned columns: existing ones where they are, missing ones appended at the right.
  const ownedAt = { ...columns.owned } as Record<OwnedKey, number>;
  columns.missingOwned.forEach((key, i) => { ownedAt[key] = headerWidth + i; });
  const width = headerWidth + columns.missingOwned.length;
  const cell = (r: number, c: number): unknown => (c < headerWidth ? values[r][c] : '');

  const idColumn = Array.from({ length: dataRows }, (_, i) => cell(i + 1, ownedAt.registrationId));
  const rowsNeedingId = idColumn
    .map((v, i) => ({ v, row: i + 2 }))
    .filter(({ v, row }) => cellText(v) === '' && outcome.rows.has(row));
  const newIds = nextRegistrationIds(idColumn, rowsNeedingId.length, outcome.settings.year ?? outcome.today.year);
  const idByRow = new Map(rowsNeedingId.map(({ row }, i) => [row, newIds[i]]));

  const desired = (key: OwnedKey, r: number): unknown => {
    const sheetRow = r + 1;
    const current = cell(r, ownedAt[key]);
    const result = outcome.rows.get(sheetRow);
    switch (key) {
      case 'result': return result ? result.status : '';
      case 'details': return result ? asPlainText([...result.reasons, ...(outcome.recognitionLines.get(sheetRow) ?? [])].join('\n')) : '';
      case 'approval': return result && cellText(current) === '' ? APPROVAL.pending : current;
      case 'registrationId': return idByRow.get(sheetRow) ?? current;
      default: return current;
    }
  };

  const writes: ColumnWrite[] = [];
  for (const key of OWNED_KEYS) {
    const column = ownedAt[key];
    const isNew = column >= headerWidth;
    const cells: unknown[] = [isNew ? OWNED[key] : values[0][column]];
    let changed = isNew;
    for (let r = 1; r <= dataRows; r++) {
      const v = desired(key, r);
      if (!sameCell(v, cell(r, column))) changed = true;
      cells.push(v);
    }
    if (changed) writes.push({ column, cells });
  }

  const backgrounds: string[][] = [];
  const newNotes: string[][] = [];
  for (let r = 1; r <= dataRows; r++) {
    const result = outcome.rows.get(r + 1);
    backgrounds.push(new Array(width).fill(result ? ROW_STATUS_COLOR[result.status] : NO_COLOR));
    const reasonsByColumn = new Map<number, string[]>();
    for (const p of result?.problems ?? []) {
      if (p.column === undefined) continue;
      const c = p.column;
      reasonsByColumn.set(c, [...(reasonsByColumn.get(c) ?? []), p.message]);
    }
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(mergeNote(notes[r]?.[c] ?? '', reasonsByColumn.get(c) ?? []));
    newNotes.push(row);
  }
  const oldNotes = newNotes.map((row, i) => row.map((_, c) => notes[i + 1]?.[c] ?? ''));
  const finalIds = new Map<number, string>();
  for (const row of outcome.rows.keys()) finalIds.set(row, idByRow.get(row) ?? cellText(cell(row - 1, ownedAt.registrationId)));
  return {
    idByRow: finalIds,
    columns: writes,
    backgrounds,
    notes: sameGrid(oldNotes, newNotes) ? undefined : newNotes,
    width,
  };
}
