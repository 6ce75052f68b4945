// A finder library tells the owning library it holds its item: no patron data, relayed.
import { enumFromWire } from '@ilr/wire';
import { library, received, type Flow } from './flow.js';

export const itemFound: Flow = {
  title: 'Bozeman finds a Madison book in its book drop (ITEM_FOUND, mt-bozeman -> wi-madison)',
  check: 'item found',
  expected: 'RELAY',
  async run(c, print) {
    const sent = await library(c, 'mt-bozeman').send('ITEM_FOUND', 'wi-madison', { itemId: '39078091234567', owningLibrary: 'wi-madison', note: 'returned in our book drop' });
    const found = await received(c, 'wi-madison', 'ITEM_FOUND', sent.messageId);
    const outcome = found.decision ? enumFromWire('Outcome', found.decision.outcome) : 'none';
    print(`  wi-madison's system received the ITEM_FOUND for item ${found.body.itemId}; decision ${outcome}, no patron data involved`);
    return outcome;
  },
};
