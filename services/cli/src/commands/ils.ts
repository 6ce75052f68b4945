// `ilr ils check`: for a library's systems staff, on the connector host. Asks the ILS (NCIP
// or SIP2, as the flags or the connector configuration say) for one patron, the way the
// connector would, and shows which facts it could read.
import {
  ConnectorError,
  createPatronSource,
  loadConnectorConfig,
  zPatronSourceConfig,
  type LibrarySettings,
  type PatronSourceConfig,
} from '@ilr/connector';
import type { PatronFacts } from '@ilr/policy';
import type { Command } from 'commander';
import { CliError } from '../output.js';

interface CheckOptions {
  type?: string;
  config?: string;
  patron: string;
  json?: boolean;
  url?: string;
  fromAgency: string;
  toAgency: string;
  lookupBy?: string;
  host?: string;
  port?: string;
  user?: string;
  password?: string;
  institution: string;
  tls?: boolean;
  timeout?: string;
}

/** The facts an ILS protocol can give, in the order `--json` prints them. */
const CHECKED = ['age', 'lastName', 'card', 'owes'] as const;

function sourceFromFlags(o: CheckOptions): PatronSourceConfig {
  const timeoutMs = o.timeout === undefined ? 5000 : Number(o.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 50) throw new CliError(`--timeout must be a whole number of milliseconds (at least 50), not "${o.timeout}"`);
  if (o.type === 'ncip') {
    if (!o.url) throw new CliError('--type ncip needs --url <url> (the NCIP responder, e.g. https://ils.example.org/ncip)');
    return { type: 'ncip', url: o.url, fromAgencyId: o.fromAgency, toAgencyId: o.toAgency, timeoutMs, ...(o.lookupBy ? { lookupBy: o.lookupBy as 'barcode' } : {}) };
  }
  if (o.type === 'sip2') {
    if (!o.host || !o.port) throw new CliError('--type sip2 needs --host <host> and --port <port> (the ILS SIP2 server)');
    if ((o.user === undefined) !== (o.password === undefined)) throw new CliError('--user and --password go together (the SIP2 login, 93)');
    return { type: 'sip2', host: o.host, port: Number(o.port), institutionId: o.institution, tls: o.tls === true, timeoutMs, ...(o.user !== undefined ? { user: o.user, password: o.password } : {}) };
  }
  throw new CliError(o.type === undefined ? 'say which ILS to ask: --type ncip|sip2 with its flags, or --config <connector config>' : `--type must be ncip or sip2, not "${o.type}"`);
}

/** The name shown only as its length and first letter: the staff see it was read, not who it is. */
const masked = (name: string) => `${name.length} characters, starts with "${name[0]}"`;

function describe(facts: Partial<PatronFacts>, name: string): string[] {
  const lines: string[] = [];
  const row = (k: string, v: string) => lines.push(`  ${k.padEnd(13)} ${v}`);
  if (facts.age !== undefined) row('age', `${facts.age} (whole years today${facts.age < 18 ? ': a minor' : ''})`);
  if (facts.lastName !== undefined) row('lastName', masked(facts.lastName));
  if (facts.card !== undefined) row('card', 'the barcode asked for');
  if (facts.owes) row('owes', `materials: ${facts.owes.materials ? 'yes (loans past their due date)' : 'no'}; fines: ${facts.owes.fines.toFixed(2)} (currency units)`);
  if (facts.registeredAt !== undefined && name !== 'file') row('registeredAt', facts.registeredAt);
  const missing = CHECKED.filter((f) => facts[f] === undefined);
  if (missing.length) lines.push(`not read: ${missing.join(', ')} (the ILS did not send ${missing.map(why).join('; ')})`);
  return lines;
}

const why = (fact: (typeof CHECKED)[number]): string =>
  ({ age: 'a birth date', lastName: 'a name', card: 'the barcode', owes: 'loans or fines' })[fact];

