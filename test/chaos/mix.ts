// The traffic of the chaos tests: the benchmark's ordinary day (test/bench/relay.ts MIX)
// plus one message of each other ending, so every path of the router is under load when
// something dies: RELAY (with and without a patron-fact lookup), REFER, REFUSE, REVIEW,
// and a rejected message (dead letter + error reply).
import { enumToWire, type BodyInit, type Kind } from '@ilr/wire';

/** How a job must end: the outcome of its FINAL reply, or a dead letter with this code. */
export type Ending =
  | { outcome: 'RELAY'; deliveredTo: string }
  | { outcome: 'REFER'; deliveredTo: string }
  | { outcome: 'REFUSE' }
  | { outcome: 'REVIEW'; home: string }
  | { outcome: 'DEAD_LETTER'; code: string };

export interface Job {
  name: string;
  from: string;
  to: string;
  kind: Kind;
  body: BodyInit<Kind>;
  ending: Ending;
}

const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));

export const MIX: readonly Job[] = [
  {
    name: 'item found (no patron)',
    from: 'mt-bozeman',
    to: 'wi-madison',
    kind: 'ITEM_FOUND',
    body: { itemId: '39078091234567', owningLibrary: 'wi-madison' },
    ending: { outcome: 'RELAY', deliveredTo: 'wi-madison' },
  },
  {
    name: 'inquiry refused before lookup',
    from: 'wi-madison',
    to: 'mt-bozeman',
    kind: 'PATRON_INQUIRY',
    body: {
      lookup: { name: 'Olsen' },
      requester: { library: 'wi-madison' },
      purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'),
      basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'),
      wants: want('CONTACT'),
    },
    ending: { outcome: 'REFUSE' },
  },
  {
    name: 'loan request',
    from: 'ma-plymouth',
    to: 'ma-duxbury',
    kind: 'LOAN_REQUEST',
    body: {
      header: { requestingAgencyRequestId: 'ply-1' },
      bibliographicInfo: { title: 'Moby-Dick' },
      patron: { token: 'tok-ply-9a2c1e77', homeLibrary: 'ma-plymouth' },
    },
    ending: { outcome: 'RELAY', deliveredTo: 'ma-duxbury' },
  },
  {
    name: 'hold pickup (facts lookup, label)',
    from: 'or-multnomah',
    to: 'or-hillsboro',
    kind: 'HOLD_PICKUP',
    body: { patron: { token: 'tok-mul-3e7d0b58', homeLibrary: 'or-multnomah' }, itemId: '31234000111222', pickupLibrary: 'or-hillsboro' },
    ending: { outcome: 'RELAY', deliveredTo: 'or-hillsboro' },
  },
  {
    name: 'police inquiry referred to the registering library',
    from: 'co-bemis',
    to: 'ma-duxbury',
    kind: 'PATRON_INQUIRY',
    body: {
      lookup: { name: 'Nguyen' },
      requester: { agency: { agency: enumToWire('Agency', 'POLICE') } },
      purpose: enumToWire('Purpose', 'INVESTIGATION'),
      basis: enumToWire('LegalBasis', 'NONE'),
      wants: want('IDENTITY', 'CIRCULATION'),
    },
    ending: { outcome: 'REFER', deliveredTo: 'ma-plymouth' },
  },
  {
    name: 'search warrant parked for review',
    from: 'wi-madison',
    to: 'mt-bozeman',
    kind: 'LEGAL_PROCESS',
    body: {
      process: { type: enumToWire('ProcessType', 'SEARCH_WARRANT'), issuer: enumToWire('Issuer', 'STATE'), gag: false, criminal: true },
      requester: { agency: enumToWire('Agency', 'POLICE') },
      wants: want('IDENTITY', 'CIRCULATION'),
      patron: { token: 'tok-bzn-7f3a91c2', homeLibrary: 'mt-bozeman' },
      purpose: enumToWire('Purpose', 'INVESTIGATION'),
      basis: enumToWire('LegalBasis', 'SEARCH_WARRANT'),
    },
    ending: { outcome: 'REVIEW', home: 'mt-bozeman' },
  },
  {
    name: 'item found for a library that is not a member',
    from: 'or-hillsboro',
    to: 'zz-nowhere',
    kind: 'ITEM_FOUND',
    body: { itemId: '1', owningLibrary: 'zz-nowhere' },
    ending: { outcome: 'DEAD_LETTER', code: 'UNKNOWN_LIBRARY' },
  },
];

/** Every library that sends or receives in the mix (each runs a counting connector). */
export const MIX_LIBRARIES: readonly string[] = [
  ...new Set(MIX.flatMap((j) => [j.from, ...('deliveredTo' in j.ending ? [j.ending.deliveredTo] : [])])),
];
