/**
 * Reminders per milestone (DESIGN.md §13): each unit whose approved rows still miss a
 * milestone's column is reminded on that milestone's days (`Nhắc trước hạn (ngày)` before,
 * `Nhắc sau hạn (ngày)` after its `Hạn`, or those of `Cấu hình`), with the same rules as the
 * registration reminders of §6: a key per milestone and stage (`bc-xay-dung-ke-hoach/sau-3`)
 * sent at most once, nothing before the first scheduled day, at most one per unit and run (the
 * earliest milestone due; a later one the next day), postponed units first. The e-mail
 * (subject `Nhắc báo cáo:`) lists the rows still missing, each with its edit link.
 */
import { formatDayVi, type CalendarDay } from '../calendar-day';
import { escapeHtml, safeHref, subjectLine } from '../html';
import { MILESTONE_MSG, REMINDER_TEXT } from '../messages';
import { foldName } from '../names';
import type { EmailContent } from '../receipt';
import type { ReminderMode } from '../reminder-plan';
import { EARLY_STAGE, stageOn } from '../reminder-schedule';
import type { Settings } from '../settings';
import type { UnitResult } from '../unit-status';
import { missingRows, type ProgressOutcome } from './progress';

export interface PlannedMilestoneReminder {
  unitName: string;
  unitRow: number;
  milestone: string;
  missing: number;
  key: string;
  addresses: string[];
  content: EmailContent;
  postponedBefore: boolean;
}

export interface MilestoneReminderInput {
  progress: ProgressOutcome;
  units: readonly UnitResult[];
  today: CalendarDay;
  settings: Settings;
  sent: ReadonlySet<string>;
  postponed: ReadonlySet<string>;
  /** Edit link of each row's form response, by `Mã đăng ký` (rows typed in by hand have none). */
  editLinks: ReadonlyMap<string, string>;
  mode: ReminderMode;
}

/** `Xây dựng kế hoạch` → `bc-xay-dung-ke-hoach`: the milestone part of a reminder key (no spaces). */
export function milestoneKeyPart(name: string): string {
  return `bc-${foldName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'moc'}`;
}

export function planMilestoneReminders(input: MilestoneReminderInput): PlannedMilestoneReminder[] {
  const { progress, settings } = input;
  const planned: PlannedMilestoneReminder[] = [];
  if (!progress.tracked) return planned;
  const milestones = progress.summaries.map((s) => s.milestone);
  for (const result of input.units) {
    const { unit } = result;
    for (const m of milestones) {
      const rows = missingRows(progress, unit.row, m.key);
      if (!rows.length) continue;
      const stage = stageOn(input.today, m.deadline, m.remindBefore, m.remindAfter);
      // Unlike registration (§6), nothing is offered before the first scheduled day, even by hand: a milestone
      // months away would fill the preview with reminders nobody needs yet.
      if (stage.stage === EARLY_STAGE) continue;
      const key = `${milestoneKeyPart(m.name)}/${stage.stage}`;
      if (input.sent.has(`${unit.name}|${key}`)) continue;
      // One Nhắc báo cáo per unit and run: the earliest milestone due; a later one goes the next day.
      if (planned.some((p) => p.unitRow === unit.row)) continue;
      planned.push({
        unitName: unit.name, unitRow: unit.row, milestone: m.name, missing: rows.length, key, addresses: unit.emails,
        postponedBefore: input.postponed.has(unit.name),
        content: milestoneReminderEmail({
          unitName: unit.name, milestone: m.name, column: m.column, deadline: formatDayVi(m.deadline), daysLeft: stage.daysLeft,
          rows: rows.map((r) => ({ row: r.row, title: r.ranked.title, editLink: input.editLinks.get(r.id) ?? '' })),
          contactUnit: settings.contactUnit, planTitle: settings.planTitle,
        }),
      });
    }
  }
  return planned.sort((a, b) => Number(b.postponedBefore) - Number(a.postponedBefore) || a.unitRow - b.unitRow);
}

export interface MilestoneReminderFacts {
  unitName: string;
  milestone: string;
  column: string;
  deadline: string;
  daysLeft: number;
  rows: ReadonlyArray<{ row: number; title: string; editLink: string }>;
  contactUnit: string;
  planTitle: string;
}

/** HTML (every user value escaped) and plain text; the subject starts with `Nhắc báo cáo:`, on one line. */
export function milestoneReminderEmail(f: MilestoneReminderFacts): EmailContent {
  const subject = subjectLine(MILESTONE_MSG.reminderSubject(f.unitName, f.milestone, f.rows.length, f.daysLeft));
  const paragraphs = [
    REMINDER_TEXT.greeting(f.unitName),
    MILESTONE_MSG.reminderBody(f.milestone, f.column, f.planTitle),
    MILESTONE_MSG.reminderWhen(f.deadline, f.daysLeft),
  ];
  const how = MILESTONE_MSG.reminderHow(f.column);
  const closing = [REMINDER_TEXT.contact(f.contactUnit), REMINDER_TEXT.signature(f.contactUnit)].filter(Boolean);
  const text = [
    ...paragraphs,
    ...f.rows.flatMap((r) => [`* ${MILESTONE_MSG.reminderRow(r.row, r.title)}`, `    ${r.editLink || MILESTONE_MSG.reminderNoEditLink}`]),
    how,
    ...closing,
  ].join('\n');
  const item = (r: MilestoneReminderFacts['rows'][number]) => {
    const href = safeHref(r.editLink);
    const link = href ? ` — <a href="${escapeHtml(href)}">${escapeHtml(MILESTONE_MSG.reminderEditLink)}</a>` : ` — ${escapeHtml(MILESTONE_MSG.reminderNoEditLink)}`;
    return `<li>${escapeHtml(MILESTONE_MSG.reminderRow(r.row, r.title))}${link}</li>`;
  };
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#202124">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<ul>${f.rows.map(item).join('')}</ul>`,
    `<p>${escapeHtml(how)}</p>`,
    ...closing.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</div>',
  ].join('');
  return { subject, text, html };
}
