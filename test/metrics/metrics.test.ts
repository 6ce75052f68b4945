// /metrics of every process of a real consortium (generated credentials, the real services,
// signing connectors, the ISO 18626 gateways), after real flows:
// - labels: no patron token, card, name, title or message id is a label; label names and
//   values are bounded sets (library ids of the directory, kinds, outcomes, codes, packs);
// - the gag rule: a gagged review item (NSL) changes no ilr_* series split by outcome,
//   kind, home library or any other label; a review item that is not gagged does.
import { startAuditService } from '@ilr/audit-service';
import { connectorsPart, gatewaysPart, startConsortium, walkThrough, type Consortium, type ConsortiumPart } from '@ilr/consortium';
import { createIlrMetrics, natsSurveyorMetrics, parseMetrics, type Sample } from '@ilr/metrics';
import { MESSAGE_KINDS } from '@ilr/policy';
import { startPolicyService } from '@ilr/policy-service';
import { startReviewService } from '@ilr/review-service';
import { startRouter } from '@ilr/router';
import { waitUntil } from '@ilr/testing';
import { enumToWire } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const METRICS = { port: 0 };
/** The broker's services with metrics on; the review gauges read the queue at every scrape. */
const servicesWithMetrics: ConsortiumPart = {
  name: 'services',
  async start(ctx) {
    const policy = await startPolicyService({ nats: await ctx.connect('ilr-policy'), logger: ctx.logger('policy'), metrics: METRICS });
    ctx.onStop(() => policy.stop());
    const router = await startRouter({ nats: await ctx.connect('ilr-router'), logger: ctx.logger('router'), metrics: METRICS });
    ctx.onStop(() => router.stop());
    const review = await startReviewService({ nats: await ctx.connect('ilr-review'), logger: ctx.logger('review'), metrics: METRICS, metricsRefreshMs: 0 });
    ctx.onStop(() => review.stop());
    const audit = await startAuditService({ nats: await ctx.connect('ilr-audit'), logger: ctx.logger('audit'), metrics: METRICS });
    ctx.onStop(() => audit.stop());
    for (const [name, url] of [['router', router.metricsUrl], ['policy', policy.metricsUrl], ['review', review.metricsUrl], ['audit', audit.metricsUrl]] as const) {
      ctx.components.add(`metrics ${name}`, url!);
    }
  },
};

// Planted patron data: if any of it reaches a label, the scan finds it.
const PLANTED = { name: 'Quillfeather', card: '29999000123456', title: 'The Planted Almanac', token: 'ilr1.planted-token' };
const plantedIds: string[] = [];

let consortium: Consortium;
let surveyor: ReturnType<typeof createIlrMetrics>;
beforeAll(async () => {
  consortium = await startConsortium({ logLevel: 'silent', parts: [servicesWithMetrics, connectorsPart, gatewaysPart] });
  // The console's view of JetStream (nats-surveyor names), as an operator.
  surveyor = createIlrMetrics('console');
  natsSurveyorMetrics(await consortium.nats.jetstreamManager(), { registry: surveyor.registry, account: 'ILR', cacheMs: 0 });
}, 120_000);
afterAll(async () => {
  await consortium?.stop();
});

const urls = (): Array<{ service: string; url: string }> =>
  consortium.components
    .list()
    .filter((c) => c.name.startsWith('metrics '))
    .map((c) => ({ service: c.name.slice('metrics '.length), url: c.url }));

async function scrapeAll(): Promise<Array<{ service: string; text: string; samples: Sample[] }>> {
  const out = [];
  for (const { service, url } of urls()) {
    const text = await (await fetch(url)).text();
    out.push({ service, text, samples: parseMetrics(text) });
  }
  const text = await surveyor.registry.metrics();
  out.push({ service: 'console (surveyor)', text, samples: parseMetrics(text) });
  return out;
}

const bozeman = () => consortium.connectors.get('mt-bozeman')!.connector;
const madison = () => consortium.connectors.get('wi-madison')!.connector;
const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));
const legalProcess = (type: 'NATIONAL_SECURITY_LETTER' | 'SEARCH_WARRANT', gag: boolean) => ({
  process: { type: enumToWire('ProcessType', type), issuer: enumToWire('Issuer', type === 'SEARCH_WARRANT' ? 'STATE' : 'FEDERAL'), gag, criminal: !gag },
  requester: { agency: enumToWire('Agency', type === 'SEARCH_WARRANT' ? 'POLICE' : 'FEDERAL_AGENCY') },
  purpose: enumToWire('Purpose', 'INVESTIGATION'),
  basis: enumToWire('LegalBasis', type),
  wants: want('IDENTITY', 'CIRCULATION'),
  lookup: { name: PLANTED.name },
  documentRef: `${type}-${PLANTED.card}`,
});

