// The HTTP face through inject(): the samples get the same answers as offline where the
// directory knows their agencies; 415, 405, 413; agencies that are not this library's.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, SAMPLES_DIR, checkConfirmation, checkMessage } from '@ilr/iso18626';
import { startWorld, type World } from './harness.js';

let world: World;
beforeAll(async () => {
  world = await startWorld(['ma-plymouth']);
});
afterAll(async () => world?.stop());

const app = () => world.sites['ma-plymouth']!.gw.app;
const post = (payload: string | Buffer, type = 'application/xml') => app().inject({ method: 'POST', url: '/iso18626', headers: { 'content-type': type }, payload });

describe('POST /iso18626', () => {
  const files = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.xml')).sort();
  it.each(files)('%s: the offline answer, over HTTP', async (f) => {
    const xml = readFileSync(SAMPLES_DIR + f);
    const offline = checkMessage(xml);
    const res = await post(xml);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const c = checkConfirmation(res.body);
    expect(c.ok).toBe(true);
    if (offline.ok) expect(res.body, res.body).toContain('<messageStatus>OK</messageStatus>');
    else {
      expect(res.body).toContain('<messageStatus>ERROR</messageStatus>');
      expect(res.body).toContain(`<errorType>${offline.error.errorType}</errorType>`);
      expect(res.body).toContain(`<errorValue>${offline.error.errorValue}</errorValue>`);
    }
  });

  it('text/xml is accepted; other content types 415; other methods 405; over the limit 413', async () => {
    const xml = readFileSync(`${SAMPLES_DIR}supmsg-ok.xml`, 'utf8');
    expect((await post(xml, 'text/xml; charset=utf-8')).statusCode).toBe(200);
    expect((await post(xml, 'application/json')).statusCode).toBe(415);
    expect((await post(xml, 'text/plain')).statusCode).toBe(415);
    expect((await app().inject({ method: 'POST', url: '/iso18626', payload: xml })).statusCode).toBe(415);
    const get = await app().inject({ method: 'GET', url: '/iso18626' });
    expect(get.statusCode).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    expect((await app().inject({ method: 'PUT', url: '/iso18626', headers: { 'content-type': 'application/xml' }, payload: xml })).statusCode).toBe(405);
    const big = await post(xml.replace('12345', 'x'.repeat(LIMITS.maxBytes)));
    expect(big.statusCode).toBe(413);
  });

  it('an agency that is not this library, or not a member: UnrecognisedDataValue naming the element', async () => {
    const xml = readFileSync(`${SAMPLES_DIR}request-loaned.xml`, 'utf8');
    const notOurs = await post(xml.replace('<agencyIdValue>REQ</agencyIdValue>', '<agencyIdValue>BROKER</agencyIdValue>'));
    expect(notOurs.body).toContain('<errorValue>request/header/requestingAgencyId: not an agency of this library</errorValue>');
    const unknown = await post(xml.replace('<agencyIdValue>BROKER</agencyIdValue>', '<agencyIdValue>NOBODY</agencyIdValue>'));
    expect(unknown.body).toContain('<errorType>UnrecognisedDataValue</errorType>');
    expect(unknown.body).toContain('<errorValue>request/header/supplyingAgencyId: not an agency of the member directory</errorValue>');
  });

  it('GET /healthz counts what happened, without content', async () => {
    const res = await app().inject({ method: 'GET', url: '/healthz' });
    const h = res.json() as { library: string; received: number; rejected: Record<string, number> };
    expect(h.library).toBe('ma-plymouth');
    expect(h.received).toBeGreaterThan(30);
    expect(h.rejected['UnsupportedActionType']).toBeGreaterThanOrEqual(1);
  });
});
