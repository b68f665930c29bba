/**
 * The dates of the plan's milestones by name (DESIGN.md §13), for the questions whose
 * `Bắt buộc` is `Sau <Mốc>`: from `Mốc thời gian` (`Mốc` | `Hạn`) when the sheet exists, else
 * the two milestones every plan of §3.1 has — `Xây dựng kế hoạch` on `Hạn xây dựng kế hoạch`
 * and `Báo cáo kết quả` on `Hạn báo cáo kết quả`. Unreadable rows are left to the milestones'
 * own check; here they simply have no date.
 */
import { MILESTONE_HEADER } from './contract';
import type { CalendarDay } from './calendar-day';
import { readDateCell } from './date-parsing';
import { normalizeName } from './names';
import type { Settings } from './settings';
import { cellText, indexHeaders } from './table';

export interface MilestoneDays {
  /** By normalised milestone name. */
  days: Map<string, CalendarDay>;
  /** The names in `Mốc thời gian`, undefined when there is no such sheet. */
  names: string[] | undefined;
}

export const BUILT_IN_MILESTONES = { plan: 'Xây dựng kế hoạch', results: 'Báo cáo kết quả' } as const;

export function readMilestoneDays(values: readonly unknown[][] | undefined, settings: Settings, timeZone: string): MilestoneDays {
  const days = new Map<string, CalendarDay>();
  if (!values || !values.length) {
    if (settings.planDeadline) days.set(normalizeName(BUILT_IN_MILESTONES.plan), settings.planDeadline);
    if (settings.resultsDeadline) days.set(normalizeName(BUILT_IN_MILESTONES.results), settings.resultsDeadline);
    return { days, names: undefined };
  }
  const headers = indexHeaders(values[0]);
  const nameCol = headers.columnOf(MILESTONE_HEADER.name);
  const dateCol = headers.columnOf(MILESTONE_HEADER.deadline);
  const names: string[] = [];
  if (nameCol === undefined) return { days, names };
  for (let r = 1; r < values.length; r++) {
    const name = cellText(values[r][nameCol]);
    if (!name) continue;
    names.push(name);
    if (dateCol === undefined) continue;
    const reading = readDateCell(values[r][dateCol], timeZone);
    if (reading.ok && !days.has(normalizeName(name))) days.set(normalizeName(name), reading.day);
  }
  return { days, names };
}
