// The router's and the policy service's metrics on a real nats-server: a message PENDING on
// its home library's facts until the last delivery, then dead-lettered; a refusal; what
// each counts, by bounded labels; the router answers $SRV discovery as ilr-router.
import { parseMetrics, type Sample } from '@ilr/metrics';
import { ROUTER_SERVICE } from '@ilr/nats';
import { enumToWire as w } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeadLetter, isFinalReply, send, startBroker, type Broker } from './harness.js';

const madisonAsks = (basis: 'MATERIAL_RECOVERY' | 'PATRON_WRITTEN_CONSENT', wants: ('EXISTENCE' | 'CONTACT')[]) => ({
  patron: { token: 'tok-olsen', homeLibrary: 'mt-bozeman' },
  requester: { library: 'wi-madison' },
  purpose: w('Purpose', 'MATERIAL_RECOVERY'),
  basis: w('LegalBasis', basis),
  wants: wants.map((x) => w('Want', x)),
});
const inquiry = { sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'PATRON_INQUIRY' } as const;

describe('router and policy metrics', { timeout: 60_000 }, () => {
  let b: Broker;
  const scrape = async (url: string | undefined): Promise<Sample[]> => parseMetrics(await (await fetch(url!)).text());
  const find = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
  beforeAll(async () => {
    b = await startBroker({ metrics: true });
  });
  afterAll(async () => {
    await b?.stop();
  });

  it('counts a refusal by sender, kind and outcome, and its decision by outcome and pack', async () => {
    const { id } = await send(b.client, inquiry, madisonAsks('MATERIAL_RECOVERY', ['EXISTENCE', 'CONTACT']));
    await b.recorder.waitFor(isFinalReply(id));
    const router = await scrape(b.router.metricsUrl);
    expect(find(router, 'ilr_messages_total', { sender: 'wi-madison', kind: 'PATRON_INQUIRY', outcome: 'REFUSE' })).toBe(1);
    expect(find(router, 'ilr_handle_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(find(router, 'ilr_policy_request_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    const policy = await scrape(b.policy.metricsUrl);
    expect(find(policy, 'ilr_policy_decisions_total', { outcome: 'REFUSE', pack: 'US-MT' })).toBe(1);
    expect(JSON.stringify(router)).not.toContain(id);
  });

  it('counts PENDING by home, the failed lookups by result, and the dead letter at the last delivery by code', async () => {
    const { id } = await send(b.client, inquiry, madisonAsks('PATRON_WRITTEN_CONSENT', ['CONTACT']));
    await b.recorder.waitFor(isDeadLetter(id));
    const router = await scrape(b.router.metricsUrl);
    // The harness's router consumer delivers 4 times: PENDING each time, then the dead letter.
    expect(find(router, 'ilr_pending_total', { home: 'mt-bozeman' })).toBe(4);
    expect(find(router, 'ilr_dead_letters_total', { sender: 'wi-madison', code: 'FACTS_UNAVAILABLE' })).toBe(1);
    expect(find(router, 'ilr_router_deliveries_total')).toBeGreaterThanOrEqual(5);
    const policy = await scrape(b.policy.metricsUrl);
    expect(find(policy, 'ilr_facts_lookups_total', { home: 'mt-bozeman', result: 'no_responders' })).toBe(4);
    expect(JSON.stringify(router)).not.toContain(id);
  });

  it('is ready, and answers $SRV discovery as ilr-router', async () => {
    const base = b.router.metricsUrl!.replace(/\/metrics$/, '');
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true, checks: { nats: true, consumer: true } });
    const names: string[] = [];
    for await (const s of await b.client.services().client({ strategy: 'timer', maxWait: 1000 }).ping(ROUTER_SERVICE.name)) names.push(s.name);
    expect(names).toEqual([ROUTER_SERVICE.name]);
  });
});
