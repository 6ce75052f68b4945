// `ilr iso18626 check`: the gateway's stateless checks, offline (no directory, no
// transaction state): size limit, DOCTYPE refusal, UTF-8, well-formedness, the schema and
// the error policy of services/gateway/README.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  Iso18626Error,
  LIMITS,
  ProfileError,
  checkMessage,
  confirm,
  confirmFailure,
  profileById,
  serialize,
  type CheckResult,
  type IsoMessage,
  type PeerProfile,
} from '@ilr/iso18626';
import type { Command } from 'commander';
import { CliError } from '../output.js';

export function registerIso18626(program: Command): void {
  const iso = program
    .command('iso18626')
    .description('ISO 18626 (interlibrary loan) messages: check them offline as the gateway would')
    .addHelpText('after', '\nThe gateway (services/gateway, bin ilr-gateway) and its error policy: services/gateway/README.md.');

  iso
    .command('check')
    .description('check ISO 18626 messages: one line per file, then "N OK, N ERROR"')
    .argument('<paths...>', 'message files, or folders (their *.xml files, sorted by name, not recursive)')
    .option('--confirmation', 'print the whole confirmation the gateway would answer after each line')
    .option('--profile <id>', 'read as the named ILL system sends (a file of shared/iso18626/profiles); default strict')
    .addHelpText(
      'after',
      `
Each file gets one line:
  <file>: OK <message element>              (request, supplyingAgencyMessage, requestingAgencyMessage)
  <file>: ERROR <errorType>: <errorValue>   (the errorData the gateway would answer)
A file over ${LIMITS.maxBytes} bytes, with a DOCTYPE or entity declaration, or not UTF-8 gets an
ERROR line like any other. These checks are stateless: no member directory (agency ids are
not looked up) and no transaction state (resent messages are not recognised).
Exits 0 when every file is OK, 1 when any is ERROR, 2 when a path cannot be read.

Examples:
  ilr iso18626 check shared/iso18626/samples
  ilr iso18626 check --confirmation request.xml`,
    )
    .action((paths: string[], opts: { confirmation?: boolean; profile?: string }) => {
      let profile;
      try {
        profile = profileById(opts.profile);
      } catch (e) {
        if (e instanceof ProfileError) throw new CliError(e.message);
        throw e;
      }
      const files = paths.flatMap(expand);
      let ok = 0;
      let failed = 0;
      for (const file of files) {
        const result = checkFile(file, profile);
        if (result.ok) {
          ok++;
          console.log(`${file}: OK ${result.document.kind}`);
        } else {
          failed++;
          console.log(`${file}: ERROR ${result.error.errorType}: ${result.error.errorValue}`);
        }
        if (opts.confirmation) {
          const c = result.ok ? confirm(result.document) : confirmFailure(result.error, result.tree, result.element);
          console.log(serialize(c).trimEnd());
        }
      }
      console.log(`${ok} OK, ${failed} ERROR`);
      if (failed) process.exitCode = 1;
    });
}

function expand(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file or folder`);
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.xml'))
    .map((e) => e.name)
    .sort()
    .map((name) => join(path, name));
}

function checkFile(file: string, profile: PeerProfile): CheckResult<IsoMessage> {
  // Not read at all above the limit, as the gateway does not read such a body.
  if (statSync(file).size > LIMITS.maxBytes) {
    return { ok: false, error: new Iso18626Error('BadlyFormedMessage', `message larger than ${LIMITS.maxBytes} bytes`, 413) };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return checkMessage(bytes, { profile });
}
