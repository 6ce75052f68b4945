// The console on a real stack: a nats-server, the streams and the sample directory, the
// real policy, router, review and audit services, a reference connector per sample library
// (each pulling its deliveries), and ilr-console listening on loopback with a director
// credential for Bozeman and Madison. Users: vera (viewer), olga (operator), adam (admin),
// dora (director of mt-bozeman), wade (director of wi-madison).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAuditService, type AuditService } from '@ilr/audit-service';
import { startConsole, type RunningConsole } from '@ilr/console';
import { startReferenceConnector, type ReferenceConnector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { connectNats, ingressSubject, provision, type IlrNats } from '@ilr/nats';
import { startPolicyService, type PolicyService } from '@ilr/policy-service';
import { startReviewService, type ReviewService } from '@ilr/review-service';
import { startRouter, type Router } from '@ilr/router';
import { REPO_ROOT, startNats, type NatsServerHandle } from '@ilr/testing';
import { encodeMessage, enumToWire } from '@ilr/wire';

export const PASSWORD = 'console test password';
export const SAMPLE = join(REPO_ROOT, 'deploy', 'sample');
const silent = createLogger('console-stack', { level: 'silent' });

export interface Stack {
  server: NatsServerHandle;
  nats: IlrNats;
  console: RunningConsole;
  connectors: Map<string, ReferenceConnector>;
  libraries: string[];
  stop(): Promise<void>;
}

export async function startStack(o: { flowIntervalMs?: number } = {}): Promise<Stack> {
  const server = await startNats();
  const nats = await connectNats({ servers: server.url, name: 'console-stack' });
  const entries = await loadDirectoryFile(join(SAMPLE, 'directory.yaml'));
  const libraries = entries.map((e) => e.id);
  await provision(nats, { libraries });
  const directory = await Directory.open(nats);
  for (const e of entries) await directory.put(e);
  const svc = await connectNats({ servers: server.url, name: 'services' });
  const policy: PolicyService = await startPolicyService({ nats: svc, logger: silent });
  const router: Router = await startRouter({ nats: svc, logger: silent });
  const review: ReviewService = await startReviewService({ nats: svc, logger: silent });
  const audit: AuditService = await startAuditService({ nats: svc, logger: silent });
  const connectors = new Map<string, ReferenceConnector>();
  await Promise.all(
    libraries.map(async (id) => {
      connectors.set(id, await startReferenceConnector({ library: id, servers: server.url, ilsFile: join(SAMPLE, 'ils', `${id}.json`), logger: silent, maintainEveryMs: 0 }));
    }),
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'ilr-console-stack-'));
  const consoleNats = await connectNats({ servers: server.url, name: 'ilr-console' });
  const running = await startConsole({
    nats: consoleNats,
    dataDir,
    port: 0,
    directors: new Map([
      ['mt-bozeman', { servers: server.url }],
      ['wi-madison', { servers: server.url }],
    ]),
    flowIntervalMs: o.flowIntervalMs ?? 1000,
    attentionEveryMs: 0, // tests read the overview fresh
    metrics: { host: '127.0.0.1', port: 0 },
    logger: silent,
  });
  const users = running.context.users;
  await users.add({ name: 'vera', role: 'viewer', password: PASSWORD });
  await users.add({ name: 'olga', role: 'operator', password: PASSWORD });
  await users.add({ name: 'adam', role: 'admin', password: PASSWORD });
  await users.add({ name: 'dora', role: 'director', library: 'mt-bozeman', password: PASSWORD });
  await users.add({ name: 'wade', role: 'director', library: 'wi-madison', password: PASSWORD });
  return {
    server,
    nats,
    console: running,
    connectors,
    libraries,
    stop: async () => {
      await running.close();
      await consoleNats.close();
      await Promise.all([...connectors.values()].map((c) => c.close()));
      await audit.stop();
      await review.stop();
      await router.stop();
      await policy.stop();
      await svc.close();
      await nats.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const connectorOf = (s: Stack, id: string) => s.connectors.get(id)!.connector;

/** An ITEM_FOUND from one library to another: relayed. */
export async function sendItemFound(s: Stack, from = 'mt-bozeman', to = 'wi-madison'): Promise<string> {
  const r = await connectorOf(s, from).send('ITEM_FOUND', to, { itemId: '39078091234567', owningLibrary: to, note: 'returned in our book drop' });
  return r.messageId;
}

/** Legal process served at a home library, through its own connector: held for review (a NSL is gagged). */
export async function serveLegalProcess(s: Stack, home: string, type: 'SEARCH_WARRANT' | 'NATIONAL_SECURITY_LETTER'): Promise<string> {
  const id = randomUUID();
  const federal = type === 'NATIONAL_SECURITY_LETTER';
  await connectorOf(s, home).send(
    'LEGAL_PROCESS',
    home,
    {
      process: { type: enumToWire('ProcessType', type), issuer: enumToWire('Issuer', federal ? 'FEDERAL' : 'STATE'), gag: federal, criminal: true },
      requester: { agency: enumToWire('Agency', federal ? 'FEDERAL_AGENCY' : 'POLICE') },
      purpose: enumToWire('Purpose', 'INVESTIGATION'),
      basis: enumToWire('LegalBasis', type),
      wants: ['IDENTITY', 'CIRCULATION'].map((w) => enumToWire('Want', w as 'IDENTITY')),
      lookup: { name: 'Olsen' },
      documentRef: federal ? 'NSL-2026-0042' : 'SW-2026-118',
    } as never,
    { messageId: id },
  );
  return id;
}

/** Bytes that are no envelope, published on a library's ingress subject: dead-lettered (DECODE). */
export async function sendGarbage(s: Stack, from = 'or-multnomah'): Promise<void> {
  await s.nats.jetstream().publish(ingressSubject(from, 'ITEM_FOUND'), new TextEncoder().encode('not a protobuf envelope at all'), { msgID: `${from}.garbage-${randomUUID()}` });
}

/** A well-formed envelope whose sender is not the subject's: dead-lettered, findable by id. */
export async function sendForged(s: Stack, subjectSender = 'or-multnomah', claimed = 'mt-bozeman'): Promise<string> {
  const id = `forged-${randomUUID()}`;
  const bytes = encodeMessage({ messageId: id, sender: claimed, recipient: 'wi-madison', kind: 'ITEM_FOUND', createdAt: Date.now() }, { itemId: '1', owningLibrary: 'wi-madison' } as never);
  await s.nats.jetstream().publish(ingressSubject(subjectSender, 'ITEM_FOUND'), bytes, { msgID: `${subjectSender}.${id}` });
  return id;
}
