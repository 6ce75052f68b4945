// Another state's library asks for a patron's address: refused under the home library's
// law, with the same reply whether the patron exists or not (invariant 1).
import { enumFromWire, enumToWire } from '@ilr/wire';
import { describeReply, library, want, type Flow } from './flow.js';

export const addressRefused: Flow = {
  title: 'Madison asks Bozeman for the address of the patron who had its book (PATRON_INQUIRY)',
  check: 'address refused, same reply',
  expected: 'REFUSE',
  async run(c, print) {
    const inquiry = (name: string) => ({
      lookup: { name },
      requester: { library: 'wi-madison' },
      purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'),
      basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'),
      wants: want('EXISTENCE', 'IDENTITY', 'CONTACT'),
    });
    const exists = await library(c, 'wi-madison').request('PATRON_INQUIRY', 'mt-bozeman', inquiry('Olsen'));
    print(`  about a patron Bozeman has:        ${describeReply(exists)}`);
    const missing = await library(c, 'wi-madison').request('PATRON_INQUIRY', 'mt-bozeman', inquiry('Nobody-Such'));
    print(`  about a patron who does not exist: ${describeReply(missing)}`);
    const same = JSON.stringify(exists) === JSON.stringify(missing);
    print(`  the two replies are ${same ? 'byte-for-byte identical: the refusal does not reveal whether the patron exists' : 'DIFFERENT'}`);
    return same ? enumFromWire('Outcome', exists.outcome) : 'DIFFERENT';
  },
};
