/**
 * Public surface of the local Apps Script emulation: the sandbox that runs the built bundle,
 * the services without a bundle, and the workbook model they work on.
 */
export { createSandbox, type RunOptions, type Sandbox } from './sandbox';
export {
  createServices, DEFAULT_ADDON_NAME, DEFAULT_USER,
  type EmulatorOptions, type ExecutionOptions, type GasGlobals, type Services,
} from './services';
export type { ServiceCounter, ServiceName } from './counter';
export type { LockHooks, LockKind } from './lock-table';
export type { LogEntry, LogStore } from './logging';
export type { UiLog, MenuRecord, MenuEntry, HtmlShown, DialogShown, ToastShown } from './ui-log';
export type { EmulatedClock } from './clock';
export type { AuthModeName, ButtonName, ItemTypeName, EventTypeName, TriggerSourceName } from './enums';
export { MSG } from './messages';
export { FORM_MSG, MAIL_MSG, TRIGGER_MSG, LIMITS } from './messages-services';
export type { FormHooks, Submission, SubmitOptions, EditOptions, AnswerInput } from './form-submission';
export type { TriggerHooks, TriggerRun, TriggerInfo } from './triggers';
export type { MailHooks, SentMail } from './mail-log';
export {
  newFormStore,
  type FormStoreModel, type FormModel, type FormItemModel, type FormResponseModel, type AnswerModel, type AnswerValue,
  type DestinationModel,
} from './form-model';
export { DOC_MSG, DRIVE_MSG } from './document-messages';
export * from './document-model';
export {
  newDriveModel, FOLDER_MIME, DOCUMENT_MIME,
  type DriveModel, type DriveFileModel, type DocumentsHook, type DriveHook,
} from './drive-model';
export { quoteReplacement } from './document-text';
export * from './workbook-model';
