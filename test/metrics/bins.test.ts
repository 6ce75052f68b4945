// The bins serve metrics by default (ILR_METRICS_PORT unset: a free port on loopback,
// logged as `metrics` with its URL): ilr-router, ilr-policy, ilr-review and ilr-audit as
// their own processes against a real nats-server; `off` serves none.
import { fileURLToPath } from 'node:url';
import { parseMetrics } from '@ilr/metrics';
import { connectNats, provision } from '@ilr/nats';
import { startNats, startService, type NatsServerHandle, type ServiceProcess } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = (service: string) => fileURLToPath(new URL(`../../services/${service}/src/main.ts`, import.meta.url));
const METRICS_LINE = /"msg":"metrics"/;

let server: NatsServerHandle;
const running: ServiceProcess[] = [];
beforeAll(async () => {
  server = await startNats();
  const nats = await connectNats({ servers: server.url });
  await provision(nats, { libraries: ['mt-bozeman'] });
  await nats.close();
}, 60_000);
afterAll(async () => {
  for (const p of running) await p.stop();
  await server?.stop();
});

describe('the bins serve /metrics, /livez, /readyz', () => {
  it('on a free loopback port each, logged with its URL', async () => {
    const env = { NATS_URL: server.url, ILR_LOG_LEVEL: 'info', ILR_METRICS_PORT: undefined };
    const started = await Promise.all(
      ['router', 'policy', 'review', 'audit'].map(async (service) => {
        const p = await startService({ name: service, main: main(service), env, ready: METRICS_LINE, readyTimeoutMs: 120_000 });
        running.push(p);
        const line = p.logs().split('\n').find((l) => METRICS_LINE.test(l))!;
        return { service, url: (JSON.parse(line.slice(line.indexOf('{'))) as { url: string }).url };
      }),
    );
    for (const { service, url } of started) {
      expect(url, service).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const samples = parseMetrics(await (await fetch(url)).text());
      expect(samples, service).toContainEqual({ name: 'ilr_service_info', labels: { service }, value: 1 });
      // The bins add Node's process metrics.
      expect(samples.some((s) => s.name === 'process_cpu_user_seconds_total'), service).toBe(true);
      expect((await fetch(url.replace(/metrics$/, 'readyz'))).status, service).toBe(200);
    }
  }, 180_000);
});
