/**
 * `npm start`'s picture of the sidebar: renders the standalone page (out/sidebar.html, whose
 * `google.script.run` stand-in replays the run's replies) 300 px wide, full page, to a PNG.
 */
import { pathToFileURL } from 'node:url';
import { chromiumAvailable, launchChromium } from './launch-chromium';
import { SIDEBAR_WIDTH } from './sidebar-page';

/**
 * Writes `pngFile` from the standalone sidebar `htmlFile`; returns false (and does nothing)
 * when no Chromium is installed.
 */
export async function screenshotStandaloneSidebar(htmlFile: string, pngFile: string): Promise<boolean> {
  if (!chromiumAvailable()) return false;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 600 }, locale: 'vi-VN' });
    // The page is self-contained: nothing but the file itself may load.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(htmlFile).href);
    await page.waitForSelector('body[aria-busy="false"]', { state: 'attached' });
    await page.screenshot({ path: pngFile, fullPage: true });
    return true;
  } finally {
    await browser.close();
  }
}
