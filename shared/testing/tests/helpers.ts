import { connect, type NatsConnection } from '@nats-io/transport-node';

/**
 * The JetStream API over plain request/reply: keeps @ilr/testing's tests free of a
 * dependency on @nats-io/jetstream (the harness itself does not need it).
 */
export async function jsApi<T = Record<string, unknown>>(nc: NatsConnection, subject: string, body?: unknown): Promise<T> {
  const msg = await nc.request(`$JS.API.${subject}`, body === undefined ? '' : JSON.stringify(body), { timeout: 2000 });
  const r = msg.json<T & { error?: { description: string } }>();
  if (r.error) throw new Error(`${subject}: ${r.error.description}`);
  return r;
}

/** Publish to a stream and wait for the PubAck. */
export async function jsPublish(nc: NatsConnection, subject: string, data: string): Promise<{ stream: string; seq: number }> {
  const msg = await nc.request(subject, data, { timeout: 2000 });
  const r = msg.json<{ stream: string; seq: number; error?: { description: string } }>();
  if (r.error) throw new Error(`publish ${subject}: ${r.error.description}`);
  return r;
}

/** Stored message `seq` of `stream`, as text. */
export async function getMessage(nc: NatsConnection, stream: string, seq: number): Promise<string> {
  const r = await jsApi<{ message: { data: string } }>(nc, `STREAM.MSG.GET.${stream}`, { seq });
  return Buffer.from(r.message.data, 'base64').toString('utf8');
}

/** Retry `op` until it succeeds (a cluster re-electing a leader answers with errors or timeouts for a moment). */
export async function eventually<T>(op: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await op();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export function connectTo(servers: string | string[], extra: Record<string, unknown> = {}): Promise<NatsConnection> {
  return connect({ servers, reconnectTimeWait: 100, maxReconnectAttempts: -1, ...extra });
}
