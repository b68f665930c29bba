/**
 * The sidebar in a real Chromium, 300 px wide, with `google.script.run` backed by the live
 * emulation of the built bundle (src/local/browser/sidebar-page.ts): one round trip on
 * load, figures equal to what the check writes, the legend in words, the busy state, the
 * keyboard, the lock message, hostile text shown as text, contrast, and a screenshot.
 *
 * Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without it the suite is skipped on a
 * laptop, and fails under CI (CI must install it: see .ci/run).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROW_STATUS_COLOR, ROW_STATUS_ORDER, UNIT_STATUS_COLOR, UNIT_STATUS_ORDER } from '../../src/core/contract';
import { MSG } from '../../src/core/messages';
import { chromiumAvailable, launchChromium } from '../../src/local/browser/launch-chromium';
import { openSidebar, type OpenSidebarOptions, type SidebarPage } from '../../src/local/browser/sidebar-page';
import { col, demoSandbox, sheet } from '../support/bundle';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HAVE_CHROMIUM = chromiumAvailable();
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

if (!HAVE_CHROMIUM && !process.env.CI) {
  console.warn('[test/browser] Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): browser tests SKIPPED. Install it with `apt-get install -y chromium`.');
}

describe.runIf(!HAVE_CHROMIUM && !!process.env.CI)('Chromium under CI', () => {
  it('is installed', () => {
    throw new Error('Chromium not found at /usr/bin/chromium (or CHROMIUM_PATH): CI must install it (`apt-get install -y chromium`, see .ci/run).');
  });
});

describe.skipIf(!HAVE_CHROMIUM)('sidebar in Chromium, backed by the bundle', () => {
  let browser: Browser;
  const opened: SidebarPage[] = [];

  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await browser?.close();
  });

  async function open(options: OpenSidebarOptions): Promise<SidebarPage> {
    const sp = await openSidebar(browser, options);
    opened.push(sp);
    return sp;
  }

  /** `[label, number]` of each item of a count list. */
  const countsShown = (page: Page, listId: string): Promise<Array<[string, number]>> =>
    page.$$eval(`#${listId} li`, (items) => items.map((li) => [
      li.querySelector('.label').textContent.trim(),
      Number(li.querySelector('.num').textContent),
    ] as [string, number]));

  const statusText = (page: Page) => page.locator('#status').innerText();

  /** Waits until `#status` no longer shows the "in progress" text. */
  const settled = (page: Page) => page.waitForFunction(
    () => { const s = (globalThis as any).document.getElementById('status'); return s && !/…$/.test(s.textContent); },
  );

  it('opens with one server round trip, no console error, no failed or external request', async () => {
    const sp = await open({ sandbox: demoSandbox() });
    expect(sp.calls.map((c) => c.name)).toEqual(['getDashboard']);
    expect(sp.calls[0].result).toMatchObject({ ok: true });
    expect(sp.errors).toEqual([]);
    expect(sp.failedRequests).toEqual([]);
    expect(sp.requests.length).toBeGreaterThan(0);
    expect(sp.requests.filter((u) => !u.startsWith(`${sp.origin}/`))).toEqual([]);
    expect(await sp.page.locator('#counts-summary').innerText()).toBe('32 đơn vị, 45 đăng ký.');
    expect(await sp.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBe(300);
  });

  it('shows per-status counts equal to what checkRegistrations writes, and a legend in words and colours', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    const units = await countsShown(sp.page, 'unit-counts');
    const rows = await countsShown(sp.page, 'row-counts');

    sb.call('checkRegistrations');
    const unitSheet = sheet(sb.workbook, 'Đơn vị');
    const unitStatuses = unitSheet.values.slice(1).map((r) => r[col(unitSheet, 'Trạng thái')]);
    const regSheet = sheet(sb.workbook, 'Đăng ký');
    const rowStatuses = regSheet.values.slice(1).map((r) => r[col(regSheet, 'Kết quả kiểm tra')]);
    const tally = (statuses: unknown[], order: readonly string[]) => order.map((s) => [s, statuses.filter((x) => x === s).length]);
    expect(units).toEqual(tally(unitStatuses, UNIT_STATUS_ORDER));
    expect(rows).toEqual(tally(rowStatuses, ROW_STATUS_ORDER));
    expect(units.reduce((n, [, k]) => n + k, 0)).toBe(unitStatuses.length);
    expect(rows.reduce((n, [, k]) => n + k, 0)).toBe(rowStatuses.length);

    const legend = (listId: string) => sp.page.$$eval(`#${listId} li`, (items) => items.map((li) => {
      const swatch = li.querySelector('.swatch');
      const label = li.querySelector('.label');
      const rgb = li.ownerDocument.defaultView.getComputedStyle(swatch).backgroundColor as string;
      const hex = '#' + (rgb.match(/\d+/g) as string[]).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
      return { name: label.firstChild.textContent as string, color: hex, visible: label.offsetWidth > 0 && label.offsetHeight > 0 };
    }));
    const expected = (order: readonly string[], colours: Record<string, string>) => order.map((name) => ({ name, color: colours[name], visible: true }));
    expect(await legend('legend-rows')).toEqual(expected(ROW_STATUS_ORDER, ROW_STATUS_COLOR));
    expect(await legend('legend-units')).toEqual(expected(UNIT_STATUS_ORDER, UNIT_STATUS_COLOR));
  });

  it('shows the current milestone phase and the approved rows by evaluation, equal to the sheet (issue 13)', async () => {
    const sb = demoSandbox();
    sb.call('checkRegistrations');
    sb.call('approveAllValid', { source: 'sidebar' });
    sb.clock.set(Date.UTC(2026, 0, 18, 1)); // 18/01/2026 08:00 in Vietnam: three days after the plan deadline
    sb.call('checkRegistrations');
    const reg = sheet(sb.workbook, 'Đăng ký');
    const approved = reg.values.slice(1).filter((r) => r[col(reg, 'Trạng thái phê duyệt')] === 'Đã duyệt');
    approved.slice(0, 3).forEach((r) => { r[col(reg, 'Đánh giá kết quả')] = 'Xuất sắc'; });
    const sp = await open({ sandbox: sb });
    expect(await sp.page.locator('#phase-section').isVisible()).toBe(true);
    const label = await sp.page.locator('#phase-label').innerText();
    const done = approved.filter((r) => String(r[col(reg, 'Tiến độ')]).startsWith('Xây dựng kế hoạch: Đã nộp')).length;
    expect(label).toContain(`Xây dựng kế hoạch — hạn 15/01/2026 (đã quá 3 ngày): ${done}/${approved.length} mục đã nộp`);
    const phase = await countsShown(sp.page, 'phase-counts');
    expect(phase.find(([s]) => s === 'Quá hạn')![1]).toBe(approved.filter((r) => String(r[col(reg, 'Tiến độ')]).startsWith('Xây dựng kế hoạch: Quá hạn')).length);
    const evaluations = await countsShown(sp.page, 'evaluation-counts');
    expect(evaluations).toEqual([['Xuất sắc', 3], ['Tốt', 0], ['Đạt', 0], ['Không đạt', 0], ['Chưa đánh giá', approved.length - 3]]);
  });

  it('shows a busy state while checking, then the result, and the sheet is checked', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    const unitSheet = sheet(sb.workbook, 'Đơn vị');
    const status = () => unitSheet.values.slice(1).map((r) => r[col(unitSheet, 'Trạng thái')] ?? '');
    expect(status().every((s) => s === '')).toBe(true);

    const release = sp.hold();
    await sp.page.click('#check');
    expect(await sp.page.locator('#check').isDisabled()).toBe(true);
    expect(await sp.page.locator('#refresh').isDisabled()).toBe(true);
    expect(await sp.page.getAttribute('body', 'aria-busy')).toBe('true');
    expect(await statusText(sp.page)).toBe('Đang kiểm tra…');
    release();

    await sp.idle();
    expect(sp.calls.map((c) => c.name)).toEqual(['getDashboard', 'checkRegistrations', 'getDashboard']);
    expect(sp.calls[1].args).toEqual([{ source: 'sidebar' }]);
    const reply = sp.calls[1].result as { ok: boolean; message: string };
    expect(reply.ok).toBe(true);
    expect(await statusText(sp.page)).toBe(reply.message);
    expect(await sp.page.locator('#check').isEnabled()).toBe(true);
    expect(status().every((s) => s !== '')).toBe(true);
    expect(sp.errors).toEqual([]);
  });

  it('works from the keyboard: Tab reaches the buttons in order with a visible focus, Enter activates', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    const focused = () => sp.page.evaluate(() => {
      const el = (globalThis as any).document.activeElement;
      const style = el.ownerDocument.defaultView.getComputedStyle(el);
      return { id: el.id as string, outline: `${style.outlineStyle} ${style.outlineWidth}`, outlineWidth: parseFloat(style.outlineWidth) };
    });
    await sp.page.keyboard.press('Tab');
    const first = await focused();
    await sp.page.keyboard.press('Tab');
    const second = await focused();
    expect([first.id, second.id]).toEqual(['check', 'refresh']);
    for (const f of [first, second]) {
      expect(f.outline).toMatch(/^solid/);
      expect(f.outlineWidth).toBeGreaterThanOrEqual(2);
    }

    await sp.page.keyboard.press('Shift+Tab');
    expect((await focused()).id).toBe('check');
    await sp.page.keyboard.press('Enter');
    await sp.idle();
    await settled(sp.page);
    expect(sp.calls.map((c) => c.name)).toEqual(['getDashboard', 'checkRegistrations', 'getDashboard']);
    expect(await statusText(sp.page)).toMatch(/^Đã kiểm tra 45 đăng ký/);
    const regSheet = sheet(sb.workbook, 'Đăng ký');
    expect(regSheet.values[1][col(regSheet, 'Kết quả kiểm tra')]).not.toBe('');
  });

  it('keeps keyboard focus on the pressed button once the check is done', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    await sp.page.keyboard.press('Tab');
    await sp.page.keyboard.press('Enter');
    await sp.idle();
    await settled(sp.page);
    expect(await sp.page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('check');
  });

  it('shows the Vietnamese lock message as text, no stack trace, when another run holds the lock', async () => {
    const sb = demoSandbox();
    const sp = await open({ sandbox: sb });
    sb.lock.holdByOther('document');
    await sp.page.click('#check');
    await sp.idle();
    await settled(sp.page);
    const text = await statusText(sp.page);
    expect(text).toBe(MSG.lockBusy());
    expect(await sp.page.getAttribute('#status', 'class')).toBe('error');
    const body = await sp.page.locator('body').innerText();
    expect(body).not.toMatch(/\bat .+:\d+|Error|Exception|undefined/);
    expect(sp.errors).toEqual([]);
  });

  it('shows hostile text typed in the roster as literal text, never as HTML, and wraps long values', async () => {
    const sb = demoSandbox();
    const units = sheet(sb.workbook, 'Đơn vị');
    units.values[2][col(units, 'Khối')] = HOSTILE;
    units.values[3][col(units, 'Khối')] = `https://example.com/${'a'.repeat(80)}`;
    const sp = await open({ sandbox: sb });
    expect(await sp.page.locator('#problems-section').isVisible()).toBe(true);
    const problems = await sp.page.locator('#problems li').allInnerTexts();
    expect(problems.some((p) => p.includes(HOSTILE))).toBe(true);
    expect(problems.some((p) => p.includes('https://example.com/aaa'))).toBe(true);
    expect(await sp.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBe(300);
    expect(await sp.page.locator('#problems img, main img').count()).toBe(0);
    expect(await sp.page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    expect(sp.requests.filter((u) => u.endsWith('/x'))).toEqual([]);
    expect(sp.errors).toEqual([]);
  });

  it('has body, muted and error text with at least 4.5:1 contrast on white', async () => {
    const sp = await open({ sandbox: demoSandbox() });
    const colours = await sp.page.evaluate(() => {
      const doc = (globalThis as any).document;
      const view = doc.defaultView;
      const probe = doc.createElement('p');
      probe.className = 'error';
      probe.textContent = 'x';
      doc.getElementById('app').appendChild(probe);
      const colour = (el: any) => view.getComputedStyle(el).color as string;
      const background = (el: any) => view.getComputedStyle(el).backgroundColor as string;
      const out = {
        body: colour(doc.body),
        muted: colour(doc.getElementById('subtitle')),
        heading3: colour(doc.querySelector('h3')),
        meaning: colour(doc.querySelector('.legend .meaning')),
        error: colour(probe),
        pageBackground: background(doc.body),
      };
      probe.remove();
      return out;
    });
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.pageBackground);
    for (const [name, colour] of Object.entries(colours)) {
      if (name === 'pageBackground') continue;
      expect(contrast(colour, 'rgb(255, 255, 255)'), `${name} ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
    const primary = await sp.page.$eval('#check', (el) => {
      const style = el.ownerDocument.defaultView.getComputedStyle(el);
      return { fg: style.color as string, bg: style.backgroundColor as string };
    });
    expect(contrast(primary.fg, primary.bg), `primary button ${primary.fg} on ${primary.bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('takes a 300-px screenshot to out/test-sidebar.png', async () => {
    const sp = await open({ sandbox: demoSandbox() });
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    const png = await sp.page.screenshot({ path: path.join(ROOT, 'out', 'test-sidebar.png'), fullPage: true });
    expect(png.readUInt32BE(16)).toBe(300); // IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });
});

/** WCAG 2 contrast ratio of two opaque CSS `rgb()` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}
