/**
 * The approval notices (DESIGN.md §5, spec §3a): what they list and how, per family; the
 * per-unit notice; nothing to notify gives a message, never an empty document.
 */
import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, formatDayVi } from '../../../src/core/calendar-day';
import {
  approvalItems, buildApprovalNotice, buildUnitNotice, isEmptyNotice, noticeUnits, type ApprovalItem, type NoticeInput, type NoticeResult,
} from '../../../src/core/documents/approval-notice';
import type { DocumentSpec, TableSpec } from '../../../src/core/documents/document-spec';
import type { DocumentFamily } from '../../../src/core/settings';
import { answers, TODAY_AFTER, TZ, vn, unitRows } from '../../support/workbook-values';
import { bodyTexts, cellTexts, find, paragraphs, rowTexts, tables, text, uncleanTexts } from './spec-walk';
import { check, FAMILIES, familyWorkbook, FEB_5, type Row, settingsFor } from './support';

const extraUnits = unitRows([
  ['CBT3', 'Chi bộ thôn 3', 'Khối chi bộ thôn', '', '', '', '', ''],
  ['CBQS', 'Chi bộ Quân sự', 'Khối chi bộ cơ quan', '', '', '', '', ''],
]);

/** Rows across three groups, in a sheet order unlike the roster's, with every approval state. */
const ROWS: Row[] = [
  { answers: answers('Chi bộ thôn 2', { title: 'Mô hình "Camera an ninh"', field: 'Quốc phòng - an ninh' }), approval: 'Đã duyệt', id: 'DK-2026-0001' },
  { answers: answers('Ban Xây dựng Đảng', { title: 'Số hóa hồ sơ đảng viên', field: 'Xây dựng Đảng và hệ thống chính trị' }), approval: 'Đã duyệt' },
  { answers: answers('Chi bộ thôn 1', { title: 'Vườn mẫu', type: 'Mô hình', field: 'Xây dựng nông thôn mới' }), approval: 'đã duyệt' },
  { answers: answers('Chi bộ thôn 1', { title: 'Phong trào hiến đất', type: 'Phong trào', field: 'Xây dựng nông thôn mới' }), approval: 'Đã duyệt' },
  { answers: answers('Chi bộ Công an', { title: 'Khu dân cư an toàn', type: 'Mô hình', field: 'Quốc phòng - an ninh' }), approval: 'Yêu cầu bổ sung', comment: 'Ghi rõ số hộ tham gia' },
  { answers: answers('Ban Xây dựng Đảng', { title: 'Tham mưu sơ kết', field: 'Khác', start: vn(2026, 3, 1, 0), end: vn(2026, 9, 30, 0) }), approval: 'Đã duyệt' },
  { answers: answers('Chi bộ thôn 3', { title: 'Đường hoa', type: 'Mô hình', field: 'Văn hóa - xã hội' }), approval: 'Chờ duyệt' },
  { answers: answers('Chi bộ Quân sự', { title: 'Dân quân giỏi', type: 'Việc làm', field: 'Quốc phòng - an ninh' }), approval: 'Không duyệt', comment: 'Trùng nhiệm vụ thường xuyên' },
];

function inputFor(family: DocumentFamily, rows: Row[] = ROWS, config: Record<string, unknown> = {}, today = FEB_5): NoticeInput {
  const values = familyWorkbook(family, rows, { units: extraUnits, config });
  const outcome = check(values, TODAY_AFTER);
  return { settings: outcome.settings, items: approvalItems(values.registrations!, outcome.columns, outcome, TZ), today, fields: outcome.fields };
}

function doc(result: NoticeResult): DocumentSpec {
  if (isEmptyNotice(result)) throw new Error(result.message);
  return result;
}

/** The notice's data table (the one with borders). */
const itemTable = (d: DocumentSpec): TableSpec => tables(d).find((t) => t.borderWidth > 0)!;

