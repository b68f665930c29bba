/**
 * The command line at scale (issue 12, item 10): a synthetic workbook of `rows`
 * registrations and `units` units is written as .xlsx, then `npm start -- --workbook` runs
 * on it in a child process; its wall time and peak memory (maximum resident set) are
 * reported as the user would see them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeWorkbookXlsx } from '../src/local/xlsx';
import { syntheticSandbox } from './synthetic-workbook';

/** Writes the synthetic workbook of that size to `file`. */
export async function writeSyntheticXlsx(file: string, rows: number, units: number): Promise<void> {
  const sb = syntheticSandbox(units, rows);
  await writeWorkbookXlsx(sb.workbook, file);
}

export interface CliRun { seconds: number; peakMb: number; exitCode: number | null }

/** Runs the command line on `file` and measures it (GNU time's %e and %M, else Node's own clock). */
export function runCli(file: string, outDir: string): CliRun {
  const root = path.resolve(import.meta.dirname, '..');
  const args = ['--import', 'tsx', path.join(root, 'src/local/cli/main.ts'), '--workbook', file, '--today', '2025-12-20', '--out', outDir];
  const started = performance.now();
  const timed = spawnSync('/usr/bin/time', ['-f', 'THIDUA_TIME %e %M', process.execPath, ...args], { cwd: root, encoding: 'utf8' });
  if (!timed.error) {
    const match = /THIDUA_TIME ([\d.]+) (\d+)/.exec(timed.stderr);
    if (match) return { seconds: Number(match[1]), peakMb: Number(match[2]) / 1024, exitCode: timed.status };
  }
  const plain = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { seconds: (performance.now() - started) / 1000, peakMb: Number.NaN, exitCode: plain.status };
}

/** The table `npm run bench` prints for the command line. */
export async function benchCli(sizes: Array<[rows: number, units: number]> = [[10_000, 1_000], [50_000, 2_000]]): Promise<void> {
  console.log('\nnpm start -- --workbook (a child process: read .xlsx, set up, check, reminders, write the copy)');
  console.log('| rows | units | file | wall time | peak memory |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const [rows, units] of sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-cli-'));
    try {
      const file = path.join(dir, 'dang-ky.xlsx');
      await writeSyntheticXlsx(file, rows, units);
      const { statSync } = await import('node:fs');
      const size = statSync(file).size;
      const run = runCli(file, path.join(dir, 'ra'));
      const status = run.exitCode === 0 ? '' : ` (exit ${run.exitCode})`;
      console.log(`| ${rows.toLocaleString('en')} | ${units.toLocaleString('en')} | ${(size / 1e6).toFixed(1)} MB | ${run.seconds.toFixed(1)} s${status} | ${Number.isNaN(run.peakMb) ? '?' : `${Math.round(run.peakMb)} MB`} |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const sizes = process.argv.slice(2).map((s) => s.split('x').map(Number) as [number, number]);
  await benchCli(sizes.length ? sizes : undefined);
}
