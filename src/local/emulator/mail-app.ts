/**
 * The MailApp global: sendEmail in its documented forms and getRemainingDailyQuota. Nothing
 * leaves the machine: every message is recorded (mail-log.ts). Checks, in this order, each
 * with Google's message: a queued failure (test hook), no recipient, an invalid address,
 * more than 50 recipients, a subject over 250 characters, a body over 200 KB, the daily quota.
 */
import type { Env } from './env';
import { Emulated, ENV, instrument } from './instrument';
import { remainingQuota, recordSent, takeFailure, type SentMail } from './mail-log';
import { describeArgTypes, MSG, notEmulated } from './messages';
import { LIMITS, MAIL_MSG } from './messages-services';
import { SCOPE } from './scopes';

/** An address alone, or `Display Name <address>`. */
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;
const NAMED = /^(.*)<([^<>]*)>$/;

/** MailApp. */
export class MailAppService extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  /**
   * `sendEmail(message)` with `{to, cc, bcc, subject, body, htmlBody, name, replyTo, noReply,
   * attachments, inlineImages}`; `sendEmail(recipient, subject, body, options?)`;
   * `sendEmail(to, replyTo, subject, body)`.
   */
  sendEmail(...args: unknown[]): void {
    const env = this[ENV];
    const message = messageFrom(env, args);
    const failure = takeFailure(env);
    if (failure !== undefined) throw env.exception(failure);
    const recipients = [...addresses(message.to), ...addresses(message.cc), ...addresses(message.bcc)];
    if (recipients.length === 0) throw env.exception(MAIL_MSG.noRecipient);
    for (const token of recipients) {
      const named = NAMED.exec(token);
      const address = (named === null ? token : named[2] ?? '').trim();
      if (!ADDRESS.test(address)) throw env.exception(MAIL_MSG.invalidEmail(token));
    }
    if (recipients.length > LIMITS.recipientsPerMessage) throw env.exception(MAIL_MSG.tooManyRecipients);
    if (message.subject.length > LIMITS.subjectChars) throw env.exception(MAIL_MSG.subjectTooLong);
    const bodyBytes = Buffer.byteLength(message.body, 'utf8') + Buffer.byteLength(message.htmlBody ?? '', 'utf8');
    if (bodyBytes > LIMITS.bodyBytes) throw env.exception(MAIL_MSG.bodyTooLarge);
    if (recipients.length > remainingQuota(env)) throw env.exception(MAIL_MSG.quota);
    recordSent(env, { ...message, recipients, from: env.user, sentAt: new Date(env.clock.now()) });
  }

  /** How many more recipients the user may send to today. */
  getRemainingDailyQuota(): number {
    return remainingQuota(this[ENV]);
  }
}

type Message = Omit<SentMail, 'recipients' | 'from' | 'sentAt'>;

/** The message of one sendEmail call, from any of its forms. */
function messageFrom(env: Env, args: readonly unknown[]): Message {
  const [a, b, c, d] = args;
  const strings = (n: number): boolean => args.slice(0, n).every((x) => typeof x === 'string');
  if (args.length === 1 && isObject(a)) return fromOptions(a, text(a.to), text(a.subject), text(a.body));
  if (args.length === 4 && strings(4)) {
    return fromOptions({ replyTo: b }, a as string, c as string, d as string);
  }
  if ((args.length === 3 && strings(3)) || (args.length === 4 && strings(3) && (isObject(d) || d === undefined || d === null))) {
    return fromOptions(isObject(d) ? d : {}, a as string, b as string, c as string);
  }
  throw env.exception(MSG.signature(describeArgTypes(args), 'MailApp.sendEmail'));
}

function fromOptions(o: Record<string, unknown>, to: string, subject: string, body: string): Message {
  for (const key of ['attachments', 'inlineImages'] as const) {
    const value = o[key];
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0)
      || (isObject(value) && Object.keys(value).length === 0);
    if (!empty) throw notEmulated(`MailApp.sendEmail with ${key}`);
  }
  return {
    to,
    cc: text(o.cc),
    bcc: text(o.bcc),
    subject,
    body,
    htmlBody: o.htmlBody === undefined || o.htmlBody === null ? null : String(o.htmlBody),
    name: o.name === undefined || o.name === null ? null : String(o.name),
    replyTo: o.replyTo === undefined || o.replyTo === null || o.replyTo === '' ? null : String(o.replyTo),
    noReply: o.noReply === true,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** The non-empty comma-separated entries of an address list. */
function addresses(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

instrument(MailAppService, {
  service: 'MailApp',
  className: 'MailApp',
  qualifiedName: 'MailApp',
  scopes: [SCOPE.sendMail],
});
