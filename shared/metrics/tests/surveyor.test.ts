// natsSurveyorMetrics against a real nats-server: surveyor's names and label names, one
// bounded survey per scrape, durable consumers only, admin-only streams left out.
import { connectNats, provision, STREAMS, ROUTER_CONSUMER, type IlrNats } from '@ilr/nats';
import { AckPolicy } from '@nats-io/jetstream';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIlrMetrics, natsSurveyorMetrics, parseMetrics, SURVEYOR_CONSUMER_LABELS, SURVEYOR_STREAM_LABELS, type Sample } from '../src/index.js';

describe('natsSurveyorMetrics', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  beforeAll(async () => {
    server = await startNats();
    nats = await connectNats({ servers: server.url });
    await provision(nats, { replicas: 1, libraries: ['mt-bozeman', 'wi-madison'] });
    const js = nats.jetstream();
    for (let i = 0; i < 3; i++) await js.publish('ilr.in.wi-madison.patron_inquiry', new Uint8Array(100), { msgID: `wi-madison.m-${i}` });
    await js.publish('ilr.decision.mt-bozeman', new Uint8Array(10));
  });
  afterAll(async () => {
    await nats?.close();
    await server?.stop();
  });

  const scrape = async (opts: { adminStreams?: boolean } = {}): Promise<Sample[]> => {
    const m = createIlrMetrics('console');
    natsSurveyorMetrics(await nats.jetstreamManager(), { registry: m.registry, account: 'ILR', ...opts });
    return parseMetrics(await m.registry.metrics());
  };
  const find = (samples: Sample[], name: string, labels: Record<string, string>) =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

  it('exports stream and consumer state under surveyor names and labels', async () => {
    const samples = await scrape();
    const ingress = find(samples, 'nats_stream_total_messages', { stream: STREAMS.ingress.name });
    expect(ingress?.value).toBe(3);
    expect(Object.keys(ingress!.labels).sort()).toEqual([...SURVEYOR_STREAM_LABELS].sort());
    expect(ingress!.labels['account']).toBe('ILR');
    expect(ingress!.labels['server_name']).not.toBe('');
    expect(ingress!.labels['stream_leader']).toBe(ingress!.labels['server_name']);
    expect(find(samples, 'nats_stream_total_bytes', { stream: STREAMS.ingress.name })!.value).toBeGreaterThan(300);
    expect(find(samples, 'nats_stream_last_seq', { stream: STREAMS.ingress.name })!.value).toBe(3);

    const router = find(samples, 'nats_consumer_num_pending', { stream: STREAMS.ingress.name, consumer_name: ROUTER_CONSUMER.durable });
    expect(router?.value).toBe(3);
    expect(Object.keys(router!.labels).sort()).toEqual([...SURVEYOR_CONSUMER_LABELS].sort());
    for (const name of ['nats_consumer_num_ack_pending', 'nats_consumer_num_redelivered', 'nats_consumer_num_waiting', 'nats_consumer_ack_floor_stream_seq']) {
      expect(find(samples, name, { consumer_name: ROUTER_CONSUMER.durable })?.value, name).toBe(0);
    }
    expect(find(samples, 'nats_consumer_num_pending', { consumer_name: 'deliver-mt-bozeman' })?.value).toBe(0);
    expect(find(samples, 'nats_up', {})?.value).toBe(1);
  });

  it('follows the streams from one scrape to the next, and counts a pull waiting', async () => {
    const jsm = await nats.jetstreamManager();
    const m = createIlrMetrics('console');
    natsSurveyorMetrics(jsm, { registry: m.registry, cacheMs: 0 });
    const consumer = await nats.jetstream().consumers.get(STREAMS.ingress.name, ROUTER_CONSUMER.durable);
    const batch = await consumer.fetch({ max_messages: 1, expires: 5000 });
    for await (const msg of batch) msg.nak(60_000);
    const after = parseMetrics(await m.registry.metrics());
    expect(find(after, 'nats_consumer_num_ack_pending', { consumer_name: ROUTER_CONSUMER.durable })?.value).toBe(1);
    expect(find(after, 'nats_consumer_num_pending', { consumer_name: ROUTER_CONSUMER.durable })?.value).toBe(2);
    await nats.jetstream().publish('ilr.in.wi-madison.patron_inquiry', new Uint8Array(1), { msgID: 'wi-madison.m-9' });
    const again = parseMetrics(await m.registry.metrics());
    expect(find(again, 'nats_stream_total_messages', { stream: STREAMS.ingress.name })?.value).toBe(4);
  });

  it('leaves out ephemeral consumers and, unless asked for admins, the streams that count gagged items', async () => {
    const jsm = await nats.jetstreamManager();
    const ephemeral = await jsm.consumers.add(STREAMS.ingress.name, { ack_policy: AckPolicy.None, inactive_threshold: 60_000_000_000 });
    expect(ephemeral.config.durable_name).toBeUndefined();
    const samples = await scrape();
    const consumerNames = new Set(samples.filter((s) => s.name === 'nats_consumer_num_pending').map((s) => s.labels['consumer_name']));
    expect(consumerNames.has(ROUTER_CONSUMER.durable)).toBe(true);
    expect(consumerNames.has(ephemeral.name)).toBe(false);
    const streams = new Set(samples.filter((s) => s.name === 'nats_stream_total_messages').map((s) => s.labels['stream']));
    for (const admin of [STREAMS.review.name, STREAMS.decisions.name, STREAMS.audit.name, 'KV_ilr-review']) expect(streams.has(admin), admin).toBe(false);
    const all = await scrape({ adminStreams: true });
    expect(find(all, 'nats_stream_total_messages', { stream: STREAMS.decisions.name })?.value).toBe(1);
  });

  it('reports nats_up 0 and no stream series when JetStream cannot be read', async () => {
    const other = await connectNats({ servers: server.url });
    const jsm = await other.jetstreamManager();
    await other.close();
    const m = createIlrMetrics('console');
    natsSurveyorMetrics(jsm, { registry: m.registry });
    const samples = parseMetrics(await m.registry.metrics());
    expect(find(samples, 'nats_up', {})?.value).toBe(0);
    expect(samples.some((s) => s.name === 'nats_stream_total_messages')).toBe(false);
  });
});
