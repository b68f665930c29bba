/**
 * Running the drive from the sidebar in real Chromium, backed by the built bundle: chase a
 * unit (click → its row), preview then send reminders, switch the daily run, create the form.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../src/local/browser/launch-chromium';
import { openSidebar, type OpenSidebarOptions, type SidebarPage } from '../../src/local/browser/sidebar-page';
import { demoSandbox } from '../support/bundle';

describe.skipIf(!chromiumAvailable())('sidebar actions in Chromium', () => {
  let browser: Browser;
  const opened: SidebarPage[] = [];
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await Promise.all(opened.map((s) => s.close())); await browser?.close(); });
  async function open(options: OpenSidebarOptions): Promise<SidebarPage> {
    const sp = await openSidebar(browser, options);
    opened.push(sp);
    await sp.idle();
    return sp;
  }

  it('lists the units to chase and jumps to a unit’s row when clicked', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    const missing = await sp.page.$$eval('#missing-units .link-button', (b) => b.map((x) => x.textContent));
    expect(missing).toEqual(['Văn phòng Đảng ủy', 'Hội Khuyến học', 'Trung tâm Phục vụ hành chính công', 'Chi bộ Trạm Y tế', 'Chi bộ thôn 8']);
    expect(await sp.page.locator('#fix-heading').innerText()).toBe('Cần bổ sung (2)');
    await sp.page.click('#missing-units .link-button >> nth=0');
    await sp.idle();
    const call = sp.calls.at(-1)!;
    expect(call.name).toBe('showUnitRow');
    expect(call.args[0]).toMatchObject({ source: 'sidebar', row: 4 });
    expect(await sp.page.locator('#progress-label').innerText()).toBe('27/32 đơn vị đã gửi đăng ký (84%)');
  });

  it('previews reminders without sending, then sends exactly that list', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    await sp.page.click('#reminders');
    await sp.idle();
    expect(sb.mail.sent).toHaveLength(0);
    const listed = await sp.page.$$eval('#reminder-list li strong', (s) => s.map((x) => x.textContent));
    expect(listed.length).toBe(11);
    expect(await sp.page.locator('#reminder-confirm').innerText()).toBe('Gửi 11 thư nhắc');
    await sp.page.click('#reminder-confirm');
    await sp.idle();
    expect(new Set(sb.mail.sent.map((m) => m.subject.split(' — ')[0].replace('Nhắc đăng ký: ', '')))).toEqual(
      new Set(listed.filter((u) => !['Hội Khuyến học', 'Trung tâm Phục vụ hành chính công', 'Chi bộ thôn 6'].includes(u!))));
    expect(await sp.page.locator('#status').innerText()).toMatch(/^Đã gửi \d+ thư nhắc/);
    expect(await sp.page.locator('#reminder-preview').isHidden()).toBe(true);
  });

  it('switches the daily run on and off', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    await sp.page.check('#daily');
    await sp.idle();
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'runDailyTasks')).toHaveLength(1);
    await sp.page.uncheck('#daily');
    await sp.idle();
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'runDailyTasks')).toHaveLength(0);
    expect(sp.errors).toEqual([]);
  });

  it('creates the form and then shows its links and an update button', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    expect(await sp.page.locator('#form').innerText()).toBe('Tạo biểu mẫu đăng ký');
    await sp.page.click('#form');
    await sp.idle();
    expect(await sp.page.locator('#form').innerText()).toBe('Cập nhật biểu mẫu');
    expect(await sp.page.getAttribute('#form-links a >> nth=0', 'href')).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\//);
    expect(await sp.page.locator('#status').innerText()).toMatch(/^Đã tạo biểu mẫu đăng ký/);
  });

  it('stays usable at 200 % zoom: nothing wider than the sidebar, every button reachable', async () => {
    const sp = await open({ sandbox: demoSandbox(), zoom: 2 });
    const overflow = await sp.page.evaluate(() => {
      const d = (globalThis as any).document.documentElement;
      return d.scrollWidth - d.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    const clipped = await sp.page.$$eval('button', (bs) => bs.filter((b) => b.getBoundingClientRect().right > (globalThis as any).innerWidth + 0.5).map((b) => b.textContent));
    expect(clipped).toEqual([]);
    await sp.page.screenshot({ path: 'out/test-sidebar-200.png', fullPage: true });
  });

  it('approves the valid rows, then makes the notices and the report, and shows their links', async () => {
    const sb = demoSandbox();
    sb.call('checkRegistrations');
    const sp = await open({ sandbox: sb });
    await sp.page.click('#approve-all');
    await sp.idle();
    expect(await sp.page.locator('#status').innerText()).toMatch(/Đã duyệt/);
    await sp.page.click('#notices');
    await sp.idle();
    const noticeLinks = await sp.page.$$eval('#status a', (as) => as.map((a) => a.getAttribute('href')));
    expect(noticeLinks.length).toBeGreaterThan(0);
    expect(noticeLinks.every((h) => /^https:\/\/docs\.google\.com\//.test(h!))).toBe(true);
    await sp.page.click('#report');
    await sp.idle();
    expect(await sp.page.locator('#status').innerText()).toMatch(/báo cáo/i);
    expect(await sp.page.$$eval('#status a', (as) => as.length)).toBeGreaterThan(0);
    expect(sp.errors).toEqual([]);
  });

  it('makes the recognition dossier and lists the documents made', async () => {
    const sb = demoSandbox();
    sb.call('checkRegistrations');
    // Staff mark two valid rows (the columns typed by hand, as after a first run).
    const reg = sb.workbook.sheets.find((x) => x.name === 'Đăng ký')!;
    const result = reg.values[0].indexOf('Kết quả kiểm tra');
    reg.values[0].push('Hình thức khen thưởng', 'Thành tích khen thưởng');
    let marked = 0;
    for (const row of reg.values.slice(1)) {
      const mark = marked < 2 && ['Hợp lệ', 'Trễ hạn'].includes(String(row[result]));
      row.push(mark ? 'Giấy khen' : '', mark ? 'xuất sắc năm 2025' : '');
      if (mark) marked++;
    }
    const sp = await open({ sandbox: sb });
    await sp.page.click('#commendations');
    await sp.idle();
    expect(sp.calls.at(-1)!.name).toBe('generateCommendations');
    expect(await sp.page.locator('#status').innerText()).toMatch(/Đã tạo hồ sơ khen thưởng: 4 văn bản cho 2 đối tượng/);
    const labels = await sp.page.$$eval('#status a', (as) => as.map((a) => a.textContent));
    expect(labels.filter((l) => l!.startsWith('Giấy khen'))).toHaveLength(2);
    expect(labels).toContain('Tờ trình đề nghị khen thưởng');
    expect(sp.errors).toEqual([]);
  });
});
