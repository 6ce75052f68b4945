// `ilr send`: publish one message as a library, through the connector SDK, and print the
// broker's reply. For operators and for trying the local consortium by hand.
import { Connector, ConnectorError } from '@ilr/connector';
import { BODY_TYPES, enumFromWire, ilr, type Kind } from '@ilr/wire';
import type { Command } from 'commander';
import { CliError, list } from '../output.js';

const KINDS = Object.keys(BODY_TYPES) as Kind[];

export function registerSend(program: Command): void {
  program
    .command('send')
    .description('send one message as a library and print the broker\'s reply (needs a running broker; NATS_URL)')
    .argument('<kind>', `message kind: ${KINDS.join(', ')}`)
    .requiredOption('--as <library>', 'the sending library (your credentials must allow it)')
    .requiredOption('--to <library>', 'the library addressed')
    .option('--body <json>', 'the body as protobuf JSON (ilr.v1 message for the kind; enums by their proto names, e.g. "PURPOSE_MATERIAL_RECOVERY")', '{}')
    .option('--wait', "wait for the broker's reply on the library's delivery consumer (only when no connector of that library is running: it would take the reply)")
    .option('--timeout <ms>', 'how long to wait for the reply', '15000')
    .option('--creds <file>', 'the library\'s NATS .creds file')
    .addHelpText(
      'after',
      `
Examples:
  ilr send ITEM_FOUND --as mt-bozeman --to wi-madison --body '{"itemId":"39078091234567","owningLibrary":"wi-madison"}'
  ilr send PATRON_INQUIRY --as wi-madison --to mt-bozeman \\
    --body '{"lookup":{"name":"Olsen"},"requester":{"library":"wi-madison"},"purpose":"PURPOSE_MATERIAL_RECOVERY","basis":"LEGAL_BASIS_MATERIAL_RECOVERY","wants":["WANT_CONTACT"]}'`,
    )
    .action(async (kindArg: string, opts: { as: string; to: string; body: string; wait?: boolean; timeout: string; creds?: string }) => {
      const kind = kindArg.toUpperCase().replaceAll('-', '_') as Kind;
      if (!KINDS.includes(kind)) throw new CliError(`unknown kind "${kindArg}"; one of ${KINDS.join(', ')}`);
      let json: unknown;
      try {
        json = JSON.parse(opts.body);
      } catch (e) {
        throw new CliError(`--body is not JSON: ${(e as Error).message}`);
      }
      const type = ilr.v1[BODY_TYPES[kind]] as unknown as { fromObject(o: unknown): object };
      let body: object;
      try {
        body = type.fromObject(json);
      } catch (e) {
        throw new CliError(`--body is not a valid ilr.v1.${BODY_TYPES[kind]}: ${(e as Error).message}`);
      }
      const timeoutMs = Number(opts.timeout);
      if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new CliError(`--timeout must be a number of milliseconds, not "${opts.timeout}"`);
      const connector = await Connector.connect({ library: opts.as, credentials: opts.creds ? { credsFile: opts.creds } : undefined });
      try {
        if (!opts.wait) {
          const sent = await connector.send(kind, opts.to, body as never);
          console.log(`stored as message ${sent.messageId}${sent.duplicate ? ' (a duplicate: already stored)' : ''}; the reply goes to ${opts.as}'s connector`);
          return;
        }
        // Leave deliveries for the library's own system; this process only wants its reply.
        await connector.deliveries(async (d) => d.nak());
        const reply = await connector.request(kind, opts.to, body as never, {
          timeoutMs,
          onPending: (p) => console.log(`pending: ${p.reason ?? 'the home library has not answered yet'}; the broker retries`),
        });
        console.log(`outcome: ${enumFromWire('Outcome', reply.outcome)} (${enumFromWire('ReasonCode', reply.reasonCode)})`);
        console.log(`crosses: ${list((reply.disclosed ?? []).map((d) => enumFromWire('DataClass', d)))}`);
        if (reply.referTo) console.log(`referred to: ${reply.referTo}`);
        console.log(`cites: ${list(reply.citations ?? [], 'none')}`);
        console.log(reply.message);
      } catch (e) {
        if (e instanceof ConnectorError) throw new CliError(e.message);
        throw e;
      } finally {
        await connector.close();
      }
    });
}