describe('approvalItems', () => {
  it('reads every checked row with its approval, comment, id, type, field and dates, in roster order', () => {
    const items = inputFor('Đảng').items;
    expect(items.map((i) => [i.unit, i.title])).toEqual([
      ['Ban Xây dựng Đảng', 'Số hóa hồ sơ đảng viên'],
      ['Ban Xây dựng Đảng', 'Tham mưu sơ kết'],
      ['Chi bộ Công an', 'Khu dân cư an toàn'],
      ['Chi bộ thôn 1', 'Vườn mẫu'],
      ['Chi bộ thôn 1', 'Phong trào hiến đất'],
      ['Chi bộ thôn 2', 'Mô hình "Camera an ninh"'],
      ['Chi bộ thôn 3', 'Đường hoa'],
      ['Chi bộ Quân sự', 'Dân quân giỏi'],
    ]);
    const camera = items.find((i) => i.unit === 'Chi bộ thôn 2')!;
    expect(camera).toMatchObject<Partial<ApprovalItem>>({
      row: 2, registrationId: 'DK-2026-0001', group: 'Khối chi bộ thôn', type: 'Mô hình', field: 'Quốc phòng - an ninh',
      approval: 'Đã duyệt', start: calendarDay(2026, 2, 1), end: calendarDay(2026, 10, 1),
    });
    expect(items.find((i) => i.title === 'Vườn mẫu')!.approval).toBe('Đã duyệt');
    expect(items.find((i) => i.unit === 'Chi bộ Công an')).toMatchObject({ approval: 'Yêu cầu bổ sung', comment: 'Ghi rõ số hộ tham gia' });
  });

  it('lists the units that get a per-unit notice', () => {
    expect(noticeUnits(inputFor('Đảng').items)).toEqual(['Ban Xây dựng Đảng', 'Chi bộ Công an', 'Chi bộ thôn 1', 'Chi bộ thôn 2']);
  });
});

