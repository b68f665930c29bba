/** A promise wrapper around `google.script.run` (the sidebar's only way to the server). */

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [functionName: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

export function runServer(functionName: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    (runner[functionName] as (...a: unknown[]) => void)(...args);
  });
}
