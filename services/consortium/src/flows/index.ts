// The walk-through's flows, in the order they are shown. A new topic is a module in this
// folder exporting a Flow, and one line here.
import type { Flow } from './flow.js';
import { forgedSender } from './forged-sender.js';
import { holdPickup } from './hold-pickup.js';
import { itemFound } from './item-found.js';
import { isoLoan, isoRefused } from './iso18626.js';
import { searchWarrant } from './legal-process.js';
import { loanRelayed } from './loan.js';
import { addressRefused } from './patron-inquiry.js';
import { referral } from './referral.js';

export const FLOWS: readonly Flow[] = [itemFound, addressRefused, loanRelayed, referral, searchWarrant, holdPickup, isoLoan, isoRefused, forgedSender];

export { describeReply, library, received, want, type Flow, type Print } from './flow.js';
