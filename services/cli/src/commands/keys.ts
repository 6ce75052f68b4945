// `ilr keys ...`: a library's patron-token keys, on the host where its connector runs (the
// consortium never holds them). List what is kept (counts, never contents), rotate, shred.
import { TokenError, TokenVault, type JournalRecord, type KeyStatus } from '@ilr/connector';
import type { Command } from 'commander';
import { CliError } from '../output.js';

interface KeysOptions {
  library: string;
  dir?: string;
}

const withKeysOptions = (c: Command): Command =>
  c
    .requiredOption('--library <id>', 'the library whose keystore this is, e.g. mt-bozeman')
    .option('--dir <path>', "the keys directory of the library's connector (default: ILR_KEYS_DIR)");

async function openVault(opts: KeysOptions): Promise<TokenVault> {
  const dir = opts.dir ?? process.env.ILR_KEYS_DIR;
  if (!dir) throw new CliError('no keys directory: pass --dir <path> or set ILR_KEYS_DIR (where the connector keeps <library>.keys.json)');
  return run(() => TokenVault.open({ dir, library: opts.library, create: false }));
}

/** A TokenError is the operator's to fix: one line. */
async function run<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof TokenError) throw new CliError(e.message);
    throw e;
  }
}

const when = (iso: string | undefined): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')}Z` : '-');

function keyLine(k: KeyStatus): string {
  const cols = [k.id, k.state.padEnd(8), when(k.createdAt).padEnd(17), when(k.retiredAt).padEnd(17), when(k.shreddedAt).padEnd(17)];
  return `${cols.join('  ')}  ${String(k.links.open).padStart(4)}  ${String(k.links.completed).padStart(9)}`;
}

function journalLine(r: JournalRecord): string {
  if (r.event === 'RETENTION') {
    return (
      `${when(r.at)}  retention (${r.retentionDays} days): ${r.purged} expunged; kept: ${r.keptOutstanding} for outstanding materials or fines, ` +
      `${r.deferred} deferred (the library system did not answer), ${r.withinPeriod} within the period, ${r.open} open`
    );
  }
  if (r.event === 'KEY_ROTATED') return `${when(r.at)}  key ${r.key} made active${r.retired ? `, ${r.retired} retired` : ''} (${r.by})`;
  return `${when(r.at)}  key ${r.key} shredded, ${r.purged} link(s) expunged with it (${r.by})`;
}

export function registerKeys(program: Command): void {
  const keys = program
    .command('keys')
    .description("a library's patron-token keys: list, rotate, shred (run on the library's connector host; the consortium never holds keys)")
    .addHelpText(
      'after',
      `
Patron tokens are handles into the library's ledger of links (patron, item, partner,
transaction), each link sealed under the key that minted the token. The connector rotates
the key once per retention period, expunges links when their retention period is over
(unless materials or fines are outstanding) and shreds keys no link is kept under.
Shredding a key makes every token minted under it unresolvable, wherever copies sit.`,
    );

  withKeysOptions(keys.command('list'))
    .description('list the keys, how many links each still seals (counts only), and the last journal records')
    .option('--journal <n>', 'how many journal records to show', '5')
    .addHelpText('after', '\nExample:\n  ilr keys list --library mt-bozeman --dir /var/lib/ilr/keys')
    .action(async (opts: KeysOptions & { journal: string }) => {
      const n = Number(opts.journal);
      if (!Number.isInteger(n) || n < 0) throw new CliError(`--journal must be a whole number, not "${opts.journal}"`);
      const vault = await openVault(opts);
      const status = await run(() => vault.status());
      console.log(`keystore ${vault.files.keystore}`);
      console.log(`${'KEY'.padEnd(9)}  ${'STATE'.padEnd(8)}  ${'CREATED'.padEnd(17)}  ${'RETIRED'.padEnd(17)}  ${'SHREDDED'.padEnd(17)}  OPEN  COMPLETED`);
      for (const k of status.keys) console.log(keyLine(k));
      if (status.keys.length === 0) console.log('(no key yet: the connector makes one when it first mints a token)');
      console.log(`links kept: ${status.links.open} open, ${status.links.completed} completed (contents are never shown)`);
      const journal = await run(() => vault.journal(n));
      if (n > 0) {
        console.log(journal.length ? `last ${journal.length} journal record(s), ${vault.files.journal}:` : 'journal: nothing recorded yet');
        for (const r of journal) console.log(`  ${journalLine(r)}`);
      }
    });

  withKeysOptions(keys.command('rotate'))
    .description('make a new key active now; the old one is retired: its tokens resolve until their links are expunged')
    .addHelpText('after', '\nThe connector also rotates by itself once per retention period.\n\nExample:\n  ilr keys rotate --library mt-bozeman --dir /var/lib/ilr/keys')
    .action(async (opts: KeysOptions) => {
      const vault = await openVault(opts);
      const before = vault.status().keys.find((k) => k.state === 'active')?.id;
      const key = await run(() => vault.rotate('operator'));
      console.log(`key ${key.id} is now active${before ? `; ${before} is retired` : ''}`);
    });

  withKeysOptions(keys.command('shred'))
    .description('destroy a retired key: every token minted under it stops resolving, wherever copies sit')
    .argument('[key-id]', 'the key to shred (ilr keys list shows them)')
    .option('--expired', 'shred every retired key no link is kept under any more')
    .option('--force', 'shred even though links are still kept under the key (they are expunged with it): for a compromised key')
    .addHelpText(
      'after',
      `
The key must be retired first (ilr keys rotate). Without --force, a key that still seals
links (open transactions, outstanding materials or fines, or within the retention period)
is not shredded. The key's material is overwritten and removed from the keystore.

Examples:
  ilr keys shred k3fa91c20 --library mt-bozeman --dir /var/lib/ilr/keys
  ilr keys shred --expired --library mt-bozeman --dir /var/lib/ilr/keys`,
    )
    .action(async (kid: string | undefined, opts: KeysOptions & { expired?: boolean; force?: boolean }) => {
      if (!kid && !opts.expired) throw new CliError('name the key to shred (ilr keys list shows them) or pass --expired');
      if (kid && opts.expired) throw new CliError('either a key id or --expired, not both');
      const vault = await openVault(opts);
      if (opts.expired) {
        const shredded = await run(() => vault.shredExpired('operator'));
        console.log(shredded.length ? `shredded ${shredded.length} spent key(s): ${shredded.join(', ')}` : 'no retired key without kept links: nothing shredded');
        return;
      }
      const r = await run(() => vault.shred(kid!, { force: opts.force ?? false, by: 'operator' }));
      if (r.alreadyShredded) console.log(`key ${r.key} was already shredded`);
      else console.log(`key ${r.key} shredded: tokens minted under it no longer resolve anywhere; ${r.purged} link(s) expunged with it`);
    });
}
