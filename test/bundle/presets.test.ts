/**
 * Each of the five presets through the real entry points (DESIGN.md §4, §12, issue 10): a new
 * spreadsheet set up with `setupWorkbook({ source: 'sidebar', preset })`, the sample's roster
 * details and rows typed in, the form created, `checkRegistrations` run. Every row ends with
 * the result its sample's top comment states, every unit with its stated status, every reason
 * names a column of the plan (or is a rank reason), `Mẫu kế hoạch` records the preset, and
 * the form asks exactly the preset's questions in order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_KEY, DOC_PROPERTY, PRESET_IDS, ROW_STATUS, SHEET, type PresetId, type RowStatus } from '../../src/core/contract';
import { PRESETS } from '../../src/core/presets';
import { presetQuestions } from '../../src/core/presets/preset-questions';
import { isRequired } from '../../src/core/questions';
import { SAMPLES } from '../../src/local/cli/samples';
import { sheet } from '../support/bundle';
import { ITEM_TYPE } from '../support/form-item-type';
import { runPresetSample, type PresetRun } from '../support/preset-run';
import { planForm } from '../../src/core/form-plan';
import { readSettings } from '../../src/core/settings';

interface Expected {
  /** Row indexes by status; the rest of the rows are `Hợp lệ`. */
  rows: Partial<Record<RowStatus, number[]>>;
  /** Unit codes (`Mã`) by status. */
  units: Record<string, string[]>;
}

/** What each sample's top comment states (dang-ky-mo-hinh: the cases of sample-data.ts). */
const EXPECTED: Record<PresetId, Expected> = {
  'dang-ky-mo-hinh': {
    rows: {
      [ROW_STATUS.needsFix]: [11, 13, 15, 17, 18, 19, 20, 21, 22, 23, 24],
      [ROW_STATUS.overQuota]: [32], [ROW_STATUS.duplicate]: [33], [ROW_STATUS.late]: [39, 40, 41, 43, 44],
    },
    units: {
      'Trễ hạn': ['HCCB', 'BVHXH', 'CBTH', 'CBT7'], 'Cần bổ sung': ['TTDVC', 'CBT6'],
      'Không đăng ký': ['VPDU', 'HKH', 'TTPVHCC', 'CBYT', 'CBT8'],
    },
  },
  'dien-hinh-tien-tien': {
    rows: {
      [ROW_STATUS.needsFix]: [7, 9, 12, 13, 14, 15], [ROW_STATUS.duplicate]: [19], [ROW_STATUS.overQuota]: [17],
      [ROW_STATUS.late]: [23, 24, 25],
    },
    units: {
      'Đúng hạn': ['BTG', 'DCNN', 'CAX', 'TH', 'TYT', 'DTN', 'HPN', 'VPTK'], 'Cần bổ sung': ['HND', 'QSX', 'THCS', 'MTTQ'],
      'Trễ hạn': ['VHXH', 'KTTC'], 'Không đăng ký': ['CDCS', 'MN'],
    },
  },
  'phong-trao-nhiem-ky': {
    rows: {
      [ROW_STATUS.needsFix]: [5, 8, 11, 14, 15], [ROW_STATUS.duplicate]: [18], [ROW_STATUS.overQuota]: [19],
      [ROW_STATUS.late]: [20, 21],
    },
    units: {
      'Đúng hạn': ['VP', 'PKT', 'TTDVTH', 'CAX', 'MTTQ', 'HND', 'HPN', 'THON1', 'THON2', 'THON3'],
      'Cần bổ sung': ['TTPVHCC', 'DTN', 'TYT'], 'Trễ hạn': ['HCCB', 'THON4'],
      'Không đăng ký': ['PVHXH', 'QSX', 'THON5', 'THON6', 'THON7', 'THON8'],
    },
  },
  'dot-thi-dua': {
    rows: {
      [ROW_STATUS.needsFix]: [5, 7, 10, 12, 13], [ROW_STATUS.duplicate]: [15], [ROW_STATUS.overQuota]: [16],
      [ROW_STATUS.late]: [17, 18],
    },
    units: {
      'Đúng hạn': ['CBAD1', 'CBAD2', 'CBT3', 'CBT4', 'CBCQ', 'CBUB', 'CBQS', 'CBCA', 'CBTH', 'CBMN'],
      'Cần bổ sung': ['CBT5', 'CBTHCS', 'CBT6'], 'Trễ hạn': ['CBT7', 'CBYT'], 'Không đăng ký': ['CBT8'],
    },
  },
  'hoi-nghi-dien-hinh': {
    rows: {
      [ROW_STATUS.needsFix]: [8, 11, 14, 16, 18], [ROW_STATUS.duplicate]: [23], [ROW_STATUS.overQuota]: [24],
      [ROW_STATUS.late]: [26, 27, 28],
    },
    units: {
      'Đúng hạn': ['VPTK', 'VPDU', 'BTG', 'VHXH', 'CAX', 'HND', 'TH', 'THCS', 'TYT'], 'Cần bổ sung': ['MTTQ', 'HPN', 'DTN', 'MN'],
      'Trễ hạn': ['QSX', 'TCKT'], 'Không đăng ký': ['HCCB', 'DCXD', 'TPHT'],
    },
  },
};

