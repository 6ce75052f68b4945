// Screenshots of every console view into docs/console/*.png (docs/CONSOLE.md shows them):
// the real stack with a little traffic of each kind, Debian's chromium at 1280 px.
// Rerun: npm run console:screenshots
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, waitUntil } from '@ilr/testing';
import { launchChromium, logIn } from './browser.js';
import { PASSWORD, sendForged, sendGarbage, sendItemFound, serveLegalProcess, startStack } from './stack.js';

const OUT = join(REPO_ROOT, 'docs', 'console');
mkdirSync(OUT, { recursive: true });

const s = await startStack({ flowIntervalMs: 1000 });
const browser = await launchChromium();
try {
  const base = s.console.url;
  // Traffic: relayed items, a refusal-free flow of notices, dead letters, legal process (one gagged).
  const relayed: string[] = [];
  for (let i = 0; i < 6; i++) relayed.push(await sendItemFound(s, i % 2 ? 'mt-bozeman' : 'or-multnomah', i % 2 ? 'wi-madison' : 'ma-plymouth'));
  const forged = await sendForged(s);
  await sendGarbage(s);
  await serveLegalProcess(s, 'mt-bozeman', 'SEARCH_WARRANT');
  await serveLegalProcess(s, 'mt-bozeman', 'NATIONAL_SECURITY_LETTER');
  await serveLegalProcess(s, 'ma-duxbury', 'SEARCH_WARRANT');
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await logIn(page, base, 'adam', PASSWORD);
  await waitUntil('the traffic settled', async () => {
    const r = (await (await page.request.get(`${base}api/deadletters?id=${forged}`)).json()) as { rows: unknown[] };
    const t = (await (await page.request.get(`${base}api/trace?sender=mt-bozeman&id=${relayed[1]}`)).json()) as { events: { step: string }[] };
    return r.rows.length && t.events.some((e) => e.step === 'reply') ? true : undefined;
  }, { timeoutMs: 30_000 });
  // A few flow intervals with traffic in them.
  for (let i = 0; i < 4; i++) {
    await sendItemFound(s);
    await s.console.context.flow.tick();
  }
  const views: [string, string][] = [
    ['attention', '/'],
    ['flow', '/flow'],
    ['streams', '/streams'],
    ['libraries', '/libraries'],
    ['deadletters', '/deadletters'],
    ['trace', `/trace?sender=mt-bozeman&id=${relayed[1]}`],
    ['review', '/review'],
    ['audit', '/audit'],
    ['services', '/services'],
    ['server', '/server'],
    ['events', '/events'],
    ['actions', '/actions'],
  ];
  for (const [name, path] of views) {
    await page.goto(`${base}${path.slice(1)}`);
    if (name === 'flow') await page.waitForSelector('#chart-outcomes canvas', { timeout: 10_000 }).catch(() => undefined);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    console.log(`docs/console/${name}.png`);
  }
  const director = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await logIn(director, base, 'dora', PASSWORD);
  await director.screenshot({ path: join(OUT, 'director.png'), fullPage: true });
  console.log('docs/console/director.png');
  const item = director.locator('#review-items a').first();
  await item.click();
  await director.screenshot({ path: join(OUT, 'director-item.png'), fullPage: true });
  console.log('docs/console/director-item.png');
  const login = await (await browser.newContext({ viewport: { width: 1280, height: 600 } })).newPage();
  await login.goto(`${base}login`);
  await login.screenshot({ path: join(OUT, 'login.png') });
  console.log('docs/console/login.png');
} finally {
  await browser.close();
  await s.stop();
}
