/**
 * A typed promise wrapper around `google.script.run`, the sidebar's only way to the server.
 * The function names are those exported by src/public.ts (a misspelt name fails to compile;
 * test/bundle/entry-points.test.ts proves each is a top-level function of dist/Code.js).
 * Replies are `unknown` until a zod schema of src/core/dto.ts has validated them.
 */

export const SERVER_FUNCTIONS = [
  'getDashboard', 'checkRegistrations', 'createRegistrationForm', 'updateRegistrationForm',
  'previewReminders', 'sendReminders', 'setDailyTrigger', 'showUnitRow',
  'approveAllValid', 'generateApprovalNotices', 'generateSummaryReport', 'setupWorkbook', 'generateCommendations',
  'startNewYear', 'generateCommitments',
] as const;
export type ServerFunction = (typeof SERVER_FUNCTIONS)[number];

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [functionName: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

export function runServer(functionName: ServerFunction, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    (runner[functionName] as (...a: unknown[]) => void)(...args);
  });
}
