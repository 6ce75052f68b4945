import { describe, expect, it } from 'vitest';
import {
  KV_BUCKETS,
  NatsSetupError,
  ADVISORY_SUBJECTS,
  CONSOLE_ACTION_SUBJECT,
  CONSOLE_HANDLED_FILTER,
  CONSOLE_VERIFY_SUBJECT,
  consoleHandledSubject,
  REQUEST_REPLY_SUBJECTS,
  REVIEW_INTAKE_CONSUMER,
  REVIEW_OPS_SUBJECTS,
  ROUTER_CONSUMER,
  STREAMS,
  SUBJECTS,
  auditSubject,
  consumerConfig,
  deadLetterSubject,
  decisionSubject,
  deliveryFilter,
  deliverySubject,
  errorSubject,
  factsSubject,
  ingressSubject,
  isLibraryId,
  kindSubjectToken,
  libraryConsumer,
  libraryConsumerName,
  libraryPermissions,
  librarySubjectToken,
  opsSubject,
  parseDeliverySubject,
  parseIngressSubject,
  parseLibrarySubject,
  parseReviewOpsSubject,
  replySubject,
  reviewOpsFilter,
  reviewOpsSubject,
  reviewSubject,
  reviewerInboxPrefix,
  reviewerPermissions,
  streamConfig,
  subjectsOverlap,
} from '../src/index.js';

const BAD_IDS: unknown[] = ['a.b', '*', '>', 'mt.*', 'a>', 'MT-Bozeman', 'Mt', '', '-lead', 'a b', 'a_b', 'ü', 'x'.repeat(64), undefined, null, 42];

describe('librarySubjectToken', () => {
  it.each(['mt-bozeman', 'or-multnomah', 'a', '0', 'lib-2', 'x'.repeat(63)])('accepts %s', (id) => {
    expect(librarySubjectToken(id)).toBe(id);
    expect(isLibraryId(id)).toBe(true);
  });

  it.each(BAD_IDS)('rejects %j', (id) => {
    expect(() => librarySubjectToken(id)).toThrow(NatsSetupError);
    expect(isLibraryId(id)).toBe(false);
    try {
      librarySubjectToken(id);
    } catch (e) {
      expect((e as NatsSetupError).code).toBe('INVALID_TOKEN');
    }
  });

  it('guards every subject and name builder', () => {
    for (const build of [
      (id: string) => ingressSubject(id, 'ITEM_FOUND'),
      (id: string) => deliverySubject(id, 'ITEM_FOUND'),
      replySubject,
      errorSubject,
      deliveryFilter,
      decisionSubject,
      auditSubject,
      reviewSubject,
      deadLetterSubject,
      factsSubject,
      libraryConsumerName,
      libraryPermissions,
    ]) {
      for (const bad of ['a.b', '*', '>', 'UPPER', '']) expect(() => build(bad)).toThrow(NatsSetupError);
    }
  });
});

describe('kinds', () => {
  it('lower-cases message kinds and rejects anything that is not one token', () => {
    expect(kindSubjectToken('ITEM_FOUND')).toBe('item_found');
    expect(kindSubjectToken('item_found')).toBe('item_found');
    for (const bad of ['item.found', '*', '>', '', '1abc', 'a-b', 'a b']) expect(() => kindSubjectToken(bad)).toThrow(NatsSetupError);
  });

  it('keeps reply and error for the broker', () => {
    expect(() => deliverySubject('mt-bozeman', 'reply')).toThrow(/reserved/);
    expect(() => deliverySubject('mt-bozeman', 'ERROR')).toThrow(/reserved/);
  });
});

