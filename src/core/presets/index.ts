/**
 * The presets of DESIGN.md §12.3 by id. (Interim: seed 000's preset built from `defaults.ts`
 * and the questions of §3.5; the other four seeds' data land in their own files.)
 */
import { CONFIG_KEY, DEFAULT_PRESET, type PresetId } from '../contract';
import { DEFAULT_CONFIG_ROWS, DEFAULT_FIELDS, DEFAULT_GROUPS, DEFAULT_UNITS } from '../defaults';
import { normalizeName } from '../names';
import { DEFAULT_QUESTIONS, joinChoices, requiredWord } from '../questions';
import type { Preset } from './preset-types';

const dangKyMoHinh: Preset = {
  id: 'dang-ky-mo-hinh',
  label: 'Đăng ký mô hình, phong trào, việc làm điển hình tiên tiến',
  description: 'Mỗi đơn vị đăng ký 1–2 mô hình, phong trào, việc làm mới trước hạn.',
  seed: '000',
  config: [...DEFAULT_CONFIG_ROWS, [CONFIG_KEY.planPreset, 'dang-ky-mo-hinh'], [CONFIG_KEY.itemNoun, 'mô hình, phong trào, việc làm']],
  questions: [
    ...DEFAULT_QUESTIONS.map((q) => ({
      title: q.title, role: q.role ? ({ unit: 'Đơn vị', category: 'Loại', name: 'Tên', field: 'Lĩnh vực', start: 'Bắt đầu', end: 'Hoàn thành', pledge: 'Cam kết mới', evidence: 'Minh chứng' } as const)[q.role] : '',
      kind: ({ text: 'Văn bản', paragraph: 'Đoạn văn', date: 'Ngày', number: 'Số', email: 'Email', link: 'Đường dẫn', choice: 'Lựa chọn', list: 'Danh sách', checkbox: 'Hộp kiểm' } as const)[q.kind],
      required: requiredWord(q.required), choices: joinChoices(q.choices), help: q.help,
    })),
  ],
  groups: DEFAULT_GROUPS,
  units: DEFAULT_UNITS,
  fields: DEFAULT_FIELDS,
  milestones: [{ name: 'Xây dựng kế hoạch', deadline: '15/01/2026', column: 'Kế hoạch thực hiện', remindBefore: '7, 3, 1', remindAfter: '1, 3, 7' }],
};

export const PRESETS: Partial<Record<PresetId, Preset>> = { 'dang-ky-mo-hinh': dangKyMoHinh };

/** The preset named by `text` (its id, compared trimmed/NFC/case-insensitive). */
export function presetById(text: unknown): Preset | undefined {
  const key = normalizeName(text);
  return Object.values(PRESETS).find((p) => p !== undefined && normalizeName(p.id) === key);
}

export const DEFAULT_PRESET_DATA = (): Preset => presetById(DEFAULT_PRESET)!;
