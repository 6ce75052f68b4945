// Everything the canary test scans, gathered once the flows are done: every message of
// every stream on the server (KV buckets are streams too), the patron-fact lookups, the
// services' stats and NATS service info, the server's monitoring endpoints and log, and the
// files of each library's token vault.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STREAMS, parseDeliverySubject, parseLibrarySubject } from '@ilr/nats';
import type { IlrNats } from '@ilr/nats';
import { headersOf, idParts, type CanaryRelay } from './relay.js';
import type { Artifact } from './scanner.js';

export interface StoredMessage {
  stream: string;
  seq: number;
  subject: string;
  headers: Record<string, string[]>;
  data: Uint8Array;
}

/** Waits (polling: nothing announces it) until `done` holds, or fails naming what. */
export async function settle(what: string, done: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`${what}: not settled within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every decision audited, every review item taken in, every delivery taken by its library. */
export async function quiesce(relay: CanaryRelay): Promise<void> {
  const jsm = await relay.admin.jetstreamManager();
  const count = async (stream: string) => (await jsm.streams.info(stream)).state.messages;
  await settle('audit', async () => (await count(STREAMS.audit.name)) === (await count(STREAMS.decisions.name)));
  await settle('review intake', async () => relay.review.stats().received >= (await count(STREAMS.review.name)));
  await settle('deliveries taken', async () => {
    for (const library of relay.libraries) {
      const info = await jsm.consumers.info(STREAMS.delivery.name, `deliver-${library}`);
      if (info.num_pending > 0 || info.num_ack_pending > 0) return false;
    }
    return true;
  });
}

/** Every message of every stream on the server, in sequence order. */
export async function readAllStreams(nats: IlrNats): Promise<StoredMessage[]> {
  const jsm = await nats.jetstreamManager();
  const out: StoredMessage[] = [];
  for await (const name of jsm.streams.names()) {
    const { state } = await jsm.streams.info(name);
    for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(name, { seq }).catch(() => null);
      if (!m) continue; // deleted, or a KV value superseded and removed
      out.push({ stream: name, seq, subject: m.subject, headers: headersOf(m.header), data: new Uint8Array(m.data) });
    }
  }
  return out;
}

/** A stored message as something to scan: deliveries and review items know their message and library. */
export function streamArtifact(m: StoredMessage): Artifact {
  const a: Artifact = { where: `${m.stream} #${m.seq} ${m.subject}`, place: 'stream', stream: m.stream, subject: m.subject, data: m.data, headers: m.headers };
  if (m.stream === STREAMS.delivery.name) {
    a.library = parseDeliverySubject(m.subject).recipient;
    a.messageId = idParts(m)?.id;
  } else if (m.stream === STREAMS.review.name) {
    a.library = parseLibrarySubject('review', m.subject);
    a.messageId = (JSON.parse(new TextDecoder().decode(m.data)) as { messageId?: string }).messageId;
  }
  return a;
}

/** The patron-fact lookups each home library was sent. */
export function factsArtifacts(relay: CanaryRelay): Artifact[] {
  return relay.facts.seen.map((s, i) => ({
    where: `facts lookup #${i + 1} on ${s.subject}`,
    place: 'facts' as const,
    subject: s.subject,
    library: parseLibrarySubject('facts', s.subject),
    messageId: (JSON.parse(new TextDecoder().decode(s.data)) as { messageId?: string }).messageId,
    data: s.data,
  }));
}

/** Stats of the services in this process, NATS service stats and info, and the server's monitoring endpoints. */
export async function metricsArtifacts(relay: CanaryRelay): Promise<Artifact[]> {
  const out: Artifact[] = [];
  const add = (where: string, value: unknown) => out.push({ where, place: 'metrics', data: JSON.stringify(value) });
  add('router stats()', relay.router.stats());
  add('review service stats()', relay.review.stats());
  add('audit service stats()', relay.audit.stats());
  add('audit service position()', relay.audit.position());
  for (const [library, c] of relay.connectors) add(`connector ${library} stats()`, c.connector.stats());
  for (const [library, g] of relay.gateways) {
    add(`gateway ${library} stats`, g.gateway.gateway.stats);
    add(`gateway ${library} connector stats()`, g.gateway.connector.stats());
    const res = await fetch(g.gateway.url.replace(/\/iso18626$/, '/healthz'));
    add(`gateway ${library} GET /healthz`, await res.text());
  }
  const client = relay.admin.services().client();
  for (const verb of ['stats', 'info'] as const) {
    for await (const s of await client[verb]()) add(`NATS service ${verb} of ${(s as { name: string }).name}`, s);
  }
  for (const path of ['varz', 'connz?subs=1', 'subsz?subs=1', 'jsz?streams=1&consumers=1&config=1', 'accountz', 'healthz']) {
    const res = await fetch(`${relay.server.monitorUrl}/${path}`);
    add(`nats-server /${path}`, await res.text());
  }
  return out;
}

/** Every file of every library's token directory (keystore, ledger, journal, delivery floor). */
export function keysArtifacts(keysRoot: string): Artifact[] {
  const out: Artifact[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ where: `token vault file ${path.slice(keysRoot.length + 1)}`, place: 'keys', data: readFileSync(path) });
    }
  };
  walk(keysRoot);
  return out;
}

/** What each gateway library's ILL system received from its gateway: every message (XML) and every confirmation. */
export function illArtifacts(relay: CanaryRelay): Artifact[] {
  const out: Artifact[] = [];
  for (const [library, g] of relay.gateways) {
    g.ill.received.forEach((r, i) => out.push({ where: `${library}'s ILL system, message ${i + 1} (${r.message.kind})`, place: 'ill', library, data: r.xml }));
    out.push({ where: `${library}'s ILL system, the confirmations it was sent`, place: 'ill', library, data: JSON.stringify(g.ill.confirmations) });
  }
  return out;
}
