/**
 * The command line's arguments and the checks made before anything runs (issue 12, item 8):
 * flags are parsed strictly, `--today` is a real day of 2000–2100, the workbook is a readable
 * .xlsx file, and `--out` is a folder that can be written — each failure a CliError that
 * names the file or flag, so nothing hangs half-way and no English reaches the user.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseIsoDay } from '../../core/calendar-day';
import { PRESET_IDS, type PresetId } from '../../core/contract';
import { CLI_TEXT, CliError } from './cli-error';

export interface CliOptions {
  workbook?: string;
  preset?: PresetId;
  today?: string;
  outDir: string;
  help: boolean;
}

/** Parses argv (without node and the script); throws CliError(…, 2) for a wrong command. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        workbook: { type: 'string' },
        today: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string', default: 'out' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageError(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length) throw new CliError(CLI_TEXT.strayArgument(positionals[0]), 2);
  if (values.today !== undefined) checkToday(values.today);
  for (const flag of ['workbook', 'out'] as const) {
    if (values[flag] !== undefined && values[flag]!.trim() === '') throw new CliError(CLI_TEXT.missingValue(`--${flag}`), 2);
  }
  let preset: PresetId | undefined;
  if (values.preset !== undefined) {
    preset = PRESET_IDS.find((id) => id === values.preset!.trim().toLowerCase());
    if (!preset) throw new CliError(CLI_TEXT.badPreset(values.preset), 2);
    if (values.workbook !== undefined) throw new CliError(CLI_TEXT.presetWithWorkbook(), 2);
  }
  return { workbook: values.workbook, today: values.today, outDir: values.out!, help: values.help === true, preset };
}

function usageError(error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError(CLI_TEXT.unknownFlag(flag), 2);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new CliError(CLI_TEXT.missingValue(flag.replace(/^-h$/, '--help')), 2);
  return new CliError(CLI_TEXT.badArgument(flag || 'tham số'), 2);
}

/** `--today` must be YYYY-MM-DD, a real day, in 2000–2100. */
export function checkToday(value: string): void {
  const day = parseIsoDay(value);
  if (!day || day.year < 2000 || day.year > 2100) throw new CliError(CLI_TEXT.badToday(value), 2);
}

/** The workbook must be an existing, readable file, and not an old .xls. */
export async function checkWorkbookFile(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(CLI_TEXT.noFile(file));
    throw new CliError(CLI_TEXT.unreadable(file, reasonOf(error)));
  }
  if (info.isDirectory()) throw new CliError(CLI_TEXT.isFolder(file));
  if (/\.xls$/i.test(file)) throw new CliError(CLI_TEXT.oldXls(file));
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw new CliError(CLI_TEXT.unreadable(file, reasonOf(error)));
  }
}

/** The output folder is created and a file written and removed in it, before the run. */
export async function checkOutDir(dir: string): Promise<void> {
  const probe = path.join(dir, `.thidua-ghi-thu-${process.pid}`);
  try {
    await makeFolder(path.resolve(dir));
    const info = await stat(dir);
    if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw new CliError(CLI_TEXT.outNotWritable(dir, reasonOf(error)));
  }
}

/**
 * mkdir -p, one level at a time: Node's `mkdir(…, { recursive: true })` never returns for a
 * path under /proc (`--out /proc/x` hung until killed).
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await makeFolder(parent);
    await mkdir(dir);
  }
}

/** Whether `zone` is an IANA time zone this Node knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A short Vietnamese reason for a file-system error. */
export function reasonOf(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'EACCES': case 'EPERM': return 'không có quyền';
    case 'ENOENT': return 'không tồn tại';
    case 'ENOTDIR': return 'không phải thư mục';
    case 'EEXIST': return 'đã có một tệp cùng tên';
    case 'EROFS': return 'ổ đĩa chỉ đọc';
    case 'ENOSPC': return 'ổ đĩa đã đầy';
    case 'EISDIR': return 'là một thư mục';
    default: return 'lỗi hệ thống tệp';
  }
}