describe('subjects', () => {
  it('builds every family', () => {
    expect(ingressSubject('mt-bozeman', 'ITEM_FOUND')).toBe('ilr.in.mt-bozeman.item_found');
    expect(deliverySubject('or-multnomah', 'HOLD_PICKUP')).toBe('ilr.out.or-multnomah.hold_pickup');
    expect(replySubject('mt-bozeman')).toBe('ilr.out.mt-bozeman.reply');
    expect(errorSubject('mt-bozeman')).toBe('ilr.out.mt-bozeman.error');
    expect(deliveryFilter('mt-bozeman')).toBe('ilr.out.mt-bozeman.>');
    expect(decisionSubject('mt-bozeman')).toBe('ilr.decision.mt-bozeman');
    expect(auditSubject('mt-bozeman')).toBe('ilr.audit.mt-bozeman');
    expect(reviewSubject('mt-bozeman')).toBe('ilr.review.mt-bozeman');
    expect(deadLetterSubject('mt-bozeman')).toBe('ilr.dlq.mt-bozeman');
    expect(factsSubject('mt-bozeman')).toBe('ilr.facts.mt-bozeman');
    expect(opsSubject('library', 'add')).toBe('ilr.ops.library.add');
    expect(() => opsSubject()).toThrow(NatsSetupError);
    expect(() => opsSubject('a.b')).toThrow(NatsSetupError);
    expect(() => opsSubject('>')).toThrow(NatsSetupError);
  });

  it('parses ingress subjects back', () => {
    expect(parseIngressSubject('ilr.in.mt-bozeman.item_found')).toEqual({ sender: 'mt-bozeman', kind: 'item_found' });
    expect(parseIngressSubject(ingressSubject('or-multnomah', 'LEGAL_PROCESS'))).toEqual({
      sender: 'or-multnomah',
      kind: 'legal_process',
    });
    for (const bad of [
      'ilr.in.mt-bozeman',
      'ilr.in.mt-bozeman.item_found.extra',
      'ilr.out.mt-bozeman.item_found',
      'ilr.in.MT.item_found',
      'ilr.in.*.item_found',
      'ilr.in.mt-bozeman.>',
      'ilr.in.mt-bozeman.ITEM_FOUND',
      'x.in.mt-bozeman.item_found',
      '',
    ]) {
      expect(() => parseIngressSubject(bad)).toThrow(NatsSetupError);
    }
  });

  it('builds review requests with the home and the role as subject tokens, and parses them back', () => {
    expect(reviewOpsSubject('mt-bozeman', 'director', 'approve')).toBe('ilr.ops.review.mt-bozeman.director.approve');
    expect(reviewOpsSubject('ma-duxbury', 'records-custodian', 'list')).toBe('ilr.ops.review.ma-duxbury.records-custodian.list');
    expect(parseReviewOpsSubject('ilr.ops.review.mt-bozeman.operator.show')).toEqual({ home: 'mt-bozeman', role: 'operator', action: 'show' });
    expect(() => reviewOpsSubject('mt-bozeman', 'janitor' as never, 'list')).toThrow(NatsSetupError);
    expect(() => reviewOpsSubject('mt-bozeman', 'director', 'purge' as never)).toThrow(NatsSetupError);
    expect(() => reviewOpsSubject('*', 'director', 'list')).toThrow(NatsSetupError);
    for (const bad of ['ilr.ops.review.mt-bozeman.janitor.list', 'ilr.ops.review.*.director.list', 'ilr.ops.review.a.director', 'ilr.ops.review.a.director.list.x', 'ilr.ops.review.a.director.purge']) {
      expect(() => parseReviewOpsSubject(bad), bad).toThrow(NatsSetupError);
    }
    expect(reviewOpsFilter('mt-bozeman', 'director')).toBe('ilr.ops.review.mt-bozeman.director.*');
    expect(reviewOpsFilter('*', 'operator')).toBe('ilr.ops.review.*.operator.*');
    // The service hears every request; a director's filter matches no other home's or role's.
    expect(subjectsOverlap(REVIEW_OPS_SUBJECTS, reviewOpsSubject('a', 'operator', 'list'))).toBe(true);
    expect(subjectsOverlap(reviewOpsFilter('a', 'director'), reviewOpsSubject('b', 'director', 'list'))).toBe(false);
    expect(subjectsOverlap(reviewOpsFilter('a', 'records-custodian'), reviewOpsSubject('a', 'director', 'approve'))).toBe(false);
    // A reviewer's inbox is outside every library's inbox (a library may be called "review").
    expect(reviewerInboxPrefix('mt-bozeman', 'director')).toBe('_ILR_REVIEW_INBOX.mt-bozeman.director');
  });

  it('parses delivery and per-library subjects back', () => {
    expect(parseDeliverySubject('ilr.out.mt-bozeman.reply')).toEqual({ recipient: 'mt-bozeman', kind: 'reply' });
    expect(parseDeliverySubject(deliverySubject('a', 'ITEM_FOUND'))).toEqual({ recipient: 'a', kind: 'item_found' });
    expect(() => parseDeliverySubject('ilr.in.a.item_found')).toThrow(NatsSetupError);
    expect(parseLibrarySubject('audit', auditSubject('mt-bozeman'))).toBe('mt-bozeman');
    expect(parseLibrarySubject('dlq', 'ilr.dlq.x-1')).toBe('x-1');
    expect(() => parseLibrarySubject('audit', 'ilr.decision.mt-bozeman')).toThrow(NatsSetupError);
    expect(() => parseLibrarySubject('review', 'ilr.review.a.b')).toThrow(NatsSetupError);
  });

  it('knows when subject patterns overlap', () => {
    expect(subjectsOverlap('a.>', 'a.b.c')).toBe(true);
    expect(subjectsOverlap('a.*', 'a.b')).toBe(true);
    expect(subjectsOverlap('a.*', 'a.b.c')).toBe(false);
    expect(subjectsOverlap('a.>', 'a')).toBe(false);
    expect(subjectsOverlap('a.b', 'a.c')).toBe(false);
    expect(subjectsOverlap('*.b', 'a.*')).toBe(true);
    expect(subjectsOverlap('>', 'x')).toBe(true);
  });

  it('keeps request/reply subjects disjoint from every stream subject, and streams disjoint from each other', () => {
    const streamSubjects = Object.values(STREAMS).flatMap((s) => s.subjects);
    for (const rr of REQUEST_REPLY_SUBJECTS) {
      for (const ss of streamSubjects) expect(subjectsOverlap(rr, ss), `${rr} vs ${ss}`).toBe(false);
    }
    for (const [i, a] of streamSubjects.entries()) {
      for (const b of streamSubjects.slice(i + 1)) expect(subjectsOverlap(a, b), `${a} vs ${b}`).toBe(false);
    }
    // KV buckets live under $KV.<bucket>.>, services under $SRV.>: also outside ilr.>.
    expect(SUBJECTS.policy).toBe('ilr.svc.policy');
  });
});

