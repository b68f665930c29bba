/**
 * The reminder calendar of one unit (DESIGN.md §6): the schedule points of `Cấu hình`
 * (`Nhắc trước hạn (ngày)` before and `Nhắc sau hạn (ngày)` after the unit's own
 * deadline) and the stage a day falls in — the last point reached. A stage is sent at most
 * once per reason, so a daily run that was missed catches up the next day.
 */
import { addDays, compareDays, daysBetween, type CalendarDay } from './calendar-day';

export interface SchedulePoint {
  day: CalendarDay;
  /** `truoc-7`, `sau-3`, …: part of the key that makes a reminder unique. */
  stage: string;
}

export interface StageOnDay {
  /** The last point reached, or `som` (no point reached yet). */
  stage: string;
  /** Whether a point falls on this very day. */
  scheduledToday: boolean;
  /** Days from `today` to the deadline: > 0 before, 0 on the day, < 0 after. */
  daysLeft: number;
}

export const EARLY_STAGE = 'som';

export function schedulePoints(deadline: CalendarDay, before: readonly number[], after: readonly number[]): SchedulePoint[] {
  const points = [
    ...[...new Set(before)].map((d) => ({ day: addDays(deadline, -d), stage: d === 0 ? 'han' : `truoc-${d}` })),
    ...[...new Set(after)].filter((d) => d > 0).map((d) => ({ day: addDays(deadline, d), stage: `sau-${d}` })),
  ];
  return points.sort((a, b) => compareDays(a.day, b.day));
}

export function stageOn(today: CalendarDay, deadline: CalendarDay, before: readonly number[], after: readonly number[]): StageOnDay {
  const points = schedulePoints(deadline, before, after);
  let stage = EARLY_STAGE;
  let scheduledToday = false;
  for (const p of points) {
    const cmp = compareDays(p.day, today);
    if (cmp <= 0) stage = p.stage;
    if (cmp === 0) scheduledToday = true;
  }
  return { stage, scheduledToday, daysLeft: daysBetween(today, deadline) };
}
