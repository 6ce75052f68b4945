import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KV_BUCKETS,
  NatsSetupError,
  POLICY_SERVICE,
  ROUTER_CONSUMER,
  STREAMS,
  auditSubject,
  connectNats,
  deadLetterSubject,
  decisionSubject,
  deliverySubject,
  ensureLibraryConsumer,
  ensureStream,
  errorSubject,
  factsSubject,
  ingressSubject,
  kvStreamName,
  libraryConsumerName,
  nanosFromMs,
  opsSubject,
  provision,
  removeLibraryConsumer,
  replySubject,
  reviewSubject,
  type IlrNats,
} from '../src/index.js';

const DAY_NS = nanosFromMs(24 * 3600 * 1000);

describe('provision on a single server', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let conn: IlrNats;
  beforeAll(async () => {
    server = await startNats();
    conn = await connectNats({ servers: server.url, name: 'provision-test' });
  });
  afterAll(async () => {
    await conn?.close();
    await server?.stop();
  });

  it('creates everything once, and a second run changes nothing', async () => {
    const first = await provision(conn, { replicas: 1 });
    expect(Object.keys(first.streams).sort()).toEqual(Object.values(STREAMS).map((s) => s.name).sort());
    expect(Object.values(first.streams).every((a) => a === 'created')).toBe(true);
    expect(first.consumers).toEqual({ 'ILR_INGRESS/router': 'created', 'ILR_REVIEW/review-intake': 'created', 'ILR_DECISIONS/audit': 'created' });
    expect(first.kv).toEqual({ 'ilr-directory': 'created', 'ilr-review': 'created' });

    const jsm = await conn.jetstreamManager();
    const before = await Promise.all(Object.values(STREAMS).map(async (s) => (await jsm.streams.info(s.name)).config));
    const second = await provision(conn.nc, { replicas: 1 }); // a bare NatsConnection works too
    expect(Object.values(second.streams).every((a) => a === 'unchanged')).toBe(true);
    expect(Object.values(second.consumers).every((a) => a === 'unchanged')).toBe(true);
    expect(Object.values(second.kv).every((a) => a === 'unchanged')).toBe(true);
    const after = await Promise.all(Object.values(STREAMS).map(async (s) => (await jsm.streams.info(s.name)).config));
    expect(after).toEqual(before);
  });

  it('configures streams, consumers and buckets as the catalogue says', async () => {
    const jsm = await conn.jetstreamManager();
    const ingress = (await jsm.streams.info('ILR_INGRESS')).config;
    expect(ingress).toMatchObject({
      subjects: ['ilr.in.>'],
      retention: 'limits',
      storage: 'file',
      discard: 'new',
      duplicate_window: nanosFromMs(600_000),
      max_age: 7 * DAY_NS,
      num_replicas: 1,
    });
    const audit = (await jsm.streams.info('ILR_AUDIT')).config;
    expect(audit).toMatchObject({ deny_delete: true, deny_purge: true, max_msgs_per_subject: -1, max_age: 0, allow_rollup_hdrs: false });

    const router = (await jsm.consumers.info('ILR_INGRESS', 'router')).config;
    expect(router).toMatchObject({
      durable_name: 'router',
      ack_policy: 'explicit',
      deliver_policy: 'all',
      filter_subject: 'ilr.in.>',
      ack_wait: nanosFromMs(30_000),
      max_deliver: ROUTER_CONSUMER.maxDeliver,
      backoff: ROUTER_CONSUMER.backoffMs.map(nanosFromMs),
    });
    expect(router.deliver_subject).toBeUndefined(); // pull
    const auditor = (await jsm.consumers.info('ILR_DECISIONS', 'audit')).config;
    expect(auditor).toMatchObject({ filter_subject: 'ilr.decision.*', ack_policy: 'explicit', deliver_policy: 'all', max_deliver: -1 });

    // The router's claim: one copy of a <sender>.<message id> within 10 minutes.
    expect((await jsm.streams.info('ILR_INGRESS')).config.duplicate_window).toBe(nanosFromMs(10 * 60 * 1000));
    const directory = (await jsm.streams.info(kvStreamName(KV_BUCKETS.directory.bucket))).config;
    expect(directory).toMatchObject({ max_age: 0, max_msgs_per_subject: 5 });
  });

  it('captures each family in its stream', async () => {
    const js = conn.jetstream();
    const cases: [string, string][] = [
      [ingressSubject('mt-bozeman', 'ITEM_FOUND'), 'ILR_INGRESS'],
      [deliverySubject('or-multnomah', 'ITEM_FOUND'), 'ILR_DELIVERY'],
      [replySubject('mt-bozeman'), 'ILR_DELIVERY'],
      [errorSubject('mt-bozeman'), 'ILR_DELIVERY'],
      [decisionSubject('mt-bozeman'), 'ILR_DECISIONS'],
      [auditSubject('mt-bozeman'), 'ILR_AUDIT'],
      [reviewSubject('mt-bozeman'), 'ILR_REVIEW'],
      [deadLetterSubject('mt-bozeman'), 'ILR_DEADLETTER'],
    ];
    for (const [subject, stream] of cases) {
      const ack = await js.publish(subject, 'x');
      expect(ack.stream, subject).toBe(stream);
    }
  });

  it('does not capture request/reply subjects, which still work over core NATS', async () => {
    const jsm = await conn.jetstreamManager();
    const rr = [POLICY_SERVICE.subject, factsSubject('mt-bozeman'), opsSubject('library', 'add')];
    for (const subject of rr) {
      await expect(jsm.streams.find(subject), subject).rejects.toThrow(/no stream matches subject/);
    }
    const count = async (): Promise<number> => {
      let n = 0;
      for (const s of Object.values(STREAMS)) n += (await jsm.streams.info(s.name)).state.messages;
      return n;
    };
    const before = await count();

    const svc = await conn.services().add({ name: POLICY_SERVICE.name, version: '0.0.1', queue: POLICY_SERVICE.queue });
    svc.addEndpoint(POLICY_SERVICE.endpoint, {
      subject: POLICY_SERVICE.subject,
      queue: POLICY_SERVICE.queue,
      handler: (_err, msg) => msg.respond(`decided:${msg.string()}`),
    });
    const facts = conn.nc.subscribe(factsSubject('mt-bozeman'), { callback: (_e, m) => void m.respond('facts') });
    const ops = conn.nc.subscribe('ilr.ops.>', { callback: (_e, m) => void m.respond('ok') });

    expect((await conn.nc.request(POLICY_SERVICE.subject, 'q')).string()).toBe('decided:q');
    expect((await conn.nc.request(factsSubject('mt-bozeman'), 'q')).string()).toBe('facts');
    expect((await conn.nc.request(opsSubject('library', 'add'), 'q')).string()).toBe('ok');
    // A JetStream publish to a request subject finds no stream to answer it.
    facts.unsubscribe();
    await expect(conn.jetstream().publish(factsSubject('mt-bozeman'), 'x', { timeout: 1000 })).rejects.toThrow();
    ops.unsubscribe();
    await svc.stop();
    expect(await count()).toBe(before);
  });

  it('gives each library a consumer that sees only its own deliveries', async () => {
    const jsm = await conn.jetstreamManager();
    expect(await ensureLibraryConsumer(jsm, 'lib-a')).toBe('created');
    expect(await ensureLibraryConsumer(jsm, 'lib-a')).toBe('unchanged');
    expect(await ensureLibraryConsumer(jsm, 'lib-b')).toBe('created');
    await expect(ensureLibraryConsumer(jsm, 'lib.c')).rejects.toThrow(NatsSetupError);

    const js = conn.jetstream();
    await js.publish(deliverySubject('lib-a', 'ITEM_FOUND'), 'a1');
    await js.publish(deliverySubject('lib-b', 'ITEM_FOUND'), 'b1');
    await js.publish(replySubject('lib-a'), 'a-reply');
    await js.publish(errorSubject('lib-b'), 'b-error');
    await js.publish(deliverySubject('lib-ab', 'ITEM_FOUND'), 'ab1'); // a prefix of no one

    const drain = async (lib: string): Promise<string[]> => {
      const c = await js.consumers.get('ILR_DELIVERY', libraryConsumerName(lib));
      const out: string[] = [];
      const batch = await c.fetch({ max_messages: 10, expires: 1000 });
      for await (const m of batch) {
        out.push(`${m.subject}=${m.string()}`);
        m.ack();
      }
      return out;
    };
    expect(await drain('lib-a')).toEqual(['ilr.out.lib-a.item_found=a1', 'ilr.out.lib-a.reply=a-reply']);
    expect(await drain('lib-b')).toEqual(['ilr.out.lib-b.item_found=b1', 'ilr.out.lib-b.error=b-error']);

    expect(await removeLibraryConsumer(jsm, 'lib-b')).toBe(true);
    expect(await removeLibraryConsumer(jsm, 'lib-b')).toBe(false);
  });

  it('ensures delivery consumers for the libraries it is given, and one review intake for all', async () => {
    const report = await provision(conn, { libraries: ['mt-bozeman', 'or-multnomah'] });
    expect(report.consumers).toEqual({
      'ILR_DELIVERY/deliver-mt-bozeman': 'created',
      'ILR_DELIVERY/deliver-or-multnomah': 'created',
      'ILR_INGRESS/router': 'unchanged',
      'ILR_REVIEW/review-intake': 'unchanged',
      'ILR_DECISIONS/audit': 'unchanged',
    });
    const jsm = await conn.jetstreamManager();
    const intake = (await jsm.consumers.info('ILR_REVIEW', 'review-intake')).config;
    expect(intake).toMatchObject({ filter_subject: 'ilr.review.*', ack_policy: 'explicit', max_deliver: -1 });
  });

  it('puts drifted configs back where the server allows it', async () => {
    const jsm = await conn.jetstreamManager();
    await jsm.streams.update('ILR_DECISIONS', { max_age: DAY_NS, description: 'hand-edited' });
    await jsm.consumers.update('ILR_INGRESS', 'router', { max_deliver: 20, max_ack_pending: 5 });
    await jsm.streams.update('ILR_INGRESS', { duplicate_window: nanosFromMs(2 * 60 * 1000) });
    await jsm.streams.update(kvStreamName('ilr-review'), { max_age: DAY_NS });

    const report = await provision(conn);
    expect(report.streams['ILR_DECISIONS']).toBe('updated');
    expect(report.streams['ILR_INGRESS']).toBe('updated');
    expect(report.streams['ILR_DELIVERY']).toBe('unchanged');
    expect(report.consumers['ILR_INGRESS/router']).toBe('updated');
    expect(report.kv['ilr-review']).toBe('updated');
    expect((await jsm.streams.info('ILR_DECISIONS')).config).toMatchObject({ max_age: 30 * DAY_NS, description: STREAMS.decisions.description });
    expect((await jsm.consumers.info('ILR_INGRESS', 'router')).config).toMatchObject({ max_deliver: 10, max_ack_pending: 1000 });
    expect((await jsm.streams.info(kvStreamName('ilr-review'))).config.max_age).toBe(nanosFromMs(KV_BUCKETS.review.ttlMs));
    expect((await jsm.streams.info('ILR_INGRESS')).config.duplicate_window).toBe(nanosFromMs(10 * 60 * 1000));

    const again = await provision(conn);
    expect([...Object.values(again.streams), ...Object.values(again.consumers), ...Object.values(again.kv)]).not.toContain('updated');
  });

  it('explains a change the server cannot make in place', async () => {
    const jsm = await conn.jetstreamManager();
    const err = await ensureStream(jsm, { ...STREAMS.audit, denyDelete: false }, 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NatsSetupError);
    expect((err as NatsSetupError).code).toBe('PROVISION');
    expect((err as Error).message).toMatch(/ILR_AUDIT: cannot update \[deny_delete\]/);
  });

  it('refuses deletes and purges on the audit stream', async () => {
    const jsm = await conn.jetstreamManager();
    const ack = await conn.jetstream().publish(auditSubject('mt-bozeman'), 'entry');
    await expect(jsm.streams.deleteMessage('ILR_AUDIT', ack.seq)).rejects.toThrow();
    await expect(jsm.streams.purge('ILR_AUDIT')).rejects.toThrow();
    expect((await jsm.streams.getMessage('ILR_AUDIT', { seq: ack.seq }))?.string()).toBe('entry');
  });

  it('drops a duplicate publish with the same Nats-Msg-Id', async () => {
    const js = conn.jetstream();
    const subject = ingressSubject('mt-bozeman', 'ITEM_FOUND');
    const first = await js.publish(subject, 'once', { msgID: '01HXDEDUPE' });
    const second = await js.publish(subject, 'once', { msgID: '01HXDEDUPE' });
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(second.seq).toBe(first.seq);
  });

  it('refuses replicas the server cannot give, with a clear error', async () => {
    await expect(provision(conn, { replicas: 0 })).rejects.toThrow(/replicas must be 1..5/);
    const err = await ensureStream(await conn.jetstreamManager(), { ...STREAMS.ingress, name: 'ILR_R3_TEST', subjects: ['r3test.>'] }, 3).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NatsSetupError);
    expect((err as Error).message).toMatch(/^stream ILR_R3_TEST: .*replicas/i);
  });
});
