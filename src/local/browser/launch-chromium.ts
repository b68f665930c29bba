/**
 * Finds and launches the system Chromium (Debian's `chromium` package, /usr/bin/chromium)
 * through playwright-core, which downloads no browser of its own. `CHROMIUM_PATH` points
 * at another executable. The flags keep Chromium quiet on a closed network: no sandbox
 * (we may run as root), no GPU, and none of the background calls to Google hosts.
 */
import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where Chromium is looked for when `CHROMIUM_PATH` is not set. */
export const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable to use, or null when there is none. */
export function chromiumPath(): string | null {
  const override = process.env.CHROMIUM_PATH;
  const candidates = override ? [override] : DEFAULT_CHROMIUM_PATHS;
  return candidates.find(isExecutable) ?? null;
}

/** Whether a Chromium executable is installed (nothing is launched). */
export function chromiumAvailable(): boolean {
  return chromiumPath() !== null;
}

/** Launches headless Chromium; throws, saying how to install it, when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      `Chromium not found (looked for ${process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATHS.join(', ')}). ` +
        'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
