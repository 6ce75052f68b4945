// The reference connector of the local consortium (deploy/): Connector + SampleIls, with
// patron tokens (keystore, ledger, retention) in a keys directory of its own.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLogger, type Logger } from '@ilr/log';
import { loadRetention, readYamlFile, zLibraryEntry } from '@ilr/policy';
import { TokenVault } from '@ilr/tokens';
import { enumFromWire } from '@ilr/wire';
import { Connector } from './connector.js';
import { SampleIls } from './sample-ils.js';
import { fileSource, type PatronSource } from './sources/index.js';
import type { ConnectOptions, Delivery } from './types.js';

export interface ReferenceConnectorOptions extends Omit<ConnectOptions, 'tokens'> {
  /** deploy/sample/ils/<library>.json */
  ilsFile: string;
  /**
   * Where the library's keystore, ledger and journal live. Default: ILR_KEYS_DIR, else a
   * temporary directory removed on close (tokens then die with the demo).
   */
  keysDir?: string;
  /** The retention period; default: the library's policy, from `directoryFile` and the packs. */
  retentionDays?: number;
  /** The member directory with this library's entry; default: ../directory.yaml next to ils/. */
  directoryFile?: string;
  /** Token maintenance interval (default 1 h; 0: only on demand). */
  maintainEveryMs?: number;
  /** The vault's clock (tests move it). */
  now?: () => Date;
  /**
   * Where patron facts come from (NCIP, SIP2: `createPatronSource`); default the sample ILS
   * file. The connector closes it on close.
   */
  source?: PatronSource;
}

export interface ReferenceConnector {
  connector: Connector;
  ils: SampleIls;
  /** The patron source answering facts lookups (the sample ILS file unless one was given). */
  source: PatronSource;
  /** The last deliveries received (the reference system "takes" a message by keeping it; at most 1000). */
  received: Delivery[];
  /** Where the keystore, ledger and journal are (for `ilr keys --dir`). */
  keysDir: string;
  close(): Promise<void>;
}

/** The library's retention period under its policy: its directory entry, its pack, its profile. */
export function sampleRetentionDays(directoryFile: string, library: string): number {
  const raw = readYamlFile(directoryFile) as { libraries?: unknown };
  const entries = Array.isArray(raw.libraries) ? raw.libraries : [];
  const found = entries.find((e) => (e as { id?: unknown }).id === library);
  if (!found) throw new Error(`${directoryFile} has no library ${library}`);
  const entry = zLibraryEntry.safeParse(found);
  if (!entry.success) throw new Error(`${directoryFile}: library ${library}: ${entry.error.issues[0]?.path.join('.')}: ${entry.error.issues[0]?.message}`);
  return loadRetention(entry.data, directoryFile).days;
}

function retentionFor(opts: ReferenceConnectorOptions, log: Logger): number {
  if (opts.retentionDays !== undefined) return opts.retentionDays;
  const directoryFile = opts.directoryFile ?? join(dirname(opts.ilsFile), '..', 'directory.yaml');
  if (existsSync(directoryFile)) return sampleRetentionDays(directoryFile, opts.library);
  log.warn({ library: opts.library }, 'no directory entry: keeping no completed links (retention 0 days)');
  return 0;
}

/** Connect, answer fact lookups from the sample ILS, and take (log, keep, ack) every delivery. */
export async function startReferenceConnector(opts: ReferenceConnectorOptions): Promise<ReferenceConnector> {
  const ils = await SampleIls.load(opts.ilsFile);
  if (ils.library !== opts.library) throw new Error(`${opts.ilsFile} is the ILS of ${ils.library}, not ${opts.library}`);
  const log = opts.logger ?? createLogger(`connector-${opts.library}`);
  const retentionDays = retentionFor(opts, log);
  const givenDir = opts.keysDir ?? process.env.ILR_KEYS_DIR;
  const keysDir = givenDir ?? mkdtempSync(join(tmpdir(), `ilr-keys-${opts.library}-`));
  const removeKeys = () => {
    if (!givenDir) rmSync(keysDir, { recursive: true, force: true });
  };
  const source = opts.source ?? fileSource(ils);
  let connector: Connector;
  try {
    const vault = await TokenVault.open({ dir: keysDir, library: opts.library, retentionDays, ...(opts.now ? { now: opts.now } : {}) });
    connector = await Connector.connect({
      ...opts,
      logger: log,
      tokens: { vault, knownToken: source.hasToken, ...(opts.maintainEveryMs !== undefined ? { maintainEveryMs: opts.maintainEveryMs } : {}) },
    });
  } catch (e) {
    removeKeys();
    await source.close();
    throw e;
  }
  const received: Delivery[] = [];
  await connector.serveFacts(source.lookup);
  await connector.deliveries(
    (d) => {
      received.push(d);
      if (received.length > 1000) received.shift();
      // Ids, kinds and the outcome only: bodies may name a patron.
      const outcome = d.decision?.outcome ? enumFromWire('Outcome', d.decision.outcome) : undefined;
      log.info({ kind: d.kind, messageId: d.envelope.messageId, from: d.envelope.sender, outcome }, 'delivery received');
      d.ack();
    },
    {
      onReply: (r) => log.info({ correlationId: r.correlationId, status: r.status, reason: r.reason }, 'broker reply'),
      onError: (e) => log.warn({ correlationId: e.correlationId, code: e.error.code, reason: e.error.reason }, 'broker rejected a message'),
    },
  );
  log.info({ library: opts.library, retentionDays, patronSource: source.type }, 'reference connector ready');
  return {
    connector,
    ils,
    source,
    received,
    keysDir,
    close: async () => {
      await connector.close();
      await source.close();
      removeKeys();
    },
  };
}
