import type { IlrMetrics, MetricsOption } from '@ilr/metrics';
import type { Logger } from '@ilr/log';
import type { NatsCredentials } from '@ilr/nats';
import type { PatronFactName, PatronFacts } from '@ilr/policy';
import type { OutstandingCheck, TokenVault } from '@ilr/tokens';
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
  /** Serve /metrics, /livez, /readyz for this connector (`connector-<library>`); off by default. */
  metrics?: MetricsOption;
  /** Record into this registry (a gateway's, which serves it) instead of the connector's own. */
  registry?: IlrMetrics;
  /** Patron tokens, the ledger and retention (README "Patron tokens, keys and retention"). */
  tokens?: ConnectorTokensOptions;
  /** How copies the server sends again are recognised (README "Exactly once"). */
  repeats?: RepeatOptions;
  /**
   * The library's signing nkey seed (`ilr libraries add` writes it): every envelope is
   * signed with it, and the router verifies it against the directory's `signingKeys`.
   */
  signingSeed?: string | Uint8Array;
  /**
   * The JetStream API prefix under per-library accounts (`LIBRARY_JS_API_PREFIX` of
   * @ilr/access, i.e. `ILR.JS.API`); default env NATS_JS_API_PREFIX, else `$JS.API`.
   */
  jsApiPrefix?: string;
}

/** Exactly once at the recipient: how copies of a message already taken are recognised. */
export interface RepeatOptions {
  /**
   * Where the delivery consumer's highest ack floor is kept across restarts of the connector.
   * Default: `<library>.delivered.json` beside the keystore when patron tokens are on, else
   * none (kept in memory). false: none.
   */
  floorFile?: string | false;
  /** How often the consumer's ack floor is read (also at start and after each reconnect). Default 30 s. */
  floorEveryMs?: number;
  /** An acked message is remembered at least this long, and until the floor covers it. Default 10 min. */
  rememberMs?: number;
  /** At most this many acked messages are remembered (the oldest is forgotten first). Default 100 000. */
  maxRemembered?: number;
}

/** `connector.stats()`: what the delivery consumer handed over, and the copies it did not. */
export interface ConnectorStats {
  /** Messages handed over, each once: kinds to the handler, replies and errors to request(), onReply, onError. */
  handedOver: number;
  /** Copies skipped (acked again, not handed over), by how they were recognised. */
  repeats: {
    /** Acked here before: the server lost the ack (flagged redelivered) or, lately, the consumer's state (not flagged). */
    acked: number;
    /** At or below the consumer's highest ack floor: the server lost the consumer's state. */
    belowFloor: number;
    /** Came while the first copy was still with the handler (not acked; the first copy's ack settles it). */
    inFlight: number;
  };
  /** The consumer's highest ack floor seen (a stream sequence of ILR_DELIVERY). */
  ackFloor: number;
  /** Times ILR_DELIVERY was found recreated (its sequences started again): the floor was reset. */
  streamResets: number;
}

export interface ConnectorTokensOptions {
  /** The library's keystore and ledger, opened with its retention period (`loadRetention`). */
  vault: TokenVault;
  /** How often to rotate keys, expunge links and shred spent keys. Default 1 h; 0: only on `maintainTokens()`. */
  maintainEveryMs?: number;
  /**
   * Tokens the library's own system issued before the connector minted them (the sample
   * data's fixed tokens): they may go out as they are. Anything else in a patron reference
   * of this library that the connector did not mint is refused.
   */
  knownToken?: (token: string) => boolean;
  /** Whether a patron still owes materials or fines; default: the `serveFacts` lookup's `owes`. */
  outstanding?: OutstandingCheck;
}

/** A patron of this library named in a message: the connector replaces it by a token. */
export interface OutgoingPatron {
  /** The library's own patron id. It is sealed in the ledger; it never leaves the library. */
  id: string;
  /** The item the transaction is about, for the ledger (expunged with the link). */
  item?: string;
  /**
   * The transaction the token is for (one token per partner and transaction). Default: the
   * ISO 18626 requestingAgencyRequestId of a LOAN_REQUEST, else the message id.
   */
  transaction?: string;
}

export interface SendOptions {
  /** Reuse an id to retry a send safely: the stream drops duplicates within its window. Default: a new UUID. */
  messageId?: string;
  /** The message id this message answers (e.g. a SUPPLIER_STATUS answering a LOAN_REQUEST). */
  correlationId?: string;
  /** A patron of this library: minted into a token for the recipient and put in the body's `patron`. */
  patron?: OutgoingPatron;
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
  /** A token this library's connector did not resolve itself (not an ILR token, e.g. one its system issued). */
  token?: string | undefined;
  /** A card number or a name as typed by the requester. Personal data: never log it. */
  lookupKey?: string | undefined;
  /** Set by the connector only: the library's own patron id, from a token it minted and resolved. */
  patronId?: string | undefined;
}

/** The policy service's question on `ilr.facts.<library>`. */
export interface FactsQuery {
  messageId: string;
  factsNeeded: PatronFactName[];
  patron: PatronQuery;
  /**
   * The message the lookup is for: its sender and recipient. A token resolves only when the
   * library on the other side of the message is the partner it was minted for.
   */
  parties?: { sender: string; recipient: string } | undefined;
}

/**
 * The answer on `ilr.facts.<library>`: only the needed facts; or, when the library system
 * could not answer, why (never `found: false`, which would decide on missing facts).
 */
export type FactsAnswer = { found: false } | { found: true; facts: Partial<PatronFacts> } | { unavailable: true; reason: string };

/**
 * Looks a patron up in the library's own system; null when there is no such patron. Throw
 * ConnectorError `ILS_UNAVAILABLE` when the system cannot answer (the policy service then
 * waits and retries); any other error gets no answer at all, to the same effect.
 */
export type FactsLookup = (query: FactsQuery) => Promise<Partial<PatronFacts> | null>;