describe('metrics of every process', () => {
  it('every process is scraped: broker services, connectors, gateways', () => {
    const services = urls().map((u) => u.service);
    expect(services).toEqual(expect.arrayContaining(['router', 'policy', 'review', 'audit', 'connector-mt-bozeman', 'gateway-ma-carver']));
    expect(services).toHaveLength(4 + consortium.libraries.length);
  });

  it('never carries patron data or a message id as a label, and keeps every label to a bounded set', async () => {
    const results = await walkThrough(consortium, () => undefined);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    // Requests that carry planted patron data, with ids of our own.
    const id = (n: string) => {
      const v = `planted-${n}-${Date.now()}`;
      plantedIds.push(v);
      return v;
    };
    await madison().request(
      'PATRON_INQUIRY',
      'mt-bozeman',
      {
        lookup: { name: PLANTED.name },
        requester: { library: 'wi-madison' },
        purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'),
        basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'),
        wants: want('EXISTENCE', 'IDENTITY', 'CONTACT'),
      },
      { messageId: id('inquiry') },
    );
    await bozeman().request('LEGAL_PROCESS', 'mt-bozeman', legalProcess('SEARCH_WARRANT', false) as never, { messageId: id('warrant') });
    // A bad message too: dead-lettered, its id never a label.
    await expect(madison().request('ITEM_FOUND', 'no-such-library', { itemId: PLANTED.card, owningLibrary: 'no-such-library' }, { messageId: id('bad') })).rejects.toThrow();

    const libraries = new Set([...consortium.libraries, 'other', 'unknown']);
    const kinds = new Set<string>([...MESSAGE_KINDS, 'UNKNOWN']);
    const allowed: Record<string, (v: string) => boolean> = {
      service: (v) => /^(router|policy|review|audit|console|(connector|gateway)-[a-z0-9-]+)$/.test(v),
      sender: (v) => libraries.has(v),
      home: (v) => libraries.has(v),
      library: (v) => libraries.has(v),
      kind: (v) => kinds.has(v),
      outcome: (v) => ['RELAY', 'REFER', 'REFUSE', 'REVIEW', 'PENDING', 'REJECTED'].includes(v),
      code: (v) => /^[A-Z_]{2,40}$/.test(v),
      pack: (v) => /^[A-Z]{2}(-[A-Z]{2})?$/.test(v),
      result: (v) => ['found', 'not_found', 'unavailable', 'timeout', 'no_responders', 'error', 'handled', 'failed', 'repeat', 'unreadable'].includes(v),
      type: (v) => ['delivery', 'reply', 'error', 'any'].includes(v),
      route: (v) => ['DIRECTOR', 'RECORDS_CUSTODIAN'].includes(v),
      urgency: (v) => ['urgent', 'normal'].includes(v),
      message: (v) => ['request', 'supplyingAgencyMessage', 'requestingAgencyMessage', 'none'].includes(v),
      status: (v) => /^\d{3}$/.test(v),
      le: (v) => /^(\+Inf|[0-9.e+-]+)$/.test(v),
    };
    const natsLabel = (name: string, v: string) => (name === 'stream' ? /^[A-Z0-9_-]+$|^KV_[a-z-]+$/.test(v) : name === 'consumer_name' ? /^[a-z0-9-]+$/.test(v) : v.length <= 64);
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

    const scrapes = await scrapeAll();
    expect(scrapes.length).toBe(5 + consortium.libraries.length);
    for (const { service, text, samples } of scrapes) {
      for (const planted of [...Object.values(PLANTED), ...plantedIds, 'Olsen', 'Winslow']) expect(text, `${service}: ${planted}`).not.toContain(planted);
      expect(text, service).not.toMatch(uuid);
      for (const s of samples) {
        for (const [k, v] of Object.entries(s.labels)) {
          const ok = s.name.startsWith('nats_') ? natsLabel(k, v) : allowed[k]?.(v);
          expect(ok, `${service} ${s.name}{${k}="${v}"}`).toBe(true);
        }
      }
    }
    // What the flows did is there to see: by sender, kind and outcome; dead letters by code.
    const router = scrapes.find((s) => s.service === 'router')!.samples;
    expect(router.find((s) => s.name === 'ilr_messages_total' && s.labels['kind'] === 'PATRON_INQUIRY' && s.labels['outcome'] === 'REFUSE')?.value).toBeGreaterThan(0);
    expect(router.find((s) => s.name === 'ilr_dead_letters_total' && s.labels['code'] === 'UNKNOWN_LIBRARY')?.labels['sender']).toBe('wi-madison');
    const policy = scrapes.find((s) => s.service === 'policy')!.samples;
    expect(policy.find((s) => s.name === 'ilr_policy_decisions_total' && s.labels['pack'] === 'US-MT')?.value).toBeGreaterThan(0);
    const gateway = scrapes.find((s) => s.service === 'gateway-ma-kingston')!.samples;
    expect(gateway.find((s) => s.name === 'ilr_gateway_requests_total' && s.labels['message'] === 'request')?.labels['status']).toBe('200');
    const nats = scrapes.find((s) => s.service === 'console (surveyor)')!.samples;
    expect(nats.find((s) => s.name === 'nats_stream_total_messages' && s.labels['stream'] === 'ILR_INGRESS')?.value).toBeGreaterThan(0);
  }, 120_000);

  it('the gag rule: a gagged review item changes no labelled ilr_* series; one that is not gagged does', async () => {
    /** Every labelled ilr_* series (histogram buckets and unlabelled totals aside), by process. */
    const labelled = async (): Promise<Map<string, number>> => {
      const out = new Map<string, number>();
      for (const { service, samples } of await scrapeAll()) {
        for (const s of samples) {
          const labels = Object.entries(s.labels).filter(([k]) => k !== 'le');
          if (!s.name.startsWith('ilr_') || labels.length === 0 || s.name === 'ilr_service_info') continue;
          // A connector's count of replies it took (by library and type) is a delivery
          // total, like ILR_DELIVERY's: it says nothing of a message's kind or outcome.
          if (s.name === 'ilr_connector_deliveries_total') continue;
          out.set(`${service} ${s.name}${JSON.stringify(Object.fromEntries(labels.sort()))}`, s.value);
        }
      }
      return out;
    };
    const appended = async (): Promise<number> => {
      const url = consortium.components.get('metrics audit')!;
      return parseMetrics(await (await fetch(url)).text()).find((s) => s.name === 'ilr_audit_appended_total')?.value ?? 0;
    };

    const before = await labelled();
    const auditedBefore = await appended();
    const nsl = await bozeman().request('LEGAL_PROCESS', 'mt-bozeman', legalProcess('NATIONAL_SECURITY_LETTER', true) as never);
    expect(nsl.outcome).toBe(enumToWire('Outcome', 'REVIEW'));
    // Fully handled: the review item is in ILR_REVIEW (written before the reply), the decision audited.
    await waitUntil('the NSL audited', async () => ((await appended()) === auditedBefore + 1 ? true : undefined), { timeoutMs: 10_000 });
    const afterGagged = await labelled();
    expect([...afterGagged].filter(([k, v]) => before.get(k) !== v)).toEqual([]);

    // The same kind of item, not gagged, shows (so the comparison above could have failed).
    await bozeman().request('LEGAL_PROCESS', 'mt-bozeman', legalProcess('SEARCH_WARRANT', false) as never);
    await waitUntil('the warrant audited', async () => ((await appended()) === auditedBefore + 2 ? true : undefined), { timeoutMs: 10_000 });
    const afterOpen = await labelled();
    const changed = [...afterOpen].filter(([k, v]) => afterGagged.get(k) !== v).map(([k]) => k);
    expect(changed).toEqual(
      expect.arrayContaining([
        'router ilr_messages_total{"kind":"LEGAL_PROCESS","outcome":"REVIEW","sender":"mt-bozeman"}',
        'policy ilr_policy_decisions_total{"outcome":"REVIEW","pack":"US-MT"}',
        'review ilr_review_queue_items{"home":"mt-bozeman","route":"DIRECTOR","urgency":"urgent"}',
      ]),
    );
  }, 120_000);
});
