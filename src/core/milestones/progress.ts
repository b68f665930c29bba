/**
 * The progress of every approved row and unit through the milestones (DESIGN.md §13), as
 * plain data. For each row whose `Trạng thái phê duyệt` is `Đã duyệt` and each milestone:
 * `Đã nộp` (its column filled with a valid answer), `Nộp trễ` (filled, but an earlier run saw
 * it `Quá hạn` — read back from the row's own `Tiến độ`), `Chưa nộp` (empty, date not passed),
 * `Quá hạn` (empty, date passed). A unit's state is that of its current milestone: the
 * earliest one not complete for it. Also the counts the sidebar and the review reports show.
 */
import { APPROVAL, EVALUATIONS, PROGRESS, type Evaluation, type ProgressState } from '../contract';
import { compareDays, type CalendarDay } from '../calendar-day';
import { MILESTONE_MSG } from '../messages';
import { normalizeName } from '../names';
import type { RankedRow } from '../rank-registrations';
import { cellText } from '../table';
import type { UnitResult } from '../unit-status';
import type { Milestone } from './milestone-sheet';

export interface RowMilestoneState {
  milestone: Milestone;
  state: ProgressState;
}

export interface RowProgress {
  row: number;
  /** `Mã đăng ký` as read ('' before the first check wrote it). */
  id: string;
  ranked: RankedRow;
  states: RowMilestoneState[];
  /** `Tiến độ`: one line per milestone. */
  text: string;
  evaluation: Evaluation | undefined;
}

export interface UnitProgress {
  unitRow: number;
  unitName: string;
  milestone: Milestone;
  state: ProgressState;
  done: number;
  total: number;
  text: string;
}

export interface MilestoneSummary {
  milestone: Milestone;
  /** Approved rows. */
  total: number;
  counts: Record<ProgressState, number>;
  /** Units with approved rows, and those whose every approved row is in (on time or late). */
  units: number;
  unitsDone: number;
}

export interface ProgressOutcome {
  /** Milestones are tracked: the plan has some and at least one row is approved. */
  tracked: boolean;
  rows: Map<number, RowProgress>;
  units: Map<number, UnitProgress>;
  summaries: MilestoneSummary[];
  /** The current phase: the earliest milestone not complete for every unit, else the last one. */
  current: MilestoneSummary | undefined;
  evaluationCounts: Record<Evaluation | 'Chưa đánh giá', number>;
}

export interface ProgressInput {
  milestones: readonly Milestone[];
  values: readonly unknown[][];
  rows: ReadonlyMap<number, RankedRow>;
  units: readonly UnitResult[];
  approvalColumn: number | undefined;
  progressColumn: number | undefined;
  evaluationColumn: number | undefined;
  /** `Mã đăng ký` (to find each row's edit link). */
  idColumn?: number;
  today: CalendarDay;
}

const DONE: readonly ProgressState[] = [PROGRESS.done, PROGRESS.late];
const STATES = Object.values(PROGRESS) as ProgressState[];
const STATE_BY_KEY = new Map(STATES.map((s) => [normalizeName(s), s]));
const EVALUATION_BY_KEY = new Map(EVALUATIONS.map((e) => [normalizeName(e), e]));

export function isApproved(value: unknown): boolean {
  return normalizeName(value) === normalizeName(APPROVAL.approved);
}

/** The states a previous run wrote into `Tiến độ`, by normalised milestone name. */
export function readProgressText(text: unknown): Map<string, ProgressState> {
  const out = new Map<string, ProgressState>();
  for (const line of cellText(text).split(/\r?\n/)) {
    const at = line.lastIndexOf(':');
    if (at <= 0) continue;
    const state = STATE_BY_KEY.get(normalizeName(line.slice(at + 1).replace(/\(.*\)/, '')));
    if (state) out.set(normalizeName(line.slice(0, at)), state);
  }
  return out;
}

