/**
 * Part of `npm run bench` (plans as data, DESIGN.md §12): the service calls and wall time of one
 * `checkRegistrations` run on a plan whose `Câu hỏi` holds 10 or 40 questions (every kind of
 * §12.1), at 1,000 rows / 300 units and 10,000 rows / 1,000 units. The calls must not grow with
 * rows, units or questions: each sheet is read and written in one batch.
 */
import { DEFAULT_GROUPS } from '../src/core/defaults';
import { OWNED_HEADERS, QUESTION_HEADER, SHEET } from '../src/core/contract';
import { createSandbox, type Sandbox } from '../src/local/emulator';
import { newWorkbookModel, type CellValue, type SheetModel } from '../src/local/emulator/workbook-model';

const vn = (y: number, m: number, d: number, h = 9, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 7, min));
const PLEDGE = 'Tôi cam kết đây là mô hình, phong trào, việc làm mới';
const PLAIN_KINDS = ['Văn bản', 'Số', 'Email', 'Đường dẫn', 'Lựa chọn', 'Danh sách', 'Hộp kiểm', 'Ngày', 'Đoạn văn'] as const;
const VALID: Record<(typeof PLAIN_KINDS)[number], CellValue> = {
  'Văn bản': 'Câu trả lời', Số: 12, Email: 'a@xa.example', 'Đường dẫn': 'https://x.example/a', 'Lựa chọn': 'A',
  'Danh sách': 'B', 'Hộp kiểm': 'A, B', Ngày: vn(2026, 3, 1, 0), 'Đoạn văn': 'Một đoạn văn dài hơn một chút.',
};

const sheetOf = (sb: Sandbox, name: string): SheetModel => sb.workbook.sheets.find((s) => s.name === name)!;

/** `Câu hỏi` with the seven roles and `n − 7` plain questions of every kind in turn. */
function questionGrid(n: number): string[][] {
  const rows = [
    ['Đơn vị', 'Đơn vị', 'Danh sách', 'Có', ''], ['Loại', 'Loại', 'Lựa chọn', 'Có', 'Mô hình, Phong trào, Việc làm'],
    ['Tên', 'Tên', 'Văn bản', 'Có', ''], ['Lĩnh vực', 'Lĩnh vực', 'Danh sách', 'Có', ''], ['Bắt đầu', 'Bắt đầu', 'Ngày', 'Có', ''],
    ['Hoàn thành', 'Hoàn thành', 'Ngày', 'Có', ''], ['Cam kết', 'Cam kết mới', 'Hộp kiểm', 'Không', PLEDGE],
  ];
  for (let i = 0; rows.length < n; i++) {
    const kind = PLAIN_KINDS[i % PLAIN_KINDS.length];
    rows.push([`Câu ${i + 1} (${kind})`, '', kind, i % 2 ? 'Không' : 'Có', ['Lựa chọn', 'Danh sách', 'Hộp kiểm'].includes(kind) ? 'A, B, C' : '']);
  }
  return [[QUESTION_HEADER.title, QUESTION_HEADER.role, QUESTION_HEADER.kind, QUESTION_HEADER.required, QUESTION_HEADER.choices], ...rows];
}

/** A set-up sandbox (today 20/12/2025) with `questions` questions, `units` units and `rows` rows. */
export function questionsSandbox(questions: number, units: number, rows: number): Sandbox {
  const sb = createSandbox({ workbook: newWorkbookModel(), now: vn(2025, 12, 20, 8) });
  sb.call('setupWorkbook');
  const grid = questionGrid(questions);
  const qs = sheetOf(sb, SHEET.questions);
  qs.values = grid;
  qs.maxRows = Math.max(qs.maxRows, grid.length);
  const unitSheet = sheetOf(sb, SHEET.units);
  const header = unitSheet.values[0];
  const names = Array.from({ length: units }, (_, i) => `Đơn vị thử nghiệm số ${i + 1}`);
  unitSheet.values = [header, ...names.map((name, i) => header.map((h) => (
    h === 'Mã' ? `DV${i + 1}` : h === 'Tên đơn vị' ? name : h === 'Khối' ? DEFAULT_GROUPS[i % DEFAULT_GROUPS.length].name : h === 'Email' ? `dv${i + 1}@xa.example` : '')) as CellValue[])];
  unitSheet.maxRows = Math.max(unitSheet.maxRows, units + 1);

  const reg = sheetOf(sb, SHEET.registrations);
  const titles = grid.slice(1).map((r) => r[0]);
  const width = 1 + titles.length + OWNED_HEADERS.length;
  const data: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const u = r % units;
    const kind = r % 20;
    const row: CellValue[] = [
      vn(2025, 12, kind === 7 ? 17 : 1 + (r % 14), 9, r % 60),
      kind === 11 ? `Don vi thu nghiem so ${u + 1}` : names[u],
      DEFAULT_GROUPS[u % DEFAULT_GROUPS.length].allowedTypes.split(',')[0].trim(),
      kind === 13 && r > units ? `Mô hình số ${r - units}` : `Mô hình số ${r}`,
      kind === 5 ? 'Du lịch' : 'Phát triển kinh tế', vn(2026, 2, 1, 0), vn(2026, 10, 1, 0), PLEDGE,
      ...grid.slice(8).map((q, i) => (kind === 3 && i === 1 ? 'mười hai' : VALID[q[2] as (typeof PLAIN_KINDS)[number]])),
    ];
    while (row.length < width) row.push('');
    data.push(row);
  }
  reg.values = [['Dấu thời gian', ...titles, ...OWNED_HEADERS], ...data];
  reg.maxRows = Math.max(reg.maxRows, rows + 1);
  reg.maxColumns = Math.max(reg.maxColumns, width);
  return sb;
}

const REPEATS = 3;

export function benchQuestions(): void {
  const sizes: Array<[rows: number, units: number]> = [[1_000, 300], [10_000, 1_000]];
  const lines: string[] = [];
  const totals = new Set<number>();
  for (const questions of [10, 40]) {
    for (const [rows, units] of sizes) {
      const walls: number[] = [];
      let reply = { ok: false, message: '' };
      let spreadsheet = 0;
      let all = 0;
      for (let i = 0; i < REPEATS; i++) {
        const sb = questionsSandbox(questions, units, rows);
        sb.counter.reset();
        const t0 = performance.now();
        reply = sb.call<{ ok: boolean; message: string }>('checkRegistrations');
        walls.push(performance.now() - t0);
        if (!reply.ok) throw new Error(`checkRegistrations: ${reply.message}`);
        spreadsheet = sb.counter.total('SpreadsheetApp');
        all = sb.counter.total();
        totals.add(spreadsheet);
      }
      const wall = [...walls].sort((a, b) => a - b)[Math.floor(REPEATS / 2)];
      lines.push(`${String(questions).padEnd(11)}${String(rows).padEnd(8)}${String(units).padEnd(7)}${String(spreadsheet).padEnd(22)}` +
        `${String(all).padEnd(13)}${wall.toFixed(0).padStart(7)}   ${reply.message.split('.')[0]}`);
    }
  }
  console.log(`\ncheckRegistrations on a plan of 10 or 40 questions (Câu hỏi of every kind) — median wall time of ${REPEATS} runs\n`);
  console.log('questions  rows    units  SpreadsheetApp calls  all calls  wall ms   result');
  for (const l of lines) console.log(l);
  console.log(`\nSpreadsheetApp calls: ${[...totals].join(' / ')} — ${totals.size === 1 ? 'constant in rows, units and questions' : 'NOT CONSTANT'}.`);
}
