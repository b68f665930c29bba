/**
 * `npm start [-- --workbook FILE.xlsx --today YYYY-MM-DD --out DIR]`: runs the built
 * bundle in the local emulation and writes the results (DESIGN.md §11).
 */
import { parseArgs } from 'node:util';
import { formatSummary } from './print-summary';
import { runJob } from './run-job';

const USAGE = `Cách dùng: npm start [-- --workbook TỆP.xlsx] [--today YYYY-MM-DD] [--out THƯ_MỤC]
  (không có --workbook: chạy trên dữ liệu mẫu của xã Thọ Lập, ngày 2025-12-20)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workbook: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string', default: 'out' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  const result = await runJob({ workbook: values.workbook, today: values.today, outDir: values.out! });
  console.log(formatSummary(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exitCode = 1;
});
