/**
 * Error messages of FormApp, MailApp and ScriptApp triggers, worded as Apps Script words them
 * (messages.ts holds those of the other services). Where each wording was seen is noted; a
 * wording marked UNCONFIRMED was not found anywhere and is the emulator's best guess (the
 * behaviour — that it throws — is documented; only the words are a guess).
 */

/** FormApp. */
export const FORM_MSG = {
  /**
   * FormApp.openById / openByUrl with an unknown id: the current wording of Drive-backed
   * lookups (reported in 2025 from a form script; the older wording, seen from
   * FormApp.openByUrl in 2018, was "No item with the given ID could be found, or you do not
   * have permission to access it.").
   */
  noItemWithId:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  /** openByUrl with something that is not a form URL (same wording as SpreadsheetApp.openByUrl). */
  invalidUrl: 'Invalid argument: url',
  /** Item.asListItem() etc. on an item of another type (seen in several Forms scripts' notes). */
  invalidConversion: (type: string): string => `Invalid conversion for item type: ${type}`,
  /** getDestinationId / getDestinationType on a form without one (seen in many scripts' guards). */
  noDestination: 'The form currently has no response destination.',
  /** UNCONFIRMED wording: a choice item's createResponse with a value that is not a choice. */
  invalidChoiceResponse: (value: string): string => `Invalid response submitted to item: ${value}`,
  /** UNCONFIRMED wording: Form.getResponse with an unknown id. */
  noResponse: (id: string): string => `No response with ID ${id} exists for this form.`,
  /** UNCONFIRMED wording: an item index outside the form (deleteItem, moveItem). */
  indexOutOfBounds: (index: number): string => `Invalid argument: index ${index} is out of bounds.`,
} as const;

/** MailApp. */
export const MAIL_MSG = {
  /** Seen in execution logs and in the ErrorHandler library's list of Apps Script errors. */
  noRecipient: 'Failed to send email: no recipient',
  /** "Invalid email: <address>" (ErrorHandler library; mocks of MailApp). */
  invalidEmail: (address: string): string => `Invalid email: ${address}`,
  /** Quota exhausted: the documented wording "Service invoked too many times for one day: email." */
  quota: 'Service invoked too many times for one day: email.',
  /** More than 50 recipients in one message (quota page: 50 / msg; wording from ErrorHandler). */
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  /** Subject over 250 characters (wording seen in execution logs; the 250 limit from third parties). */
  subjectTooLong: 'Argument too large: subject',
  /** Body over 200 KB for a consumer account (quota page; wording from ErrorHandler). */
  bodyTooLarge: 'Limit Exceeded: Email Body Size.',
  /** The default failure of the "next send throws" hook: Apps Script's generic server error. */
  serverError: "We're sorry, a server error occurred. Please wait a bit and try again.",
} as const;

/** ScriptApp triggers. */
export const TRIGGER_MSG = {
  /** The 21st trigger of a user in a script (quota page: "Triggers 20 / user / script"). */
  tooMany: 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  /** A trigger whose handler the project does not declare (as the executions log shows it). */
  functionNotFound: (name: string): string => `Script function not found: ${name}`,
} as const;

/** The documented limits these messages stand for. */
export const LIMITS = {
  /** "Triggers: 20 / user / script" (Quotas for Google Services). */
  triggersPerUserPerScript: 20,
  /** "Email recipients per day: 100 / day" for consumer accounts. */
  consumerDailyRecipients: 100,
  /** "Email recipients per message: 50 / msg". */
  recipientsPerMessage: 50,
  /** "Email body size: 200 KB / msg" for consumer accounts. */
  bodyBytes: 200 * 1024,
  /** Subject length above which MailApp throws (third-party observation). */
  subjectChars: 250,
} as const;
