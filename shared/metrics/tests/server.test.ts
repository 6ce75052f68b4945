// The metrics server: /metrics, /livez, /readyz on loopback and a free port by default.
import { afterEach, describe, expect, it } from 'vitest';
import { createIlrMetrics, metricsPortFromEnv, serveMetrics, startMetricsServer, type MetricsServer } from '../src/index.js';

describe('startMetricsServer', () => {
  const open: MetricsServer[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  it('serves /metrics in the Prometheus text format on 127.0.0.1 and a free port', async () => {
    const m = createIlrMetrics('policy');
    m.policy.decisions.child('REFUSE', 'US-MT').inc();
    const s = await startMetricsServer({ registry: m.registry });
    open.push(s);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(s.port).toBeGreaterThan(0);
    const res = await fetch(s.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await res.text()).toContain('ilr_policy_decisions_total{outcome="REFUSE",pack="US-MT"} 1');
  });

  it('answers /livez always and /readyz from the readiness checks (503 naming the one that fails)', async () => {
    let consumer = false;
    const s = await startMetricsServer({ registry: createIlrMetrics('router').registry, readiness: () => ({ nats: true, consumer }) });
    open.push(s);
    const base = s.url.replace(/\/metrics$/, '');
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ ready: false, checks: { nats: true, consumer: false } });
    consumer = true;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { nats: true, consumer: true } });
  });

  it('is not ready when the readiness callback throws, and refuses other paths and methods', async () => {
    const s = await startMetricsServer({
      registry: createIlrMetrics('audit').registry,
      readiness: () => {
        throw new Error('boom');
      },
    });
    open.push(s);
    const base = s.url.replace(/\/metrics$/, '');
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: false, checks: { readiness: false } });
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(s.url, { method: 'POST' })).status).toBe(405);
  });

  it('serveMetrics serves a service registry with its readiness; close() frees the port', async () => {
    const m = createIlrMetrics('review');
    const s = await serveMetrics(m, { port: 0 }, () => ({ nats: true }));
    expect(s.metrics).toBe(m);
    expect((await fetch(s.url)).status).toBe(200);
    await s.close();
    await expect(fetch(s.url)).rejects.toThrow();
  });
});

describe('metricsPortFromEnv', () => {
  it('defaults to a free port on loopback, reads ILR_METRICS_PORT/HOST, and `off` turns it off', () => {
    expect(metricsPortFromEnv({})).toEqual({ port: 0, defaultMetrics: true });
    expect(metricsPortFromEnv({ ILR_METRICS_PORT: '9464', ILR_METRICS_HOST: '0.0.0.0' })).toEqual({ port: 9464, host: '0.0.0.0', defaultMetrics: true });
    expect(metricsPortFromEnv({ ILR_METRICS_PORT: 'off' })).toBeUndefined();
    expect(() => metricsPortFromEnv({ ILR_METRICS_PORT: 'ninety' })).toThrow(/ILR_METRICS_PORT: not a port number or "off": "ninety"/);
  });
});
