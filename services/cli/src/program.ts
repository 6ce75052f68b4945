// The `ilr` command tree. Each group of commands lives in src/commands/.
import { Command } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerConsole } from './commands/console.js';
import { registerIso18626 } from './commands/iso18626.js';
import { registerIls } from './commands/ils.js';
import { registerKeys } from './commands/keys.js';
import { registerLibraries } from './commands/libraries.js';
import { registerOperations } from './commands/operations.js';
import { registerPolicy } from './commands/policy.js';
import { registerReview } from './commands/review.js';
import { registerSend } from './commands/send.js';

export function buildProgram(): Command {
  const program = new Command('ilr')
    .description('ILR, the consortium inter-library relay: operator and developer commands')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  ilr policy check test/corpora               run the acceptance corpora (seeds and law)
  ilr policy explain test/corpora/seeds/seeds.yaml --case mt-search-warrant
  ilr policy packs                            list the jurisdiction packs
  ilr send ITEM_FOUND --as mt-bozeman --to wi-madison --body '{...}'
  ilr audit verify                            check the audit log's hash chain end to end
  ilr audit query --home mt-bozeman --since 7d   decisions under Bozeman's policy this week
  ilr keys list --library mt-bozeman --dir /var/lib/ilr/keys   on the library's connector host
  ilr libraries add mt-bozeman --name "Bozeman Public Library" --jurisdiction US-MT
  ilr review list --as mt-bozeman             the legal process waiting for Bozeman's director
  ilr iso18626 check shared/iso18626/samples  ISO 18626 messages checked as the gateway would
  ilr ils check --config connector.yaml --patron 21234001234567   can the connector read your ILS?
  ilr console users add ada --role operator   a console account (the password is printed once)
  ilr status                                  what needs a person now (backlog, PENDING, dead letters, review...)
  ilr deadletters list --since 24h            rejected messages, newest first
  ilr trace wi-madison <message-id>           one message from ingress to delivery, ack and reply`,
    );
  registerPolicy(program);
  registerAudit(program);
  registerSend(program);
  registerKeys(program);
  registerLibraries(program);
  registerReview(program);
  registerIso18626(program);
  registerIls(program);
  registerConsole(program);
  registerOperations(program);
  return program;
}
