// npm run bench:console: the console's overview (needs attention) with 200 member libraries
// and a million messages in the streams. The streams are filled directly through JetStream
// with messages of the real shapes (not through the relay): ingress envelopes, decision
// records, deliveries with their Ilr-Decision header, final replies, dead letters (the
// broker's own writes, through @ilr/outbound's Publisher), a review queue; then the console
// (ilr-console over @ilr/ops, with the real review service answering its counts) is asked
// for the overview and the other views, and each answer is timed. Goal: the overview under
// 300 ms (the views read bounded ranges, never whole streams). Merges its figures into
// bench/results.json as `console`.
// BENCH_CONSOLE_MESSAGES (default 1,000,000), BENCH_CONSOLE_LIBRARIES (default 200).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConsole } from '@ilr/console';
import { Directory } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { connectNats, ingressSubject, provision, reviewSubject } from '@ilr/nats';
import { Publisher } from '@ilr/outbound';
import { requesterReply, type Decision, type LibraryEntry } from '@ilr/policy';
import { startReviewService } from '@ilr/review-service';
import { startNats } from '@ilr/testing';
import { encodeMessage } from '@ilr/wire';
import { ROOT, percentile } from './consortium.js';

const MESSAGES = Number(process.env.BENCH_CONSOLE_MESSAGES ?? 1_000_000);
const LIBRARIES = Number(process.env.BENCH_CONSOLE_LIBRARIES ?? 200);
const ASKS = Number(process.env.BENCH_CONSOLE_ASKS ?? 20);
const GOAL_MS = 300;
const silent = createLogger('bench-console', { level: 'silent' });
const JURISDICTIONS = ['US-MT', 'US-WI', 'US-MA', 'US-CO', 'US-OR'];
const lib = (i: number) => `lib-${String(i % LIBRARIES).padStart(3, '0')}`;

const relay = (home: string): Decision => ({
  outcome: 'RELAY',
  disclosed: [],
  basis: 'MATERIAL_RECOVERY',
  rules: ['found-item'],
  citations: [{ cite: 'MCA 22-1-1103', text: 'records confidential', status: 'VERIFIED' }],
  pack: { id: 'US-MT', version: '2026.1.0' },
  decidedBy: home,
  reasonCode: 'RELAYED',
  screened: true,
});

