/**
 * The receipt a unit gets after each form submission (DESIGN.md §8): its result, the
 * reasons when it must fix something, its edit link, and — for an edited response — what
 * changed. Plain data (subject, text, HTML); every user-typed value is escaped in the HTML.
 */
import { type RowStatus } from './contract';
import { EMAIL_TEXT } from './messages';
import { escapeHtml, safeHref, subjectLine } from './html';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export interface ReceiptFacts {
  unitName: string;
  title: string;
  registrationId: string;
  status: RowStatus;
  reasons: readonly string[];
  editUrl?: string;
  /** Column titles whose answers changed, for an edited response (empty for a new one). */
  changed: readonly string[];
  isEdit: boolean;
  contactUnit: string;
  submittedAt: string;
}

export function planReceipt(f: ReceiptFacts): EmailContent {
  const subject = subjectLine(EMAIL_TEXT.receiptSubject(f.unitName, f.status, f.isEdit));
  const lines: string[] = [
    EMAIL_TEXT.greeting(f.unitName),
    f.isEdit ? EMAIL_TEXT.receivedEdit(f.title, f.registrationId, f.submittedAt) : EMAIL_TEXT.received(f.title, f.registrationId, f.submittedAt),
    EMAIL_TEXT.result(f.status),
  ];
  const list: string[] = [];
  if (f.isEdit && f.changed.length) lines.push(EMAIL_TEXT.changed(f.changed));
  if (f.reasons.length) { lines.push(EMAIL_TEXT.reasonsIntro(f.status)); list.push(...f.reasons); }
  const closing = [EMAIL_TEXT.contact(f.contactUnit), EMAIL_TEXT.signature(f.contactUnit)].filter(Boolean);

  const href = safeHref(f.editUrl);
  const text = [
    ...lines,
    ...list.map((r) => `  - ${r}`),
    ...(f.editUrl ? [`${EMAIL_TEXT.editLink} ${f.editUrl}`] : []),
    ...closing,
  ].join('\n');
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#202124">',
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    list.length ? `<ul>${list.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '',
    href ? `<p>${escapeHtml(EMAIL_TEXT.editLink)} <a href="${escapeHtml(href)}">${escapeHtml(EMAIL_TEXT.editLinkLabel)}</a></p>` : '',
    ...closing.map((l) => `<p>${escapeHtml(l)}</p>`),
    '</div>',
  ].join('');
  return { subject, text, html };
}
