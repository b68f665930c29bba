/**
 * What MailApp sends, per environment: the record of sent messages, the daily recipient quota
 * (100 a day like a consumer account by default; every recipient — to, cc, bcc — counts; the
 * quota comes back 24 hours after the first send of a window, on the emulated clock), and the
 * "next send throws" hook. Exposed to tests as `sandbox.mail`.
 */
import type { Env } from './env';
import { LIMITS, MAIL_MSG } from './messages-services';

/** One message MailApp sent. */
export interface SentMail {
  /** Comma-separated addresses, as given. */
  to: string;
  cc: string;
  bcc: string;
  /** Every address the message went to (to, cc, bcc), as counted against the quota. */
  recipients: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  /** Sender display name (options.name), or null. */
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** The effective user's address (the sender). */
  from: string;
  /** Emulated time of sending. */
  sentAt: Date;
}

/** Test hooks over MailApp (exposed as `sandbox.mail`). */
export interface MailHooks {
  /** Every message sent so far, in order (live). */
  readonly sent: readonly SentMail[];
  /** Sets the daily recipient quota and starts a fresh day with all of it left. */
  setQuota(recipientsPerDay: number): void;
  /** What MailApp.getRemainingDailyQuota() would return now. */
  remaining(): number;
  /** Makes the next sendEmail throw an Exception with `message` (default: Google's server error). */
  failNext(message?: string): void;
  /** Forgets the sent messages (the quota is untouched). */
  clear(): void;
}

interface MailState {
  sent: SentMail[];
  quota: number;
  used: number;
  windowStart: number | null;
  failures: string[];
}

const DAY_MS = 24 * 3_600_000;
const STATES = new WeakMap<Env, MailState>();

function stateOf(env: Env): MailState {
  let state = STATES.get(env);
  if (state === undefined) {
    state = { sent: [], quota: LIMITS.consumerDailyRecipients, used: 0, windowStart: null, failures: [] };
    STATES.set(env, state);
  }
  return state;
}

/** Sets the daily quota of an environment (EmulatorOptions.mailQuota). */
export function configureMailQuota(env: Env, recipientsPerDay: number): void {
  const state = stateOf(env);
  state.quota = Math.max(0, Math.trunc(recipientsPerDay));
  state.used = 0;
  state.windowStart = null;
}

/** The recipients left today (the window resets 24 hours after its first send). */
export function remainingQuota(env: Env): number {
  const state = stateOf(env);
  if (state.windowStart !== null && env.clock.now() >= state.windowStart + DAY_MS) {
    state.used = 0;
    state.windowStart = null;
  }
  return Math.max(0, state.quota - state.used);
}

/** The message a failNext hook queued for this send, if any (consumed). */
export function takeFailure(env: Env): string | undefined {
  return stateOf(env).failures.shift();
}

/** Records a sent message and charges its recipients to the quota (checked by the caller). */
export function recordSent(env: Env, mail: SentMail): void {
  const state = stateOf(env);
  remainingQuota(env);
  if (state.windowStart === null) state.windowStart = env.clock.now();
  state.used += mail.recipients.length;
  state.sent.push(mail);
}

/** The `sandbox.mail` hooks of an environment. */
export function mailHooks(env: Env): MailHooks {
  const state = stateOf(env);
  return {
    get sent(): readonly SentMail[] {
      return state.sent;
    },
    setQuota: (n) => configureMailQuota(env, n),
    remaining: () => remainingQuota(env),
    failNext: (message = MAIL_MSG.serverError) => {
      state.failures.push(message);
    },
    clear: () => {
      state.sent.length = 0;
    },
  };
}
