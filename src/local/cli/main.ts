/**
 * `npm start [-- --workbook FILE.xlsx --today YYYY-MM-DD --out DIR | --preset NAME]`: runs the built
 * bundle in the local emulation and writes the results (DESIGN.md §11). Every failure is one
 * Vietnamese sentence naming the file or flag (exit 2 for a wrong command, 1 otherwise).
 */
import v8 from 'node:v8';
import { checkOutDir, checkWorkbookFile, parseCli } from './cli-args';
import { CLI_TEXT, CliError } from './cli-error';
import { formatSummary } from './print-summary';
import { runJob } from './run-job';

/**
 * V8 lets a heap grow to several times its live data before a full collection; a run over
 * 50,000 rows then peaked at 1.5 GB for ~370 MB of live data. Growing by at most 30 % of the
 * live size keeps the peak near live data (measured in `npm run bench`), and unlike a fixed
 * heap cap it never stops a bigger workbook with "out of memory". Read when V8 next sizes
 * its heap, so it applies from here on.
 */
v8.setFlagsFromString('--heap-growing-percent=30');

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if (options.help) { console.log(CLI_TEXT.usage); return; }
  if (options.workbook) await checkWorkbookFile(options.workbook);
  await checkOutDir(options.outDir);
  const result = await runJob({ workbook: options.workbook, today: options.today, outDir: options.outDir, preset: options.preset });
  console.log(formatSummary(result));
}

main().catch((error: unknown) => {
  const known = error instanceof CliError;
  console.error(known ? error.message : CLI_TEXT.failed(error instanceof Error ? error.message : String(error)));
  if (known && error.exitCode === 2) console.error(CLI_TEXT.usage);
  process.exitCode = known ? error.exitCode : 1;
});
