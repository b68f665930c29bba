/**
 * `getDashboard`: the figures the sidebar shows — unit and row counts by status, the
 * deadline and days left, the legend — computed by the same pure check as a full run,
 * without writing anything.
 */
import { PRESET_IDS, UNIT_STATUS } from '../../core/contract';
import { categoryStructure } from '../../core/plan-structure';
import { PRESETS } from '../../core/presets';
import { hasNoPlan } from '../plan-state';
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
  const noPlan = hasNoPlan(ss);
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
    // On a sheet whose structure is broken no row was judged: no unit is listed as one to chase.
    unitsToChase: outcome.structureBroken ? [] : outcome.units
      .filter((u) => u.status === UNIT_STATUS.notRegistered || u.status === UNIT_STATUS.notYet || u.status === UNIT_STATUS.needsFix)
      .map((u) => ({ name: u.unit.name, status: u.status, row: u.unit.row })),
    unitsWithRows: outcome.units.filter((u) => u.rows.length > 0).length,
    reminderHour: outcome.settings.reminderHour,
    plan: noPlan ? null : {
      preset: outcome.settings.planPreset, noun: outcome.settings.itemNoun, title: outcome.settings.planTitle,
    },
    presets: noPlan ? PRESET_IDS.map((id) => ({ id, label: PRESETS[id].label, description: PRESETS[id].description })) : [],
    structure: categoryStructure(outcome).map((s) => ({ ...s, cap: s.cap ?? null, targetPercent: s.targetPercent ?? null })),
    totalMax: outcome.settings.totalMax ?? null,
    phase: phaseOf(outcome.progress, outcome.today),
    commitments: plansCommitments(outcome),
  };
}
