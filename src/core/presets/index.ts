/**
 * The five plan presets of DESIGN §12.3, in PRESET_IDS order, and their lookup by the name a
 * person types (`--preset`, `Cấu hình` › `Mẫu kế hoạch`). Pure data, bundled into Apps Script.
 */
import { PRESET_IDS, type PresetId } from '../contract';
import { normalizeName } from '../names';
import { DANG_KY_MO_HINH } from './dang-ky-mo-hinh';
import { DIEN_HINH_TIEN_TIEN } from './dien-hinh-tien-tien';
import { DOT_THI_DUA } from './dot-thi-dua';
import { HOI_NGHI_DIEN_HINH } from './hoi-nghi-dien-hinh';
import { PHONG_TRAO_NHIEM_KY } from './phong-trao-nhiem-ky';
import type { Preset } from './preset-types';

export type { Preset } from './preset-types';

export const PRESETS: Record<PresetId, Preset> = {
  'dang-ky-mo-hinh': DANG_KY_MO_HINH,
  'dien-hinh-tien-tien': DIEN_HINH_TIEN_TIEN,
  'phong-trao-nhiem-ky': PHONG_TRAO_NHIEM_KY,
  'dot-thi-dua': DOT_THI_DUA,
  'hoi-nghi-dien-hinh': HOI_NGHI_DIEN_HINH,
};

/** The preset whose id matches `text` after trimming, NFC and ignoring case; undefined otherwise. */
export function presetById(text: unknown): Preset | undefined {
  const key = normalizeName(text);
  const id = PRESET_IDS.find((candidate) => normalizeName(candidate) === key);
  return id === undefined ? undefined : PRESETS[id];
}
