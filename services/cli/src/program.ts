// The `ilr` command tree. Each group of commands lives in src/commands/.
import { Command } from 'commander';
import { registerPolicy } from './commands/policy.js';
import { registerSend } from './commands/send.js';

export function buildProgram(): Command {
  const program = new Command('ilr')
    .description('ILR, the consortium inter-library relay: operator and developer commands')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  ilr policy check ../shared/scenarios        run the acceptance corpus
  ilr policy explain ../shared/scenarios/seeds.yaml --case mt-search-warrant
  ilr policy packs                            list the jurisdiction packs
  ilr send ITEM_FOUND --as mt-bozeman --to wi-madison --body '{...}'`,
    );
  registerPolicy(program);
  registerSend(program);
  return program;
}
