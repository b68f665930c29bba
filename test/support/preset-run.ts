/**
 * Harness of the preset bundle tests: a fresh emulated workbook set up by the real
 * `setupWorkbook({ source: 'sidebar', preset })`, the sample's unit details and rows typed in,
 * the form created by `createRegistrationForm`, then `checkRegistrations` run — and accessors
 * that read back each sample row's result and each unit's status by `Mã`.
 */
import { OWNED, SHEET, UNIT_HEADER, type PresetId } from '../../src/core/contract';
import { PRESETS } from '../../src/core/presets';
import { normalizeName } from '../../src/core/names';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { createSandbox, type Sandbox } from '../../src/local/emulator';
import { appendSampleRows, typeUnitDetails } from '../../src/local/cli/demo-workbook';
import { SAMPLES } from '../../src/local/cli/samples';
import { cell, morningOf, sheet } from './bundle';

export interface PresetRun {
  sb: Sandbox;
  setupReply: unknown;
  formReply: unknown;
  checkReply: unknown;
  /** `Kết quả kiểm tra` of sample response i. */
  result(i: number): string;
  /** `Chi tiết` of sample response i, one reason per line. */
  reasons(i: number): string[];
  /** `Trạng thái` of the roster unit with this `Mã`. */
  unitStatus(code: string): string;
}

export function runPresetSample(preset: PresetId): PresetRun {
  const sample = SAMPLES[preset];
  const sb = createSandbox({ workbook: newWorkbookModel(sample.workbookTitle), now: morningOf(sample.today) });
  const setupReply = sb.call('setupWorkbook', { source: 'sidebar', preset });
  const contact = sample.unitDetails[String(PRESETS[preset].config.find(([k]) => k === 'Đơn vị đầu mối')?.[1])]?.email;
  typeUnitDetails(sb.workbook, sample.unitDetails, contact || 'dau-moi@xa.example');
  appendSampleRows(sb.workbook, sample.responses);
  const formReply = sb.call('createRegistrationForm');
  const checkReply = sb.call('checkRegistrations');
  const reg = () => sheet(sb.workbook, SHEET.registrations);
  const units = () => sheet(sb.workbook, SHEET.units);
  return {
    sb, setupReply, formReply, checkReply,
    result: (i) => String(cell(reg(), i + 2, OWNED.result)),
    reasons: (i) => String(cell(reg(), i + 2, OWNED.details)).split('\n').filter(Boolean),
    unitStatus: (code) => {
      const s = units();
      const r = s.values.findIndex((row, idx) => idx > 0 && normalizeName(cell(s, idx + 1, UNIT_HEADER.code)) === normalizeName(code));
      if (r < 0) throw new Error(`no unit ${code}`);
      return String(cell(s, r + 1, UNIT_HEADER.status));
    },
  };
}
