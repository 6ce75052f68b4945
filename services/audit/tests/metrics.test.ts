// The audit writer's metrics and health: entries appended and the lag, the chain's last
// verification (1 when it verifies, 0 once an entry breaks it: IlrAuditVerifyFailed), the
// $SRV registration (ilr-audit answers PING), /readyz.
import { parseMetrics } from '@ilr/metrics';
import { AUDIT_SERVICE, auditSubject, type IlrNats } from '@ilr/nats';
import { Publisher } from '@ilr/outbound';
import type { Decision } from '@ilr/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuditService, type AuditService } from '../src/index.js';
import { eventually, provisionedServer, silent, type TestServer } from './helpers.js';

const refuse: Decision = {
  outcome: 'REFUSE',
  disclosed: [],
  basis: 'MATERIAL_RECOVERY',
  rules: ['no-library-recovery'],
  citations: [{ cite: 'MCA 22-1-1103', text: 'text', status: 'VERIFIED' }],
  pack: { id: 'US-MT', version: '2026.1.0' },
  decidedBy: 'mt-bozeman',
  reasonCode: 'NO_LEGAL_BASIS',
  screened: true,
};

describe('audit service metrics', { timeout: 60_000 }, () => {
  let t: TestServer;
  let client: IlrNats;
  let service: AuditService;
  const value = async (name: string): Promise<number | undefined> =>
    parseMetrics(await (await fetch(service.metricsUrl!)).text()).find((s) => s.name === name)?.value;

  beforeAll(async () => {
    t = await provisionedServer();
    client = await t.connect('client');
    service = await startAuditService({ nats: await t.connect('audit'), logger: silent, metrics: { port: 0 }, verifyEveryMs: 3_600_000 });
  });
  afterAll(async () => {
    await service?.stop();
    await t?.stop();
  });

  it('verifies the chain once started, counts what it appends and how late', async () => {
    await eventually(async () => (await value('ilr_audit_last_verify_ok')) === 1);
    expect(await value('ilr_audit_last_verify_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
    const publisher = new Publisher(client.jetstream());
    for (const id of ['m-1', 'm-2']) await publisher.decision(id, refuse, { kind: 'PATRON_INQUIRY', sender: 'wi-madison', recipient: 'mt-bozeman', patronTokens: [] });
    await eventually(async () => (await value('ilr_audit_appended_total')) === 2);
    const lag = await value('ilr_audit_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(60);
    const base = service.metricsUrl!.replace(/\/metrics$/, '');
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true, checks: { nats: true, consumer: true } });
  });

  it('answers $SRV discovery as ilr-audit', async () => {
    const names: string[] = [];
    for await (const s of await client.services().client({ strategy: 'timer', maxWait: 1000 }).ping(AUDIT_SERVICE.name)) names.push(s.name);
    expect(names).toEqual([AUDIT_SERVICE.name]);
  });

  it('reports a broken chain: ilr_audit_last_verify_ok 0', async () => {
    // Something that is not an entry of the chain, written straight into the audit stream.
    await client.jetstream().publish(auditSubject('mt-bozeman'), new TextEncoder().encode('{"forged":true}'));
    const report = await service.verifyNow();
    expect(report.ok).toBe(false);
    expect(await value('ilr_audit_last_verify_ok')).toBe(0);
  });
});