/** The state of one approved row at one milestone. */
export function milestoneState(filled: boolean, previous: ProgressState | undefined, today: CalendarDay, deadline: CalendarDay): ProgressState {
  if (filled) return previous === PROGRESS.overdue || previous === PROGRESS.late ? PROGRESS.late : PROGRESS.done;
  return compareDays(today, deadline) > 0 ? PROGRESS.overdue : PROGRESS.pending;
}

export function computeProgress(input: ProgressInput): ProgressOutcome {
  const { milestones, values, today } = input;
  const rows = new Map<number, RowProgress>();
  const evaluationCounts = Object.fromEntries([...EVALUATIONS, 'Chưa đánh giá'].map((e) => [e, 0])) as ProgressOutcome['evaluationCounts'];
  if (input.approvalColumn !== undefined) {
    for (const [row, ranked] of input.rows) {
      const line = values[row - 1] ?? [];
      if (!isApproved(line[input.approvalColumn])) continue;
      const previous = readProgressText(input.progressColumn === undefined ? '' : line[input.progressColumn]);
      const states = milestones.map((m) => {
        const c = m.columnIndex;
        const filled = c !== undefined && cellText(line[c]) !== '' && !ranked.problems.some((p) => p.column === c);
        return { milestone: m, state: milestoneState(filled, previous.get(m.key), today, m.deadline) };
      });
      const evaluation = input.evaluationColumn === undefined ? undefined : EVALUATION_BY_KEY.get(normalizeName(line[input.evaluationColumn]));
      evaluationCounts[evaluation ?? 'Chưa đánh giá']++;
      rows.set(row, {
        row, ranked, states, evaluation, id: input.idColumn === undefined ? '' : cellText(line[input.idColumn]),
        text: states.map((s) => MILESTONE_MSG.progressLine(s.milestone.name, s.state)).join('\n'),
      });
    }
  }

  const units = new Map<number, UnitProgress>();
  const unitsDone = milestones.map(() => 0);
  const unitsWith = milestones.map(() => 0);
  for (const u of input.units) {
    const own = u.rows.map((r) => rows.get(r.row)).filter((r): r is RowProgress => r !== undefined);
    if (!own.length || !milestones.length) continue;
    let chosen: UnitProgress | undefined;
    milestones.forEach((m, i) => {
      const states = own.map((r) => r.states[i].state);
      const done = states.filter((s) => DONE.includes(s)).length;
      unitsWith[i]++;
      if (done === states.length) unitsDone[i]++;
      if (chosen) return;
      if (done < states.length || i === milestones.length - 1) {
        const state = done < states.length
          ? (states.includes(PROGRESS.overdue) ? PROGRESS.overdue : PROGRESS.pending)
          : (states.includes(PROGRESS.late) ? PROGRESS.late : PROGRESS.done);
        chosen = {
          unitRow: u.unit.row, unitName: u.unit.name, milestone: m, state, done, total: states.length,
          text: MILESTONE_MSG.unitProgress(m.name, state, done, states.length),
        };
      }
    });
    if (chosen) units.set(u.unit.row, chosen);
  }

  const summaries: MilestoneSummary[] = milestones.map((m, i) => {
    const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<ProgressState, number>;
    rows.forEach((r) => counts[r.states[i].state]++);
    return { milestone: m, total: rows.size, counts, units: unitsWith[i], unitsDone: unitsDone[i] };
  });
  const current = summaries.find((s) => s.unitsDone < s.units) ?? summaries[summaries.length - 1];
  return { tracked: milestones.length > 0 && rows.size > 0, rows, units, summaries, current, evaluationCounts };
}

/** The rows of one unit still missing a milestone (for its reminder), in sheet order. */
export function missingRows(progress: ProgressOutcome, unitRow: number, milestoneKey: string): RowProgress[] {
  return [...progress.rows.values()]
    .filter((r) => r.ranked.unit?.row === unitRow)
    .filter((r) => r.states.some((s) => s.milestone.key === milestoneKey && !DONE.includes(s.state)))
    .sort((a, b) => a.row - b.row);
}
