// Answers the policy service's patron-fact lookups on `ilr.facts.<library>`. Only the facts
// named in `factsNeeded` leave the library, and nothing about the patron is logged.
import type { Logger } from '@ilr/log';
import { factsSubject } from '@ilr/nats';
import { PATRON_FACT_NAMES, zParties, type PatronFacts } from '@ilr/policy';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { z } from 'zod';
import { ConnectorError } from './errors.js';
import type { FactsAnswer, FactsLookup, FactsQuery } from './types.js';

const nonEmpty = z.string().min(1).max(256);

/** The contract's LookupKey may arrive as a string or as the proto's `{ cardNumber | name }`. */
const lookupKey = z.union([
  nonEmpty,
  z.object({ cardNumber: nonEmpty.optional(), name: nonEmpty.optional() }).transform((k) => k.cardNumber ?? k.name),
]);

export const factsQuerySchema = z.object({
  messageId: nonEmpty,
  factsNeeded: z.array(z.enum(PATRON_FACT_NAMES)).max(PATRON_FACT_NAMES.length),
  // Only a token or a lookup key: anything else (a patron id above all) is dropped, since
  // only this connector may name a patron by the library's own id.
  patron: z
    .object({ token: z.string().min(1).max(512).optional(), lookupKey: lookupKey.optional() })
    .refine((p) => p.token !== undefined || p.lookupKey !== undefined, 'patron needs a token or a lookupKey'),
  /** The sender and recipient of the message the lookup is for: tokens resolve only for their partner. */
  parties: zParties.optional(),
});

/** The queue group of a library's fact servers: several connector processes share the load. */
export const factsQueue = (library: string): string => `facts-${library}`;

/** Keep only the needed facts that the ILS actually has. */
export function pickFacts(facts: Partial<PatronFacts>, needed: readonly string[]): Partial<PatronFacts> {
  const out: Record<string, unknown> = {};
  for (const name of needed) {
    const value = (facts as Record<string, unknown>)[name];
    if (value !== undefined) out[name] = value;
  }
  return out as Partial<PatronFacts>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The error answer for a query we cannot read; names the field, never echoes the value. */
function badQuery(error: z.ZodError): { error: { code: 400; message: string } } {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'query';
  return { error: { code: 400, message: `${field}: ${issue?.message ?? 'invalid'}` } };
}

export class FactsServer {
  private readonly sub: Subscription;
  private readonly done: Promise<void>;

  constructor(nc: NatsConnection, library: string, lookup: FactsLookup, private readonly log: Logger) {
    const log_ = log;
    const sub = nc.subscribe(factsSubject(library), { queue: factsQueue(library) });
    this.sub = sub;
    this.done = (async () => {
      // Concurrently: one slow ILS lookup must not hold back the others.
      for await (const msg of sub) {
        this.answer(msg, lookup).catch((e: unknown) => log_.error({ err: e instanceof Error ? e.name : 'error' }, 'facts answer failed'));
      }
    })();
  }

  private async answer(msg: Msg, lookup: FactsLookup): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(decoder.decode(msg.data));
    } catch {
      msg.respond(encoder.encode(JSON.stringify({ error: { code: 400, message: 'query: not JSON' } })));
      return;
    }
    const parsed = factsQuerySchema.safeParse(json);
    if (!parsed.success) {
      this.log.warn({ reason: badQuery(parsed.error).error.message }, 'rejected a facts query');
      msg.respond(encoder.encode(JSON.stringify(badQuery(parsed.error))));
      return;
    }
    const query: FactsQuery = parsed.data;
    let answer: FactsAnswer;
    try {
      const facts = await lookup(query);
      answer = facts ? { found: true, facts: pickFacts(facts, query.factsNeeded) } : { found: false };
    } catch (e) {
      if (e instanceof ConnectorError && e.code === 'ILS_UNAVAILABLE') {
        // The library system is down, slow or unreadable: say so (the policy service waits
        // and retries). The reason names the failure, never the patron or the ILS's answer.
        this.log.warn({ messageId: query.messageId, reason: e.message }, 'library system unavailable for a facts lookup');
        msg.respond(encoder.encode(JSON.stringify({ unavailable: true, reason: e.message } satisfies FactsAnswer)));
        return;
      }
      // No answer at all: the policy service treats silence as PENDING and retries,
      // rather than deciding on a wrong "not found".
      this.log.error({ messageId: query.messageId, err: e instanceof Error ? e.name : 'error' }, 'facts lookup failed; not answering');
      return;
    }
    this.log.debug({ messageId: query.messageId, factsNeeded: query.factsNeeded }, 'answered a facts query');
    msg.respond(encoder.encode(JSON.stringify(answer)));
  }

  async stop(): Promise<void> {
    this.sub.unsubscribe();
    await this.done;
  }
}
