// The ISO 18626 gateway's HTTP face (part of `npm run bench`; alone: `npm run bench:gateway`,
// which merges its figures into bench/results.json): an ILL system POSTing `request`s to
// its library's gateway (ilr-gateway, a process of its own) on one nats-server, with the
// policy service (a process) answering the agency lookup. The confirmation is synchronous:
// answered after the broker's ingress stream stored the LOAN_REQUEST and the gateway's
// transaction file took the record (an fsync). Measured: requests per second with a window
// of POSTs in flight, and the confirmation's p50/p99 at a fixed rate, each counted from the
// request's due time. Not measured here: the router, the supplier side (other figures of
// the run cover the relay).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { serialize, type AgencyId } from '@ilr/iso18626';
import { POLICY_SERVICE, connectNats, provision } from '@ilr/nats';
import { startNats } from '@ilr/testing';
import { ROOT, cpuSeconds, percentile as pct, rssMb } from './consortium.js';

const SAMPLE = join(ROOT, 'deploy', 'sample');
const REQUESTER = 'ma-kingston';
const SUPPLIER_AGENCY: AgencyId = { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'US-MA-CAR' };
const REQUESTER_AGENCY: AgencyId = { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'US-MA-KIN' };
/** Same length for every request id: the body is the template with the id replaced. */
const ID_PLACEHOLDER = 'bench-000000000000';

export interface GatewayBenchResult {
  http_requests_per_s: number;
  window: number;
  /** POSTs not answered 200 with an OK confirmation (saturation and fixed rate together). */
  errors: number;
  fixed_rate_per_s: number;
  confirmation_p50_ms: number;
  confirmation_p99_ms: number;
  confirmation_p999_ms: number;
  saturation_p50_ms: number;
  saturation_p99_ms: number;
  cpu_ms_per_request: { gateway: number; nats_server: number; policy: number };
  rss_mb_gateway: number;
  body_bytes: number;
  seconds: number;
  load_average: number[];
  cpus: number;
}

function spawnChild(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  process.once('exit', () => child.kill('SIGKILL'));
  return child;
}

const stopChild = (c: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGTERM');
    setTimeout(() => c.kill('SIGKILL'), 3000).unref();
  });

