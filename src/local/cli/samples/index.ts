/**
 * The embedded samples of the five presets (`npm start -- --preset NAME`). Node side only.
 */
import type { PresetId } from '../../../core/contract';
import { DANG_KY_MO_HINH_SAMPLE } from './dang-ky-mo-hinh';
import { DIEN_HINH_TIEN_TIEN_SAMPLE } from './dien-hinh-tien-tien';
import { DOT_THI_DUA_SAMPLE } from './dot-thi-dua';
import { HOI_NGHI_DIEN_HINH_SAMPLE } from './hoi-nghi-dien-hinh';
import { PHONG_TRAO_NHIEM_KY_SAMPLE } from './phong-trao-nhiem-ky';
import type { PresetSample } from './sample-types';

export const SAMPLES: Record<PresetId, PresetSample> = {
  'dang-ky-mo-hinh': DANG_KY_MO_HINH_SAMPLE,
  'dien-hinh-tien-tien': DIEN_HINH_TIEN_TIEN_SAMPLE,
  'phong-trao-nhiem-ky': PHONG_TRAO_NHIEM_KY_SAMPLE,
  'dot-thi-dua': DOT_THI_DUA_SAMPLE,
  'hoi-nghi-dien-hinh': HOI_NGHI_DIEN_HINH_SAMPLE,
};
