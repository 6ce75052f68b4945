// Police at one library ask about a patron registered at another: referred there, and
// the police are not told where.
import { randomUUID } from 'node:crypto';
import { enumFromWire, enumToWire } from '@ilr/wire';
import { describeReply, library, received, want, type Flow } from './flow.js';

export const referral: Flow = {
  title: 'Police at the Duxbury desk ask about a patron registered at Plymouth (PATRON_INQUIRY)',
  check: 'referred to the registering library',
  expected: 'REFER',
  async run(c, print) {
    const id = randomUUID();
    const police = await library(c, 'ma-duxbury').request(
      'PATRON_INQUIRY',
      'ma-duxbury',
      {
        lookup: { name: 'Nguyen' },
        requester: { agency: { agency: enumToWire('Agency', 'POLICE') } },
        purpose: enumToWire('Purpose', 'INVESTIGATION'),
        basis: enumToWire('LegalBasis', 'NONE'),
        wants: want('IDENTITY', 'CIRCULATION'),
      },
      { messageId: id },
    );
    print(`  ${describeReply(police)}`);
    await received(c, 'ma-plymouth', 'PATRON_INQUIRY', id);
    print('  the broker routed the request to Plymouth, whose policy decides it; the police are not told where it went');
    return enumFromWire('Outcome', police.outcome);
  },
};