describe("operations' own streams", () => {
  it('puts handled marks, actions and verifications on ilr.console.> (ILR_CONSOLE), one subject per dead letter', () => {
    expect(consoleHandledSubject(1042)).toBe('ilr.console.handled.1042');
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => consoleHandledSubject(bad)).toThrow(NatsSetupError);
    for (const s of [consoleHandledSubject(7), CONSOLE_HANDLED_FILTER, CONSOLE_ACTION_SUBJECT, CONSOLE_VERIFY_SUBJECT]) {
      expect(subjectsOverlap(s, STREAMS.console.subjects[0]!), s).toBe(true);
    }
    expect(STREAMS.console.maxAgeMs).toBeGreaterThan(STREAMS.deadLetter.maxAgeMs); // a mark outlives what it marks
  });

  it('keeps the advisories worth keeping in ILR_EVENTS, never the consumer churn of ordered reads nor the API audit', () => {
    expect(STREAMS.events.subjects).toEqual(ADVISORY_SUBJECTS);
    expect(ADVISORY_SUBJECTS).toContain('$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.>');
    for (const churn of ['$JS.EVENT.ADVISORY.CONSUMER.CREATED.S.C', '$JS.EVENT.ADVISORY.CONSUMER.DELETED.S.C', '$JS.EVENT.ADVISORY.API']) {
      expect(ADVISORY_SUBJECTS.some((a) => subjectsOverlap(a, churn)), churn).toBe(false);
    }
    expect(streamConfig(STREAMS.events, 1)).toMatchObject({ max_msgs: 100_000, discard: 'old' });
  });
});

