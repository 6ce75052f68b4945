// One flow of the walk-through: a headline, what it shows, and the outcome it must have.
// Each topic is a module of its own in this folder, listed in flows/index.ts.
import { enumFromWire, enumToWire, type RequesterReply } from '@ilr/wire';
import type { Delivery } from '@ilr/connector';
import type { Consortium } from '../consortium.js';

export type Print = (line: string) => void;

export interface Flow {
  /** The step's headline, e.g. "Bozeman finds a Madison book in its book drop (ITEM_FOUND, ...)". */
  title: string;
  /** A short name for the result, e.g. "item found". */
  check: string;
  /** The outcome the flow must observe, e.g. "RELAY". */
  expected: string;
  /** Why the flow cannot be shown on this consortium (it is then skipped), or undefined. */
  when?: (c: Consortium) => string | undefined;
  /** Runs the flow, printing what happens (lines indented by two spaces); resolves with the outcome observed. */
  run(c: Consortium, print: Print): Promise<string>;
}

export const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));

/** A requester's reply as one line: outcome, message, what crossed, the citations. */
export function describeReply(reply: RequesterReply): string {
  const outcome = enumFromWire('Outcome', reply.outcome);
  const disclosed = (reply.disclosed ?? []).map((d) => enumFromWire('DataClass', d));
  return `${outcome}: ${reply.message} Crosses: ${disclosed.length ? disclosed.join(', ') : 'nothing'}. Cites: ${(reply.citations ?? []).join('; ')}`;
}

/** Waits for a library's reference system to have taken a delivery (the demo polls; tests await events). */
export async function received<K extends Delivery['kind']>(c: Consortium, library: string, kind: K, messageId: string, timeoutMs = 10_000): Promise<Extract<Delivery, { kind: K }>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const d = c.connectors.get(library)!.received.find((x) => x.envelope.correlationId === messageId || x.envelope.messageId === messageId);
    if (d && d.kind === kind) return d as Extract<Delivery, { kind: K }>;
    if (Date.now() > until) throw new Error(`${library} did not receive message ${messageId} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The connector of a sample library. */
export const library = (c: Consortium, id: string) => c.connectors.get(id)!.connector;
