/** The five plan presets (DESIGN §12.3) obey the rules of `Câu hỏi`, `Khối`, `Đơn vị` and `Mốc thời gian`. */
import { describe, expect, it } from 'vitest';
import {
  ANSWER, CONFIG_HEADERS, CONFIG_KEY, OWNED_HEADERS, PRESET_IDS, QUESTION_KIND, QUESTION_ROLE, REQUIRED_WORD,
} from '../../src/core/contract';
import { DEFAULT_CONFIG_ROWS, DEFAULT_FIELDS, DEFAULT_GROUPS, DEFAULT_UNITS } from '../../src/core/defaults';
import { normalizeName } from '../../src/core/names';
import { PRESETS, presetById } from '../../src/core/presets';
import type { Preset } from '../../src/core/presets/preset-types';
import { readSettings } from '../../src/core/settings';

const ALL = PRESET_IDS.map((id) => PRESETS[id]);
const DATE_KEYS = [CONFIG_KEY.registrationDeadline, CONFIG_KEY.earliestStart, CONFIG_KEY.planDeadline, CONFIG_KEY.resultsDeadline];
const CHOICE_KINDS: string[] = [QUESTION_KIND.choice, QUESTION_KIND.list, QUESTION_KIND.checkbox];

const configValue = (preset: Preset, key: string) => preset.config.find(([k]) => k === key)?.[1];
const commaItems = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Items of a comma list whose items may themselves hold commas (movement names do): pieces
 * are joined until they form a known name; a piece that never does is returned as it is.
 */
function knownItems(text: string, known: readonly string[]): string[] {
  const names = new Set(known.map(normalizeName));
  const items: string[] = [];
  let pending: string[] = [];
  for (const piece of text.split(',')) {
    pending.push(piece);
    const joined = pending.join(',').trim();
    if (names.has(normalizeName(joined))) { items.push(joined); pending = []; }
  }
  if (pending.join('').trim() !== '') items.push(pending.join(',').trim());
  return items;
}

/** A 'dd/MM/yyyy' text of a real calendar day. */
function isDayText(text: unknown): boolean {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(text));
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe('preset registry', () => {
  it('holds one preset per PRESET_IDS entry, in that order, each recording its id in Mẫu kế hoạch', () => {
    expect(Object.keys(PRESETS)).toEqual([...PRESET_IDS]);
    for (const id of PRESET_IDS) {
      expect(PRESETS[id].id).toBe(id);
      expect(configValue(PRESETS[id], CONFIG_KEY.planPreset)).toBe(id);
    }
  });

  it('finds a preset by its id typed with odd case and spaces, and nothing for an unknown name', () => {
    expect(presetById('  DOT-Thi-Dua ')?.id).toBe('dot-thi-dua');
    expect(presetById('hoi-nghi-dien-hinh')?.id).toBe('hoi-nghi-dien-hinh');
    expect(presetById('dot thi dua')).toBeUndefined();
    expect(presetById(undefined)).toBeUndefined();
    expect(presetById(42)).toBeUndefined();
  });
});

