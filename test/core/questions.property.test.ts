/**
 * Properties of plans held as data (DESIGN.md §12.1, §3, §4), with fast-check:
 * (a) for any valid `Câu hỏi`, the form asks exactly its questions, in order, with the item
 *     type of each `Kiểu` (the `Đơn vị`/`Lĩnh vực` roles: a list of the roster/fields) and
 *     its `Bắt buộc` — in the core plan and, for a few runs, in the form the bundle builds;
 * (b) a row's result depends only on its answers, the questions and the quotas: shuffling
 *     the columns of `Đăng ký` and adding extra columns changes no result, reason or status.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/core/calendar-day';
import { checkWorkbook, type CheckOutcome } from '../../src/core/check-workbook';
import { DOC_PROPERTY, QUESTION_HEADER, SHEET } from '../../src/core/contract';
import { DEFAULT_FIELDS, DEFAULT_UNITS } from '../../src/core/defaults';
import { planForm } from '../../src/core/form-plan';
import { readQuestions } from '../../src/core/questions';
import { readSettings } from '../../src/core/settings';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { sandboxOn, sheet } from '../support/bundle';
import { customAnswers, customWorkbook, type CustomRow } from '../support/custom-plan';
import { ITEM_TYPE } from '../support/form-item-type';
import { configRows, TZ, vn } from '../support/workbook-values';

const KINDS = ['Văn bản', 'Đoạn văn', 'Ngày', 'Số', 'Email', 'Đường dẫn', 'Lựa chọn', 'Danh sách', 'Hộp kiểm'] as const;
const ITEM_OF_KIND: Record<(typeof KINDS)[number], string> = {
  'Văn bản': 'text', 'Đoạn văn': 'paragraph', Ngày: 'date', Số: 'text', Email: 'text', 'Đường dẫn': 'text',
  'Lựa chọn': 'choice', 'Danh sách': 'list', 'Hộp kiểm': 'checkbox',
};
const CHOICE_KINDS = new Set(['Lựa chọn', 'Danh sách', 'Hộp kiểm']);
const SINGLE_ROLES = ['Loại', 'Tên', 'Lĩnh vực', 'Bắt đầu', 'Hoàn thành', 'Cam kết mới'];

interface Spec { title: string; role: string; kind: (typeof KINDS)[number]; required: 'Có' | 'Không'; choices: string[] }

const word = fc.constantFrom('Họ', 'tên', 'Địa chỉ', 'số', 'năm', 'Ghi chú', 'ngày', 'Mức', 'xã', 'thôn', 'điểm', 'Ảnh');
const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const choice = fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' '));

/** A valid `Câu hỏi`: exactly one `Đơn vị`, at most one of each single role, `Minh chứng` may repeat. */
const specs: fc.Arbitrary<Spec[]> = fc.record({
  titles: fc.uniqueArray(title, { minLength: 1, maxLength: 14, selector: (t) => t.toLowerCase() }),
  singles: fc.subarray(SINGLE_ROLES),
  unitAt: fc.nat(),
  rest: fc.array(fc.record({
    kind: fc.constantFrom(...KINDS), required: fc.constantFrom('Có' as const, 'Không' as const),
    choices: fc.uniqueArray(choice, { minLength: 1, maxLength: 4, selector: (c) => c.toLowerCase() }),
    evidence: fc.boolean(), listKind: fc.boolean(),
  }), { minLength: 14, maxLength: 14 }),
}).map(({ titles, singles, unitAt, rest }) => {
  const roles: string[] = titles.map((_, i) => (i === unitAt % titles.length ? 'Đơn vị' : ''));
  let s = 0;
  for (let i = 0; i < roles.length && s < singles.length; i++) if (!roles[i]) roles[i] = singles[s++];
  return titles.map((t, i) => {
    const r = rest[i];
    const role: string = roles[i] || (r.evidence ? 'Minh chứng' : '');
    const kind = role === 'Bắt đầu' || role === 'Hoàn thành' ? 'Ngày'
      : (role === 'Đơn vị' || role === 'Lĩnh vực') && r.listKind ? 'Danh sách' : r.kind;
    // The pledge is one tick box: its text is one choice even with commas (§12.1).
    const choices = !CHOICE_KINDS.has(kind) ? [] : role === 'Cam kết mới' ? [r.choices.join(', ')] : r.choices;
    return { title: t, role, kind, required: r.required, choices };
  });
});

const grid = (qs: Spec[]) => [Object.values(QUESTION_HEADER), ...qs.map((q) => [q.title, q.role, q.kind, q.required, q.choices.join(', '), ''])];

/** The form items a spec must give, computed from §12.1 alone. */
function expectedItems(qs: Spec[], onlyNew: boolean, units: string[], fields: string[]) {
  return qs.map((q) => {
    const fromSheet = q.role === 'Đơn vị' ? units : q.role === 'Lĩnh vực' ? fields : undefined;
    const kind = fromSheet ? 'list' : ITEM_OF_KIND[q.kind];
    return {
      title: q.title, kind, required: q.required === 'Có' || (q.role === 'Cam kết mới' && onlyNew),
      choices: fromSheet ?? (CHOICE_KINDS.has(q.kind) ? q.choices : []),
    };
  });
}

