import type { Logger } from '@ilr/log';
import type { NatsCredentials } from '@ilr/nats';
import type { PatronFactName, PatronFacts } from '@ilr/policy';
import type { Body, Decision, Envelope, ErrorReply, Kind, RequesterReply } from '@ilr/wire';

export interface ConnectOptions {
  /** This library's id, e.g. `mt-bozeman`: the only sender it may publish as. */
  library: string;
  /** NATS server URL(s); default NATS_URL, else nats://127.0.0.1:4222. */
  servers?: string | string[];
  /** The library's NATS credentials (a `.creds` file in production). */
  credentials?: NatsCredentials;
  /** Default: `createLogger('connector-<library>')`. */
  logger?: Logger;
}

export interface SendOptions {
  /** Reuse an id to retry a send safely: the stream drops duplicates within its window. Default: a new UUID. */
  messageId?: string;
  /** The message id this message answers (e.g. a SUPPLIER_STATUS answering a LOAN_REQUEST). */
  correlationId?: string;
}

export interface SendResult {
  messageId: string;
  /** Stream sequence of the stored message. */
  seq: number;
  /** True when the stream already had a message with this id (nothing was stored twice). */
  duplicate: boolean;
}

export interface RequestOptions extends SendOptions {
  /** How long to wait for the FINAL reply. Default 30 s. */
  timeoutMs?: number;
  /** Called for a PENDING reply (the home library did not answer yet; the broker retries). */
  onPending?: (reply: BrokerReply) => void;
}

/** A reply of the broker on `ilr.out.<library>.reply`. */
export interface BrokerReply {
  /** The message id of the request it answers. */
  correlationId: string;
  status: 'FINAL' | 'PENDING';
  /** PENDING only: why the decision waits. */
  reason?: string | undefined;
  /** The requester's reply; always set on FINAL. */
  reply?: RequesterReply | undefined;
}

/** A rejection of the broker on `ilr.out.<library>.error`. */
export interface BrokerError {
  correlationId: string;
  error: ErrorReply;
}

/** A message delivered to this library, decoded. Acknowledge it once your system has taken it. */
export type Delivery = {
  [K in Kind]: {
    kind: K;
    envelope: Envelope;
    body: Body<K>;
    /** The decision that let it through (header Ilr-Decision); undefined if absent or unreadable. */
    decision: Decision | undefined;
    /** True when this is not the first delivery attempt. */
    redelivered: boolean;
    ack(): void;
    /** Ask for a redelivery, after `delayMs` if given. */
    nak(delayMs?: number): void;
  };
}[Kind];

export type DeliveryHandler = (delivery: Delivery) => void | Promise<void>;

export interface DeliveriesOptions {
  /** Every broker reply, including those no request() waits for (late, or sent with send()). */
  onReply?: (reply: BrokerReply) => void;
  /** Every broker rejection. */
  onError?: (error: BrokerError) => void;
}

/** A patron as the requester names it: a token minted by this library, or a lookup key. */
export interface PatronQuery {
  token?: string | undefined;
  /** A card number or a name as typed by the requester. Personal data: never log it. */
  lookupKey?: string | undefined;
}

/** The policy service's question on `ilr.facts.<library>`. */
export interface FactsQuery {
  messageId: string;
  factsNeeded: PatronFactName[];
  patron: PatronQuery;
}

/** The answer on `ilr.facts.<library>`: only the needed facts. */
export type FactsAnswer = { found: false } | { found: true; facts: Partial<PatronFacts> };

/** Looks a patron up in the library's own system; null when there is no such patron. */
export type FactsLookup = (query: FactsQuery) => Promise<Partial<PatronFacts> | null>;