describe.each(FAMILIES)('consolidated notice (%s)', (family) => {
  const input = inputFor(family);
  const notice = doc(buildApprovalNotice(input));
  const state = family === 'Chính quyền';

  it('has the title THÔNG BÁO and the subject with the plan year, in the family case', () => {
    expect(find(notice, 'THÔNG BÁO').runs[0].bold).toBe(true);
    const expected = `${state ? 'V' : 'v'}ề việc thống nhất lựa chọn mô hình, phong trào, việc làm điển hình tiên tiến năm 2026`;
    expect(find(notice, expected).runs[0].bold).toBe(true);
  });

  it('is dated today and unnumbered by default', () => {
    const header = tables(notice)[0];
    expect(cellTexts(header, 1, 1)).toEqual(['Thọ Lập, ngày 05 tháng 02 năm 2026']);
    expect(cellTexts(header, 1, 0)).toEqual([state ? 'Số:      /TB-UBND' : 'Số      -TB/ĐU']);
    const numbered = doc(buildApprovalNotice({ ...input, number: 7 }));
    expect(cellTexts(tables(numbered)[0], 1, 0)).toEqual([state ? 'Số: 07/TB-UBND' : 'Số 07-TB/ĐU']);
  });

  it('cites Tên kế hoạch in its grounds (State: italic Căn cứ lines, the last ending with ",")', () => {
    const body = bodyTexts(notice);
    if (state) {
      const grounds = paragraphs(notice.blocks).filter((p) => text(p).startsWith('Căn cứ'));
      expect(grounds.map(text)).toEqual([
        'Căn cứ Kế hoạch số 15/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân xã;',
        'Căn cứ kết quả đăng ký của các cơ quan, đơn vị và đề nghị của Phòng Văn hóa - Xã hội,',
      ]);
      expect(grounds.every((p) => p.runs[0].italic)).toBe(true);
      expect(body).toContain('Ủy ban nhân dân xã thống nhất như sau:');
    } else {
      expect(body.find((t) => t.startsWith('Thực hiện '))).toBe(
        'Thực hiện Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026; trên cơ sở đăng ký của các chi bộ, cơ quan, đơn vị và đề xuất của Ban Xây dựng Đảng, Ban Thường vụ Đảng ủy thống nhất như sau:');
    }
  });

  it('lists only Đã duyệt rows, grouped by Khối then unit, numbered on', () => {
    const rows = rowTexts(itemTable(notice));
    expect(rows[0]).toEqual(['STT', 'Đơn vị', 'Tên mô hình, phong trào, việc làm', 'Loại', 'Lĩnh vực', 'Thời gian thực hiện']);
    expect(rows.slice(1)).toEqual([
      ['I', 'Khối Ban Đảng', '', '', '', ''],
      ['1', 'Ban Xây dựng Đảng', 'Số hóa hồ sơ đảng viên', 'Việc làm', 'Xây dựng Đảng và hệ thống chính trị', '01/02/2026 -\n01/10/2026'],
      ['2', '', 'Tham mưu sơ kết', 'Việc làm', 'Khác', '01/03/2026 -\n30/09/2026'],
      ['II', 'Khối chi bộ thôn', '', '', '', ''],
      ['3', 'Chi bộ thôn 1', 'Vườn mẫu', 'Mô hình', 'Xây dựng nông thôn mới', '01/02/2026 -\n01/10/2026'],
      ['4', '', 'Phong trào hiến đất', 'Phong trào', 'Xây dựng nông thôn mới', '01/02/2026 -\n01/10/2026'],
      ['5', 'Chi bộ thôn 2', 'Mô hình "Camera an ninh"', 'Mô hình', 'Quốc phòng - an ninh', '01/02/2026 -\n01/10/2026'],
    ]);
    const table = itemTable(notice);
    expect(table.headerRows).toBe(1);
    expect(table.rows[0].every((c) => c.paragraphs[0].runs[0].bold)).toBe(true);
    expect(table.rows[1][1].paragraphs[0].runs[0].bold).toBe(true);
    expect(table.rows[1][1].background).toBeDefined();
  });

  it('counts the selection by type and by field, in the order of Lĩnh vực', () => {
    const body = bodyTexts(notice);
    expect(body).toContain(
      '1. Thống nhất lựa chọn 05 mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 của 03 cơ quan, đơn vị (danh sách tại bảng dưới đây), gồm: 02 mô hình, 01 phong trào và 02 việc làm.');
    const start = body.indexOf('Phân theo lĩnh vực:');
    expect(body.slice(start + 1, start + 5)).toEqual([
      '- Xây dựng nông thôn mới: 02;',
      '- Quốc phòng - an ninh: 01;',
      '- Xây dựng Đảng và hệ thống chính trị: 01;',
      '- Khác: 01.',
    ]);
  });

  it('gives the follow-up duties with Hạn xây dựng kế hoạch and Hạn báo cáo kết quả', () => {
    const body = bodyTexts(notice).join('\n');
    expect(body).toContain('hoàn thành xây dựng kế hoạch trước ngày 15/01/2026');
    expect(body).toContain('trước ngày 15/11/2026.');
  });

  it(`ends the body with "${state ? './.' : '.'}" and closes with Nơi nhận and the signature of Cấu hình`, () => {
    const body = bodyTexts(notice).filter(Boolean);
    const closing = body[body.length - 1];
    expect(closing).toBe(state
      ? 'Ủy ban nhân dân xã thông báo để các cơ quan, đơn vị biết, thực hiện./.'
      : 'Ban Thường vụ Đảng ủy thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.');
    if (!state) expect(closing.endsWith('./.')).toBe(false);
    const footer = tables(notice)[tables(notice).length - 1];
    expect(footer.borderWidth).toBe(0);
    expect(cellTexts(footer, 0, 0)[0]).toBe('Nơi nhận:');
    expect(cellTexts(footer, 0, 0).at(-1)).toBe(state ? '- Lưu: VT, VP.' : '- Lưu Văn phòng Đảng ủy.');
    expect(cellTexts(footer, 0, 1)[0]).toBe(state ? 'TM. ỦY BAN NHÂN DÂN' : 'T/M BAN THƯỜNG VỤ');
  });

  it('has no placeholder, undefined or NaN anywhere', () => {
    expect(uncleanTexts(notice)).toEqual([]);
    expect(notice.name).toBe('Thông báo thống nhất lựa chọn mô hình năm 2026');
  });
});