describe('the form of any valid Câu hỏi', () => {
  const units = DEFAULT_UNITS.map((u) => u.name);
  const fields = [...DEFAULT_FIELDS];

  it('asks its questions in order, with the item type of each Kiểu and its Bắt buộc', () => {
    fc.assert(fc.property(specs, fc.boolean(), (qs, onlyNew) => {
      const reading = readQuestions(grid(qs));
      expect(reading.problems).toEqual([]);
      const settings = readSettings(configRows({ 'Chỉ nhận đăng ký mới': onlyNew ? 'Có' : 'Không' }), TZ).settings;
      const plan = planForm(settings, units, fields, reading.questions);
      expect(plan.questions.map((q) => ({ title: q.title, kind: q.kind, required: q.required, choices: q.choices })))
        .toEqual(expectedItems(qs, onlyNew, units, fields));
    }), { numRuns: 200 });
  });

  it('is the form createRegistrationForm builds in the emulation', () => {
    fc.assert(fc.property(specs, (qs) => {
      const sb = sandboxOn(newWorkbookModel(), '2025-12-01');
      sb.call('setupWorkbook');
      const questions = sheet(sb.workbook, SHEET.questions);
      questions.values = grid(qs);
      questions.maxRows = Math.max(questions.maxRows, qs.length + 1);
      expect(sb.call('setupWorkbook')).toMatchObject({ ok: true });
      expect(sb.call('createRegistrationForm')).toMatchObject({ ok: true });
      const form = sb.forms.get(sb.workbook.documentProperties[DOC_PROPERTY.formId])!;
      const onlyNew = true; // the set-up plan has `Chỉ nhận đăng ký mới` = Có
      expect(form.items.map((i) => ({ title: i.title, type: i.type, required: i.required, choices: i.choices ?? [] })))
        .toEqual(expectedItems(qs, onlyNew, units, fields).map((e) => ({
          title: e.title, type: ITEM_TYPE[e.kind as keyof typeof ITEM_TYPE], required: e.required, choices: e.choices,
        })));
    }), { numRuns: 5 });
  }, 120_000);
});

/** Rows of the custom plan, each valid or broken in one of several ways. */
const UNITS = ['Đoàn Thanh niên', 'Hội Nông dân', 'Trường THCS', 'Công an xã', 'Đoàn Thanh niên xã'];
const FAULTS: CustomRow[] = [
  {}, {}, {}, { members: 'mười' }, { sex: 'khác' }, { category: 'Tập thể' }, { field: 'Thi đua học tập' }, { pledge: 'Không' },
  { email: 'không có' }, { born: '31/02/1990' }, { name: '#N/A' }, { end: vn(2027, 1, 1, 0) }, { activities: '' },
];
const rows = fc.array(fc.record({
  unit: fc.constantFrom(...UNITS), fault: fc.constantFrom(...FAULTS), day: fc.integer({ min: 1, max: 25 }),
  same: fc.boolean(), category: fc.constantFrom('Cá nhân', 'Tập thể'),
}), { minLength: 1, maxLength: 25 }).map((rs) => rs.map((r, i) => customAnswers(r.unit, r.same ? 0 : i, {
  timestamp: vn(2026, 3, r.day, 9), category: r.category, ...r.fault,
})));

const view = (o: CheckOutcome) => ({
  rows: [...o.rows.values()].map((r) => [r.row, r.status, r.reasons]),
  units: o.units.map((u) => [u.unit.name, u.status, u.validCount]),
});

describe('a row result depends only on its answers, the questions and the quotas', () => {
  it('gives identical results, reasons and unit statuses whatever the column order and extra columns', () => {
    fc.assert(fc.property(rows, fc.integer({ min: 1, max: 10 }), fc.nat(), fc.array(fc.string(), { maxLength: 6 }),
      (answerRows, total, seed, extras) => {
        const wb = customWorkbook(answerRows, { config: { 'Tổng số tối đa': total } });
        const base = checkWorkbook(wb, TZ, calendarDay(2026, 3, 20));
        const width = wb.registrations![0].length + extras.length;
        const order = fc.sample(fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }), { seed, numRuns: 1 })[0];
        const widened = wb.registrations!.map((r, i) => [...r, ...extras.map((e, j) => (i === 0 ? `Cột thêm ${j + 1}` : e))]);
        const shuffled = widened.map((r) => order.map((c) => r[c]));
        const moved = checkWorkbook({ ...wb, registrations: shuffled }, TZ, calendarDay(2026, 3, 20));
        expect(view(moved)).toEqual(view(base));
      }), { numRuns: 150 });
  });
});
