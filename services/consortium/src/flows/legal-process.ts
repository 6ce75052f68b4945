// Legal process waits for a person: a search warrant goes to the director's review queue, urgent.
import { enumFromWire, enumToWire } from '@ilr/wire';
import { describeReply, library, want, type Flow } from './flow.js';

export const searchWarrant: Flow = {
  title: 'A search warrant is served at Bozeman (LEGAL_PROCESS)',
  check: 'warrant held for review',
  expected: 'REVIEW',
  async run(c, print) {
    const warrant = await library(c, 'mt-bozeman').request('LEGAL_PROCESS', 'mt-bozeman', {
      process: { type: enumToWire('ProcessType', 'SEARCH_WARRANT'), issuer: enumToWire('Issuer', 'STATE'), gag: false, criminal: true },
      requester: { agency: enumToWire('Agency', 'POLICE') },
      purpose: enumToWire('Purpose', 'INVESTIGATION'),
      basis: enumToWire('LegalBasis', 'SEARCH_WARRANT'),
      wants: want('IDENTITY', 'CIRCULATION'),
      lookup: { name: 'Olsen' },
      documentRef: 'Gallatin County SW-2026-118',
    } as never);
    print(`  ${describeReply(warrant)}`);
    print("  it waits in Bozeman's review queue for the director, marked urgent: a warrant is executable at once");
    return enumFromWire('Outcome', warrant.outcome);
  },
};
