/**
 * `npm start [-- --workbook FILE.xlsx --today YYYY-MM-DD --out DIR]`: runs the built
 * bundle in the local emulation and writes the results (DESIGN.md §11).
 */
import { parseArgs } from 'node:util';
import { PRESET_IDS, type PresetId } from '../../core/contract';
import { formatSummary } from './print-summary';
import { runJob } from './run-job';

const USAGE = `Cách dùng: npm start [-- --workbook TỆP.xlsx] [--today YYYY-MM-DD] [--out THƯ_MỤC] [--preset TÊN]
  (không có --workbook: chạy trên dữ liệu mẫu của kế hoạch --preset, mặc định dang-ky-mo-hinh của xã Thọ Lập;
   các kế hoạch: ${PRESET_IDS.join(', ')})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workbook: { type: 'string' },
      today: { type: 'string' },
      preset: { type: 'string' },
      out: { type: 'string', default: 'out' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  let preset: PresetId | undefined;
  if (values.preset !== undefined) {
    preset = PRESET_IDS.find((id) => id === values.preset?.trim().toLowerCase());
    if (!preset) throw new Error(`--preset "${values.preset}" không có; chọn một trong: ${PRESET_IDS.join(', ')}.`);
  }
  const result = await runJob({ workbook: values.workbook, today: values.today, outDir: values.out!, preset });
  console.log(formatSummary(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exitCode = 1;
});