async function main(): Promise<void> {
  console.log(`console benchmark: ${LIBRARIES} libraries, ${MESSAGES.toLocaleString('en-US')} messages written straight to the streams`);
  const server = await startNats();
  const nats = await connectNats({ servers: server.url, name: 'bench-console' });
  const ids = Array.from({ length: LIBRARIES }, (_, i) => lib(i));
  await provision(nats, { libraries: ids });
  const directory = await Directory.open(nats);
  for (const [i, id] of ids.entries()) {
    const entry: LibraryEntry = { id, name: `Library ${i}`, jurisdiction: JURISDICTIONS[i % JURISDICTIONS.length]! } as LibraryEntry;
    await directory.put(entry);
  }
  const review = await startReviewService({ nats: await connectNats({ servers: server.url, name: 'review' }), logger: silent });
  const publisher = new Publisher(nats.publisher());
  const js = nats.jetstream();

  // One "message" of the mix is one stream write; a relayed item is four of them
  // (ingress, decision, delivery, reply); every 50th is a dead letter instead.
  const started = performance.now();
  let written = 0;
  let n = 0;
  const inflight = new Set<Promise<unknown>>();
  const push = async (p: Promise<unknown>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    if (inflight.size >= 2000) await Promise.race(inflight);
  };
  let lastReport = performance.now();
  while (written < MESSAGES) {
    const sender = lib(n);
    const recipient = lib(n * 7 + 3);
    const id = `bench-${n}`;
    const envelope = encodeMessage({ messageId: id, sender, recipient, kind: 'ITEM_FOUND', createdAt: Date.now() }, { itemId: `3907809${n}`, owningLibrary: recipient } as never);
    await push(js.publish(ingressSubject(sender, 'ITEM_FOUND'), envelope, { msgID: `${sender}.${id}` }));
    written++;
    if (n % 50 === 49) {
      await push(
        publisher.deadLetter(
          { sender, id },
          { messageId: id, sender, subject: ingressSubject(sender, 'ITEM_FOUND'), code: 'BAD_SIGNATURE', reason: 'signature: does not verify', field: 'signature', size: envelope.length, sha256: createHash('sha256').update(envelope).digest('hex'), at: new Date().toISOString() },
        ),
      );
      written++;
    } else {
      const d = relay(recipient);
      await push(publisher.decision(id, d, { kind: 'ITEM_FOUND', sender, recipient }));
      await push(publisher.deliver({ sender, id }, recipient, 'ITEM_FOUND', envelope, d));
      await push(publisher.finalReply({ sender, id }, requesterReply(d)));
      written += 3;
    }
    n++;
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      console.log(`  ${written.toLocaleString('en-US')} written (${Math.round(written / ((lastReport - started) / 1000)).toLocaleString('en-US')}/s)`);
    }
  }
  // A review queue: a few items per library, as the router parks them.
  for (let i = 0; i < LIBRARIES * 2; i++) {
    const home = lib(i);
    const id = randomUUID();
    const d: Decision = { ...relay(home), outcome: 'REVIEW', basis: 'SEARCH_WARRANT', reasonCode: 'HELD_FOR_REVIEW', review: { route: 'DIRECTOR', urgent: i % 3 === 0, gag: i % 10 === 0, notifyConsortium: false, ceiling: ['IDENTITY'] } } as Decision;
    const envelope = encodeMessage({ messageId: id, sender: home, recipient: home, kind: 'LEGAL_PROCESS', createdAt: Date.now() }, {} as never);
    await push(
      js.publish(reviewSubject(home), JSON.stringify({ messageId: id, home, sender: home, decision: d, request: { kind: 'LEGAL_PROCESS', to: home, from: { type: 'AGENCY', agency: 'POLICE' }, purpose: 'INVESTIGATION', basis: 'SEARCH_WARRANT', wants: ['IDENTITY'] }, envelope: Buffer.from(envelope).toString('base64') }), { msgID: `${home}.${id}:review` }),
    );
  }
  await Promise.all(inflight);
  const fillSeconds = (performance.now() - started) / 1000;
  console.log(`  filled in ${fillSeconds.toFixed(1)} s (${Math.round(written / fillSeconds).toLocaleString('en-US')} writes/s)`);

  const dataDir = mkdtempSync(join(tmpdir(), 'ilr-bench-console-data-'));
  const running = await startConsole({ nats: await connectNats({ servers: server.url, name: 'ilr-console' }), dataDir, port: 0, logger: silent, flowIntervalMs: 3_600_000 });
  await running.context.users.add({ name: 'bench', role: 'admin', password: 'bench password 123' });
  const base = running.url;
  const form = await fetch(`${base}login`);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const login = await fetch(`${base}login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: form.headers.getSetCookie()[0]!.split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, user: 'bench', password: 'bench password 123' }),
  });
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('ilr_session='))!.split(';')[0]!;

  const time = async (path: string, asks: number) => {
    const times: number[] = [];
    for (let i = 0; i < asks + 1; i++) {
      const t = performance.now();
      const r = await fetch(`${base}${path.slice(1)}`, { headers: { cookie } });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
      if (i > 0) times.push(performance.now() - t); // the first answer warms the connection and V8
    }
    times.sort((a, b) => a - b);
    return { p50_ms: Number(percentile(times, 50).toFixed(1)), p99_ms: Number(percentile(times, 99).toFixed(1)), max_ms: Number(times.at(-1)!.toFixed(1)) };
  };
  // What one refresh of the overview costs (the console computes it in the background every
  // 5 s and answers from the latest copy).
  const compute: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(ASKS / 4)); i++) {
    const t = performance.now();
    await running.context.ops.attention();
    compute.push(performance.now() - t);
  }
  compute.sort((a, b) => a - b);
  console.log(`  overview computed (ops.attention)  p50 ${percentile(compute, 50).toFixed(1)} ms  max ${compute.at(-1)!.toFixed(1)} ms`);
  const views: Record<string, ReturnType<typeof time> extends Promise<infer T> ? T : never> = {};
  for (const path of ['/', '/api/attention', '/libraries', '/streams', '/deadletters', '/review', `/trace?sender=${lib(1)}&id=bench-1`, '/audit']) {
    views[path] = await time(path, path === '/' || path === '/api/attention' ? ASKS : Math.max(3, Math.floor(ASKS / 4)));
    console.log(`  ${path.padEnd(34)} p50 ${views[path]!.p50_ms} ms  p99 ${views[path]!.p99_ms} ms  max ${views[path]!.max_ms} ms`);
  }
  const overview = views['/']!;
  const result = {
    libraries: LIBRARIES,
    messages: written,
    fill_seconds: Number(fillSeconds.toFixed(1)),
    overview_p50_ms: overview.p50_ms,
    overview_p99_ms: overview.p99_ms,
    overview_compute_p50_ms: Number(percentile(compute, 50).toFixed(1)),
    overview_compute_max_ms: Number(compute.at(-1)!.toFixed(1)),
    goal_ms: GOAL_MS,
    goal_met: overview.p99_ms < GOAL_MS,
    views,
    cpus: cpus().length,
    load_average: loadavg().map((x) => Number(x.toFixed(2))),
    at: new Date().toISOString(),
  };
  console.log(`overview (needs attention): p50 ${overview.p50_ms} ms, p99 ${overview.p99_ms} ms: goal < ${GOAL_MS} ms ${result.goal_met ? 'met' : 'NOT met'}`);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  const file = join(ROOT, 'bench', 'results.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...results, console: result }, null, 2)}\n`);
  console.log('  written: bench/results.json (console)');

  await running.close();
  await review.stop();
  await nats.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
process.exit(0);
