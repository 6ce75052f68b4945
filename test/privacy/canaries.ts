// Canary patrons: invented people with distinctive names, card numbers, addresses,
// emails, phones and borrowed titles, planted in a COPY of deploy/sample (a temporary
// directory). Any of these strings, or an obvious transformation of one, found where no
// lawful disclosure put it is a leak (DOMAIN.md invariant 7).
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample data of the local consortium (read, never written). */
export const SAMPLE_DIR = fileURLToPath(new URL('../../deploy/sample/', import.meta.url));

export interface CanaryPatron {
  /** The library whose system holds the record (the file it is planted in). */
  library: string;
  /** The library's own patron id (never leaves it: the connector sends tokens). */
  id: string;
  firstName: string;
  lastName: string;
  card: string;
  age: number;
  address: string;
  /** A word of the address no other text has (the street's name). */
  street: string;
  email: string;
  phone: string;
  /** Titles of items the patron has out (planted as the library's items). */
  titles: string[];
  /** Fixed tokens the library's system issued (the sample data's kind). */
  tokens: string[];
  /** Further sample-ILS fields: registeredAt, consents, owes, detailedNoticesAllowed... */
  ils?: Record<string, unknown>;
}

/** The library with no connector at first: its requests wait for facts (PENDING). */
export const SILENT_LIBRARY = 'wi-verona';

export const CANARIES = {
  /** Bozeman: consent on file for Madison (CONTACT), holds Madison's canary title; the warrant. */
  bozeman: patron('mt-bozeman', 'pid-bzn-zyxw7731', 'Zyxwvut', 'Canaryperson', '21509173628450', 44, '4417 Quillwort Lane, Bozeman MT 59715', 'Quillwort', '406-555-7341', ['Songs of the Zyxwvut Valley'], ['tok-bzn-cnry-c1a7e93f'], {
    consents: [{ to: 'wi-madison', classes: ['CONTACT'] }],
    owes: { materials: true, fines: 0 },
  }),
  /** Bozeman (forwards notices): detailed notices allowed. */
  detailed: patron('mt-bozeman-fwd', 'pid-fwd-quax4410', 'Marigoldine', 'Quaxbeamish', '21509284739561', 61, '88 Thistlewick Court, Belgrade MT 59714', 'Thistlewick', '406-555-8823', ['The Quaxbeam Atlas of Dunes'], ['tok-fwd-cnry-7b2d4e11'], {
    detailedNoticesAllowed: true,
    owes: { materials: true, fines: 0 },
  }),
  /** Bozeman (forwards notices): generic notices only. */
  generic: patron('mt-bozeman-fwd', 'pid-fwd-penn5521', 'Horatiusz', 'Pennywhistler', '21509395840672', 35, '12 Brambleholt Road, Bozeman MT 59718', 'Brambleholt', '406-555-9914', ['Pennywhistle Tides Revisited'], ['tok-fwd-cnry-3c9e8a02'], {
    owes: { materials: true, fines: 0 },
  }),
  /** Multnomah: a hold for pickup at Hillsboro (the label), account inquiries, a review. */
  multnomah: patron('or-multnomah', 'pid-mul-vexq2736', 'Quenbyrose', 'Vexqorwyn', '21234009182736', 47, '2290 Larkspurrow Avenue, Portland OR 97214', 'Larkspurrow', '503-555-6607', ["Vexqorwyn's Gazetteer of Fog"], ['tok-mul-cnry-5d2e8b14']),
  /** Plymouth: registered there, also in Duxbury's shared record (REFER); borrows by ILL. */
  plymouth: patron('ma-plymouth', 'pid-ply-marr3221', 'Ysoldeyne', 'Marrowquint', '21700004433221', 30, '7 Cranberrymoss Way, Plymouth MA 02360', 'Cranberrymoss', '508-555-2468', ['The Marrowquint Almanac of Tides'], ['tok-ply-cnry-9f1a6c30']),
  /** Duxbury: OCLN resource sharing (IDENTITY), federal process (a gag, a notice), records request. */
  duxbury: patron('ma-duxbury', 'pid-dux-glim5443', 'Perpetuael', 'Glimmerwick', '21700006655443', 30, '301 Saltmeadowry Street, Duxbury MA 02332', 'Saltmeadowry', '781-555-1357', ['Glimmerwick and the Salt Marsh'], ['tok-dux-cnry-4be0d9a6']),
  /** ImagineIF: the library's own collection agency (IDENTITY, CONTACT, OVERDUE, FEES). */
  agency: patron('mt-imagineif', 'pid-iif-this8990', 'Barnabyth', 'Thistlecanary', '21600007788990', 52, '640 Foxglovery Drive, Kalispell MT 59901', 'Foxglovery', '406-555-3150', ['Thistlecanary on Collections'], ['tok-iif-cnry-e2c4a871'], {
    owes: { materials: true, fines: 35 },
  }),
  /** ImagineIF: a child; the caregiver on file presents the card. */
  child: patron('mt-imagineif', 'pid-iif-owlc9001', 'Tamsinelle', 'Owlcanarie', '21600008899001', 9, '640 Foxglovery Drive, Kalispell MT 59901', 'Foxglovery', '406-555-3151', ['Owlcanarie Counts the Stars'], ['tok-iif-cnry-0d7f3b55']),
  /** Bemis: a spouse asks (REFUSE, screened). */
  spouse: patron('co-bemis', 'pid-bem-fenw2334', 'Orielwyn', 'Fenwhistlecan', '21800001122334', 38, '19 Columbinery Place, Littleton CO 80120', 'Columbinery', '303-555-4482', ['Fenwhistle in the Foothills'], ['tok-bem-cnry-8a61f2c7']),
  /** Bemis: a 16-year-old; the father gives the card number (RELAY CIRCULATION). */
  teen: patron('co-bemis', 'pid-bem-brin3445', 'Juniperlyn', 'Brindlecanary', '21800002233445', 16, '19 Columbinery Place, Littleton CO 80120', 'Columbinery', '303-555-4483', ['Brindlecanary Learns to Sail'], ['tok-bem-cnry-5c93d0e8']),
  /** Verona: its connector is not running at first (PENDING, then dead letter or decision). */
  pending: patron(SILENT_LIBRARY, 'pid-ver-gloa2223', 'Wystanley', 'Gloamcanary', '29990001112223', 58, '5 Mistletoeny Lane, Verona WI 53593', 'Mistletoeny', '608-555-0177', ['Gloamcanary and the Driftless Hills'], ['tok-ver-cnry-61e0b4f9'], {
    consents: [{ to: 'wi-madison', classes: ['CONTACT'] }],
  }),
} as const satisfies Record<string, CanaryPatron>;

