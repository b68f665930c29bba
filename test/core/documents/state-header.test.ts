/**
 * Header defects of issue 11 in the State format: a Party body typed in `Cơ quan cấp trên` is
 * not printed above `ỦY BAN NHÂN DÂN`, and `ỦY BAN NHÂN DÂN XÃ …` typed on one line is written
 * on two (NĐ 30's model), so it cannot wrap as "…XÃ THỌ / LẬP". The Party format keeps both.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../src/core/calendar-day';
import { headerBlock } from '../../../src/core/documents/official-blocks';
import { PARTY_PROFILE, STATE_PROFILE } from '../../../src/core/documents/format-profile';
import { settingsFor } from './support';
import { cellTexts } from './spec-walk';

const options = { typeCode: 'TB', year: 2026, date: calendarDay(2025, 12, 20) };

describe('State header (NĐ 30)', () => {
  it('drops a Party superior body and splits the issuing body after ỦY BAN NHÂN DÂN', () => {
    const settings = settingsFor('Chính quyền', { 'Cơ quan cấp trên': 'ĐẢNG BỘ TỈNH THANH HÓA', 'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN XÃ THỌ LẬP' });
    const texts = cellTexts(headerBlock(STATE_PROFILE, settings, options), 0, 0).filter(Boolean);
    expect(texts).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ THỌ LẬP']);
  });

  it('names a People\'s Committee alone, with no superior line (NĐ 30; §5 item 6)', () => {
    const settings = settingsFor('Chính quyền', { 'Cơ quan cấp trên': 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN XÃ NGỌC TRẠO' });
    expect(cellTexts(headerBlock(STATE_PROFILE, settings, options), 0, 0).filter(Boolean)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ NGỌC TRẠO']);
  });

  it('keeps a State superior body above an issuer that is not a People\'s Committee', () => {
    const settings = settingsFor('Chính quyền', { 'Cơ quan cấp trên': 'UBND TỈNH THANH HÓA', 'Cơ quan ban hành': 'SỞ NỘI VỤ' });
    expect(cellTexts(headerBlock(STATE_PROFILE, settings, options), 0, 0)[0]).toBe('UBND TỈNH THANH HÓA');
  });

  it('leaves the Party header as typed', () => {
    const settings = settingsFor('Đảng', { 'Cơ quan cấp trên': 'ĐẢNG BỘ TỈNH THANH HÓA', 'Cơ quan ban hành': 'ĐẢNG ỦY XÃ THỌ LẬP' });
    expect(cellTexts(headerBlock(PARTY_PROFILE, settings, options), 0, 0).slice(0, 2)).toEqual(['ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG ỦY XÃ THỌ LẬP']);
  });
});
