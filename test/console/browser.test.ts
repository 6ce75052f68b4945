// The console in a real browser (Debian's chromium through playwright-core) against the real
// stack: log in, see the tiles move as traffic flows, find a dead letter by id, trace a
// relayed message, and a director approves a review item in their own scope and cannot see
// another library's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitUntil } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn } from './browser.js';
import { PASSWORD, sendForged, sendItemFound, serveLegalProcess, startStack, type Stack } from './stack.js';

let s: Stack;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [s, browser] = await Promise.all([startStack({ flowIntervalMs: 1000 }), launchChromium()]);
  base = s.console.url;
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await s?.stop();
});

async function pageAs(user: string): Promise<Page> {
  const c = await browser.newContext();
  contexts.push(c);
  const page = await c.newPage();
  await logIn(page, base, user, PASSWORD);
  return page;
}

const tileCount = (page: Page, id: string) => page.locator(`[data-tile="${id}"] .count`).textContent();

describe('the console in chromium', { timeout: 120_000 }, () => {
  it('logs in, and the needs-attention tiles move as traffic flows', async () => {
    const page = await pageAs('olga');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.title()).toBe('Needs attention - ILR console');
    expect(await page.locator('[data-tile]').count()).toBe(8);
    const before = Number(await tileCount(page, 'dead-letters'));
    await sendForged(s);
    await sendForged(s);
    // console.js refreshes the tiles in place (no reload): wait for the number to change.
    await page.waitForFunction(
      ([n]) => Number(document.querySelector('[data-tile="dead-letters"] .count')?.textContent) === n,
      [before + 2],
      { timeout: 30_000 },
    );
    expect(await page.locator('[data-tile="dead-letters"]').getAttribute('class')).toContain('warn');
  });

  it('finds a dead letter by message id and marks it handled with a note', async () => {
    const id = await sendForged(s);
    const page = await pageAs('olga');
    await page.goto(`${base}deadletters`);
    expect(await page.locator('#payload-not-kept').textContent()).toContain('The payload of a dead letter is not kept');
    await waitUntil('the dead letter', async () => ((await (await page.request.get(`${base}api/deadletters?id=${id}`)).json()) as { rows: unknown[] }).rows[0], { timeoutMs: 20_000 });
    await page.fill('input[name="id"]', id);
    await Promise.all([page.waitForURL(/\/deadletters\?/), page.click('form.filters button')]);
    const row = page.locator('#deadletters tbody tr');
    expect(await row.count()).toBe(1);
    // The sender is the subject's (whose credentials published it), not the one the envelope claims.
    expect(await row.textContent()).toContain('or-multnomah');
    await row.locator('input[name="note"]').fill('forged test traffic, sender told');
    await Promise.all([page.waitForURL(/\/deadletters\/\d+$/), row.locator('button').click()]);
    expect(await page.locator('dl.facts').textContent()).toContain('handled by olga');
  });

  it('traces a relayed message from ingress to the ack', async () => {
    const id = await sendItemFound(s, 'mt-bozeman', 'wi-madison');
    const page = await pageAs('vera');
    await page.goto(`${base}trace`);
    await waitUntil('the delivery and reply', async () => {
      const events = (await (await page.request.get(`${base}api/trace?sender=mt-bozeman&id=${id}`)).json()) as { events: { step: string }[] };
      return events.events.some((e) => e.step === 'reply') && events.events.some((e) => e.step === 'delivery') ? true : undefined;
    }, { timeoutMs: 20_000 });
    await page.fill('input[name="sender"]', 'mt-bozeman');
    await page.fill('input[name="id"]', id);
    await Promise.all([page.waitForURL(/\/trace\?/), page.click('form.filters button')]);
    const steps = await page.locator('#timeline li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(expect.arrayContaining(['ingress', 'decision', 'delivery', 'reply']));
    expect(await page.locator('#timeline [data-step="decision"]').textContent()).toContain('RELAY');
  });

  it("lets a director approve their own library's item, and not see another library's", async () => {
    const warrant = await serveLegalProcess(s, 'mt-bozeman', 'SEARCH_WARRANT');
    const dora = await pageAs('dora');
    expect(new URL(dora.url()).pathname).toBe('/director');
    // The queue is read afresh on each load: wait until the review service lists it, then load.
    await waitUntil('the warrant in the queue', async () => ((await dora.request.get(`${base}api/director/items`)).ok() && (await (await dora.request.get(`${base}api/director/items`)).text()).includes(warrant) ? true : undefined), { timeoutMs: 20_000 });
    await dora.reload();
    await dora.locator(`#review-items a:text("${warrant}")`).click();
    await dora.check('input[name="release"][value="IDENTITY"]');
    await dora.fill('form[action="/director/approve"] input[name="reason"]', 'warrant executed on service');
    await Promise.all([dora.waitForURL(/\/director\/item/), dora.click('form[action="/director/approve"] button')]);
    expect(await dora.locator('dl.facts').textContent()).toMatch(/Decision\s*RELAY of IDENTITY by dora/);

    const wade = await pageAs('wade');
    expect(await wade.locator('body').textContent()).not.toContain(warrant);
    const res = await wade.goto(`${base}director/item?id=${warrant}&sender=mt-bozeman`);
    expect(res!.status()).toBe(404);
    expect(await wade.locator('.error').textContent()).toContain("no item");
    const staff = await wade.goto(`${base}`);
    expect(staff!.status()).toBe(403);
  });
});
