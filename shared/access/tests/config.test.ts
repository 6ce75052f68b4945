import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBJECTS, STREAMS, connectNats, subjectsOverlap } from '@ilr/nats';
import { findNatsServerBinary, startNats } from '@ilr/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AccessStore,
  BROKER_SERVICES,
  DEFAULT_DEPLOYMENT,
  ILR_ACCOUNT,
  MAX_PAYLOAD,
  OPERATOR_PRINCIPAL,
  auditProtection,
  clusterNodeFile,
  libraryAccount,
  libraryImports,
  libraryUserPermissions,
  operatorPermissions,
  consolePermissions,
  renderAuthConfig,
  renderClusterNodeConfig,
  renderSingleConfig,
  reviewItemBound,
  servicePermissions,
  type UserPermissions,
} from '../src/index.js';
import { tempDir } from './helpers.js';

const DEPLOY = join(import.meta.dirname, '..', '..', '..', 'deploy', 'nats');
const tmp = tempDir('ilr-config-');
afterAll(() => tmp.remove());

const subjectsOf = (p: UserPermissions): string[] => [...p.publish.allow, ...(p.publish.deny ?? []), ...p.subscribe.allow];

describe('the generated nats-server configuration', () => {
  it('is what deploy/nats/ holds (regenerate it from renderSingleConfig / renderClusterNodeConfig when this fails)', () => {
    expect(readFileSync(join(DEPLOY, 'single.conf'), 'utf8')).toBe(renderSingleConfig());
    DEFAULT_DEPLOYMENT.clusterRoutes.forEach((_, i) => {
      expect(readFileSync(join(DEPLOY, clusterNodeFile(i + 1)), 'utf8')).toBe(renderClusterNodeConfig(i + 1));
    });
  });

  it('is accepted by nats-server 2.9 (`-t`), single node and every cluster node, with the users of a real store', async () => {
    const store = await AccessStore.open(tmp.dir);
    await store.ensureBroker();
    await store.addLibrary('mt-bozeman');
    await store.rotate('mt-bozeman'); // two keys for one library
    await store.writeConfigs();
    const bin = findNatsServerBinary();
    for (const file of ['single.conf', ...DEFAULT_DEPLOYMENT.clusterRoutes.map((_, i) => clusterNodeFile(i + 1))]) {
      const r = spawnSync(bin, ['-c', join(store.natsDir, file), '-t'], { encoding: 'utf8' });
      expect(`${r.status} ${r.stderr}${r.stdout}`.trim(), file).toMatch(/^0 .*configuration file .* is valid$/);
    }
  });

  it('serves clients over TLS only when a certificate is configured', async () => {
    const dir = join(tmp.dir, 'tls');
    mkdirSync(dir, { recursive: true });
    const [cert, key] = [join(dir, 'server.pem'), join(dir, 'server-key.pem')];
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const store = await AccessStore.open(join(dir, 'store'), { deployment: { storeDir: join(dir, 'js') } });
    await expect(store.configure({ tlsCert: cert })).rejects.toMatchObject({ message: 'deployment tlsKey: tlsCert and tlsKey go together' });
    await store.configure({ tlsCert: cert, tlsKey: key });
    await store.ensureBroker();
    await store.writeConfigs();
    expect(readFileSync(join(store.natsDir, 'single.conf'), 'utf8')).toContain(`tls {\n  cert_file: ${JSON.stringify(cert)}`);
    const server = await startNats({ configFile: join(store.natsDir, 'single.conf') });
    try {
      const seedFile = store.seedFile(OPERATOR_PRINCIPAL);
      const tls = await connectNats({ servers: server.url, credentials: { seedFile }, connectionOptions: { tls: { caFile: cert } } });
      expect(tls.nc.info?.tls_required).toBe(true);
      await tls.close();
      await expect(connectNats({ servers: server.url, credentials: { seedFile }, connectionOptions: { tls: null }, timeoutMs: 2000 })).rejects.toThrow(/TLS/i);
    } finally {
      await server.stop();
    }
  });

  it('limits a message to what ILR sends at most: a review item carrying a 64 KiB envelope, plus headers', () => {
    expect(MAX_PAYLOAD).toBeGreaterThanOrEqual(reviewItemBound());
    expect(MAX_PAYLOAD).toBeLessThan(1024 * 1024); // the server's default, which it replaces
    expect(renderSingleConfig()).toContain(`max_payload: ${MAX_PAYLOAD}`);
  });
});

