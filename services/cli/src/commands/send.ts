// `ilr send`: publish one message as a library, then print what the broker made of it:
// the decision (outcome, what crossed, citations), the rejection (code and field), or
// PENDING with the retry schedule. For operators and for trying the local consortium by
// hand. The outcome is read from the broker's own records (outcome.ts), never from the
// library's delivery consumer, which stays its connector's.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { AccessStore, LIBRARY_JS_API_PREFIX, OPERATOR_PRINCIPAL } from '@ilr/access';
import { readLocalConsortium } from '@ilr/consortium/local';
import { Connector, ConnectorError } from '@ilr/connector';
import { Directory } from '@ilr/directory';
import { NatsSetupError, connectNats, deadLetterSubject, credentialsFromEnv, resolveServers, type IlrNats, type NatsCredentials } from '@ilr/nats';
import { BODY_TYPES, enumFromWire, type DecisionRecord, type Kind, type RequesterReply } from '@ilr/wire';
import type { Command } from 'commander';
import { parseBody } from '../body.js';
import { OutcomeWatch, retrySchedule, type Outcome } from '../outcome.js';
import { CliError, list } from '../output.js';

const KINDS = Object.keys(BODY_TYPES) as Kind[];

/** Exit codes, as the help lists them. */
export const SEND_EXIT = { decided: 0, rejected: 1, usage: 2, pending: 3, timeout: 4 } as const;

interface SendOptions {
  as: string;
  to: string;
  body: string;
  wait: boolean;
  timeout: string;
  dir?: string;
  creds?: string;
}

/** "10", "2.5", "10s", "500ms" -> milliseconds. */
export function parseTimeout(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(text.trim());
  const ms = m ? Number(m[1]) * (m[2] === 'ms' ? 1 : 1000) : NaN;
  if (!Number.isFinite(ms) || ms <= 0) throw new CliError(`--timeout must be a duration such as 10 (seconds), 2.5s or 500ms, not "${text}"`);
  return ms;
}

/** Where the credentials come from: a store (--dir, ILR_ACCESS_DIR, or the running local consortium's), or the environment. */
interface Access {
  servers: string[];
  store: AccessStore | undefined;
  /** Says where the credentials came from, for errors. */
  source: string;
  /** The command that lists the libraries of these credentials. */
  listCommand: string;
}

async function resolveAccess(opts: SendOptions): Promise<Access> {
  const dir = opts.dir ?? process.env['ILR_ACCESS_DIR'];
  if (dir) {
    if (!existsSync(dir)) throw new CliError(`the credentials store ${dir} does not exist (--dir / ILR_ACCESS_DIR)`);
    return { servers: resolveServers(), store: await AccessStore.open(dir), source: `the credentials store ${dir}`, listCommand: `ilr libraries list${opts.dir ? ` --dir ${dir}` : ''}` };
  }
  // Nothing said: the local consortium (`npm start`), when one runs and NATS_URL does not point elsewhere.
  const local = !opts.creds && !credentialsFromEnv() ? await readLocalConsortium() : undefined;
  if (local && (!process.env['NATS_URL'] || process.env['NATS_URL'] === local.url)) {
    return {
      servers: [local.url],
      store: await AccessStore.open(local.accessDir),
      source: `the local consortium's credentials (${local.accessDir})`,
      listCommand: `NATS_URL=${local.url} ilr libraries list --dir ${local.accessDir}`,
    };
  }
  return { servers: resolveServers(), store: undefined, source: 'the environment (NATS_CREDS, NATS_NKEY_SEED_FILE)', listCommand: 'ilr libraries list' };
}

function libraryCredentials(access: Access, library: string, creds: string | undefined): { credentials?: NatsCredentials; signingSeed?: string; jsApiPrefix?: string } {
  if (creds) return { credentials: { credsFile: creds } };
  if (access.store) {
    const seedFile = access.store.seedFile(library);
    if (!existsSync(seedFile)) {
      throw new CliError(`${access.source} has no credentials for ${library} (run \`${access.listCommand}\` to see whose it has)`);
    }
    // A library's nkey is also its signing key (the directory lists its public key).
    return { credentials: { seedFile }, signingSeed: readFileSync(seedFile, 'utf8').trim(), jsApiPrefix: LIBRARY_JS_API_PREFIX };
  }
  const env = credentialsFromEnv();
  const seedFile = env && 'seedFile' in env ? env.seedFile : undefined;
  const signingSeed = seedFile ? readFileSync(seedFile, 'utf8').trim() : env && 'seed' in env && typeof env.seed === 'string' ? env.seed : undefined;
  return { ...(env ? { credentials: env } : {}), ...(signingSeed ? { signingSeed } : {}) };
}

