// The walk-through of the README's first command, as an integration test: a real
// nats-server on the generated configuration (an account per library), the real services
// under their own users, a signing reference connector per sample library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsortium, walkThrough, type Consortium } from '../src/index.js';

let consortium: Consortium;
beforeAll(async () => {
  consortium = await startConsortium({ logLevel: 'silent' });
}, 120_000);
afterAll(async () => {
  await consortium?.stop();
});

/** Logs in to the console as a `<user> <password>` component line says; the session cookie. */
async function consoleLogin(url: string, line: string): Promise<string> {
  const [user, password] = line.split(' ');
  const form = await fetch(`${url}login`);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const login = await fetch(`${url}login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: form.headers.getSetCookie()[0]!.split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, user: user!, password: password! }),
  });
  expect(login.status).toBe(303);
  return login.headers.getSetCookie().find((c) => c.startsWith('ilr_session='))!.split(';')[0]!;
}

describe('the local consortium walk-through', () => {
  it('runs every flow with the outcome DOMAIN.md and the packs require', async () => {
    const lines: string[] = [];
    const results = await walkThrough(consortium, (l) => lines.push(l));
    expect(results.map((r) => [r.title, r.outcome])).toEqual([
      ['item found', 'RELAY'],
      ['address refused, same reply', 'REFUSE'],
      ['loan relayed', 'RELAY'],
      ['referred to the registering library', 'REFER'],
      ['warrant held for review', 'REVIEW'],
      ['hold label only', 'RELAY'],
      ['ISO 18626 loan completed, supplier saw a token', 'LoanCompleted'],
      ['ISO 18626 request refused, answered Unfilled', 'REFUSE'],
      ['forged publish refused by NATS', 'REFUSED BY NATS'],
    ]);
    const text = lines.join('\n');
    expect(text).toContain('byte-for-byte identical');
    expect(text).toContain('MCA 22-1-1103');
    expect(text).toContain('the label "GARC 4567"');
    expect(text).toContain('NATS answers: Permissions Violation for Publish to "ilr.in.wi-madison.item_found"');
    // ISO 18626: what each ILL system received; Carver's saw a token, never Kingston's patron.
    expect(text).toMatch(/ma-carver's ILL system \(the supplier\) received:\n {4}request "Moby-Dick; or, The Whale", patronInfo\/patronId ilr1\.\S+, no name, no address\n {4}requestingAgencyMessage Received\n {4}requestingAgencyMessage ShippedReturn\n/);
    expect(text).toMatch(/ma-kingston's ILL system \(the requester\) received:\n {4}supplyingAgencyMessage Loaned \(RequestResponse, item \S+\)\n {4}supplyingAgencyMessage LoanCompleted \(StatusChange\)\n/);
    expect(text).toMatch(/ma-halifax's ILL system received: supplyingAgencyMessage Unfilled \(RequestResponse, reasonUnfilled ILR:REFUSE:[A-Z_]+\)/);
    expect(text).toContain("ma-carver's ILL system received nothing: the request never left ILR");
    const carver = consortium.gateways.get('ma-carver')!.ill.received.map((r) => r.xml).join('\n');
    expect(carver).toContain('Moby-Dick');
    expect(carver).not.toMatch(/Winslow|Abigail|KIN-0042-7781|Landing Road|HAL-0007-3120|Thayer/);
    for (const { ill } of consortium.gateways.values()) expect(ill.invalid).toEqual([]);
  }, 120_000);

  it('runs the console under its own NATS user, with a login made for the run', async () => {
    const lines = consortium.components.lines();
    const at = lines.findIndex((l) => l.startsWith('console: '));
    expect(lines[at + 1]).toMatch(/^console login: /);
    const url = consortium.components.get('console')!;
    const cookie = await consoleLogin(url, consortium.components.get('console login')!);
    const tiles = (await (await fetch(`${url}api/attention`, { headers: { cookie } })).json()) as { tiles: { id: string }[] };
    expect(tiles.tiles.map((t) => t.id)).toEqual(['ingress-backlog', 'pending', 'dead-letters', 'review', 'libraries-offline', 'audit', 'storage', 'server']);
    for (const view of ['/', '/streams', '/libraries', '/deadletters', '/review', '/services', '/server', '/events', '/actions', '/audit', '/flow']) {
      const r = await fetch(`${url}${view.slice(1)}`, { headers: { cookie } });
      expect([view, r.status]).toEqual([view, 200]);
    }
    expect((await fetch(`${url}api/review`)).status).toBe(401);
    // "Verify now" as the operator: the console's user reads the whole chain.
    const page = await (await fetch(`${url}audit`, { headers: { cookie } })).text();
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
    const started = await fetch(`${url}audit/verify`, { method: 'POST', redirect: 'manual', headers: { cookie, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf }) });
    expect(started.status).toBe(202);
    const { waitUntil } = await import('@ilr/testing');
    const done = await waitUntil('the verification', async () => {
      const p = (await (await fetch(`${url}api/audit/verify`, { headers: { cookie } })).json()) as { state: string; ok?: boolean; error?: string };
      return p.state === 'running' ? undefined : p;
    }, { timeoutMs: 30_000 });
    expect(done).toMatchObject({ state: 'done', ok: true });
    expect(done.error).toBeUndefined();
    // Its /metrics: the NATS side under nats-surveyor's names, without the streams that count gagged items.
    const metrics = await (await fetch(consortium.components.get('metrics console')!)).text();
    expect(metrics).toMatch(/^nats_stream_total_messages\{.*stream="ILR_INGRESS"/m);
    expect(metrics).not.toMatch(/stream="ILR_(REVIEW|DECISIONS|AUDIT)"/);
  }, 120_000);

  it("gives Bozeman's director a console login acting through the library's reviewer credential, on that queue only", async () => {
    const url = consortium.components.get('console')!;
    const cookie = await consoleLogin(url, consortium.components.get('console director login')!);
    // The queue comes from the review service as mt-bozeman's director (ilr-reviewer-mt-bozeman-director).
    const queue = await fetch(`${url}api/director/items`, { headers: { cookie } });
    expect(queue.status).toBe(200);
    expect(Array.isArray(((await queue.json()) as { items: unknown[] }).items)).toBe(true);
    // Not the operators' views.
    expect((await fetch(`${url}api/review`, { headers: { cookie } })).status).toBe(403);
    // Every member's director has a reviewer credential in the run's credentials store.
    for (const id of consortium.libraries) expect(consortium.access?.principal(`ilr-reviewer-${id}-director`)?.kind, id).toBe('reviewer');
  }, 120_000);

  it('serves /metrics for every process; the router counted the walk-through by sender, kind and outcome', async () => {
    const { parseMetrics } = await import('@ilr/metrics');
    const router = await fetch(consortium.components.get('metrics router')!);
    expect(router.status).toBe(200);
    const samples = parseMetrics(await router.text());
    expect(samples).toContainEqual({ name: 'ilr_service_info', labels: { service: 'router' }, value: 1 });
    expect(samples.find((s) => s.name === 'ilr_messages_total' && s.labels['outcome'] === 'REFUSE')?.value).toBeGreaterThan(0);
    for (const { name, url } of consortium.components.list().filter((c) => c.name.startsWith('metrics '))) {
      const service = name.slice('metrics '.length);
      const base = url.replace(/\/metrics$/, '');
      expect((await fetch(`${base}/livez`)).status, service).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json(), service).toMatchObject({ ready: true });
      expect(parseMetrics(await (await fetch(url)).text()), service).toContainEqual({ name: 'ilr_service_info', labels: { service }, value: 1 });
    }
  }, 120_000);

  it('runs in the production shape: generated credentials, every library signing', async () => {
    const components = consortium.components.lines();
    expect(components.slice(0, 2)).toEqual([`nats: ${consortium.url}`, expect.stringMatching(/^nats monitoring: http:\/\/127\.0\.0\.1:\d+$/)]);
    const rest = components.slice(2).sort();
    // One /metrics per process, named by its $SRV name (less `ilr-`) or connector-/gateway-<library>.
    const processes = ['audit', 'console', 'policy', 'review', 'router', ...consortium.libraries.map((id) => (consortium.gateways.has(id) ? `gateway-${id}` : `connector-${id}`))];
    for (const l of rest.filter((x) => x.startsWith('metrics '))) expect(l).toMatch(/^metrics [a-z0-9-]+: http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(rest.filter((l) => l.startsWith('metrics ')).map((l) => l.slice(0, l.indexOf(': ')))).toEqual(expect.arrayContaining(processes.map((p) => `metrics ${p}`)));
    expect(rest.filter((l) => !l.startsWith('metrics '))).toEqual([
      expect.stringMatching(/^console director login: director-mt-bozeman [A-Za-z0-9_-]{24}$/),
      expect.stringMatching(/^console login: operator [A-Za-z0-9_-]{24}$/),
      expect.stringMatching(/^console: http:\/\/127\.0\.0\.1:\d+\/$/),
      expect.stringMatching(/^gateway ma-carver: http:\/\/127\.0\.0\.1:\d+\/iso18626$/),
      expect.stringMatching(/^gateway ma-halifax: http:\/\/127\.0\.0\.1:\d+\/iso18626$/),
      expect.stringMatching(/^gateway ma-kingston: http:\/\/127\.0\.0\.1:\d+\/iso18626$/),
      expect.stringMatching(/^ils ma-plymouth: sip2:\/\/127\.0\.0\.1:\d+ \(SIP2\)$/),
      expect.stringMatching(/^ils or-multnomah: http:\/\/127\.0\.0\.1:\d+\/ncip \(NCIP\)$/),
    ]);
    // A gateway library's connector is its gateway (it pulls the library's own consumer): no reference connector.
    expect([...consortium.gateways.keys()].sort()).toEqual(['ma-carver', 'ma-halifax', 'ma-kingston']);
    expect([...consortium.connectors.keys()].filter((id) => consortium.gateways.has(id))).toEqual([]);
    expect(consortium.connectors.size + consortium.gateways.size).toBe(consortium.libraries.length);
    // Multnomah and Plymouth answered their facts lookups through the NCIP and SIP2 simulators.
    expect(consortium.connectors.get('or-multnomah')!.source.type).toBe('ncip');
    expect(consortium.connectors.get('ma-plymouth')!.source.type).toBe('sip2');
    const store = consortium.access!;
    expect(store.principals().filter((p) => p.kind === 'library').map((p) => p.name).sort()).toEqual([...consortium.libraries].sort());
    const { Directory } = await import('@ilr/directory');
    const directory = await Directory.open(consortium.nats);
    for (const id of consortium.libraries) {
      expect((await directory.get(id))?.signingKeys).toEqual(store.principal(id)!.keys.map((k) => k.publicKey));
    }
    // Without credentials nobody gets in.
    const { connectNats } = await import('@ilr/nats');
    await expect(connectNats({ servers: consortium.url, timeoutMs: 2000, connectionOptions: { authenticator: undefined } })).rejects.toThrow(/refused the credentials|Authorization/i);
  }, 120_000);
});
