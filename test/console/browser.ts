// Debian's chromium (/usr/bin/chromium, scripts/ensure-chromium.sh installs it), driven by
// playwright-core: never a browser download.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run bash scripts/ensure-chromium.sh (apt installs Debian's chromium)`);
  // --no-sandbox: tests run as root in CI, where chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** Logs in through the form, as a person would; resolves on the landing page. */
export async function logIn(page: Page, base: string, user: string, password: string): Promise<void> {
  await page.goto(`${base}login`);
  await page.fill('input[name="user"]', user);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type="submit"]')]);
}
