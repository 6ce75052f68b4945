import { buildPolicyBook, loadPolicyData, zLibraryEntry, type PatronFacts, type PolicyData, type PolicyRequest } from '../src/index.js';

export const data: PolicyData = loadPolicyData();

/** A directory with one library per pack and profile, plus a few with settings. */
export const directory = [
  { id: 'mt-bozeman', name: 'Bozeman', jurisdiction: 'US-MT', groups: ['msc'] },
  { id: 'mt-bozeman-fwd', name: 'Bozeman (forwards)', jurisdiction: 'US-MT', groups: ['msc'], settings: { forwardRecoveryNotices: true } },
  { id: 'mt-imagineif', name: 'ImagineIF', jurisdiction: 'US-MT', groups: ['msc'], profile: 'imagineif' },
  { id: 'ma-duxbury', name: 'Duxbury', jurisdiction: 'US-MA', groups: ['ocln'], profile: 'duxbury' },
  { id: 'ma-plymouth', name: 'Plymouth', jurisdiction: 'US-MA', groups: ['ocln'] },
  { id: 'co-bemis', name: 'Bemis', jurisdiction: 'US-CO', profile: 'bemis' },
  { id: 'or-multnomah', name: 'Multnomah', jurisdiction: 'US-OR', profile: 'multnomah' },
  { id: 'or-hillsboro', name: 'Hillsboro', jurisdiction: 'US-OR' },
  { id: 'xx-nowhere', name: 'A library in a state without a pack', jurisdiction: 'US-ZZ' },
  { id: 'private-lib', name: 'A private library', jurisdiction: 'US-MA', publiclyFunded: false, nondisclosurePolicy: false },
  ...[...data.packs.keys()]
    .filter((j) => j.startsWith('US-') && !['US-MT', 'US-MA', 'US-CO', 'US-OR'].includes(j))
    .map((j) => ({ id: `${j.slice(3).toLowerCase()}-main`, name: `Main library of ${j}`, jurisdiction: j })),
].map((l) => zLibraryEntry.parse(l));

export const book = buildPolicyBook(data, directory, 'tests/helpers.ts');

export function request(partial: Partial<PolicyRequest> & Pick<PolicyRequest, 'kind' | 'to'>): PolicyRequest {
  return { from: { type: 'LIBRARY', library: 'ma-plymouth' }, purpose: 'OTHER', basis: 'NONE', wants: [], ...partial };
}

export function patron(partial: Partial<PatronFacts> = {}): PatronFacts {
  return {
    registeredAt: 'mt-bozeman',
    age: 40,
    lastName: 'Olsen',
    card: '21500000123456',
    shelfOptOut: false,
    detailedNoticesAllowed: false,
    consents: [],
    owes: { materials: false, fines: 0 },
    ...partial,
  };
}

/** The decision date tests decide on (the engine never reads a clock). */
export const TODAY = '2026-12-03';