/** The operators' connection: the store's ilr-operator seed; without a store, the environment's credentials. */
async function operatorConnection(access: Access): Promise<IlrNats> {
  const seedFile = access.store?.seedFile(OPERATOR_PRINCIPAL);
  const credentials = seedFile && existsSync(seedFile) ? { credentials: { seedFile } } : {};
  return connectNats({ servers: access.servers, name: 'ilr-cli', timeoutMs: 5000, ...credentials });
}

async function checkKnown(nats: IlrNats, libraries: Array<[string, string]>, listCommand: string): Promise<void> {
  const directory = await Directory.open(nats);
  for (const [flag, id] of libraries) {
    if (!(await directory.get(id))) {
      throw new CliError(`${flag} ${id}: the directory has no library "${id}"; nothing was sent. Run \`${listCommand}\` to see the member libraries.`);
    }
  }
}

const name = (e: Parameters<typeof enumFromWire>[0], v: number | null | undefined) => enumFromWire(e, v ?? 0);

function printDecision(record: DecisionRecord, reply: RequesterReply | undefined): void {
  const d = record.decision!; // a decision record always has one (decodeDecisionRecord checks)
  const outcome = name('Outcome', d.outcome);
  console.log(`${outcome}${reply?.message ? `: ${reply.message}` : ''}`);
  console.log(`  crosses: ${list((d.disclosed ?? []).map((x) => name('DataClass', x)))}`);
  // A citation may hold commas of its own ("... policy, patron records"): they are set apart by semicolons.
  console.log(`  cites: ${(d.citations ?? []).map((c) => c.cite ?? '').join('; ') || 'none'}`);
  if (d.referTo) console.log(`  referred to: ${d.referTo}${d.referToDisclosed ? '' : ' (the requester is not told which library)'}`);
  if (d.review) {
    const t = d.review;
    console.log(`  review: ${name('ReviewRoute', t.route)}${t.urgent ? ', urgent' : ''}${t.gag ? ', under a gag order' : ''} (ilr review list --as ${d.decidedBy})`);
  }
  const pack = d.pack?.id ? `, pack ${d.pack.id} ${d.pack.version ?? ''}`.trimEnd() : '';
  console.log(`  decided by ${d.decidedBy}'s policy (reason ${name('ReasonCode', d.reasonCode)}, basis ${name('LegalBasis', d.basis)}${pack})`);
}