describe('streams and consumers', () => {
  it('configures every stream for file storage, Limits retention and discard new', () => {
    expect(Object.values(STREAMS).map((s) => s.name).sort()).toEqual(
      ['ILR_AUDIT', 'ILR_CONSOLE', 'ILR_DEADLETTER', 'ILR_DECISIONS', 'ILR_DELIVERY', 'ILR_EVENTS', 'ILR_INGRESS', 'ILR_REVIEW'].sort(),
    );
    for (const spec of Object.values(STREAMS)) {
      const c = streamConfig(spec, 3);
      // ILR_EVENTS alone drops its oldest advisory when full (a bounded record, not a queue).
      const discard = spec.name === 'ILR_EVENTS' ? 'old' : 'new';
      expect(c).toMatchObject({ storage: 'file', retention: 'limits', discard, num_replicas: 3, allow_rollup_hdrs: false });
      // 10 minutes on ingress (the router's claim, longer than the 5-minute replay window), 2 elsewhere.
      expect(c.duplicate_window).toBe(spec === STREAMS.ingress ? 600_000_000_000 : 120_000_000_000);
      if (c.max_age) expect(c.max_age).toBeGreaterThan(c.duplicate_window!);
    }
    expect(streamConfig(STREAMS.audit, 1)).toMatchObject({
      deny_delete: true,
      deny_purge: true,
      max_msgs_per_subject: -1,
      max_age: 0,
      subjects: ['ilr.audit.*'],
    });
  });

  it('gives the router an explicit-ack consumer with a backoff 2.9 accepts', () => {
    const c = consumerConfig(ROUTER_CONSUMER);
    expect(c).toMatchObject({ durable_name: 'router', ack_policy: 'explicit', filter_subject: 'ilr.in.>', ack_wait: 30e9 });
    expect(c.backoff![0]).toBe(c.ack_wait); // the server would replace ack_wait by backoff[0]
    expect(c.max_deliver!).toBeGreaterThan(c.backoff!.length);
  });

  it('names per-library consumers after the library and filters on its subjects', () => {
    expect(consumerConfig(libraryConsumer('mt-bozeman'))).toMatchObject({
      durable_name: 'deliver-mt-bozeman',
      filter_subject: 'ilr.out.mt-bozeman.>',
      max_deliver: -1,
    });
    expect(consumerConfig(libraryConsumer('a')).backoff).toBeUndefined();
  });

  it('gives the review service one intake consumer over every home, redelivered until acked', () => {
    expect(consumerConfig(REVIEW_INTAKE_CONSUMER)).toMatchObject({
      durable_name: 'review-intake',
      filter_subject: 'ilr.review.*',
      ack_policy: 'explicit',
      max_deliver: -1,
    });
  });

  it('rejects a backoff nats-server 2.9 would refuse', () => {
    expect(() => consumerConfig({ ...ROUTER_CONSUMER, maxDeliver: -1 })).toThrow(NatsSetupError);
    expect(() => consumerConfig({ ...ROUTER_CONSUMER, maxDeliver: ROUTER_CONSUMER.backoffMs.length })).toThrow(NatsSetupError);
    expect(() => consumerConfig({ ...ROUTER_CONSUMER, ackWaitMs: 5000 })).toThrow(NatsSetupError);
  });

  it('declares the KV buckets', () => {
    expect(KV_BUCKETS.directory.bucket).toBe('ilr-directory');
    expect(Object.keys(KV_BUCKETS).sort()).toEqual(['directory', 'review']);
    // Review outcomes outlive the items they decide: a decided item must never come back.
    expect(KV_BUCKETS.review.bucket).toBe('ilr-review');
    expect(KV_BUCKETS.review.ttlMs).toBeGreaterThan(STREAMS.review.maxAgeMs);
  });

  it('grants a reviewer its own home and role only, and an operator every queue', () => {
    expect(reviewerPermissions('mt-bozeman', 'records-custodian')).toEqual({
      publish: { allow: ['ilr.ops.review.mt-bozeman.records-custodian.*'] },
      subscribe: { allow: ['_ILR_REVIEW_INBOX.mt-bozeman.records-custodian.>'] },
      allow_responses: false,
    });
    expect(reviewerPermissions('*', 'operator').publish.allow).toEqual(['ilr.ops.review.*.operator.*']);
    expect(() => reviewerPermissions('a.b', 'director')).toThrow(NatsSetupError);
  });

  it('grants a library only its own subjects', () => {
    const p = libraryPermissions('mt-bozeman');
    const all = [...p.publish.allow, ...p.subscribe.allow];
    expect(all.every((s) => s.includes('mt-bozeman'))).toBe(true);
    expect(all.some((s) => s.includes('*'))).toBe(false);
    expect(p.publish.allow).toContain('ilr.in.mt-bozeman.>');
    expect(p.subscribe.allow).toContain('ilr.facts.mt-bozeman');
  });
});