describe.each(ALL.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  const milestoneNames = preset.milestones.map((m) => m.name);
  const roles = Object.values(QUESTION_ROLE) as string[];
  const kinds = Object.values(QUESTION_KIND) as string[];

  it('gives every setting the engine needs, readable without a problem', () => {
    expect(readSettings([[...CONFIG_HEADERS], ...preset.config.map((r) => [...r])], 'Asia/Ho_Chi_Minh').problems).toEqual([]);
    for (const key of [CONFIG_KEY.communeName, CONFIG_KEY.issuingBody, CONFIG_KEY.planTitle, CONFIG_KEY.itemNoun]) {
      expect(String(configValue(preset, key) ?? '')).not.toBe('');
    }
    expect(['Đảng', 'Chính quyền']).toContain(configValue(preset, CONFIG_KEY.documentFamily));
    const keys = preset.config.map(([k]) => k);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(CONFIG_KEY.formUrl);
  });

  it('writes its config dates and milestone deadlines as dd/MM/yyyy', () => {
    for (const key of DATE_KEYS) {
      const value = configValue(preset, key);
      if (value !== undefined && value !== '') expect(isDayText(value), `${key} = ${value}`).toBe(true);
    }
    expect(isDayText(configValue(preset, CONFIG_KEY.registrationDeadline))).toBe(true);
    for (const m of preset.milestones) expect(isDayText(m.deadline), m.name).toBe(true);
  });

  it('uses only known roles and kinds, with exactly one Đơn vị question and no other role twice except Minh chứng', () => {
    for (const q of preset.questions) {
      expect(q.role === '' || roles.includes(q.role), `${q.title}: ${q.role}`).toBe(true);
      expect(kinds, q.title).toContain(q.kind);
    }
    expect(preset.questions.filter((q) => q.role === QUESTION_ROLE.unit)).toHaveLength(1);
    for (const role of roles.filter((r) => r !== QUESTION_ROLE.evidence)) {
      expect(preset.questions.filter((q) => q.role === role).length, role).toBeLessThanOrEqual(1);
    }
  });

  it('has unique question titles that are not timestamp or owned headers', () => {
    const titles = preset.questions.map((q) => normalizeName(q.title));
    expect(new Set(titles).size).toBe(titles.length);
    for (const reserved of [ANSWER.timestamp, ...OWNED_HEADERS]) expect(titles).not.toContain(normalizeName(reserved));
  });

  it('gives choices to every choice question but the roster and the field lists', () => {
    for (const q of preset.questions) {
      const fromSheet = q.role === QUESTION_ROLE.unit || q.role === QUESTION_ROLE.field;
      if (CHOICE_KINDS.includes(q.kind) && !fromSheet) expect(q.choices, q.title).not.toBe('');
      if (!CHOICE_KINDS.includes(q.kind)) expect(q.choices, q.title).toBe('');
    }
    const unit = preset.questions.find((q) => q.role === QUESTION_ROLE.unit)!;
    expect(unit.kind).toBe(QUESTION_KIND.list);
    const field = preset.questions.find((q) => q.role === QUESTION_ROLE.field);
    if (field) expect(field.kind).toBe(QUESTION_KIND.list);
  });

  it('asks Lĩnh vực exactly when it has fields', () => {
    const asks = preset.questions.some((q) => q.role === QUESTION_ROLE.field);
    expect(asks).toBe(preset.fields.length > 0);
    expect(new Set(preset.fields.map(normalizeName)).size).toBe(preset.fields.length);
  });

  it('says Bắt buộc as Có, Không or Sau one of its own milestones', () => {
    const allowed = [REQUIRED_WORD.yes, REQUIRED_WORD.no, ...milestoneNames.map((m) => `${REQUIRED_WORD.afterPrefix} ${m}`)];
    for (const q of preset.questions) expect(allowed, q.title).toContain(q.required);
  });

  it('offers as Loại exactly the categories its groups allow', () => {
    const category = preset.questions.find((q) => q.role === QUESTION_ROLE.category)!;
    expect(category).toBeDefined();
    const choices = commaItems(category.choices).map(normalizeName).sort();
    const allowed = [...new Set(preset.groups.flatMap((g) => commaItems(g.allowedTypes).map(normalizeName)))].sort();
    expect(allowed).toEqual(choices);
  });

  it('has groups with a sensible range and units in existing groups', () => {
    const groups = new Set(preset.groups.map((g) => g.name));
    expect(groups.size).toBe(preset.groups.length);
    for (const g of preset.groups) expect(g.min >= 1 && g.min <= g.max, g.name).toBe(true);
    for (const u of preset.units) {
      expect(groups.has(u.group), `${u.name}: ${u.group}`).toBe(true);
      const group = preset.groups.find((g) => g.name === u.group)!;
      expect((u.min ?? group.min) <= (u.max ?? group.max), u.name).toBe(true);
    }
  });

  it('has 15 to 35 units with unique short codes and unique names', () => {
    expect(preset.units.length).toBeGreaterThanOrEqual(15);
    expect(preset.units.length).toBeLessThanOrEqual(35);
    const codes = preset.units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code, code).toMatch(/^[A-Z0-9]{2,8}$/);
    expect(new Set(preset.units.map((u) => normalizeName(u.name))).size).toBe(preset.units.length);
  });

  it('assigns units only fields of its Lĩnh vực sheet', () => {
    for (const u of preset.units) {
      if (u.assignedFields === undefined) continue;
      const items = knownItems(u.assignedFields, preset.fields);
      expect(items.length, u.name).toBeGreaterThan(0);
      for (const item of items) expect(preset.fields, `${u.name}: ${item}`).toContain(item);
    }
  });

  it('points every milestone at one of its question columns', () => {
    const titles = preset.questions.map((q) => q.title);
    expect(new Set(milestoneNames).size).toBe(milestoneNames.length);
    for (const m of preset.milestones) {
      expect(titles, m.name).toContain(m.column);
      expect(m.remindBefore).toMatch(/^\d+(, \d+)*$/);
      expect(m.remindAfter).toMatch(/^\d+(, \d+)*$/);
    }
  });
});

