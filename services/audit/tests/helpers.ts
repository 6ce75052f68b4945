// Shared by the audit service tests: a real nats-server, provisioned, and decision bodies.
import { createHash } from 'node:crypto';
import { decodeEntry, readAudit, type AuditEntry, type AuditEntryBody } from '@ilr/audit';
import { createLogger } from '@ilr/log';
import { connectNats, provision, type IlrNats } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';

export const silent = createLogger('test', { level: (process.env['TEST_LOG'] as 'info') ?? 'silent' });

export interface TestServer {
  server: NatsServerHandle;
  connect(name: string): Promise<IlrNats>;
  stop(): Promise<void>;
}

/** A provisioned nats-server; connections made through `connect` are closed by stop(). */
export async function provisionedServer(): Promise<TestServer> {
  const server = await startNats();
  const conns: IlrNats[] = [];
  const connect = async (name: string) => {
    const c = await connectNats({ servers: server.url, name });
    conns.push(c);
    return c;
  };
  await provision(await connect('provision'));
  return {
    server,
    connect,
    stop: async () => {
      for (const c of conns) await c.close().catch(() => undefined);
      await server.stop();
    },
  };
}

export const digestOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function body(i: number, over: Partial<AuditEntryBody> = {}): AuditEntryBody {
  const home = ['mt-bozeman', 'or-multnomah'][i % 2]!;
  return {
    messageId: `msg-${i}`,
    reviewed: false,
    kind: 'PATRON_INQUIRY',
    sender: 'wi-madison',
    recipient: home,
    home,
    decidedAt: new Date(Date.UTC(2026, 5, 1, 12, 0, 0, i)).toISOString(),
    outcome: 'REFUSE',
    basis: 'MATERIAL_RECOVERY',
    reasonCode: 'NO_LEGAL_BASIS',
    disclosed: [],
    citations: [{ cite: 'MCA 22-1-1103', status: 'VERIFIED' }],
    rules: ['mt-no-disclosure'],
    pack: { id: 'US-MT', version: '2026.1.0' },
    screened: true,
    tokenDigests: [],
    ...over,
  };
}

/** Every entry in the stream, in order. */
export async function entriesOf(nats: IlrNats, stream?: string): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for await (const m of readAudit(nats, stream ? { stream } : {})) out.push(decodeEntry(m.data));
  return out;
}

/** Polls until `check` passes or the deadline is over (for state nothing can be awaited on). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
