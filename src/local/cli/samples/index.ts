/**
 * The embedded samples of the four presets beyond seed 000 (`npm start -- --preset NAME`);
 * seed 000's run is sample-data.ts. Node side only.
 */
import type { PresetId } from '../../../core/contract';
import { DIEN_HINH_TIEN_TIEN_SAMPLE } from './dien-hinh-tien-tien';
import { DOT_THI_DUA_SAMPLE } from './dot-thi-dua';
import { HOI_NGHI_DIEN_HINH_SAMPLE } from './hoi-nghi-dien-hinh';
import { PHONG_TRAO_NHIEM_KY_SAMPLE } from './phong-trao-nhiem-ky';
import type { PresetSample } from './sample-types';

export const SAMPLES: Partial<Record<PresetId, PresetSample>> = {
  'dien-hinh-tien-tien': DIEN_HINH_TIEN_TIEN_SAMPLE,
  'phong-trao-nhiem-ky': PHONG_TRAO_NHIEM_KY_SAMPLE,
  'dot-thi-dua': DOT_THI_DUA_SAMPLE,
  'hoi-nghi-dien-hinh': HOI_NGHI_DIEN_HINH_SAMPLE,
};
