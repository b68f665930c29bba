/**
 * Simulated respondents and form-submit triggers (src/local/emulator/form-submission.ts,
 * triggers.ts) through a fixture bundle: the event objects, edits, double firing, deferred
 * delivery, script submissions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/local/emulator/sandbox';
import { FIXTURES, MONDAY_9AM_HANOI } from './helpers';

const FORMS_DIST = path.join(FIXTURES, 'forms');
const UNITS = ['Chi bộ thôn 1', 'Chi bộ thôn 2', 'Đoàn Thanh niên'];

interface SheetEvent {
  kind: 'sheet';
  authMode: string;
  authModeIsFull: boolean;
  keys: string[];
  values: string[];
  valuesIsArray: boolean;
  namedValues: Record<string, string[]>;
  namedIsArray: boolean;
  a1: string;
  sheetName: string;
  sourceId: string;
  triggerUid: string;
  timestampIsDate: boolean;
  lastRow: number;
}

interface FormEvent {
  kind: 'form';
  keys: string[];
  responseId: string;
  sourceId: string;
  answers: [string, string | string[]][];
  timestampIsDate: boolean;
  editUrl: string;
  triggerUid: string;
}

function setUp(): { sb: Sandbox; formId: string } {
  const sb = createSandbox({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI });
  const { id } = sb.call<{ id: string }>('createRegistrationForm', UNITS);
  expect(sb.call('installFormTriggers', id)).toEqual(['onRegistrationSubmit', 'onFormResponse']);
  return { sb, formId: id };
}

const ANSWERS = {
  'Đơn vị đăng ký': 'Chi bộ thôn 1',
  'Loại đăng ký': 'Mô hình',
  'Tên mô hình, phong trào, việc làm': 'Dân vận khéo <script>',
  'Thời gian bắt đầu': '2026-01-05',
  'Cam kết đăng ký mới': ['Đây là mô hình mới'],
};

describe('a submission', () => {
  it('writes the row and fires the spreadsheet and form triggers with the documented event objects', () => {
    const { sb, formId } = setUp();
    const submission = sb.forms.submit(formId, ANSWERS, { at: MONDAY_9AM_HANOI + 5_000 });
    expect(submission.row).toBe(2);
    expect(submission.runs.map((r) => [r.handlerFunction, r.eventType, r.result, r.error])).toEqual([
      ['onRegistrationSubmit', 'ON_FORM_SUBMIT', 'sheet handled', undefined],
      ['onFormResponse', 'ON_FORM_SUBMIT', 'form handled', undefined],
    ]);
    const [sheet, form] = sb.call<[SheetEvent, FormEvent]>('events');
    expect(sheet).toMatchObject({
      authMode: 'FULL',
      authModeIsFull: true,
      keys: ['authMode', 'namedValues', 'range', 'source', 'triggerUid', 'values'],
      valuesIsArray: true,
      namedIsArray: true,
      a1: 'A2:G2',
      sheetName: 'Câu trả lời biểu mẫu 1',
      sourceId: sb.workbook.id,
      timestampIsDate: true,
      lastRow: 2,
    });
    expect(sheet.values).toEqual(['15/12/2025 9:00:05', 'Chi bộ thôn 1', 'Mô hình', 'Dân vận khéo <script>', '05/01/2026', 'Đây là mô hình mới', '']);
    expect(sheet.namedValues).toEqual({
      'Dấu thời gian': ['15/12/2025 9:00:05'],
      'Đơn vị đăng ký': ['Chi bộ thôn 1'],
      'Loại đăng ký': ['Mô hình'],
      'Tên mô hình, phong trào, việc làm': ['Dân vận khéo <script>'],
      'Thời gian bắt đầu': ['05/01/2026'],
      'Cam kết đăng ký mới': ['Đây là mô hình mới'],
      'Nội dung, mục tiêu': [''],
    });
    expect(sheet.triggerUid).toBe(submission.runs[0]!.triggerUid);
    expect(form).toMatchObject({
      keys: ['authMode', 'response', 'source', 'triggerUid'],
      responseId: submission.responseId,
      sourceId: formId,
      timestampIsDate: true,
    });
    expect(form.answers).toEqual([
      ['Đơn vị đăng ký', 'Chi bộ thôn 1'],
      ['Loại đăng ký', 'Mô hình'],
      ['Tên mô hình, phong trào, việc làm', 'Dân vận khéo <script>'],
      ['Thời gian bắt đầu', '2026-01-05'],
      ['Cam kết đăng ký mới', ['Đây là mô hình mới']],
    ]);
    expect(form.editUrl).toContain(`edit2=${submission.responseId}`);
  });

  it('each firing is its own execution: a lock the handler keeps is released at its end', () => {
    const { sb, formId } = setUp();
    sb.forms.submit(formId, ANSWERS);
    expect(sb.lock.isHeld('document')).toBe(false);
    expect(sb.lock.acquisitions('document')).toBe(1);
  });

  it('an edit rewrites the same row and fires again; unchanged answers are blank in the event values', () => {
    const { sb, formId } = setUp();
    const first = sb.forms.submit(formId, ANSWERS);
    sb.forms.submit(formId, { ...ANSWERS, 'Đơn vị đăng ký': 'Chi bộ thôn 2' });
    sb.call('clearEvents');
    const edit = sb.forms.editResponse(first.responseId, { 'Loại đăng ký': 'Phong trào' }, { at: MONDAY_9AM_HANOI + 3_600_000 });
    expect(edit).toMatchObject({ responseId: first.responseId, row: 2, edit: true });
    const row = sb.workbook.sheets[0]!.values[1]!;
    expect(row.slice(1, 4)).toEqual(['Chi bộ thôn 1', 'Phong trào', 'Dân vận khéo <script>']);
    expect((row[0] as Date).getTime()).toBe(MONDAY_9AM_HANOI + 3_600_000);
    const [sheet, form] = sb.call<[SheetEvent, FormEvent]>('events');
    expect(sheet.a1).toBe('A2:G2');
    expect(sheet.values).toEqual(['15/12/2025 10:00:00', '', 'Phong trào', '', '', '', '']);
    expect(form.responseId).toBe(first.responseId);
    expect(form.answers[1]).toEqual(['Loại đăng ký', 'Phong trào']);
    sb.call('clearEvents');
    sb.forms.editResponse(first.responseId, { 'Nội dung, mục tiêu': 'Mục tiêu' }, { eventValues: 'all' });
    expect(sb.call<[SheetEvent]>('events')[0].values.slice(1, 3)).toEqual(['Chi bộ thôn 1', 'Phong trào']);
  });

  it('refire delivers the same event again (Google sometimes fires twice)', () => {
    const { sb, formId } = setUp();
    const submission = sb.forms.submit(formId, ANSWERS);
    const again = sb.forms.refire();
    expect(again).toHaveLength(2);
    expect(submission.runs).toHaveLength(4);
    const events = sb.call<SheetEvent[]>('events').filter((e) => e.kind === 'sheet');
    expect(events).toHaveLength(2);
    expect(events[1]!.values).toEqual(events[0]!.values);
    expect(events[1]!.a1).toBe(events[0]!.a1);
    expect(sb.workbook.sheets[0]!.values.length).toBe(2);
  });

  it('deferred: two submissions land in the sheet before any handler runs', () => {
    const { sb, formId } = setUp();
    const a = sb.forms.submit(formId, ANSWERS, { defer: true });
    const b = sb.forms.submit(formId, { ...ANSWERS, 'Đơn vị đăng ký': 'Đoàn Thanh niên' }, { defer: true });
    expect(a.runs).toEqual([]);
    expect(sb.call('events')).toEqual([]);
    sb.forms.deliver(b, a);
    const sheetEvents = sb.call<SheetEvent[]>('events').filter((e) => e.kind === 'sheet');
    expect(sheetEvents.map((e) => [e.a1, e.lastRow])).toEqual([['A3:G3', 3], ['A2:G2', 3]]);
    expect(a.delivered && b.delivered).toBe(true);
  });

  it('a missing or failing handler makes a failed run; the other triggers still fire', () => {
    const { sb, formId } = setUp();
    sb.call('evaluate', "ScriptApp.newTrigger('noSuchFunction').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create()");
    sb.call('evaluate', "ScriptApp.newTrigger('failingHandler').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create()");
    const submission = sb.forms.submit(formId, ANSWERS);
    expect(submission.runs.map((r) => [r.handlerFunction, r.error?.message])).toEqual([
      ['onRegistrationSubmit', undefined],
      ['onFormResponse', undefined],
      ['noSuchFunction', 'Script function not found: noSuchFunction'],
      ['failingHandler', 'handler failed'],
    ]);
    expect(sb.triggers.runs).toHaveLength(4);
  });

  it('FormResponse.submit() from a script writes the row; its triggers run later, through deliverQueued', () => {
    const { sb, formId } = setUp();
    sb.call('evaluate', `(function () {
      var form = FormApp.openById('${formId}');
      var items = form.getItems();
      form.createResponse()
        .withItemResponse(items[0].asListItem().createResponse('Đoàn Thanh niên'))
        .withItemResponse(items[1].asMultipleChoiceItem().createResponse('Việc làm'))
        .withItemResponse(items[3].asTextItem().createResponse('Thắp sáng đường quê'))
        .submit();
    })()`);
    expect(sb.workbook.sheets[0]!.values[1]!.slice(1, 4)).toEqual(['Đoàn Thanh niên', 'Việc làm', 'Thắp sáng đường quê']);
    expect(sb.call('events')).toEqual([]);
    expect(sb.forms.deliverQueued().map((r) => r.handlerFunction)).toEqual(['onRegistrationSubmit', 'onFormResponse']);
    expect(sb.forms.deliverQueued()).toEqual([]);
  });

  it('a question added after linking gets its column, and the next event carries it', () => {
    const { sb, formId } = setUp();
    sb.call('evaluate', `FormApp.openById('${formId}').addTextItem().setTitle('Quy mô')`);
    sb.forms.submit(formId, { ...ANSWERS, 'Quy mô': 'Toàn thôn' });
    const [event] = sb.call<[SheetEvent]>('events');
    expect(event.a1).toBe('A2:H2');
    expect(event.namedValues['Quy mô']).toEqual(['Toàn thôn']);
  });
});
