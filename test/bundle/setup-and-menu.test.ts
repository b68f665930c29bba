/** `onOpen`, `setupWorkbook`, `showSidebar` and `getDashboard` through the built bundle. */
import { PLAN_OPTIONAL_KEYS } from '../../src/core/plan-setup';
import { PRESETS } from '../../src/core/presets';
import { describe, expect, it } from 'vitest';
import { ANSWER, CONFIG_KEY, MENU_ITEMS, OWNED_HEADERS, SHEET, UNIT_INPUT_HEADERS, UNIT_OWNED_HEADERS } from '../../src/core/contract';
import { DEFAULT_UNITS } from '../../src/core/defaults';
import { DashboardSchema, SetupResultSchema } from '../../src/core/dto';
import { newSheetModel, newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { cell, col, demoSandbox, modelSnapshot, sandboxOn, sheet } from '../support/bundle';

describe('onOpen', () => {
  it('builds the Thi đua add-on menu in the contract order, even in AuthMode.NONE', () => {
    const sb = sandboxOn();
    sb.run('onOpen', { authMode: 'NONE' });
    const menu = sb.uiLog.menus[0];
    expect(menu.title).toBe('Thi đua');
    expect(menu.items.filter((i) => i.kind === 'item').map((i) => [i.caption, i.functionName]))
      .toEqual(MENU_ITEMS.map((i) => [i.label, i.functionName]));
  });

  it('touches nothing but the menu (so it works before the add-on is authorised)', () => {
    const sb = sandboxOn();
    sb.counter.reset();
    sb.run('onOpen', { authMode: 'NONE' });
    expect(Object.keys(sb.counter.byMethod()).every((m) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(m))).toBe(true);
  });
});

describe('setupWorkbook', () => {
  it('fills every sheet of a new spreadsheet from the seed 000 preset, Câu hỏi and Mốc thời gian included', () => {
    const sb = sandboxOn();
    const reply = SetupResultSchema.parse(JSON.parse(JSON.stringify(sb.call('setupWorkbook'))));
    expect(reply.createdSheets).toEqual([
      SHEET.config, SHEET.questions, SHEET.groups, SHEET.units, SHEET.fields, SHEET.milestones, SHEET.registrations, SHEET.log,
    ]);
    expect(sheet(sb.workbook, SHEET.questions).values.slice(1).map((r) => r[0])).toEqual(PRESETS['dang-ky-mo-hinh'].questions.map((q) => q.title));
    const units = sheet(sb.workbook, SHEET.units);
    expect(units.values[0]).toEqual([...UNIT_INPUT_HEADERS, ...UNIT_OWNED_HEADERS]);
    expect(units.values.slice(1).map((r) => r[1])).toEqual(DEFAULT_UNITS.map((u) => u.name));
    expect(sheet(sb.workbook, SHEET.registrations).values[0]).toEqual(
      [ANSWER.timestamp, ...PRESETS['dang-ky-mo-hinh'].questions.map((q) => q.title), ...OWNED_HEADERS]);
    expect(sheet(sb.workbook, SHEET.registrations).values[0].slice(0, Object.values(ANSWER).length)).toEqual(Object.values(ANSWER));
    expect(sheet(sb.workbook, SHEET.config).values.length).toBe(PRESETS['dang-ky-mo-hinh'].config.length + 1);
    expect(units.frozenRows).toBe(1);
    expect(units.fontWeights[0][0]).toBe('bold');
  });

  it('puts the approval dropdown on Trạng thái phê duyệt', () => {
    const sb = sandboxOn();
    sb.call('setupWorkbook');
    const reg = sheet(sb.workbook, SHEET.registrations);
    const rule = reg.validations.get(`2,${col(reg, 'Trạng thái phê duyệt') + 1}`);
    expect(rule?.values).toEqual(['Chờ duyệt', 'Đã duyệt', 'Yêu cầu bổ sung', 'Không duyệt']);
  });

  it('changes nothing when run again', () => {
    const sb = sandboxOn();
    sb.call('setupWorkbook');
    const before = modelSnapshot(sb.workbook);
    const reply = sb.call<{ message: string; createdSheets: string[] }>('setupWorkbook');
    expect(reply.createdSheets).toEqual([]);
    expect(reply.message).toBe('Bảng tính đã đủ các trang và cột cần thiết; không có gì thay đổi.');
    expect(modelSnapshot(sb.workbook)).toBe(before);
  });

  it('never overwrites what is there: appends only missing headers and Cấu hình keys', () => {
    const model = newWorkbookModel();
    const config = newSheetModel('Cấu hình', 11);
    config.values = [['Mục', 'Giá trị', 'Ghi chú'], ['Tên địa phương', 'Y Tích', 'đã sửa'], ['Hạn đăng ký', '31/12/2025', '']];
    const units = newSheetModel('Đơn vị', 12);
    units.values = [['Tên đơn vị', 'Khối', 'Cột riêng'], ['Hội Nông dân', 'Khối đoàn thể', 'giữ nguyên']];
    model.sheets.push(config, units);
    const sb = sandboxOn(model);
    sb.call('setupWorkbook');
    expect(config.values[1]).toEqual(['Tên địa phương', 'Y Tích', 'đã sửa']);
    expect(config.values[2]).toEqual(['Hạn đăng ký', '31/12/2025', '']);
    expect(config.values.slice(3).map((r) => r[0])).toEqual(
      Object.values(CONFIG_KEY).filter((k) => k !== 'Tên địa phương' && k !== 'Hạn đăng ký' && k !== CONFIG_KEY.formUrl
        && !PLAN_OPTIONAL_KEYS.includes(k)));
    expect(config.values.slice(3).every((r) => r[1] === '')).toBe(true);
    expect(units.values[0].slice(0, 3)).toEqual(['Tên đơn vị', 'Khối', 'Cột riêng']);
    expect(units.values[1].slice(0, 3)).toEqual(['Hội Nông dân', 'Khối đoàn thể', 'giữ nguyên']);
    expect(units.values.length).toBe(2);
    expect(cell(units, 1, 'Mã')).toBe('Mã');
  });

  it('grows the grid when headers do not fit (real Sheets never grows it on getRange)', () => {
    const model = newWorkbookModel();
    const reg = newSheetModel('Đăng ký', 5, 1000, 3);
    reg.values = [['Dấu thời gian', 'Đơn vị đăng ký', 'Loại đăng ký']];
    model.sheets.push(reg);
    const sb = sandboxOn(model);
    sb.call('setupWorkbook');
    // Only headers, no data: a spreadsheet with no plan yet, filled from the seed 000 preset.
    expect(reg.values[0]).toHaveLength(1 + PRESETS['dang-ky-mo-hinh'].questions.length + OWNED_HEADERS.length);
    expect(reg.maxColumns).toBeGreaterThanOrEqual(reg.values[0].length);
  });
});

describe('sidebar', () => {
  it('opens the dashboard sidebar from dist/sidebar.html', () => {
    const sb = sandboxOn();
    sb.call('showSidebar');
    expect(sb.uiLog.sidebars[0].title).toBe('Thi đua — Bảng điều khiển');
    expect(sb.uiLog.sidebars[0].html).toContain('Chú giải màu');
  });

  it('gets dashboard figures equal to what the check writes to the sheet', () => {
    const sb = demoSandbox();
    const dashboard = DashboardSchema.parse(JSON.parse(JSON.stringify(sb.call('getDashboard'))));
    sb.call('checkRegistrations');
    const units = sheet(sb.workbook, 'Đơn vị');
    const statuses = units.values.slice(1).map((r) => r[col(units, 'Trạng thái')]);
    for (const [status, n] of Object.entries(dashboard.unitCounts)) {
      expect(statuses.filter((s) => s === status).length).toBe(n);
    }
    expect(dashboard.deadline).toBe('15/12/2025');
    expect(dashboard.daysLeft).toBe(-5);
    expect(dashboard.legend.units.map((e) => e.color)).toEqual(['#ea9999', '#fff2cc', '#f4cccc', '#fce5cd', '#d9ead3']);
  });
});
