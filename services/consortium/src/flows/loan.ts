// Resource sharing inside a consortium group: relayed, the patron as a token.
import { enumFromWire } from '@ilr/wire';
import { describeReply, library, type Flow } from './flow.js';

export const loanRelayed: Flow = {
  title: 'Plymouth asks Duxbury for an interlibrary loan (LOAN_REQUEST, OCLN resource sharing)',
  check: 'loan relayed',
  expected: 'RELAY',
  async run(c, print) {
    const loan = await library(c, 'ma-plymouth').request('LOAN_REQUEST', 'ma-duxbury', {
      header: { requestingAgencyRequestId: 'ply-2026-0042' },
      bibliographicInfo: { title: 'Moby-Dick', author: 'Herman Melville' },
      patron: { token: 'tok-ply-9a2c1e77', homeLibrary: 'ma-plymouth' },
    });
    print(`  ${describeReply(loan)}`);
    print('  the patron travels as a token only Plymouth can resolve');
    return enumFromWire('Outcome', loan.outcome);
  },
};