export async function runGatewayBench(opts: { seconds: number; window: number; rate: number; warmupSeconds: number }): Promise<GatewayBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-bench-gateway-'));
  const server = await startNats({ backend: 'local' });
  const nats = await connectNats({ servers: server.url, name: 'bench-gateway' });
  const children: ChildProcess[] = [];
  try {
    const entries = [...(await loadDirectoryFile(join(SAMPLE, 'directory.yaml'))), ...(await loadDirectoryFile(join(SAMPLE, 'gateways.yaml')))];
    await provision(nats, { replicas: 1, libraries: entries.map((e) => e.id) });
    const directory = await Directory.open(nats);
    for (const e of entries) await directory.put(e);

    const policy = spawnChild([join(ROOT, 'services/policy/dist/main.js')], { NATS_URL: server.url, ILR_LOG_LEVEL: 'warn' });
    children.push(policy);
    for (const until = Date.now() + 30_000; ; ) {
      if (await nats.requester().request(`$SRV.PING.${POLICY_SERVICE.name}`, '', { timeoutMs: 250 }).then(() => true, () => false)) break;
      if (Date.now() > until) throw new Error('the policy service did not answer within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }

    const config = join(dir, 'gateway.json');
    // No router runs: nothing is delivered, the ILL endpoint is never called.
    writeFileSync(config, JSON.stringify({ library: REQUESTER, nats: { servers: server.url }, stateDir: join(dir, 'state'), illEndpoint: 'http://127.0.0.1:9/iso18626', listen: { host: '127.0.0.1', port: 0 } }));
    const gateway = spawnChild([join(ROOT, 'services/gateway/dist/main.js'), '--config', config], { ILR_LOG_LEVEL: 'warn' });
    children.push(gateway);
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: gateway.stdout! }).on('line', (line) => {
        const m = /^gateway \S+: (http:\/\/\S+)$/.exec(line);
        if (m) resolve(m[1]!);
      });
      gateway.once('exit', (code) => reject(new Error(`ilr-gateway exited with ${code} before listening`)));
    });
    const target = new URL(url);

    const template = serialize({
      kind: 'request',
      request: {
        header: { requestingAgencyId: REQUESTER_AGENCY, supplyingAgencyId: SUPPLIER_AGENCY, multipleItemRequestId: '', timestamp: new Date().toISOString(), requestingAgencyRequestId: ID_PLACEHOLDER },
        bibliographicInfo: { supplierUniqueRecordId: 'LOANED', title: 'Moby-Dick; or, The Whale', author: 'Herman Melville' },
        serviceInfo: { requestType: 'New', serviceType: 'Loan' },
        patronInfo: { patronId: 'KIN-0042-7781', surname: 'Winslow', givenName: 'Abigail' },
      },
    });
    const agent = new Agent({ keepAlive: true, maxSockets: Math.max(opts.window, 64) });
    let seq = 0;
    let errors = 0;
    /** One POST; resolves when the confirmation has been read (OK or not). */
    const post = (): Promise<void> => {
      const id = `bench-${String(++seq).padStart(12, '0')}`;
      const body = template.replace(ID_PLACEHOLDER, id);
      return new Promise((resolve) => {
        const req = httpRequest(
          { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              if (res.statusCode !== 200 || !Buffer.concat(chunks).toString('utf8').includes('<messageStatus>OK</messageStatus>')) errors++;
              resolve();
            });
          },
        );
        req.on('error', () => (errors++, resolve()));
        req.end(body);
      });
    };
    const fixedLoad = async (rate: number, seconds: number): Promise<number[]> => {
      const latencies: number[] = [];
      const total = Math.round(rate * seconds);
      const inFlight: Promise<void>[] = [];
      const start = performance.now();
      const dueAt = (n: number) => start + (n * 1000) / rate;
      for (let sent = 0; sent < total; ) {
        for (const now = performance.now(); sent < total && dueAt(sent) <= now; sent++) {
          const due = dueAt(sent);
          inFlight.push(post().then(() => void latencies.push(performance.now() - due)));
        }
        const wait = dueAt(sent) - performance.now();
        if (sent < total && wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      await Promise.all(inFlight);
      return latencies.sort((a, b) => a - b);
    };
    const pids = () => ({ gateway: gateway.pid, nats_server: server.pid, policy: policy.pid });
    const cpu = () => Object.fromEntries(Object.entries(pids()).map(([k, pid]) => [k, cpuSeconds(pid)])) as Record<'gateway' | 'nats_server' | 'policy', number>;

    await fixedLoad(Math.min(50, opts.rate), opts.warmupSeconds); // cold code and the agency cache, not measured
    errors = 0;

    // Saturation: a window of POSTs in flight, each refilled as its confirmation arrives.
    const before = cpu();
    const satLatencies: number[] = [];
    let done = 0;
    const satStart = performance.now();
    const until = satStart + opts.seconds * 1000;
    await Promise.all(
      Array.from({ length: opts.window }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          await post();
          satLatencies.push(performance.now() - t);
          done++;
        }
      }),
    );
    const elapsed = (performance.now() - satStart) / 1000;
    const after = cpu();
    const perRequest = (k: keyof typeof after) => Number((((after[k] - before[k]) * 1000) / done).toFixed(3));
    const rps = done / elapsed;
    satLatencies.sort((a, b) => a - b);

    // The synchronous confirmation at a fixed rate (below saturation on a shared machine).
    const rate = Math.max(1, Math.min(opts.rate, Math.round(rps / 2)));
    const fixed = await fixedLoad(rate, opts.seconds);
    const ms = (v: number) => Number(v.toFixed(2));
    agent.destroy();
    return {
      http_requests_per_s: Math.round(rps),
      window: opts.window,
      errors,
      fixed_rate_per_s: rate,
      confirmation_p50_ms: ms(pct(fixed, 50)),
      confirmation_p99_ms: ms(pct(fixed, 99)),
      confirmation_p999_ms: ms(pct(fixed, 99.9)),
      saturation_p50_ms: ms(pct(satLatencies, 50)),
      saturation_p99_ms: ms(pct(satLatencies, 99)),
      cpu_ms_per_request: { gateway: perRequest('gateway'), nats_server: perRequest('nats_server'), policy: perRequest('policy') },
      rss_mb_gateway: rssMb(gateway.pid),
      body_bytes: Buffer.byteLength(template),
      seconds: opts.seconds,
      load_average: loadavg().map((l) => Number(l.toFixed(2))),
      cpus: cpus().length,
    };
  } finally {
    for (const c of children.reverse()) await stopChild(c);
    await nats.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as printed rows. */
export function gatewayRows(g: GatewayBenchResult): Array<[string, string]> {
  return [
    ['gateway HTTP face, saturated', `${g.http_requests_per_s} requests/s, ${g.window} in flight (p50 ${g.saturation_p50_ms} ms, p99 ${g.saturation_p99_ms} ms)`],
    [`gateway confirmation at ${g.fixed_rate_per_s}/s`, `p50 ${g.confirmation_p50_ms} ms, p99 ${g.confirmation_p99_ms} ms, p99.9 ${g.confirmation_p999_ms} ms`],
    ['gateway CPU per request', `gateway ${g.cpu_ms_per_request.gateway} ms, nats-server ${g.cpu_ms_per_request.nats_server} ms; errors ${g.errors}`],
  ];
}

export const gatewayOptions = () => ({
  seconds: Number(process.env.BENCH_SECONDS ?? 5),
  window: Number(process.env.BENCH_GATEWAY_WINDOW ?? 16),
  rate: Number(process.env.BENCH_GATEWAY_RATE ?? 100),
  warmupSeconds: Math.min(3, Number(process.env.BENCH_WARMUP_SECONDS ?? 5)),
});

// `npm run bench:gateway`: this part alone, merged into bench/results.json.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log('ISO 18626 gateway benchmark: nats-server, the policy service and ilr-gateway...');
  const g = await runGatewayBench(gatewayOptions());
  const file = join(ROOT, 'bench', 'results.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...results, gateway: g }, null, 2)}\n`);
  for (const [k, v] of gatewayRows(g)) console.log(`  ${k.padEnd(38)} ${v}`);
  console.log(`  (${g.cpus} cores, load average ${g.load_average.join(' ')})\n  written: bench/results.json (gateway)`);
  process.exit(g.errors ? 1 : 0);
}