export type CanaryName = keyof typeof CANARIES;

/**
 * Patrons of the gateway libraries (deploy/sample/gateways.yaml), whose ILL systems speak
 * ISO 18626: they hold no sample ILS, the ILL system sends the patron in `patronInfo`
 * (id, surname, given name, addresses) and the gateway must turn it into a token before
 * anything leaves the library. Planted in the requests the canary flows send.
 */
export const ISO_CANARIES = {
  /** Kingston's ILL system borrows from Carver's (two gateways) and from Plymouth (an SDK connector). */
  kingston: patron('ma-kingston', 'pid-kin-wexl8812', 'Ottoline', 'Wexlowmere', '21900008812345', 41, '14 Quoddyvale Lane, Kingston MA 02364', 'Quoddyvale', '781-555-6620', ['The Silverlake Almanac of Cranberry Bogs'], []),
  /** Halifax's ILL system asks; Halifax's own policy refuses. */
  halifax: patron('ma-halifax', 'pid-hal-brisk0417', 'Cordeliath', 'Briskenharrow', '21900000417780', 57, '3 Monponsettine Road, Halifax MA 02338', 'Monponsettine', '781-555-0417', ['Soundings of the Monponsett Ponds'], []),
} as const satisfies Record<string, CanaryPatron>;

/** An ISO 18626 patronInfo naming the canary (what an ILL system sends): id, name, postal and e-mail addresses, phone. */
export function patronInfoOf(p: CanaryPatron) {
  const [line1, rest] = p.address.split(', ');
  return {
    patronId: p.id,
    surname: p.lastName,
    givenName: p.firstName,
    patronType: { value: 'Adult' },
    address: [
      { physicalAddress: { line1: line1!, locality: rest!.split(' ')[0]!, postalCode: p.address.slice(-5), region: { value: 'MA' }, country: { value: 'US' } } },
      { electronicAddress: { electronicAddressType: { value: 'Email' }, electronicAddressData: p.email } },
      { electronicAddress: { electronicAddressType: { value: 'Phone' }, electronicAddressData: p.phone } },
    ],
  };
}

/** The Plymouth canary as Duxbury's shared OCLN system holds it: registered at Plymouth. */
export const PLYMOUTH_IN_DUXBURY: CanaryPatron = { ...CANARIES.plymouth, library: 'ma-duxbury', id: 'pid-dux-marr3221', tokens: ['tok-dux-cnry-2f8e7a14'], ils: { registeredAt: 'ma-plymouth' } };

/** A title planted outside any patron: written by Madison into its own notices and item-found notes. */
export const MADISON_TITLE = 'The Driftless Canarywood Reader';
/** Madison's item the Bozeman canary holds. */
export const MADISON_ITEM = '39078099990001';

function patron(
  library: string,
  id: string,
  firstName: string,
  lastName: string,
  card: string,
  age: number,
  address: string,
  street: string,
  phone: string,
  titles: string[],
  tokens: string[],
  ils: Record<string, unknown> = {},
): CanaryPatron {
  const local = `${firstName}.${lastName}`.toLowerCase();
  return { library, id, firstName, lastName, card, age, address, street, email: `${local}@canarymail.example`, phone, titles, tokens, ils };
}

