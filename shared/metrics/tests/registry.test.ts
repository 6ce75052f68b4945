// The registry factory and its families: lazily registered per component, cached children,
// label values bounded (a free-form value is `other`, so is every series past the cap).
import { Counter, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createIlrMetrics, Family, OTHER, parseMetrics, safeLabel } from '../src/index.js';

describe('createIlrMetrics', () => {
  it('registers only the families of the components a service uses, with its service info', async () => {
    const m = createIlrMetrics('router');
    m.router.messages.child('mt-bozeman', 'PATRON_INQUIRY', 'REFUSE').inc();
    m.router.deliveries.inc();
    const samples = parseMetrics(await m.registry.metrics());
    const names = new Set(samples.map((s) => s.name));
    expect(names.has('ilr_messages_total')).toBe(true);
    expect(names.has('ilr_router_deliveries_total')).toBe(true);
    expect(names.has('ilr_handle_duration_seconds_count')).toBe(true);
    expect([...names].some((n) => n.startsWith('ilr_audit_') || n.startsWith('ilr_policy_decisions'))).toBe(false);
    expect(samples.find((s) => s.name === 'ilr_service_info')).toEqual({ name: 'ilr_service_info', labels: { service: 'router' }, value: 1 });
    expect(samples.find((s) => s.name === 'ilr_messages_total')).toEqual({
      name: 'ilr_messages_total',
      labels: { sender: 'mt-bozeman', kind: 'PATRON_INQUIRY', outcome: 'REFUSE' },
      value: 1,
    });
  });

  it('keeps one registry per service: two in one process do not share a number', async () => {
    const a = createIlrMetrics('router');
    const b = createIlrMetrics('router');
    a.router.deliveries.inc(3);
    void b.router;
    const of = async (m: typeof a) => parseMetrics(await m.registry.metrics()).find((s) => s.name === 'ilr_router_deliveries_total')?.value;
    expect(await of(a)).toBe(3);
    expect(await of(b)).toBe(0);
  });

  it('adds the process metrics only when asked', async () => {
    const plain = parseMetrics(await createIlrMetrics('audit').registry.metrics());
    expect(plain.some((s) => s.name.startsWith('process_'))).toBe(false);
    const withDefaults = parseMetrics(await createIlrMetrics('audit', { defaultMetrics: true }).registry.metrics());
    expect(withDefaults.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
  });
});

describe('Family', () => {
  const family = (max?: number) => {
    const registry = new Registry();
    const c = new Counter({ name: 't_total', help: 't', labelNames: ['library', 'code'], registers: [registry] });
    return { registry, f: new Family(c, ['library', 'code'], max) };
  };

  it('returns the same child for the same values (no allocation per increment beyond lookups)', () => {
    const { f } = family();
    expect(f.child('mt-bozeman', 'BAD_SIGNATURE')).toBe(f.child('mt-bozeman', 'BAD_SIGNATURE'));
    expect(f.child('mt-bozeman', 'BAD_SIGNATURE')).not.toBe(f.child('wi-madison', 'BAD_SIGNATURE'));
  });

  it('turns a value that is not a short identifier into `other`', async () => {
    const { f, registry } = family();
    f.child('Maria Garcia', 'card 21234000045678').inc();
    f.child('x'.repeat(65), 'STALE').inc();
    const labels = parseMetrics(await registry.metrics()).map((s) => s.labels);
    expect(labels).toEqual([
      { library: OTHER, code: OTHER },
      { library: OTHER, code: 'STALE' },
    ]);
    expect(safeLabel(undefined)).toBe(OTHER);
    expect(safeLabel('US-MT@2026.1.0')).toBe(OTHER);
    expect(safeLabel('US-MT')).toBe('US-MT');
  });

  it('counts combinations past the cap under `other`, so a family stays bounded', async () => {
    const { f, registry } = family(3);
    for (let i = 0; i < 10; i++) f.child(`lib-${i}`, 'STALE').inc();
    const samples = parseMetrics(await registry.metrics());
    expect(samples).toHaveLength(4);
    expect(samples.find((s) => s.labels['library'] === OTHER)).toEqual({ name: 't_total', labels: { library: OTHER, code: OTHER }, value: 7 });
  });
});

describe('parseMetrics', () => {
  it('reads names, escaped label values and numbers, and names a line it cannot read', () => {
    expect(parseMetrics('# HELP a b\na_total{x="q\\"uote",y="n\\\\l"} 2\nb 1.5e3\nc +Inf\n')).toEqual([
      { name: 'a_total', labels: { x: 'q"uote', y: 'n\\l' }, value: 2 },
      { name: 'b', labels: {}, value: 1500 },
      { name: 'c', labels: {}, value: Infinity },
    ]);
    expect(() => parseMetrics('{broken')).toThrow(/not a sample line: \{broken/);
  });
});
