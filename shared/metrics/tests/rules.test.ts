// deploy/prometheus/ilr-rules.yml: the shape Prometheus loads (groups of rules with alert,
// expr, labels.severity, annotations), every metric an expr names is one ILR exports with
// the labels it selects on, and docs/OPERATIONS.md lists every metric and every alert.
import { readFileSync } from 'node:fs';
import type { JetStreamManager } from '@nats-io/jetstream';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createIlrMetrics, natsSurveyorMetrics } from '../src/index.js';

const ROOT = new URL('../../../', import.meta.url);
const rulesText = readFileSync(new URL('deploy/prometheus/ilr-rules.yml', ROOT), 'utf8');
const operations = readFileSync(new URL('docs/OPERATIONS.md', ROOT), 'utf8');

interface Rule {
  alert?: string;
  expr?: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** Every metric ILR exports, by name, with its label names (no collect: nothing is read). */
function exported(): Map<string, string[]> {
  const m = createIlrMetrics('all');
  void [m.router, m.policy, m.review, m.audit, m.connector, m.gateway];
  const nats = new Registry();
  natsSurveyorMetrics({} as JetStreamManager, { registry: nats });
  const out = new Map<string, string[]>();
  for (const r of [m.registry, nats]) {
    for (const metric of r.getMetricsAsArray()) out.set(metric.name, [...((metric as unknown as { labelNames?: string[] }).labelNames ?? [])]);
  }
  return out;
}

describe('deploy/prometheus/ilr-rules.yml', () => {
  const doc = parse(rulesText) as { groups: Array<{ name: string; rules: Rule[] }> };
  const rules = doc.groups.flatMap((g) => g.rules);
  const metrics = exported();

  it('has the shape Prometheus loads: named groups of alerts with expr, severity, summary and description', () => {
    expect(Object.keys(doc)).toEqual(['groups']);
    expect(doc.groups.length).toBeGreaterThan(0);
    for (const g of doc.groups) {
      expect(g.name).toMatch(/^[a-z][a-z0-9_-]*$/);
      for (const r of g.rules) {
        expect(Object.keys(r).filter((k) => !['alert', 'expr', 'for', 'labels', 'annotations'].includes(k)), r.alert).toEqual([]);
        expect(r.alert).toMatch(/^Ilr[A-Za-z]+$/);
        expect(typeof r.expr, r.alert).toBe('string');
        if (r.for !== undefined) expect(r.for, r.alert).toMatch(/^\d+[smh]$/);
        expect(['warning', 'critical']).toContain(r.labels?.['severity']);
        expect(r.annotations?.['summary'], r.alert).toBeTruthy();
        expect(r.annotations?.['description'], r.alert).toBeTruthy();
      }
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it('has the alerts an operator wants', () => {
    expect(rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining(['IlrIngressMaxDeliveriesReached', 'IlrLibraryOfflineWithDeliveriesWaiting', 'IlrFactsLookupsFailing', 'IlrAuditVerifyFailed']),
    );
  });

  it('names only metrics ILR exports, and selects only on their labels', () => {
    for (const r of rules) {
      const names = [...r.expr!.matchAll(/\b((?:ilr|nats)_[a-z0-9_]+)(\{[^}]*\})?/g)];
      expect(names.length, r.alert).toBeGreaterThan(0);
      for (const [, name, selector] of names) {
        const base = name!.replace(/_(bucket|count|sum)$/, '');
        const labels = metrics.get(name!) ?? metrics.get(base);
        expect(labels, `${r.alert}: ${name} is not an ILR metric`).toBeDefined();
        for (const [, label] of (selector ?? '').matchAll(/([a-z_]+)\s*=~?/g)) expect(labels, `${r.alert}: ${name} has no label ${label}`).toContain(label);
      }
      for (const [, label] of r.expr!.matchAll(/\b(?:by|on|ignoring)\s*\(([^)]*)\)/g)) {
        for (const l of label!.split(',').map((x) => x.trim())) expect([...metrics.values()].some((ls) => ls.includes(l)), `${r.alert}: by ${l}`).toBe(true);
      }
    }
  });

  it('is documented: docs/OPERATIONS.md lists every exported metric and every alert', () => {
    for (const name of metrics.keys()) expect(operations, name).toContain(`\`${name}\``);
    for (const r of rules) expect(operations, r.alert).toContain(r.alert!);
  });
});