describe('the permission sets', () => {
  const everyone: Array<[string, UserPermissions]> = [
    ['library', libraryUserPermissions('mt-bozeman')],
    ['operator', operatorPermissions()],
    ['console', consolePermissions(['mt-bozeman'])],
    ...BROKER_SERVICES.map((s): [string, UserPermissions] => [s, servicePermissions(s)]),
  ];

  it('name only well-formed subjects (no empty token, `>` last)', () => {
    for (const [who, p] of everyone) {
      for (const s of subjectsOf(p)) {
        const tokens = s.split('.');
        expect(tokens.every((t) => t.length > 0) && tokens.slice(0, -1).every((t) => t !== '>'), `${who}: ${s}`).toBe(true);
      }
    }
  });

  it('let a library publish nothing that another library, the broker or the JetStream API owns', () => {
    const p = libraryUserPermissions('mt-bozeman');
    const foreign = [
      'ilr.in.wi-madison.>',
      SUBJECTS.delivery,
      SUBJECTS.decision,
      SUBJECTS.audit,
      SUBJECTS.review,
      SUBJECTS.deadLetter,
      SUBJECTS.policy,
      SUBJECTS.facts,
      SUBJECTS.ops,
      '$KV.>',
      '$JS.API.STREAM.>',
      '$JS.API.CONSUMER.CREATE.>',
      '$JS.API.CONSUMER.MSG.NEXT.ILR_DELIVERY.deliver-wi-madison',
      `$JS.ACK.${STREAMS.delivery.name}.deliver-wi-madison.>`,
    ];
    for (const allowed of p.publish.allow) {
      for (const f of foreign) expect(subjectsOverlap(allowed, f), `${allowed} / ${f}`).toBe(false);
    }
    for (const allowed of p.subscribe.allow) {
      for (const f of ['ilr.out.>', 'ilr.facts.wi-madison', '_ILR_INBOX.wi-madison.>', '_INBOX.>', SUBJECTS.audit]) {
        expect(subjectsOverlap(allowed, f), `${allowed} / ${f}`).toBe(false);
      }
    }
  });

  it('give each library an account that imports only its own ingress, consumer and acks, lent to it alone', () => {
    const auth = renderAuthConfig({ broker: [], libraries: [{ id: 'lib-a', users: [] }, { id: 'lib-b', users: [] }] });
    const exports = [...auth.matchAll(/\{ service: "([^"]+)", accounts: \["([^"]+)"\]/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(exports).toHaveLength(2 * 4 + 2);
    for (const [subject, account] of exports) {
      if (account === ILR_ACCOUNT) {
        expect(subject).toMatch(/^ilr\.facts\.lib-[ab]$/); // a library lends its fact lookups to the broker only
        continue;
      }
      const id = account === libraryAccount('lib-a') ? 'lib-a' : 'lib-b';
      expect(subject.includes(id) && !subject.includes(id === 'lib-a' ? 'lib-b' : 'lib-a'), `${subject} -> ${account}`).toBe(true);
    }
    for (const id of ['lib-a', 'lib-b']) {
      const imports = libraryImports(id);
      expect(imports.map((i) => i.subject)).toEqual([
        `ilr.in.${id}.>`,
        `$JS.API.CONSUMER.INFO.ILR_DELIVERY.deliver-${id}`,
        `$JS.API.CONSUMER.MSG.NEXT.ILR_DELIVERY.deliver-${id}`,
        `$JS.ACK.ILR_DELIVERY.deliver-${id}.>`,
      ]);
      // What its users may publish is exactly what is imported, under the local names.
      expect(libraryUserPermissions(id).publish.allow).toEqual([...imports.map((i) => i.local), SUBJECTS.agencies]);
      expect(auth).toContain(`{ service: { account: "${ILR_ACCOUNT}", subject: "${SUBJECTS.agencies}" } }`);
    }
  });

  it('export the read-only agency lookup once, to every library account and no other', () => {
    const shared = (auth: string) => [...auth.matchAll(/\{ service: "ilr\.svc\.agencies", accounts: \[([^\]]*)\] \}/g)].map((m) => m[1]);
    const three = ['lib-a', 'lib-b', 'lib-c'].map((id) => ({ id, users: [] }));
    expect(shared(renderAuthConfig({ broker: [], libraries: three }))).toEqual([three.map((l) => `"${libraryAccount(l.id)}"`).join(', ')]);
    // No library: no export at all (one with no accounts would be public).
    expect(shared(renderAuthConfig({ broker: [], libraries: [] }))).toEqual([]);
    expect(renderAuthConfig({ broker: [], libraries: [] })).not.toContain(SUBJECTS.agencies);
  });

  it('let no broker service publish as a library, and only the audit service write the audit log', () => {
    for (const s of BROKER_SERVICES) {
      const p = servicePermissions(s);
      expect(p.publish.allow.some((a) => subjectsOverlap(a, SUBJECTS.ingress)), s).toBe(false);
      expect(p.publish.allow.some((a) => subjectsOverlap(a, SUBJECTS.audit)), s).toBe(s === 'audit');
    }
    const op = operatorPermissions();
    expect(op.publish.allow.some((a) => subjectsOverlap(a, SUBJECTS.ingress) || subjectsOverlap(a, SUBJECTS.delivery))).toBe(false);
    expect(op.publish.deny).toEqual([...auditProtection(), 'ilr.ops.review.*.director.*', 'ilr.ops.review.*.records-custodian.*']);
  });

  it('let the console read and never change: no stream or durable management, no ack, no broker or library subject, no payload get of ingress, deliveries or review items', () => {
    const { allow, deny = [] } = consolePermissions(['mt-bozeman']).publish;
    // A concrete subject is allowed when an allow matches it and no deny does (nats-server's rule).
    const matches = (pattern: string, subject: string) => {
      const p = pattern.split('.');
      const t = subject.split('.');
      for (let i = 0; i < p.length; i++) {
        if (p[i] === '>') return t.length > i;
        if (t[i] === undefined || (p[i] !== '*' && p[i] !== t[i])) return false;
      }
      return p.length === t.length;
    };
    const may = (subject: string) => allow.some((a) => matches(a, subject)) && !deny.some((d) => matches(d, subject));
    for (const s of [
      '$JS.API.STREAM.CREATE.X', '$JS.API.STREAM.UPDATE.ILR_INGRESS', '$JS.API.STREAM.DELETE.ILR_AUDIT', '$JS.API.STREAM.PURGE.ILR_DEADLETTER',
      '$JS.API.STREAM.MSG.DELETE.ILR_DEADLETTER', '$JS.API.CONSUMER.DURABLE.CREATE.ILR_INGRESS.router', '$JS.API.CONSUMER.DELETE.ILR_INGRESS.router',
      '$JS.API.CONSUMER.MSG.NEXT.ILR_INGRESS.router', '$JS.API.CONSUMER.CREATE.ILR_INGRESS.router.ilr.in.>', '$JS.API.CONSUMER.DELETE.ILR_DECISIONS.audit',
      '$JS.API.CONSUMER.MSG.NEXT.ILR_DELIVERY.deliver-mt-bozeman', '$JS.API.CONSUMER.DELETE.ILR_REVIEW.review-intake', '$JS.ACK.ILR_INGRESS.router.1.1.1.1.1', '$JS.API.STREAM.MSG.GET.ILR_INGRESS',
      '$JS.API.DIRECT.GET.ILR_DELIVERY', '$JS.API.STREAM.MSG.GET.ILR_REVIEW', '$KV.ilr-directory.mt-bozeman', '$KV.ilr-review.outcome.mt-bozeman.m-1',
      'ilr.in.mt-bozeman.item_found', 'ilr.out.mt-bozeman.reply', 'ilr.decision.mt-bozeman', 'ilr.audit.mt-bozeman', 'ilr.review.mt-bozeman', 'ilr.dlq.mt-bozeman',
      'ilr.svc.policy', 'ilr.facts.mt-bozeman', 'ilr.ops.review.mt-bozeman.director.list', 'ilr.ops.review.mt-bozeman.operator.approve',
    ]) expect(may(s), s).toBe(false);
    for (const s of [
      '$JS.API.INFO', '$JS.API.STREAM.INFO.ILR_INGRESS', '$JS.API.CONSUMER.INFO.ILR_DELIVERY.deliver-mt-bozeman', '$JS.API.CONSUMER.LIST.ILR_DELIVERY',
      '$JS.API.STREAM.MSG.GET.ILR_DEADLETTER', '$JS.API.CONSUMER.CREATE.ILR_INGRESS.oc_1.ilr.in.mt-bozeman.>', '$JS.API.CONSUMER.MSG.NEXT.ILR_INGRESS.oc_1', 'ilr.console.handled.7', 'ilr.console.action',
      '$SRV.PING', 'ilr.ops.review.mt-bozeman.operator.list',
    ]) expect(may(s), s).toBe(true);
  });
});