describe('notices without anything to notify', () => {
  it('gives a Vietnamese message and no document when no row is Đã duyệt', () => {
    const pending = ROWS.map((r) => ({ ...r, approval: r.approval === 'Đã duyệt' || r.approval === 'đã duyệt' ? 'Chờ duyệt' : r.approval }));
    const result = buildApprovalNotice(inputFor('Đảng', pending));
    expect(isEmptyNotice(result)).toBe(true);
    expect(result).toEqual({ empty: true, message: expect.stringContaining('Chưa có đăng ký nào ở trạng thái "Đã duyệt"') });
  });

  it('gives a message for an empty Đăng ký', () => {
    const input = inputFor('Chính quyền', []);
    expect(input.items).toEqual([]);
    expect(isEmptyNotice(buildApprovalNotice(input))).toBe(true);
  });

  it('gives a message for a unit with neither approved nor Yêu cầu bổ sung rows', () => {
    const result = buildUnitNotice(inputFor('Đảng'), 'Chi bộ Quân sự');
    expect(result).toEqual({ empty: true, message: 'Chi bộ Quân sự không có đăng ký nào ở trạng thái "Đã duyệt" hoặc "Yêu cầu bổ sung" nên không tạo thông báo riêng.' });
  });
});

describe.each(FAMILIES)('per-unit notice (%s)', (family) => {
  const state = family === 'Chính quyền';
  const input = inputFor(family);

  it('lists the unit approved rows, then its duties, addressed to the unit first', () => {
    const notice = doc(buildUnitNotice(input, 'chi bộ thôn 1'));
    expect(bodyTexts(notice)).toContain(
      `${state ? 'V' : 'v'}ề việc thống nhất lựa chọn mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 của Chi bộ thôn 1`);
    expect(rowTexts(itemTable(notice)).slice(1).map((r) => r[1])).toEqual(['Vườn mẫu', 'Phong trào hiến đất']);
    expect(bodyTexts(notice).join('\n')).toContain('trước ngày 15/01/2026');
    const footer = tables(notice).at(-1)!;
    expect(cellTexts(footer, 0, 0)[1]).toBe(`- Chi bộ thôn 1${state ? ';' : ','}`);
    expect(uncleanTexts(notice)).toEqual([]);
    expect(notice.name).toBe('Thông báo thống nhất lựa chọn mô hình năm 2026 - Chi bộ thôn 1');
  });

  it('a unit with only Yêu cầu bổ sung rows gets a request to complete them by a date, sent to that unit only', () => {
    const notice = doc(buildUnitNotice(input, 'Chi bộ Công an'));
    const dataTables = tables(notice).filter((t) => t.borderWidth > 0);
    expect(dataTables).toHaveLength(1);
    expect(rowTexts(dataTables[0])).toEqual([
      ['STT', 'Tên mô hình, phong trào, việc làm', 'Loại', 'Lĩnh vực', 'Nội dung cần bổ sung, hoàn thiện'],
      ['1', 'Khu dân cư an toàn', 'Mô hình', 'Quốc phòng - an ninh', 'Ghi rõ số hộ tham gia'],
    ]);
    // Not a notice of agreement: its subject and body ask the unit to complete its registration.
    const subject = bodyTexts(notice)[1];
    expect(subject).toBe(`${state ? 'V' : 'v'}ề việc bổ sung, hoàn thiện đăng ký xây dựng mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 của Chi bộ Công an`);
    expect(notice.name).toBe('Thông báo bổ sung, hoàn thiện đăng ký năm 2026 - Chi bộ Công an');
    const body = bodyTexts(notice).join('\n');
    expect(body).not.toMatch(/thống nhất như sau|Thống nhất để|Tổ chức thực hiện/);
    expect(body).toContain('1. Chi bộ Công an có 01 đăng ký chưa đủ nội dung theo yêu cầu của kế hoạch');
    // A date to send it back by: the notice's date + Hạn bổ sung (ngày), 7 by default.
    const deadline = formatDayVi(addDays(input.today, 7));
    expect(body).toContain(`2. Đề nghị Chi bộ Công an bổ sung, hoàn thiện đăng ký theo các nội dung trên và gửi về ${state ? 'Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội)' : 'Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng)'} trước ngày ${deadline}.`);
    const closing = bodyTexts(notice).filter(Boolean).at(-1)!;
    expect(closing.endsWith(state ? 'biết, thực hiện./.' : 'biết, thực hiện.')).toBe(true);
    // Nơi nhận: the unit and the archive line, none of the plan's general recipients.
    expect(cellTexts(tables(notice).at(-1)!, 0, 0)).toEqual(
      state ? ['Nơi nhận:', '- Chi bộ Công an;', '- Lưu: VT, VP.'] : ['Nơi nhận:', '- Chi bộ Công an,', '- Lưu Văn phòng Đảng ủy.']);
    expect(uncleanTexts(notice)).toEqual([]);
  });

  it('counts the completion date from Hạn bổ sung (ngày) when Cấu hình gives it, and in a notice that also agrees rows', () => {
    const rows: Row[] = [
      { answers: answers('Chi bộ thôn 1', { title: 'Vườn mẫu', type: 'Mô hình' }), approval: 'Đã duyệt' },
      { answers: answers('Chi bộ thôn 1', { title: 'Nhà sạch', type: 'Mô hình' }), approval: 'Yêu cầu bổ sung' },
    ];
    const base = inputFor(family, rows);
    const mixed = doc(buildUnitNotice({ ...base, settings: settingsFor(family, { 'Hạn bổ sung (ngày)': 10 }) }, 'Chi bộ thôn 1'));
    expect(bodyTexts(mixed).join('\n')).toContain(`trước ngày ${formatDayVi(addDays(base.today, 10))} để xem xét, thống nhất:`);
  });

  it('a unit with both kinds gets both lists, numbered in turn', () => {
    const rows: Row[] = [
      { answers: answers('Chi bộ thôn 1', { title: 'Vườn mẫu', type: 'Mô hình' }), approval: 'Đã duyệt' },
      { answers: answers('Chi bộ thôn 1', { title: 'Nhà sạch', type: 'Mô hình' }), approval: 'Yêu cầu bổ sung' },
    ];
    const notice = doc(buildUnitNotice(inputFor(family, rows), 'Chi bộ thôn 1'));
    const body = bodyTexts(notice);
    expect(body.filter((t) => /^\d\. /.test(t)).map((t) => t.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    expect(rowTexts(tables(notice).filter((t) => t.borderWidth > 0)[1])[1][4]).toBe('Liên hệ đơn vị đầu mối để biết nội dung cần bổ sung.');
  });
});

describe('missing settings never leak into the text', () => {
  it('omits the deadlines, the contact unit and the plan title when Cấu hình lacks them', () => {
    const input = inputFor('Đảng', ROWS, {
      'Hạn xây dựng kế hoạch': undefined, 'Hạn báo cáo kết quả': undefined, 'Đơn vị đầu mối': '', 'Tên kế hoạch': '',
      'Năm': undefined, 'Nơi nhận': '', 'Người ký': '', 'Địa danh': '', 'Tên địa phương': '',
    });
    const notice = doc(buildApprovalNotice(input));
    expect(uncleanTexts(notice)).toEqual([]);
    const body = bodyTexts(notice).join('\n');
    expect(body).not.toContain('trước ngày');
    expect(body).not.toContain('(qua');
    expect(body).toContain('Thực hiện Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026;');
    expect(cellTexts(tables(notice)[0], 1, 1)).toEqual(['Ngày 05 tháng 02 năm 2026']);
    // An empty Nơi nhận: the addressees the notice names, never the archive line alone.
    expect(cellTexts(tables(notice).at(-1)!, 0, 0)).toEqual(['Nơi nhận:', '- Các chi bộ, cơ quan, đơn vị,', '- Lưu Văn phòng Đảng ủy.']);
  });

  it('an undated draft still prints the plan year', () => {
    const notice = doc(buildApprovalNotice({ ...inputFor('Chính quyền'), undated: true }));
    expect(cellTexts(tables(notice)[0], 1, 1)[0]).toMatch(/^Thọ Lập, ngày +tháng +năm 2026$/);
  });

  it('puts rows of units outside the roster under their own heading', () => {
    const items: ApprovalItem[] = [{
      row: 2, registrationId: '', unit: 'Hội Nông dân', group: '', title: 'Cánh đồng lớn', type: 'Mô hình', field: 'Phát triển kinh tế',
      start: undefined, end: undefined, approval: 'Đã duyệt', comment: '',
    }];
    const notice = doc(buildApprovalNotice({ settings: settingsFor('Đảng'), items, today: FEB_5 }));
    expect(rowTexts(itemTable(notice)).slice(1)).toEqual([
      ['I', 'Đơn vị chưa xếp khối', '', '', '', ''],
      ['1', 'Hội Nông dân', 'Cánh đồng lớn', 'Mô hình', 'Phát triển kinh tế', ''],
    ]);
    expect(uncleanTexts(notice)).toEqual([]);
  });
});
