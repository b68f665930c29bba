/**
 * A synthetic workbook of any size for the benchmark and the "calls do not grow" test:
 * the seed 000 settings, groups and fields (written by the real setupWorkbook), `units`
 * roster units and `rows` registrations with a realistic mix of valid, late, invalid,
 * duplicate and over-quota rows.
 */
import { ANSWER, SHEET, type AnswerKey } from '../src/core/contract';
import { DEFAULT_GROUPS } from '../src/core/defaults';
import { createSandbox, type Sandbox } from '../src/local/emulator';
import { newWorkbookModel, type CellValue, type SheetModel } from '../src/local/emulator/workbook-model';

const PLEDGE = 'Tôi cam kết đây là mô hình, phong trào, việc làm mới';
const vn = (y: number, m: number, d: number, h = 9, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 7, min));

function sheetOf(sb: Sandbox, name: string): SheetModel {
  return sb.workbook.sheets.find((s) => s.name === name)!;
}

/** A set-up sandbox (today 20/12/2025) holding `units` units and `rows` registrations. */
export function syntheticSandbox(units: number, rows: number): Sandbox {
  const sb = createSandbox({ workbook: newWorkbookModel(), now: vn(2025, 12, 20, 8) });
  sb.call('setupWorkbook');
  const unitSheet = sheetOf(sb, SHEET.units);
  const header = unitSheet.values[0];
  const names = Array.from({ length: units }, (_, i) => `Đơn vị thử nghiệm số ${i + 1}`);
  unitSheet.values = [header, ...names.map((name, i) => {
    const group = DEFAULT_GROUPS[i % DEFAULT_GROUPS.length];
    return header.map((h) => (h === 'Mã' ? `DV${i + 1}` : h === 'Tên đơn vị' ? name : h === 'Khối' ? group.name : h === 'Email' ? `dv${i + 1}@xa.example` : '')) as CellValue[];
  })];
  unitSheet.maxRows = Math.max(unitSheet.maxRows, units + 1);

  const reg = sheetOf(sb, SHEET.registrations);
  const keys = Object.keys(ANSWER) as AnswerKey[];
  const cols = keys.map((k) => reg.values[0].indexOf(ANSWER[k]));
  const width = reg.values[0].length;
  const data: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const u = r % units;
    const group = DEFAULT_GROUPS[u % DEFAULT_GROUPS.length];
    const type = group.allowedTypes.split(',')[0].trim();
    const kind = r % 20;
    const answer: Partial<Record<AnswerKey, CellValue>> = {
      timestamp: vn(2025, 12, kind === 7 ? 17 : 1 + (r % 14), 9, r % 60),
      unit: kind === 11 ? `Don vi thu nghiem so ${u + 1}` : names[u],
      type, title: kind === 13 && r > units ? `Mô hình số ${r - units}` : `Mô hình số ${r}`,
      field: kind === 5 ? 'Du lịch' : 'Phát triển kinh tế', content: 'Nội dung', scale: kind === 3 ? '' : 'Toàn xã',
      start: kind === 9 ? '31/02/2026' : vn(2026, 2, 1, 0), end: vn(2026, 10, 1, 0), leadUnit: 'Cấp ủy',
      implementingUnit: names[u], partnerUnits: '', responsiblePerson: 'Đ/c Phụ trách', newItemPledge: PLEDGE,
      registrationFile: '', planFile: '',
    };
    const row: CellValue[] = new Array(width).fill('');
    keys.forEach((k, i) => { row[cols[i]] = answer[k] ?? ''; });
    data.push(row);
  }
  reg.values = [reg.values[0], ...data];
  reg.maxRows = Math.max(reg.maxRows, rows + 1);
  return sb;
}

/** The roster name of synthetic unit `i` (0-based), as `syntheticSandbox` writes it. */
export function syntheticUnitName(i: number): string {
  return `Đơn vị thử nghiệm số ${i + 1}`;
}

/**
 * A complete, valid answer set for the registration form (by question title, as
 * `sandbox.forms.submit` takes it) from synthetic unit `i`, for a sandbox where
 * `createRegistrationForm` has run.
 */
export function syntheticFormAnswers(i: number, title: string): Record<string, string | string[]> {
  const group = DEFAULT_GROUPS[i % DEFAULT_GROUPS.length];
  return {
    [ANSWER.unit]: syntheticUnitName(i),
    [ANSWER.type]: group.allowedTypes.split(',')[0].trim(),
    [ANSWER.title]: title,
    [ANSWER.field]: 'Phát triển kinh tế',
    [ANSWER.content]: 'Nội dung',
    [ANSWER.scale]: 'Toàn xã',
    [ANSWER.start]: '2026-02-01',
    [ANSWER.end]: '2026-10-01',
    [ANSWER.leadUnit]: 'Cấp ủy',
    [ANSWER.implementingUnit]: syntheticUnitName(i),
    [ANSWER.responsiblePerson]: 'Đ/c Phụ trách',
    [ANSWER.newItemPledge]: [PLEDGE],
  };
}