export function registerSend(program: Command): void {
  program
    .command('send')
    .description('send one message as a library and print the outcome: the decision, the rejection, or PENDING (needs a running broker)')
    .argument('<kind>', `message kind: ${KINDS.join(', ')}`)
    .requiredOption('--as <library>', 'the sending library (its credentials are used, and it signs)')
    .requiredOption('--to <library>', 'the library addressed')
    .option('--body <json>', 'the body as protobuf JSON (the ilr.v1 message of the kind, camelCase field names; enums by their proto names, e.g. "PURPOSE_MATERIAL_RECOVERY")', '{}')
    .option('--no-wait', 'do not wait for the outcome: print the message id once the broker has stored it')
    .option('--timeout <duration>', 'how long to wait for the outcome: seconds, or 2.5s, 500ms', '10')
    .option('--dir <dir>', 'the credentials store (ilr libraries): the library\'s and the operators\' nkeys (default ILR_ACCESS_DIR, else the running local consortium\'s)')
    .option('--creds <file>', "the library's NATS .creds file (instead of its nkey in the store)")
    .addHelpText(
      'after',
      `
Before anything is sent, the body is checked against the kind's schema (every field known,
every value of its type, the fields the broker requires) and, with operator credentials,
--as and --to against the directory: a mistake is an error naming the field or the library
(exit 2), and nothing is sent.

Then it waits for the outcome, read from the broker's own records as an operator may read
them (the decision record on ILR_DECISIONS, the dead letter on ILR_DEADLETTER, a PENDING
reply on ILR_DELIVERY), never from the library's delivery consumer, which stays its
connector's. It prints the outcome, what crossed and the citations, or the rejection's code,
field and reason.

Credentials: --dir or ILR_ACCESS_DIR (keys/<library>.nk to send and sign, keys/ilr-operator.nk
to check and read), else those of the local consortium \`npm start\` runs, else NATS_CREDS /
NATS_NKEY_SEED_FILE. The server: NATS_URL (the local consortium's when it runs).

Exit status:
  0  decided (RELAY, REFER, REFUSE, or REVIEW: held for a person)
  1  rejected (a dead letter and an error reply to the sender)
  2  not sent: bad arguments, a body that does not fit the kind, an unknown library
  3  PENDING: the home library has not answered yet; printed with the retry schedule
  4  no outcome within --timeout

Examples:
  ilr send ITEM_FOUND --as mt-bozeman --to wi-madison --body '{"itemId":"39078091234567","owningLibrary":"wi-madison"}'
  ilr send PATRON_INQUIRY --as wi-madison --to mt-bozeman \\
    --body '{"lookup":{"name":"Olsen"},"requester":{"library":"wi-madison"},"purpose":"PURPOSE_MATERIAL_RECOVERY","basis":"LEGAL_BASIS_MATERIAL_RECOVERY","wants":["WANT_CONTACT"]}'`,
    )
    .action(async (kindArg: string, opts: SendOptions) => {
      const kind = kindArg.toUpperCase().replaceAll('-', '_') as Kind;
      if (!KINDS.includes(kind)) throw new CliError(`unknown kind "${kindArg}"; one of ${KINDS.join(', ')}`);
      const body = parseBody(kind, opts.body, opts.as, opts.to);
      const timeoutMs = parseTimeout(opts.timeout);
      const access = await resolveAccess(opts);

      let operator: IlrNats | undefined;
      let watch: OutcomeWatch | undefined;
      let connector: Connector | undefined;
      try {
        const parties: Array<[string, string]> = [
          ['--as', opts.as],
          ['--to', opts.to],
        ];
        if (access.store) {
          operator = await operatorConnection(access);
          await checkKnown(operator, parties, access.listCommand);
        } else if (opts.wait) {
          // Credentials from the environment may or may not read the directory: check if they can.
          operator = await operatorConnection(access);
          await checkKnown(operator, parties, access.listCommand).catch((e: unknown) => {
            if (e instanceof CliError) throw e;
          });
        }
        const library = libraryCredentials(access, opts.as, opts.creds);
        const messageId = randomUUID();
        if (opts.wait) {
          // From a little before the send (clocks of this host and the server's may differ).
          watch = await OutcomeWatch.open(operator!, opts.as, messageId, new Date(Date.now() - 5000)).catch((e: Error) => {
            throw new CliError(`cannot read the broker's records with ${access.source} (operators' credentials are needed to wait; --no-wait sends without): ${e.message}`);
          });
        }
        connector = await Connector.connect({ library: opts.as, servers: access.servers, ...library });
        const sent = await connector.send(kind, opts.to, body as never, { messageId });
        if (!watch) {
          console.log(`stored as message ${sent.messageId}${sent.duplicate ? ' (a duplicate: already stored)' : ''}; the reply goes to ${opts.as}'s connector`);
          return;
        }
        console.error(`sent ${kind} ${sent.messageId} as ${opts.as} to ${opts.to}; waiting for the outcome (up to ${timeoutMs / 1000} s)`);
        const outcome: Outcome = await watch.wait(timeoutMs);
        switch (outcome.status) {
          case 'DECIDED':
            printDecision(outcome.record, outcome.reply);
            process.exitCode = SEND_EXIT.decided;
            return;
          case 'REJECTED': {
            const dl = outcome.deadLetter;
            console.log(`REJECTED ${dl.code}${dl.field ? ` (field ${dl.field})` : ''}: ${dl.reason}`);
            console.log(`  dead-lettered on ${deadLetterSubject(opts.as)} (ILR_DEADLETTER); ${opts.as}'s connector gets the same as an error reply`);
            process.exitCode = SEND_EXIT.rejected;
            return;
          }
          case 'PENDING':
            console.log(`PENDING: ${outcome.reason ?? 'the home library has not answered yet'}`);
            console.log(`  ${await retrySchedule(operator!)}`);
            console.log(`  the decision will be in the audit log: ilr audit query --since 1h`);
            process.exitCode = SEND_EXIT.pending;
            return;
          case 'TIMEOUT':
            console.log(`no outcome for message ${messageId} within ${timeoutMs / 1000} s: is the router running? (ilr send --timeout 30 waits longer)`);
            process.exitCode = SEND_EXIT.timeout;
            return;
        }
      } catch (e) {
        if (e instanceof NatsSetupError && e.code === 'UNREACHABLE' && !access.store) {
          throw new CliError(`${e.message}; no local consortium is running here (start one with npm start)`);
        }
        if (e instanceof ConnectorError || e instanceof NatsSetupError) throw new CliError(e.message);
        throw e;
      } finally {
        await watch?.close();
        await connector?.close();
        await operator?.close();
      }
    });
}
