/** Wording details of the notices that a reader would notice. */
import { describe, expect, it } from 'vitest';
import { DOC_TEXT } from '../../../src/core/documents/document-text';

describe('unit notice opening', () => {
  it('does not name the contact unit twice when it is the registering unit', () => {
    const text = DOC_TEXT.unitNoticeOpeningParty('Kế hoạch số 15', 'Ban Xây dựng Đảng', 'Ban Xây dựng Đảng', 'Ban Thường vụ Đảng ủy');
    expect(text).toBe('Thực hiện Kế hoạch số 15; xét đăng ký của Ban Xây dựng Đảng, Ban Thường vụ Đảng ủy thống nhất như sau:');
    expect(DOC_TEXT.unitNoticeOpeningParty('KH', 'Chi bộ thôn 1', 'Ban Xây dựng Đảng', 'BTV')).toContain('và đề xuất của Ban Xây dựng Đảng');
  });
});