describe('dang-ky-mo-hinh', () => {
  const preset = PRESETS['dang-ky-mo-hinh'];

  it('is exactly the data of defaults.ts plus Mẫu kế hoạch and Tên gọi', () => {
    for (const row of DEFAULT_CONFIG_ROWS) expect(preset.config).toContainEqual(row);
    expect(preset.config.slice(0, DEFAULT_CONFIG_ROWS.length)).toEqual(DEFAULT_CONFIG_ROWS);
    expect(configValue(preset, CONFIG_KEY.itemNoun)).toBe('mô hình, phong trào, việc làm');
    expect(preset.groups).toEqual(DEFAULT_GROUPS);
    expect(preset.units).toEqual(DEFAULT_UNITS);
    expect(preset.fields).toEqual(DEFAULT_FIELDS);
  });

  it('asks the questions of DESIGN §3.5 in order, then Báo cáo kết quả', () => {
    const answerTitles = Object.values(ANSWER).filter((t) => t !== ANSWER.timestamp);
    expect(preset.questions.map((q) => q.title)).toEqual([...answerTitles, 'Báo cáo kết quả']);
    expect(preset.questions.map((q) => [q.role, q.kind, q.required])).toEqual([
      ['Đơn vị', 'Danh sách', 'Có'], ['Loại', 'Lựa chọn', 'Có'], ['Tên', 'Văn bản', 'Có'], ['Lĩnh vực', 'Danh sách', 'Có'],
      ['', 'Đoạn văn', 'Không'], ['', 'Văn bản', 'Có'], ['Bắt đầu', 'Ngày', 'Có'], ['Hoàn thành', 'Ngày', 'Có'],
      ['', 'Văn bản', 'Có'], ['', 'Văn bản', 'Có'], ['', 'Văn bản', 'Không'], ['', 'Văn bản', 'Có'],
      // The pledge is required by `Chỉ nhận đăng ký mới` = `Có`, not by its own `Bắt buộc`.
      ['Cam kết mới', 'Hộp kiểm', 'Không'], ['Minh chứng', 'Đường dẫn', 'Không'],
      ['Minh chứng', 'Đường dẫn', 'Sau Xây dựng kế hoạch'], ['Minh chứng', 'Đường dẫn', 'Sau Báo cáo kết quả'],
    ]);
    expect(preset.milestones.map((m) => [m.name, m.deadline, m.column])).toEqual([
      ['Xây dựng kế hoạch', '15/01/2026', 'Kế hoạch thực hiện'],
      ['Báo cáo kết quả', '15/11/2026', 'Báo cáo kết quả'],
    ]);
  });
});

describe('dien-hinh-tien-tien', () => {
  const preset = PRESETS['dien-hinh-tien-tien'];

  it('sets each responsible unit its yearly minimum from seed 001', () => {
    const minByCode = Object.fromEntries(preset.units.map((u) => [u.code, u.min]));
    expect(minByCode).toEqual({
      BTG: 2, DCNN: 3, KTTC: 1, VPTK: 2, VHXH: 2, MTTQ: 2, HND: 3, CDCS: 1, DTN: 1, HPN: 1,
      CAX: 1, QSX: 1, MN: 2, TH: 2, THCS: 2, TYT: 1,
    });
  });

  it('assigns every movement of the seed to at least one unit', () => {
    const assigned = new Set(preset.units.flatMap((u) => knownItems(u.assignedFields ?? '', preset.fields)));
    for (const field of preset.fields) expect(assigned.has(field), field).toBe(true);
    expect(preset.fields).toHaveLength(13);
  });
});

describe('hoi-nghi-dien-hinh', () => {
  const preset = PRESETS['hoi-nghi-dien-hinh'];

  it('caps the conference at 200 delegates, 30 % guests and 70 % examples', () => {
    expect(configValue(preset, CONFIG_KEY.totalMax)).toBe(200);
    expect(configValue(preset, CONFIG_KEY.categoryShares)).toBe('Khách mời 30%, Điển hình tiên tiến 70%');
    const shares = commaItems(String(configValue(preset, CONFIG_KEY.categoryShares))).map((s) => s.replace(/\s*\d+%$/, ''));
    const category = preset.questions.find((q) => q.role === QUESTION_ROLE.category)!;
    expect(shares).toEqual(commaItems(category.choices));
  });

  it('is the only preset with whole-plan quotas', () => {
    for (const other of ALL.filter((p) => p.id !== preset.id)) {
      expect(configValue(other, CONFIG_KEY.totalMax)).toBeUndefined();
      expect(configValue(other, CONFIG_KEY.categoryShares)).toBeUndefined();
    }
  });
});

describe('dot-thi-dua', () => {
  it('takes exactly one commitment from each cell and asks the two reviews after their milestones', () => {
    const preset = PRESETS['dot-thi-dua'];
    for (const g of preset.groups) expect([g.allowedTypes, g.min, g.max]).toEqual(['Cam kết', 1, 1]);
    expect(preset.milestones.map((m) => [m.name, m.deadline, m.column])).toEqual([
      ['Sơ kết', '31/08/2025', 'Báo cáo sơ kết'],
      ['Tổng kết', '31/08/2026', 'Báo cáo tổng kết'],
    ]);
    expect(preset.fields).toHaveLength(6);
  });
});
