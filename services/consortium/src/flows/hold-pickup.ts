// A hold ready at another library: the pickup library gets the hold-shelf label only.
import { library, received, type Flow } from './flow.js';

export const holdPickup: Flow = {
  title: 'A Multnomah hold is ready for pickup at Hillsboro (HOLD_PICKUP)',
  check: 'hold label only',
  expected: 'RELAY',
  async run(c, print) {
    const sent = await library(c, 'or-multnomah').send('HOLD_PICKUP', 'or-hillsboro', {
      patron: { token: 'tok-mul-3e7d0b58', homeLibrary: 'or-multnomah' },
      itemId: '31234000111222',
      pickupLibrary: 'or-hillsboro',
    });
    const hold = await received(c, 'or-hillsboro', 'HOLD_PICKUP', sent.messageId);
    print(`  or-hillsboro's hold shelf gets the label "${hold.body.label}" and nothing else about the patron`);
    return hold.body.label ? 'RELAY' : 'NO LABEL';
  },
};