/** Reasons that judge a row against other rows or the deadline, not one answer (DESIGN §4). */
const RANK_REASON = /^(Trùng với đăng ký ở dòng \d+|Đơn vị đã có \d+ đăng ký hợp lệ|Nộp ngày .* sau hạn|Kế hoạch đã đủ \d+ dòng|Loại ".*" đã đủ \d+ dòng)/;

describe.each(PRESET_IDS.map((id) => [id] as const))('preset %s through the bundle', (id) => {
  const preset = PRESETS[id];
  const sample = SAMPLES[id];
  const expected = EXPECTED[id];
  let run: PresetRun;
  beforeAll(() => { run = runPresetSample(id); }, 60_000);

  it('sets up, creates the form and checks without error', () => {
    for (const reply of [run.setupReply, run.formReply, run.checkReply]) expect(reply).toMatchObject({ ok: true });
  });

  it('records the preset in Cấu hình › Mẫu kế hoạch', () => {
    const config = sheet(run.sb.workbook, SHEET.config);
    const row = config.values.find((r) => r[0] === CONFIG_KEY.planPreset);
    expect(row?.[1]).toBe(id);
  });

  it('marks every sample row as its top comment states', () => {
    const actual: Record<string, number[]> = {};
    sample.responses.forEach((_, i) => { (actual[run.result(i)] ??= []).push(i); });
    const stated = Object.values(expected.rows).flat();
    const valid = sample.responses.map((_, i) => i).filter((i) => !stated.includes(i));
    expect(actual).toEqual({ ...(valid.length ? { [ROW_STATUS.valid]: valid } : {}), ...expected.rows });
  });

  it('gives every unit the status its sample states', () => {
    for (const [status, codes] of Object.entries(expected.units)) {
      for (const code of codes) expect(`${code}: ${run.unitStatus(code)}`).toBe(`${code}: ${status}`);
    }
  });

  it('starts every reason with a column of the plan, or gives a rank reason', () => {
    const titles = preset.questions.map((q) => q.title);
    for (const i of sample.responses.keys()) {
      for (const reason of run.reasons(i)) {
        const named = titles.some((t) => reason.startsWith(`${t}: `));
        expect(named || RANK_REASON.test(reason), `row ${i}: ${reason}`).toBe(true);
      }
      if (run.result(i) === ROW_STATUS.needsFix) expect(run.reasons(i).length).toBeGreaterThan(0);
    }
  });

  it('builds a form with exactly the preset questions, in order, typed and required as planned', () => {
    const form = run.sb.forms.get(run.sb.workbook.documentProperties[DOC_PROPERTY.formId])!;
    const questions = presetQuestions(preset);
    expect(form.items.map((i) => i.title)).toEqual(preset.questions.map((q) => q.title));
    const settings = readSettings([['Mục', 'Giá trị'], ...preset.config.map((r) => [...r])], 'Asia/Ho_Chi_Minh').settings;
    const plan = planForm(settings, preset.units.map((u) => u.name), preset.fields, questions);
    expect(form.items.map((i) => [i.title, i.type, i.required])).toEqual(
      plan.questions.map((q) => [q.title, ITEM_TYPE[q.kind], isRequired(questions.find((x) => x.title === q.title)!, settings.onlyNewItems)]));
  });
});
