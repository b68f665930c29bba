/**
 * The text of one reminder e-mail (DESIGN.md §6): the unit, what is missing (row by row for
 * `Cần bổ sung`), the deadline as dd/MM/yyyy, days left or overdue in words, the unit's
 * pre-filled form link and the contact unit. HTML with every user-typed value escaped, and
 * a plain-text twin; the subject starts with `Nhắc đăng ký:` and has no line break.
 */
import { escapeHtml, safeHref, subjectLine } from './html';
import { REMINDER_TEXT } from './messages';
import type { EmailContent } from './receipt';

export type ReminderReason = 'chua-dang-ky' | 'can-bo-sung' | 'tre-han';

export interface ReminderFacts {
  unitName: string;
  reason: ReminderReason;
  deadline: string;
  daysLeft: number;
  validCount: number;
  min: number;
  problems: ReadonlyArray<{ row: number; title: string; reasons: readonly string[] }>;
  formLink: string;
  contactUnit: string;
  planTitle: string;
  /** `Tên gọi` of the plan (what one row is). */
  itemNoun?: string;
}

export function planReminderEmail(f: ReminderFacts): EmailContent {
  const subject = subjectLine(REMINDER_TEXT.subject(f.unitName, f.reason, f.daysLeft));
  const when = REMINDER_TEXT.when(f.deadline, f.daysLeft);
  const paragraphs = [
    REMINDER_TEXT.greeting(f.unitName),
    REMINDER_TEXT.body(f.reason, f.planTitle, f.validCount, f.min, f.itemNoun),
    when,
  ];
  const rows = f.problems.map((p) => ({ head: REMINDER_TEXT.rowHead(p.row, p.title), reasons: p.reasons }));
  const after = [
    f.reason === 'tre-han' ? REMINDER_TEXT.lateNote : '',
    f.formLink ? REMINDER_TEXT.linkIntro(f.reason) : '',
  ].filter(Boolean);
  const closing = [REMINDER_TEXT.contact(f.contactUnit), REMINDER_TEXT.signature(f.contactUnit)].filter(Boolean);

  const text = [
    ...paragraphs,
    ...rows.flatMap((r) => [`* ${r.head}`, ...r.reasons.map((x) => `    - ${x}`)]),
    ...after,
    ...(f.formLink ? [f.formLink] : []),
    ...closing,
  ].join('\n');
  const href = safeHref(f.formLink);
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#202124">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    rows.length ? `<ul>${rows.map((r) => `<li>${escapeHtml(r.head)}<ul>${r.reasons.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul></li>`).join('')}</ul>` : '',
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
    href ? `<p><a href="${escapeHtml(href)}">${escapeHtml(REMINDER_TEXT.linkLabel)}</a></p>` : '',
    ...closing.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</div>',
  ].join('');
  return { subject, text, html };
}
