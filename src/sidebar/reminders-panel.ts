/** Reminder preview (nothing is sent) and the confirm button that sends exactly that list. */
import { SIDEBAR_TEXT } from './sidebar-text';
import { ReminderPreviewResponseSchema, ReminderSendResponseSchema, type ReminderPreview } from '../core/dto';
import { $, el, show } from './dom';
import { runServer } from './server-call';
import { showMessage } from './status-line';

let previewed: ReminderPreview['reminders'] = [];

export async function previewReminders(): Promise<void> {
  showMessage(SIDEBAR_TEXT.previewing);
  const reply = ReminderPreviewResponseSchema.parse(await runServer('previewReminders'));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  previewed = reply.reminders;
  $('reminder-list').replaceChildren(...reply.reminders.map((r) => el('li', {}, [
    el('strong', { text: r.unit }), el('span', { className: 'tag', text: r.reason }),
    el('span', { className: 'meaning', text: r.addresses.length ? r.addresses.join(', ') : SIDEBAR_TEXT.noAddress }),
    ...(r.invalidAddresses.length ? [el('span', { className: 'meaning error', text: SIDEBAR_TEXT.badAddresses(r.invalidAddresses) })] : []),
    el('span', { className: 'meaning', text: r.subject }),
  ])));
  const confirm = $('reminder-confirm') as HTMLButtonElement;
  confirm.textContent = SIDEBAR_TEXT.sendN(reply.reminders.length);
  show('reminder-preview', reply.reminders.length > 0);
  showMessage(reply.message);
}

export async function sendPreviewed(): Promise<void> {
  showMessage(SIDEBAR_TEXT.sending);
  const keys = previewed.map((r) => `${r.unit}|${r.key}`);
  const reply = ReminderSendResponseSchema.parse(await runServer('sendReminders', { source: 'sidebar', keys }));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  previewed = [];
  show('reminder-preview', false);
  showMessage(reply.message);
}
