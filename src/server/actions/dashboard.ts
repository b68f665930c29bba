/**
 * `getDashboard`: the figures the sidebar shows — unit and row counts by status, the
 * deadline and days left, the legend — computed by the same pure check as a full run,
 * without writing anything.
 */
import { UNIT_STATUS } from '../../core/contract';
import { daysBetween, formatDayVi } from '../../core/calendar-day';
import type { Dashboard } from '../../core/dto';
import { legend } from '../../core/legend';
import { storedForm, submitTriggerInstalled } from '../form-store';
import type { Spreadsheet } from '../sheet-io';
import { readAndCheck } from './check-registrations';
import { dailyTriggerInstalled } from './daily-run';
import { phaseOf } from '../../core/milestones/phase';
import { plansCommitments } from '../../core/documents/commitments';

export function dashboardAction(ss: Spreadsheet): Dashboard {
  const { outcome } = readAndCheck(ss, new Date());
  const stored = storedForm();
  const deadline = outcome.settings.registrationDeadline;
  return {
    ok: true,
    communeName: outcome.settings.communeName,
    year: outcome.settings.year ?? null,
    deadline: deadline ? formatDayVi(deadline) : null,
    daysLeft: deadline ? daysBetween(outcome.today, deadline) : null,
    totalUnits: outcome.units.length,
    unitCounts: outcome.unitCounts,
    rowCounts: outcome.rowCounts,
    totalRows: outcome.rows.size,
    problems: outcome.problems,
    legend: legend(),
    form: stored ? { url: stored.url, editUrl: stored.editUrl } : null,
    submitTriggerInstalled: stored ? submitTriggerInstalled() : false,
    dailyTriggerInstalled: dailyTriggerInstalled(),
    unitsToChase: outcome.units
      .filter((u) => u.status === UNIT_STATUS.notRegistered || u.status === UNIT_STATUS.notYet || u.status === UNIT_STATUS.needsFix)
      .map((u) => ({ name: u.unit.name, status: u.status, row: u.unit.row })),
    unitsWithRows: outcome.units.filter((u) => u.rows.length > 0).length,
    reminderHour: outcome.settings.reminderHour,
    phase: phaseOf(outcome.progress, outcome.today),
    commitments: plansCommitments(outcome),
  };
}