// ---------------------------------------------------------------------------------------
// Needles: every string, and every obvious transformation, the scanner looks for
// ---------------------------------------------------------------------------------------

export type NeedleForm =
  | 'full name'
  | 'first name'
  | 'last name'
  | 'card number'
  | 'card digest'
  | 'name digest'
  | 'address'
  | 'street'
  | 'email'
  | 'email local part'
  | 'phone digits'
  | 'title'
  | 'patron id'
  | 'token'
  | 'hold-shelf label';

export interface Needle {
  /** The canary patron it belongs to (a CanaryName), or 'madison' for Madison's own title. */
  owner: string;
  form: NeedleForm;
  value: string;
  /** Matched against the digits-only view (separators between digits removed). */
  digits?: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The hold-shelf label the Multnomah procedure gives: first four letters of the last name, last four digits of the card. */
export const labelOf = (p: CanaryPatron): string => `${p.lastName.slice(0, 4).toUpperCase()} ${p.card.slice(-4)}`;

export function needlesOf(owner: string, p: CanaryPatron): Needle[] {
  const n = (form: NeedleForm, value: string, digits = false): Needle => ({ owner, form, value, ...(digits ? { digits } : {}) });
  return [
    n('full name', `${p.firstName} ${p.lastName}`),
    n('first name', p.firstName),
    n('last name', p.lastName),
    n('card number', p.card, true),
    n('card digest', sha256(p.card)),
    n('name digest', sha256(p.lastName)),
    n('name digest', sha256(p.lastName.toLowerCase())),
    n('name digest', sha256(`${p.firstName} ${p.lastName}`)),
    n('address', p.address),
    n('street', p.street),
    n('email', p.email),
    n('email local part', p.email.split('@')[0]!),
    n('phone digits', p.phone.replace(/\D/g, ''), true),
    ...p.titles.map((t) => n('title', t)),
    n('patron id', p.id),
    ...p.tokens.map((t) => n('token', t)),
    n('hold-shelf label', labelOf(p)),
    n('hold-shelf label', labelOf(p).replace(' ', '')),
  ];
}

export function allNeedles(): Needle[] {
  const out: Needle[] = [];
  for (const [name, p] of [...Object.entries(CANARIES), ...Object.entries(ISO_CANARIES)]) out.push(...needlesOf(name, p));
  out.push(...needlesOf('plymouth', PLYMOUTH_IN_DUXBURY).filter((n) => n.form === 'patron id' || n.form === 'token'));
  out.push({ owner: 'madison', form: 'title', value: MADISON_TITLE });
  return out;
}

// ---------------------------------------------------------------------------------------
// The copy of deploy/sample with the canaries planted
// ---------------------------------------------------------------------------------------

export interface PlantedSample {
  dir: string;
  remove(): void;
}

/** Copies deploy/sample to a temporary directory and plants every canary there; deploy/sample is not touched. */
export function plantCanaries(): PlantedSample {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-canary-sample-'));
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  // The library whose connector is started late: US-WI, like Madison.
  const directoryFile = join(dir, 'directory.yaml');
  writeFileSync(directoryFile, `${readFileSync(directoryFile, 'utf8').trimEnd()}\n  - { id: ${SILENT_LIBRARY}, name: Verona Public Library, jurisdiction: US-WI }\n`);
  writeFileSync(join(dir, 'ils', `${SILENT_LIBRARY}.json`), JSON.stringify({ library: SILENT_LIBRARY, patrons: [], items: [] }));

  // Duxbury's shared OCLN system also holds the Plymouth canary, registered at Plymouth.
  let item = 0;
  for (const p of [...Object.values(CANARIES), PLYMOUTH_IN_DUXBURY] as CanaryPatron[]) {
    const file = join(dir, 'ils', `${p.library}.json`);
    const ils = JSON.parse(readFileSync(file, 'utf8')) as { patrons: unknown[]; items: unknown[] };
    const loans = p.titles.map((title) => {
      const id = `3999000${String(++item).padStart(7, '0')}`;
      ils.items.push({ id, title, owner: p.library, status: 'ON_LOAN' });
      return id;
    });
    if (p === CANARIES.bozeman) {
      loans.push(MADISON_ITEM);
      ils.items.push({ id: MADISON_ITEM, title: MADISON_TITLE, owner: 'wi-madison', status: 'OVERDUE' });
    }
    // address, email and phone are what a real library system holds; the sample ILS reader
    // ignores them, and ILR must never see them either way.
    ils.patrons.push({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      card: p.card,
      age: p.age,
      address: p.address,
      email: p.email,
      phone: p.phone,
      tokens: p.tokens,
      loans,
      ...p.ils,
    });
    writeFileSync(file, JSON.stringify(ils, null, 2));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
