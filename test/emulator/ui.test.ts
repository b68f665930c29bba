/** Ui (src/local/emulator/ui.ts): what is shown is recorded in uiLog. */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, errorOf, MONDAY_9AM_HANOI, services } from './helpers';

describe('menus', () => {
  it('an add-on menu appears under the add-on name with its items in order', () => {
    const s = services();
    const ui = s.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Mở bảng điều khiển', 'showSidebar').addSeparator()
      .addItem('Kiểm tra và tô màu', 'checkRegistrations').addToUi();
    expect(s.uiLog.addonMenu()).toEqual({
      title: 'Thi đua',
      addon: true,
      items: [
        { kind: 'item', caption: 'Mở bảng điều khiển', functionName: 'showSidebar' },
        { kind: 'separator' },
        { kind: 'item', caption: 'Kiểm tra và tô màu', functionName: 'checkRegistrations' },
      ],
    });
  });

  it('the add-on name comes from the options or the manifest', () => {
    const s = services({ addOnName: 'Khác' });
    s.globals.SpreadsheetApp.getUi().createAddonMenu().addToUi();
    expect(s.uiLog.menus[0]!.title).toBe('Khác');
    const m = services({ manifest: { addOns: { common: { name: 'Từ manifest' } } } });
    m.globals.SpreadsheetApp.getUi().createAddonMenu().addToUi();
    expect(m.uiLog.menus[0]!.title).toBe('Từ manifest');
  });

  it('custom menus and sub-menus are recorded; adding a menu again replaces it', () => {
    const s = services();
    const ui = s.globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Khác').addItem('Một', 'one');
    ui.createMenu('Công cụ').addSubMenu(sub).addToUi();
    ui.createMenu('Công cụ').addItem('Hai', 'two').addToUi();
    expect(s.uiLog.menus).toEqual([{ title: 'Công cụ', addon: false, items: [{ kind: 'item', caption: 'Hai', functionName: 'two' }] }]);
  });
});

describe('sidebars, dialogs, alerts, prompts', () => {
  it('records a sidebar with its HTML and title', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    const content = sandbox.call<string>('showSidebar');
    expect(sandbox.uiLog.sidebars).toHaveLength(1);
    expect(sandbox.uiLog.sidebars[0]).toMatchObject({ kind: 'sidebar', title: 'Thi đua', html: content });
    expect(content).toContain('<h1>Bảng &lt;điều khiển&gt;</h1>[style]');
  });

  it('records dialogs; refuses what is not an HtmlOutput', () => {
    const s = services();
    const ui = s.globals.SpreadsheetApp.getUi();
    ui.showModalDialog(s.globals.HtmlService.createHtmlOutput('<p>x</p>').setWidth(400), 'Xem trước');
    expect(s.uiLog.dialogs).toEqual([{ kind: 'modalDialog', title: 'Xem trước', html: '<p>x</p>', width: 400, height: undefined }]);
    expect(errorOf(() => ui.showSidebar('<p>x</p>')).message)
      .toBe("The parameters (String) don't match the method signature for Ui.showSidebar.");
  });

  it('alert returns ui.Button.OK by default, or the queued answer', () => {
    const s = services();
    const ui = s.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Đã xong')).toBe(ui.Button.OK);
    expect(ui.alert('Gửi nhắc nhở?', 'Gửi 3 thư?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    s.uiLog.queueResponse('NO');
    expect(ui.alert('Gửi 3 thư?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(s.uiLog.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['', 'Đã xong', 'OK', 'OK'],
      ['Gửi nhắc nhở?', 'Gửi 3 thư?', 'YES_NO', 'YES'],
      ['', 'Gửi 3 thư?', 'YES_NO', 'NO'],
    ]);
  });

  it('prompt returns the queued text and button', () => {
    const s = services();
    const ui = s.globals.SpreadsheetApp.getUi();
    s.uiLog.queueResponse('OK', '2026');
    const answer = ui.prompt('Năm', 'Nhập năm', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['2026', ui.Button.OK]);
    expect(s.uiLog.prompts[0]).toMatchObject({ title: 'Năm', prompt: 'Nhập năm', responseText: '2026' });
  });
});
