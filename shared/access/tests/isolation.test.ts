// Invariant 4 at the NATS level, against the GENERATED configuration (single.conf +
// auth.conf from AccessStore.writeConfigs: the broker's account, one account per library),
// on nats-server 2.9: a library publishes only as itself, reads only its own deliveries,
// and reaches nothing else, reply subjects included; the broker's users have only their
// own powers; rotation has no gap; a revoked library is cut off by a reload.
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Directory } from '@ilr/directory';
import { zLibraryEntry } from '@ilr/policy';
import {
  AUDIT_SERVICE,
  KV_BUCKETS,
  POLICY_SERVICE,
  REVIEW_SERVICE,
  ROUTER_SERVICE,
  STREAMS,
  SUBJECTS,
  auditSubject,
  connectNats,
  deadLetterSubject,
  decisionSubject,
  deliverySubject,
  ensureLibraryConsumer,
  factsSubject,
  ingressSubject,
  kvStreamName,
  libraryConsumerName,
  libraryInboxPrefix,
  provision,
  replySubject,
  reviewOpsFilter,
  reviewOpsSubject,
  reviewSubject,
  reviewerInboxPrefix,
  type IlrNats,
} from '@ilr/nats';
import { startNats, waitUntil, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '@ilr/wire';
import { AccessStore, LIBRARY_JS_API_PREFIX, MAX_PAYLOAD, OPERATOR_PRINCIPAL, reloadNatsServer, reviewerPrincipal, servicePrincipal } from '../src/index.js';
import { connectAs, tempDir, type Client } from './helpers.js';

const A = 'lib-a';
const B = 'lib-b';
const DIRECTORY = KV_BUCKETS.directory.bucket;
const SEED = /SU[A-Z2-7]{56}/;

describe('isolation under the generated nats-server configuration', { timeout: 60_000 }, () => {
  const tmp = tempDir('ilr-isolation-');
  let store: AccessStore;
  let server: NatsServerHandle;
  let operator: Client;
  let router: Client;
  let libA: Client;
  let libB: Client;
  const clients: Client[] = [];
  const as = async (name: string, seedFile?: string): Promise<Client> => {
    const c = await connectAs(store, server.url, name, seedFile);
    clients.push(c);
    return c;
  };
  /** A request the server must refuse: the client sees an error, the server reports the violation. */
  const requestDenied = async (c: Client, subject: string, body = ''): Promise<void> => {
    await expect(c.nats.nc.request(subject, body, { timeout: 1000 })).rejects.toThrow();
    await c.denied('Publish', subject);
  };
  const publishDenied = async (c: Client, subject: string): Promise<void> => {
    c.nats.nc.publish(subject, 'x');
    await c.denied('Publish', subject);
  };
  const subscribeDenied = async (c: Client, subject: string): Promise<void> => {
    c.nats.nc.subscribe(subject);
    await c.denied('Subscription', subject);
  };
  const stored = async (nats: IlrNats, stream: string, subject: string): Promise<string | null> =>
    (await (await nats.jetstreamManager()).streams.getMessage(stream, { last_by_subj: subject }))?.string() ?? null;

  beforeAll(async () => {
    store = await AccessStore.open(tmp.dir, { deployment: { storeDir: join(tmp.dir, 'jetstream') } });
    await store.ensureBroker();
    await store.addLibrary(A);
    await store.addLibrary(B);
    await store.addReviewer(A, 'director');
    await store.writeConfigs();
    server = await startNats({ configFile: join(store.natsDir, 'single.conf') });

    operator = await as(OPERATOR_PRINCIPAL);
    await provision(operator.nats, { libraries: [A, B] });
    const directory = await Directory.open(operator.nats);
    for (const id of [A, B]) {
      await directory.put(zLibraryEntry.parse({ id, name: id, jurisdiction: 'US-MT', signingKeys: store.principal(id)!.keys.map((k) => k.publicKey) }));
    }
    router = await as(servicePrincipal('router'));
    const rjs = router.nats.jetstream();
    await rjs.publish(deliverySubject(A, 'ITEM_FOUND'), 'for-a');
    await rjs.publish(deliverySubject(B, 'ITEM_FOUND'), 'for-b');
    const audit = await as(servicePrincipal('audit'));
    await audit.nats.jetstream().publish(auditSubject(A), 'audit-entry-a');

    libA = await as(A);
    libB = await as(B);
  });

  afterAll(async () => {
    for (const c of clients) await c.nats.nc.close().catch(() => undefined);
    await server?.stop();
    tmp.remove();
  });

  it('lets a library publish as itself only', async () => {
    const js = libA.nats.jetstream();
    expect((await js.publish(ingressSubject(A, 'ITEM_FOUND'), 'mine')).stream).toBe(STREAMS.ingress.name);
    // The largest envelope the wire allows passes the server's max_payload, headers included.
    expect(libA.nats.nc.info?.max_payload).toBe(MAX_PAYLOAD);
    expect((await js.publish(ingressSubject(A, 'ITEM_FOUND'), new Uint8Array(MAX_MESSAGE_BYTES), { msgID: 'a-largest' })).duplicate).toBe(false);
    await js.publish(ingressSubject(A, 'ITEM_FOUND'), 'mine', { msgID: 'a-last' });

    await expect(js.publish(ingressSubject(B, 'ITEM_FOUND'), 'forged', { timeout: 1000 })).rejects.toThrow();
    await libA.denied('Publish', ingressSubject(B, 'ITEM_FOUND'));
    expect(await stored(operator.nats, STREAMS.ingress.name, ingressSubject(B, 'ITEM_FOUND'))).toBeNull();
    expect(await stored(operator.nats, STREAMS.ingress.name, ingressSubject(A, 'ITEM_FOUND'))).toBe('mine');

    // Nor as the broker: deliveries, replies, decisions, reviews, dead letters, audit, requests.
    for (const subject of [
      deliverySubject(B, 'ITEM_FOUND'),
      replySubject(B),
      decisionSubject(A),
      reviewSubject(A),
      deadLetterSubject(A),
      auditSubject(A),
      factsSubject(B),
      'ilr.svc.policy',
      reviewOpsSubject(A, 'director', 'list'),
    ]) {
      await publishDenied(libA, subject);
    }
  });

  it('lets every library ask the agency lookup, read-only, and opens nothing else of the broker', async () => {
    // The policy service's endpoint, as its own user: it answers the directory's agency map.
    const policy = await as(servicePrincipal('policy'));
    const asked: string[] = [];
    const answer = JSON.stringify({ agencies: { 'ISIL:US-A': A, 'ISIL:US-B': B } });
    const sub = policy.nats.nc.subscribe(SUBJECTS.agencies, { callback: (_e, m) => void (asked.push(m.string()), m.respond(answer)) });
    await policy.nats.nc.flush();
    for (const lib of [libA, libB]) {
      expect((await lib.nats.nc.request(SUBJECTS.agencies, '{}', { timeout: 2000 })).string()).toBe(answer);
    }
    expect(asked).toEqual(['{}', '{}']);
    // Read-only: a library cannot serve the lookup (answer for the broker), nor reach past it.
    await subscribeDenied(libA, SUBJECTS.agencies);
    await subscribeDenied(libA, 'ilr.svc.>');
    for (const subject of [`${SUBJECTS.agencies}.more`, 'ilr.svc.*', SUBJECTS.policy]) await publishDenied(libA, subject);
    // Its answers come back to the asker only: a reply subject of lib-b's stays in lib-a's account.
    const toB: string[] = [];
    const bInbox = `${libraryInboxPrefix(B)}.lookup`;
    const bSub = libB.nats.nc.subscribe(bInbox, { callback: (_e, m) => void toB.push(m.string()) });
    await libB.nats.nc.flush();
    libA.nats.nc.publish(SUBJECTS.agencies, '{}', { reply: bInbox });
    await libA.nats.nc.flush();
    await waitUntil('the redirected request served', async () => (asked.length === 3 ? true : undefined), { timeoutMs: 5000 });
    expect((await libB.nats.nc.request(SUBJECTS.agencies, '{}', { timeout: 2000 })).string()).toBe(answer);
    expect(toB).toEqual([]);
    bSub.unsubscribe();
    sub.unsubscribe();
  });

  it('refuses a library every subscription but its own inbox and fact lookups', async () => {
    for (const subject of ['>', 'ilr.>', 'ilr.in.>', 'ilr.out.lib-b.>', 'ilr.audit.>', '_INBOX.>', `${libraryInboxPrefix(B)}.>`, `$KV.${DIRECTORY}.>`, '$JS.>']) {
      await subscribeDenied(libA, subject);
    }
  });

  it('lets a library read its own deliveries and not another library’s', async () => {
    const js = libA.nats.jetstream();
    const mine = await js.consumers.get(STREAMS.delivery.name, libraryConsumerName(A));
    const got: string[] = [];
    for await (const m of await mine.fetch({ max_messages: 1, expires: 5000 })) {
      got.push(m.string());
      await m.ackAck();
    }
    expect(got).toEqual(['for-a']);
    const mineInfo = await (await operator.nats.jetstreamManager()).consumers.info(STREAMS.delivery.name, libraryConsumerName(A));
    expect([mineInfo.num_pending, mineInfo.num_ack_pending]).toEqual([0, 0]);

    await expect(js.consumers.get(STREAMS.delivery.name, libraryConsumerName(B))).rejects.toThrow();
    await libA.denied('Publish', `${LIBRARY_JS_API_PREFIX}.CONSUMER.INFO.${STREAMS.delivery.name}.${libraryConsumerName(B)}`);
    await requestDenied(libA, `${LIBRARY_JS_API_PREFIX}.CONSUMER.MSG.NEXT.${STREAMS.delivery.name}.${libraryConsumerName(B)}`, JSON.stringify({ batch: 1 }));
    await requestDenied(libA, `$JS.API.CONSUMER.MSG.NEXT.${STREAMS.delivery.name}.${libraryConsumerName(B)}`, JSON.stringify({ batch: 1 }));
    // Around the consumer: an ephemeral consumer of its own, direct reads of the stream.
    await requestDenied(libA, `$JS.API.CONSUMER.CREATE.${STREAMS.delivery.name}`, JSON.stringify({ config: { filter_subject: 'ilr.out.lib-b.>' } }));
    await requestDenied(libA, `$JS.API.STREAM.MSG.GET.${STREAMS.delivery.name}`, JSON.stringify({ seq: 2 }));
    await requestDenied(libA, `$JS.API.DIRECT.GET.${STREAMS.delivery.name}`, JSON.stringify({ seq: 2 }));
    const jsm = await operator.nats.jetstreamManager();
    expect((await jsm.consumers.info(STREAMS.delivery.name, libraryConsumerName(B))).num_pending).toBe(1);
  });

  it('gives a library no way into the broker through reply subjects: its answers stay in its own account', async () => {
    const jsm = await operator.nats.jetstreamManager();
    const streams = [STREAMS.ingress.name, STREAMS.delivery.name, STREAMS.audit.name, STREAMS.decisions.name, STREAMS.review.name];
    const count = async () => Promise.all(streams.map(async (n) => (await jsm.streams.info(n)).state.messages));

    // Why: in the broker's account a reply subject is a way to write anywhere. A consumer
    // info request (the router's own) answered to ilr.decision.lib-b is stored in ILR_DECISIONS.
    const decisions = async () => (await jsm.streams.info(STREAMS.decisions.name)).state.messages;
    const beforeRouter = await decisions();
    router.nats.nc.publish(`$JS.API.CONSUMER.INFO.${STREAMS.ingress.name}.router`, '', { reply: decisionSubject(B) });
    await router.nats.nc.flush();
    await waitUntil('the answer stored in ILR_DECISIONS', async () => ((await decisions()) > beforeRouter ? true : undefined), { timeoutMs: 5000 });

    // A library tries the same with everything it may send: the answers go to its own account.
    const targets = [factsSubject(B), ingressSubject(B, 'ITEM_FOUND'), deliverySubject(B, 'ITEM_FOUND'), auditSubject(B), decisionSubject(B), reviewSubject(B)];
    const rjs = router.nats.jetstream();
    for (let i = 0; i < targets.length; i++) await rjs.publish(deliverySubject(A, 'ITEM_FOUND'), `redirected-${i}`);
    const before = await count();
    const served = await jsm.consumers.info(STREAMS.delivery.name, libraryConsumerName(A));
    const toB: string[] = [];
    const sub = libB.nats.nc.subscribe(factsSubject(B), { callback: (_e, m) => void (toB.push(m.string()), m.respond('{}')) });
    await libB.nats.nc.flush();
    const next = `${LIBRARY_JS_API_PREFIX}.CONSUMER.MSG.NEXT.${STREAMS.delivery.name}.${libraryConsumerName(A)}`;
    const info = `${LIBRARY_JS_API_PREFIX}.CONSUMER.INFO.${STREAMS.delivery.name}.${libraryConsumerName(A)}`;
    for (const target of targets) {
      libA.nats.nc.publish(next, JSON.stringify({ batch: 1 }), { reply: target });
      libA.nats.nc.publish(info, '', { reply: target });
      libA.nats.nc.publish(ingressSubject(A, 'ITEM_FOUND'), 'mine', { reply: target });
    }
    // One more request on the same connection: once it is answered, the server has handled the others.
    const mine = await (await libA.nats.jetstream().consumers.get(STREAMS.delivery.name, libraryConsumerName(A))).info();
    // A pull whose reply subject has no listener in lib-a's account is not served at all.
    expect([mine.num_pending, mine.num_ack_pending, mine.delivered.consumer_seq]).toEqual([served.num_pending, 0, served.delivered.consumer_seq]);
    expect(mine.num_pending).toBeGreaterThanOrEqual(targets.length);
    // Nothing reached the broker's streams but lib-a's own six ingress messages, nor lib-b.
    const after = await count();
    expect(after).toEqual(before.map((n, i) => (streams[i] === STREAMS.ingress.name ? n + targets.length : n)));
    await (await as(servicePrincipal('policy'))).nats.nc.request(factsSubject(B), 'sentinel', { timeout: 2000 });
    expect(toB).toEqual(['sentinel']);
    sub.unsubscribe();
  });

  it('keeps a library out of the audit stream', async () => {
    const s = STREAMS.audit.name;
    await requestDenied(libA, `$JS.API.STREAM.INFO.${s}`);
    await requestDenied(libA, `$JS.API.STREAM.MSG.GET.${s}`, JSON.stringify({ last_by_subj: auditSubject(A) }));
    await requestDenied(libA, `$JS.API.DIRECT.GET.${s}.${auditSubject(A)}`);
    await requestDenied(libA, `$JS.API.CONSUMER.CREATE.${s}`, JSON.stringify({ config: { filter_subject: auditSubject(A) } }));
    await requestDenied(libA, `$JS.API.STREAM.PURGE.${s}`);
    expect(await stored(operator.nats, s, auditSubject(A))).toBe('audit-entry-a');
  });

  it('keeps a library out of the directory and every other bucket; the directory holds no secret', async () => {
    for (const bucket of [DIRECTORY, KV_BUCKETS.review.bucket]) {
      const stream = kvStreamName(bucket);
      await requestDenied(libA, `$JS.API.STREAM.MSG.GET.${stream}`, JSON.stringify({ last_by_subj: `$KV.${bucket}.${B}` }));
      await requestDenied(libA, `$JS.API.DIRECT.GET.${stream}.$KV.${bucket}.${B}`);
      await requestDenied(libA, `$JS.API.CONSUMER.CREATE.${stream}`, JSON.stringify({ config: { filter_subject: `$KV.${bucket}.>` } }));
      await requestDenied(libA, `$KV.${bucket}.${A}`, '{"id":"lib-a","name":"mine now"}');
    }
    for (const api of ['$JS.API.INFO', '$JS.API.STREAM.NAMES', '$JS.API.STREAM.CREATE.MINE', `$JS.API.STREAM.DELETE.${STREAMS.ingress.name}`]) {
      await requestDenied(libA, api);
    }
    // What the directory does hold about a library is public: its signing keys, no seed.
    const entry = await (await Directory.open(operator.nats)).get(B);
    expect(entry?.signingKeys).toEqual([store.principal(B)!.keys[0]!.publicKey]);
    expect(JSON.stringify(entry)).not.toMatch(SEED);
    // The seeds live in the store only, readable by its owner alone.
    expect(statSync(store.seedFile(B)).mode & 0o777).toBe(0o600);
    expect(statSync(store.keysDir).mode & 0o777).toBe(0o700);
  });

  it("lets a library's director ask its own review queue in its own role only, answered on its own inbox", async () => {
    // The review service's side: its own user, answering whatever reaches ilr.ops.review.>.
    const review = await as(servicePrincipal('review'));
    const served: string[] = [];
    const sub = review.nats.nc.subscribe(reviewOpsFilter('*', 'director'), {
      callback: (e, m) => {
        if (e) return;
        served.push(m.subject);
        m.respond('{"items":[]}');
      },
    });
    await review.nats.nc.flush();
    const name = reviewerPrincipal(A, 'director');
    expect(store.principal(name)?.kind).toBe('reviewer');
    const director = await connectNats({ servers: server.url, name, credentials: { seedFile: store.seedFile(name) }, inboxPrefix: reviewerInboxPrefix(A, 'director') });
    try {
      expect((await director.nc.request(reviewOpsSubject(A, 'director', 'list'), '{}', { timeout: 2000 })).string()).toBe('{"items":[]}');
      expect(served).toEqual([reviewOpsSubject(A, 'director', 'list')]);
      // Not another library's queue, not another role, nothing else of the broker, no other inbox.
      const watched = await connectAs(store, server.url, name);
      clients.push(watched);
      for (const subject of [reviewOpsSubject(B, 'director', 'list'), reviewOpsSubject(A, 'records-custodian', 'list'), reviewOpsSubject(A, 'operator', 'list'), SUBJECTS.policy, ingressSubject(A, 'ITEM_FOUND'), '$JS.API.INFO']) {
        await publishDenied(watched, subject);
      }
      await subscribeDenied(watched, '_INBOX.>');
      await subscribeDenied(watched, `${reviewerInboxPrefix(B, 'director')}.>`);
      expect(served).toHaveLength(1);
    } finally {
      sub.unsubscribe();
      await director.close();
    }
    // No reviewer for a library without credentials here.
    await expect(store.addReviewer('lib-unknown', 'director')).rejects.toThrow(/not a library with credentials/);
  });

  it('gives the broker’s users only their own powers', async () => {
    await publishDenied(router, ingressSubject(A, 'ITEM_FOUND')); // the router never speaks as a library
    await publishDenied(router, auditSubject(A));
    await subscribeDenied(router, 'ilr.out.>');
    const policy = await as(servicePrincipal('policy'));
    await publishDenied(policy, deliverySubject(A, 'ITEM_FOUND'));
    await requestDenied(policy, `$KV.${DIRECTORY}.${A}`, '{}');
    const audit = await as(servicePrincipal('audit'));
    await publishDenied(audit, deliverySubject(A, 'ITEM_FOUND'));
    await requestDenied(audit, `$JS.API.STREAM.PURGE.${STREAMS.audit.name}`);
    // Operators manage the streams but never speak as a library, and never delete the audit log.
    await publishDenied(operator, ingressSubject(A, 'ITEM_FOUND'));
    await requestDenied(operator, `$JS.API.STREAM.DELETE.${STREAMS.audit.name}`);
    await requestDenied(operator, `$JS.API.STREAM.PURGE.${STREAMS.audit.name}`);
    await requestDenied(operator, reviewOpsSubject(A, 'director', 'approve'), '{}'); // legal process is the library's to decide
    const jsm = await operator.nats.jetstreamManager();
    expect((await jsm.streams.info(STREAMS.audit.name)).state.messages).toBe(1);
  });

  it('lets every broker service answer $SRV discovery (PING, INFO, STATS) to an operator, and only under its own name', async () => {
    const names = { router: ROUTER_SERVICE.name, policy: POLICY_SERVICE.name, review: REVIEW_SERVICE.name, audit: AUDIT_SERVICE.name } as const;
    const started: Array<{ stop(): Promise<null | Error> }> = [];
    for (const [service, name] of Object.entries(names)) {
      const c = await as(servicePrincipal(service as keyof typeof names));
      started.push(await c.nats.services().add({ name, version: '0.1.0' }));
      await c.nats.nc.flush();
    }
    const client = operator.nats.services().client({ strategy: 'timer', maxWait: 1000 });
    const pinged: string[] = [];
    for await (const id of await client.ping()) pinged.push(id.name);
    expect(pinged.sort()).toEqual(Object.values(names).sort());
    const stats: string[] = [];
    for await (const s of await client.stats(ROUTER_SERVICE.name)) stats.push(s.name);
    expect(stats).toEqual([ROUTER_SERVICE.name]);
    const info: string[] = [];
    for await (const i of await client.info(AUDIT_SERVICE.name)) info.push(i.name);
    expect(info).toEqual([AUDIT_SERVICE.name]);
    // The router's user may not answer discovery as another service.
    const router2 = await as(servicePrincipal('router'));
    await router2.nats.services().add({ name: POLICY_SERVICE.name, version: '0.1.0' }).catch(() => undefined);
    await router2.denied('Subscription', `$SRV.PING.${POLICY_SERVICE.name}`);
    for (const s of started) await s.stop();
  });

  it('rotates a key without a gap: both keys work until the rotation is finished', async () => {
    const oldSeed = join(tmp.dir, 'lib-a-old.nk');
    copyFileSync(store.seedFile(A), oldSeed);
    await store.rotate(A);
    await store.writeConfigs();
    await server.reload();
    const withNew = await as(A);
    await withNew.nats.jetstream().publish(ingressSubject(A, 'ITEM_FOUND'), 'new key');
    await libA.nats.jetstream().publish(ingressSubject(A, 'ITEM_FOUND'), 'old key, still valid');

    await store.finishRotation(A);
    await store.writeConfigs();
    await server.reload();
    expect(await libA.nats.nc.closed()).toBeInstanceOf(Error); // the old key's connection is cut
    await expect(as(A, oldSeed)).rejects.toMatchObject({ code: 'AUTH' });
    await withNew.nats.jetstream().publish(ingressSubject(A, 'ITEM_FOUND'), 'new key, after');
  });

  it('serves a library added while the server runs after the second reload (nats-server 2.9.10)', async () => {
    const C = 'lib-c';
    await store.addLibrary(C);
    await store.writeConfigs();
    await ensureLibraryConsumer(await operator.nats.jetstreamManager(), C);
    await reloadNatsServer(server.pid!, { monitorUrl: server.monitorUrl });
    // One reload admits the new account's user, but its imports are bound on the next one.
    const early = await as(C);
    await expect(early.nats.jetstream().publish(ingressSubject(C, 'ITEM_FOUND'), 'too early', { timeout: 2000 })).rejects.toThrow(/jetstream is not enabled/i);
    await reloadNatsServer(server.pid!, { monitorUrl: server.monitorUrl });
    expect((await early.nats.jetstream().publish(ingressSubject(C, 'ITEM_FOUND'), 'now')).stream).toBe(STREAMS.ingress.name);
    expect((await (await early.nats.jetstream().consumers.get(STREAMS.delivery.name, libraryConsumerName(C))).info()).name).toBe(libraryConsumerName(C));
    // ...and the libraries already there were served throughout.
    await libB.nats.jetstream().publish(ingressSubject(B, 'ITEM_FOUND'), 'b carries on');
  });

  it('revokes a library: reloading cuts its connection and refuses the next one; other connections carry on', async () => {
    const seed = join(tmp.dir, 'lib-b-revoked.nk');
    copyFileSync(store.seedFile(B), seed);
    const other = await as(A);
    await store.revokeLibrary(B);
    await store.writeConfigs();
    // What `ilr libraries revoke --reload <pid>` does; it returns once the reload is done.
    expect(await reloadNatsServer(server.pid!, { monitorUrl: server.monitorUrl })).toBe(server.pid);
    expect(String(await libB.nats.nc.closed())).toMatch(/authorization/i);
    await expect(as(B, seed)).rejects.toMatchObject({ code: 'AUTH' });
    await other.nats.jetstream().publish(ingressSubject(A, 'ITEM_FOUND'), 'still here');
    expect(other.errors()).toEqual([]);
  });
});
