/**
 * The dated rule table (vn-recognition-format.md §1.5, §8 R1): the amounts of the spec's table
 * for decisions before and after 01/07/2026, the rounding up of NĐ 152 Điều 49, the commune's
 * authority before and after 01/07/2025, and the check for gaps and overlaps.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../src/core/calendar-day';
import {
  awardAmount, baseSalaryOn, periodProblems, RULE_TABLE, ruleTableProblems, roundUpTenThousand, withinCommuneAuthority,
  type RecipientKind,
} from '../../../src/core/recognition/rule-table';

const BEFORE = calendarDay(2026, 6, 30);
const AFTER = calendarDay(2026, 7, 1);

describe('the built-in rule table', () => {
  it('is well formed, without gaps or overlaps in any series', () => {
    expect(ruleTableProblems(RULE_TABLE)).toEqual([]);
  });

  it('has the base salary in force on the decision date: 2.340.000 until 30/6/2026, 2.530.000 from 01/7/2026', () => {
    expect(baseSalaryOn(BEFORE)?.amount).toBe(2_340_000);
    expect(baseSalaryOn(AFTER)?.amount).toBe(2_530_000);
    expect(baseSalaryOn(calendarDay(2030, 1, 1))?.amount).toBe(2_530_000);
  });

  // The table of §1.5: [form, kind, paid before, paid after].
  const TABLE: Array<[string, RecipientKind, number, number]> = [
    ['Giấy khen', 'individual', 710_000, 760_000],
    ['Giấy khen', 'collective', 1_410_000, 1_520_000],
    ['Giấy khen', 'household', 1_060_000, 1_140_000],
    ['Lao động tiên tiến', 'individual', 710_000, 760_000],
    ['Chiến sĩ thi đua cơ sở', 'individual', 2_340_000, 2_530_000],
    ['Tập thể lao động tiên tiến', 'collective', 1_880_000, 2_030_000],
    ['Thôn, tổ dân phố văn hóa', 'collective', 3_510_000, 3_800_000],
  ];
  it.each(TABLE)('%s (%s): %d before 01/07/2026, %d from that day', (form, kind, before, after) => {
    expect(awardAmount(form, kind, 'Chính quyền', BEFORE)?.amount).toBe(before);
    expect(awardAmount(form, kind, 'Chính quyền', AFTER)?.amount).toBe(after);
  });

  it('pays nothing for "Gia đình văn hóa" (no money line found: [UNVERIFIED])', () => {
    expect(awardAmount('Gia đình văn hóa', 'household', 'Chính quyền', AFTER)).toBeUndefined();
  });

  it('pays the Party Giấy khen 0,6 (chi bộ) and 0,3 (đảng viên) of the base salary', () => {
    expect(awardAmount('Giấy khen', 'collective', 'Đảng', BEFORE)?.amount).toBe(1_410_000);
    expect(awardAmount('Giấy khen', 'individual', 'Đảng', AFTER)?.amount).toBe(760_000);
  });

  it('reads a form typed in full as its canonical name', () => {
    expect(awardAmount('Giấy khen của Chủ tịch UBND xã', 'individual', 'Chính quyền', AFTER)?.amount).toBe(760_000);
  });

  it('rounds UP to the ten thousand đồng (NĐ 152 Điều 49), never down', () => {
    expect(roundUpTenThousand(702_000)).toBe(710_000);
    expect(roundUpTenThousand(1_138_500)).toBe(1_140_000);
    expect(roundUpTenThousand(2_340_000)).toBe(2_340_000);
    expect(roundUpTenThousand(2_340_001)).toBe(2_350_000);
  });
});

describe('the commune authority (R1)', () => {
  it('holds Giấy khen, LĐTT and Gia đình văn hóa, and from 01/07/2025 also CSTĐCS, TTLĐTT and thôn văn hóa', () => {
    const june = calendarDay(2025, 6, 30);
    const july = calendarDay(2025, 7, 1);
    for (const f of ['Giấy khen', 'Lao động tiên tiến', 'Gia đình văn hóa']) {
      expect(withinCommuneAuthority(f, june, 'Chính quyền')).toBe(true);
      expect(withinCommuneAuthority(f, july, 'Chính quyền')).toBe(true);
    }
    for (const f of ['Chiến sĩ thi đua cơ sở', 'Tập thể lao động tiên tiến']) {
      expect(withinCommuneAuthority(f, june, 'Chính quyền')).toBe(false);
      expect(withinCommuneAuthority(f, july, 'Chính quyền')).toBe(true);
    }
  });

  it('never holds a Bằng khen or a provincial title', () => {
    for (const f of ['Bằng khen của Chủ tịch UBND tỉnh', 'Tập thể lao động xuất sắc', 'Chiến sĩ thi đua cấp tỉnh']) {
      expect(withinCommuneAuthority(f, AFTER, 'Chính quyền')).toBe(false);
    }
  });
});

describe('gaps and overlaps', () => {
  const p = (validFrom: string, validTo: string | null) => ({ validFrom, validTo });
  it('accepts periods that meet day to day, in any order', () => {
    expect(periodProblems([p('2026-07-01', null), p('2024-07-01', '2026-06-30')])).toEqual([]);
  });
  it('reports a gap with its first missing day and the next start', () => {
    expect(periodProblems([p('2024-07-01', '2026-06-29'), p('2026-07-01', null)]))
      .toEqual([{ kind: 'gap', index: 1, other: 0, from: '2026-06-30', to: '2026-07-01' }]);
  });
  it('reports an overlap, and an open period followed by another', () => {
    expect(periodProblems([p('2024-07-01', '2026-07-01'), p('2026-07-01', null)])[0]).toMatchObject({ kind: 'overlap', index: 1 });
    expect(periodProblems([p('2024-07-01', null), p('2026-07-01', null)])[0]).toMatchObject({ kind: 'overlap' });
  });
  it('reports a period that ends before it starts', () => {
    expect(periodProblems([p('2026-07-01', '2026-06-01')])).toEqual([{ kind: 'badDates', index: 0 }]);
  });
  it('finds a gap in a table given to ruleTableProblems', () => {
    const broken = { ...RULE_TABLE, baseSalary: [RULE_TABLE.baseSalary[0], RULE_TABLE.baseSalary[2]] };
    expect(ruleTableProblems(broken).join('\n')).toMatch(/baseSalary: gap/);
  });
});
