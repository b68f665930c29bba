/** The current phase for the sidebar (DESIGN.md §13): which milestone, how many rows and units are in, counts by evaluation. */
import { PROGRESS, PROGRESS_COLOR, type ProgressState } from '../contract';
import { daysBetween, formatDayVi, type CalendarDay } from '../calendar-day';
import type { Dashboard } from '../dto';
import type { ProgressOutcome } from './progress';

export function phaseOf(progress: ProgressOutcome, today: CalendarDay): Dashboard['phase'] {
  const s = progress.current;
  if (!progress.tracked || !s) return null;
  const states = Object.values(PROGRESS) as ProgressState[];
  return {
    milestone: s.milestone.name,
    deadline: formatDayVi(s.milestone.deadline),
    daysLeft: daysBetween(today, s.milestone.deadline),
    column: s.milestone.column,
    rowsDone: s.counts[PROGRESS.done] + s.counts[PROGRESS.late],
    rowsTotal: s.total,
    unitsDone: s.unitsDone,
    unitsTotal: s.units,
    counts: states.map((status) => ({ status, color: PROGRESS_COLOR[status], count: s.counts[status] })),
    evaluations: Object.entries(progress.evaluationCounts).map(([status, count]) => ({ status, count })),
  };
}
