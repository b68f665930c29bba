/**
 * The sidebar's browser code: one round trip to open (the dashboard), then every action of
 * the drive from buttons, each with a busy state and a result in words. Server replies are
 * validated with zod; all text is inserted with textContent, never as HTML.
 */
import { SIDEBAR_TEXT } from './sidebar-text';
import {
  CheckResponseSchema, DailyTriggerResponseSchema, DashboardResponseSchema, FormResponseSchema, PlainResponseSchema, SetupResponseSchema,
} from '../core/dto';
import { renderDashboard } from './dashboard-view';
import { $ } from './dom';
import { runDocumentAction } from './documents-panel';
import { previewReminders, sendPreviewed } from './reminders-panel';
import { runServer } from './server-call';
import { act, showMessage } from './status-line';

async function loadDashboard(): Promise<void> {
  const reply = DashboardResponseSchema.parse(await runServer('getDashboard'));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  renderDashboard(reply, (row) => act(async () => {
    const r = PlainResponseSchema.parse(await runServer('showUnitRow', { source: 'sidebar', row }));
    if (!r.ok) showMessage(r.message, true);
  }));
  $('counts-summary').textContent = SIDEBAR_TEXT.counts(reply.totalUnits, reply.totalRows);
}

function on(id: string, work: () => Promise<void>): void {
  $(id).addEventListener('click', () => act(work));
}

on('refresh', loadDashboard);
on('check', async () => {
  showMessage(SIDEBAR_TEXT.checking);
  const reply = CheckResponseSchema.parse(await runServer('checkRegistrations', { source: 'sidebar' }));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  await loadDashboard();
  showMessage(reply.message);
});
on('form', async () => {
  const action = ($('form') as HTMLButtonElement).dataset.action === 'updateRegistrationForm' ? 'updateRegistrationForm' : 'createRegistrationForm';
  showMessage(action === 'createRegistrationForm' ? SIDEBAR_TEXT.creatingForm : SIDEBAR_TEXT.updatingForm);
  const reply = FormResponseSchema.parse(await runServer(action, { source: 'sidebar' }));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  await loadDashboard();
  showMessage(reply.message);
});
on('reminders', previewReminders);
on('reminder-confirm', async () => { await sendPreviewed(); await loadDashboard(); });
$('daily').addEventListener('change', () => act(async () => {
  const enabled = ($('daily') as HTMLInputElement).checked;
  const reply = DailyTriggerResponseSchema.parse(await runServer('setDailyTrigger', { source: 'sidebar', enabled }));
  if (!reply.ok) { showMessage(reply.message, true); ($('daily') as HTMLInputElement).checked = !enabled; return; }
  showMessage(reply.message);
}));
on('approve-all', async () => {
  if (await runDocumentAction('approveAllValid', SIDEBAR_TEXT.approving)) await loadDashboard();
});
on('notices', async () => {
  const perUnit = ($('per-unit') as HTMLInputElement).checked;
  await runDocumentAction('generateApprovalNotices', SIDEBAR_TEXT.makingNotices, { perUnit });
});
on('report', async () => { await runDocumentAction('generateSummaryReport', SIDEBAR_TEXT.makingReport); });
on('setup', async () => {
  showMessage(SIDEBAR_TEXT.settingUp);
  const preset = ($('preset') as HTMLSelectElement).value;
  const reply = SetupResponseSchema.parse(await runServer('setupWorkbook', { source: 'sidebar', preset }));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  await loadDashboard();
  showMessage(reply.message);
});
on('commendations', async () => { await runDocumentAction('generateCommendations', SIDEBAR_TEXT.makingCommendations); });
on('commitments', async () => { await runDocumentAction('generateCommitments', SIDEBAR_TEXT.makingCommitments); });
on('new-year', async () => {
  // The sidebar asks before the server moves anything (DESIGN.md §13).
  if (!window.confirm(SIDEBAR_TEXT.newYearConfirm)) return;
  if (await runDocumentAction('startNewYear', SIDEBAR_TEXT.startingNewYear, { confirmed: true })) await loadDashboard();
});

act(async () => { await loadDashboard(); showMessage(''); });
