// Invariant 4 at the NATS level: a library's connection publishes an envelope that claims
// to come from another library, on that library's ingress subject. NATS itself refuses it
// (the library's account can publish only `ilr.in.<itself>.>`): the server answers with a
// permissions violation and nothing reaches the ingress stream, before the broker's own
// check (envelope sender = subject sender) would even run.
import { randomUUID } from 'node:crypto';
import { STREAMS, ingressSubject } from '@ilr/nats';
import { encodeMessage } from '@ilr/wire';
import type { Flow } from './flow.js';

const FORGER = 'mt-bozeman';
const VICTIM = 'wi-madison';

/** Resolves with the first error the server reports on this connection that mentions `subject`. */
async function serverError(status: AsyncIterable<{ type: string }>, subject: string, timeoutMs: number): Promise<string | undefined> {
  const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), timeoutMs).unref());
  const seen = (async () => {
    for await (const s of status) {
      const message = (s as { error?: Error }).error?.message ?? '';
      if (s.type === 'error' && message.includes(subject)) return message;
    }
    return undefined;
  })();
  return Promise.race([seen, timeout]);
}

export const forgedSender: Flow = {
  title: `Bozeman tries to publish as Madison (a forged sender, ${FORGER} -> ilr.in.${VICTIM}.item_found)`,
  check: 'forged publish refused by NATS',
  expected: 'REFUSED BY NATS',
  when: (c) => (c.access ? undefined : 'this consortium runs on NATS_URL, without the generated per-library accounts'),
  async run(c, print) {
    const nats = await c.connect(FORGER); // Bozeman's own credentials, as its connector has them
    const subject = ingressSubject(VICTIM, 'ITEM_FOUND');
    const bytes = encodeMessage(
      { messageId: randomUUID(), sender: VICTIM, recipient: 'mt-bozeman', kind: 'ITEM_FOUND', createdAt: Date.now() },
      { itemId: '39078091234567', owningLibrary: 'mt-bozeman' },
    );
    const refused = serverError(nats.nc.status(), subject, 5000);
    const publish = nats
      .jetstream()
      .publish(subject, bytes, { timeout: 2000 })
      .then(
        () => 'stored',
        (e: Error) => e.message,
      );
    const [error, result] = await Promise.all([refused, publish]);
    print(`  ${FORGER}'s connection publishes an envelope with sender ${VICTIM} on ${subject}`);
    print(`  NATS answers: ${error ?? `(no error from the server; the publish ${result === 'stored' ? 'was STORED' : `failed: ${result}`})`}`);
    const jsm = await c.nats.jetstreamManager();
    const last = await jsm.streams.getMessage(STREAMS.ingress.name, { last_by_subj: subject }).catch(() => null);
    const stored = !!last && Buffer.from(last.data).equals(Buffer.from(bytes));
    print(`  ${stored ? 'the forged envelope is IN the ingress stream' : `nothing reached ${STREAMS.ingress.name}: ${FORGER}'s account may publish only ilr.in.${FORGER}.>`}`);
    return error && !stored ? 'REFUSED BY NATS' : stored ? 'STORED' : 'NO ERROR FROM NATS';
  },
};
