/**
 * Sends one e-mail through MailApp after checking the addresses and the remaining daily
 * quota. Never throws for a bad address, a spent quota or a failing send: it says what
 * happened, and the caller logs it (DESIGN.md §6, §9).
 */
import type { EmailContent } from '../core/receipt';
import { sortAddresses } from '../core/emails';

export type SendStatus = 'sent' | 'postponed' | 'no-address' | 'failed';

export interface SendOutcome {
  status: SendStatus;
  to: string[];
  invalid: string[];
  error?: string;
}

export interface Sender {
  name: string;
  replyTo: string;
}

/** Remaining recipients MailApp allows today (one call). */
export function remainingQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

export function sendEmail(content: EmailContent, addresses: readonly string[], sender: Sender, quota: { left: number }): SendOutcome {
  const { valid, invalid } = sortAddresses(addresses);
  if (!valid.length) return { status: 'no-address', to: [], invalid };
  if (quota.left < valid.length) return { status: 'postponed', to: valid, invalid };
  try {
    const message: GoogleAppsScript.Mail.MailAdvancedParameters = {
      to: valid.join(','), subject: content.subject, body: content.text, htmlBody: content.html,
    };
    if (sender.name) message.name = sender.name;
    const replyTo = sortAddresses([sender.replyTo]).valid[0];
    if (replyTo) message.replyTo = replyTo;
    MailApp.sendEmail(message);
    quota.left -= valid.length;
    return { status: 'sent', to: valid, invalid };
  } catch (error) {
    return { status: 'failed', to: valid, invalid, error: error instanceof Error ? error.message : String(error) };
  }
}
