/**
 * Plans as data in the sidebar, in real Chromium backed by the built bundle: a new
 * spreadsheet is offered the five plans and set up from the chosen one; a plan with
 * `Cơ cấu theo loại` shows the structure reached per category (DESIGN.md §12.2–12.3).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_IDS, SHEET } from '../../src/core/contract';
import { PRESETS } from '../../src/core/presets';
import { chromiumAvailable, launchChromium } from '../../src/local/browser/launch-chromium';
import { openSidebar, type SidebarPage } from '../../src/local/browser/sidebar-page';
import { cell, sandboxOn, sheet } from '../support/bundle';

describe.skipIf(!chromiumAvailable())('the plan in the sidebar', () => {
  let browser: Browser;
  const opened: SidebarPage[] = [];
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await Promise.all(opened.map((s) => s.close())); await browser?.close(); });

  it('offers the five plans on a new spreadsheet and fills the sheets from the one chosen', async () => {
    const sb = sandboxOn();
    const sp = await openSidebar(browser, { sandbox: sb });
    opened.push(sp);
    await sp.idle();
    expect(await sp.page.locator('#plan-choice').isVisible()).toBe(true);
    const options = await sp.page.$$eval('#preset option', (o) => o.map((x) => (x as unknown as { value: string }).value));
    expect(options).toEqual([...PRESET_IDS]);
    await sp.page.selectOption('#preset', 'hoi-nghi-dien-hinh');
    expect(await sp.page.locator('#preset-description').innerText()).toBe(PRESETS['hoi-nghi-dien-hinh'].description);
    await sp.page.click('#setup');
    await sp.idle();
    expect(sp.calls.find((c) => c.name === 'setupWorkbook')?.args[0]).toMatchObject({ source: 'sidebar', preset: 'hoi-nghi-dien-hinh' });
    const config = sheet(sb.workbook, SHEET.config);
    const presetRow = config.values.findIndex((r) => r[0] === 'Mẫu kế hoạch');
    expect(config.values[presetRow][1]).toBe('hoi-nghi-dien-hinh');
    expect(sheet(sb.workbook, SHEET.questions).values.slice(1).map((r) => r[0]))
      .toEqual(PRESETS['hoi-nghi-dien-hinh'].questions.map((q) => q.title));
    expect(await sp.page.locator('#plan-choice').isHidden()).toBe(true);
    expect(await sp.page.locator('#plan-line').innerText()).toContain('đại biểu');
    // Tổng số tối đa 200 with Khách mời 30 %, Điển hình tiên tiến 70 %: the caps are shown before any row.
    expect(await sp.page.locator('#structure-total').innerText()).toBe('0/200 đại biểu hợp lệ (tổng số tối đa 200).');
    expect(await sp.page.$$eval('#structure li', (l) => l.map((x) => x.textContent))).toEqual([
      'Khách mời0 (0%) / tối đa 60 (30%)', 'Điển hình tiên tiến0 (0%) / tối đa 140 (70%)',
    ]);
    // A plan without the category `Cam kết` offers no commitments to sign.
    expect(await sp.page.locator('#commitments').isVisible()).toBe(false);
    expect(sp.errors).toEqual([]);
    expect(cell(sheet(sb.workbook, SHEET.registrations), 1, 'Dấu thời gian')).toBe('Dấu thời gian');
  });
});