export function registerIls(program: Command): void {
  const ils = program
    .command('ils')
    .description("a library's own ILS behind the connector (NCIP or SIP2): test the configuration")
    .addHelpText(
      'after',
      `
The connector reads the few patron facts a decision needs from the library's ILS: over
NCIP (LookupUser) or SIP2 (Patron Information), as the connector configuration says
(shared/connector/README.md, "Connect your ILS").`,
    );

  ils
    .command('check')
    .description('ask the ILS for one patron the way the connector would, and show which facts it could read')
    .requiredOption('--patron <barcode>', "the patron's card barcode")
    .option('--config <file>', 'the connector configuration (YAML or JSON) to test, instead of --type and its flags')
    .option('--type <ncip|sip2>', 'the protocol, when not using --config')
    .option('--url <url>', 'NCIP: the responder URL')
    .option('--from-agency <id>', 'NCIP: FromAgencyId, how the ILS knows the connector', 'ILR')
    .option('--to-agency <id>', "NCIP: ToAgencyId, the ILS's agency id", 'ILS')
    .option('--lookup-by <barcode|authentication>', 'NCIP: UserId or AuthenticationInput (default barcode)')
    .option('--host <host>', 'SIP2: the server host')
    .option('--port <port>', 'SIP2: the server port')
    .option('--user <user>', 'SIP2: login user (CN)')
    .option('--password <password>', 'SIP2: login password (CO)')
    .option('--institution <id>', 'SIP2: institution id (AO)', '')
    .option('--tls', 'SIP2: connect with TLS')
    .option('--timeout <ms>', 'how long the ILS may take (default 5000)')
    .option('--json', "print the facts' real values as JSON, for scripts on the library's own host")
    .addHelpText(
      'after',
      `
Prints whether the ILS knows the patron and which facts it could read (age, last name,
card, owes); the name is shown only as its length and first letter. --json prints the real
values: {"found":true,"facts":{"age":34,"lastName":"Garcia-Lopez","card":"21234001234567",
"owes":{"materials":false,"fines":4}}} (fines in currency units, a fact the ILS did not
give left out) or {"found":false}. Run it only on the library's own host.

Exit status: 0 when the ILS answered (found or not); 1 when it could not be reached or
answered something unreadable; 2 for a usage or configuration error.

Examples:
  ilr ils check --type ncip --url https://ils.example.org/ncip --to-agency MUL --patron 21234001234567
  ilr ils check --type sip2 --host ils.example.org --port 6001 --user ilr --password s3cret --institution MUL --tls --patron 21234001234567
  ilr ils check --config /etc/ilr/connector.yaml --patron 21234001234567 --json`,
    )
    .action(async (o: CheckOptions) => {
      let config: PatronSourceConfig;
      let settings: LibrarySettings | undefined;
      let homes: Record<string, string> = {};
      let library = 'ils-check';
      if (o.config) {
        if (o.type) throw new CliError('either --config or --type, not both');
        const loaded = loadConnectorConfig(o.config);
        ({ library, homes } = loaded);
        config = loaded.ils;
        settings = loaded.settingsData;
      } else {
        const parsed = zPatronSourceConfig.safeParse(sourceFromFlags(o));
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new CliError(`${flagOf(issue.path.join('.'))}: ${issue.message}`);
        }
        config = parsed.data;
      }
      const source = await createPatronSource(config, { library, homes, ...(settings ? { settings } : {}) });
      let facts: Partial<PatronFacts> | null;
      try {
        facts = await source.lookup({ messageId: 'ilr-ils-check', factsNeeded: ['registeredAt', ...CHECKED], patron: { lookupKey: o.patron } });
      } catch (e) {
        if (e instanceof ConnectorError && e.code === 'ILS_UNAVAILABLE') throw new CliError(`the ILS could not be read: ${e.message}`, 1);
        throw e;
      } finally {
        await source.close();
      }
      if (o.json) {
        if (!facts) return void console.log(JSON.stringify({ found: false }));
        const out: Record<string, unknown> = {};
        for (const k of CHECKED) if (facts[k] !== undefined) out[k] = facts[k];
        return void console.log(JSON.stringify({ found: true, facts: out }));
      }
      const where = config.type === 'ncip' ? `NCIP responder ${config.url}` : config.type === 'sip2' ? `SIP2 server ${config.host}:${config.port}${config.tls ? ' (TLS)' : ''}` : `sample ILS file ${config.path}`;
      console.log(`${where} answered.`);
      if (!facts) return void console.log('no such patron (the ILS does not know this barcode)');
      console.log('patron found; facts read:');
      for (const line of describe(facts, config.type)) console.log(line);
      console.log("consents, hold-shelf opt-out, detailed notices and the user key come from the library's settings file, not the ILS.");
    });
}

const flagOf = (path: string): string =>
  ({ url: '--url', port: '--port', host: '--host', fromAgencyId: '--from-agency', toAgencyId: '--to-agency', institutionId: '--institution', lookupBy: '--lookup-by', user: '--user', password: '--password', timeoutMs: '--timeout' })[path] ?? path;
