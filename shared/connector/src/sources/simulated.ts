// A library's sample ILS (deploy/sample/ils/<library>.json) served by an NCIP responder or a
// SIP2 server simulator instead of the file: the same patrons, the same facts, read over the
// protocol. The local consortium and the tests use it; what the protocols cannot carry goes
// into the library's settings, as it would beside a real ILS.
import { NcipResponder, type SimUser } from '@ilr/ncip';
import { Sip2Server, type SimPatron } from '@ilr/sip2';
import type { SampleIlsData, SamplePatron } from '../sample-ils.js';
import type { LibrarySettings, PatronSourceConfig } from './config.js';

export interface SimulatedIls {
  type: 'ncip' | 'sip2';
  /** The patron-source configuration that reaches the simulator. */
  config: Exclude<PatronSourceConfig, { type: 'file' }>;
  settings: LibrarySettings;
  homes: Record<string, string>;
  ncip?: NcipResponder;
  sip2?: Sip2Server;
  /** Replaces every patron (the simulator's records and the settings) with another sample's. */
  load(data: SampleIlsData): void;
  close(): Promise<void>;
}

const DAY = 86_400_000;

/** A birth date that makes `age` whole years on `day` (the birthday 100 days past). */
function birthDateFor(age: number, day: Date): string {
  const d = new Date(day.getTime() - 100 * DAY);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return d.toISOString().slice(0, 10);
}

const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The sample's loans, not yet due; one more, past due, where the sample says materials are owed. */
function loansOf(p: SamplePatron, day: Date) {
  const loans = p.loans.map((itemId) => ({ itemId, dateDue: isoDay(day.getTime() + 14 * DAY) }));
  if (p.owes.materials) loans.push({ itemId: `overdue-${p.id}`, dateDue: isoDay(day.getTime() - 30 * DAY) });
  return loans;
}

const homeCode = (library: string) => `HOME-${library.toUpperCase()}`;

/** The library's settings for the sample's patrons (what NCIP and SIP2 cannot carry), and the home codes. */
function settingsOf(data: SampleIlsData): { settings: LibrarySettings; homes: Record<string, string> } {
  const settings: LibrarySettings = { defaults: { shelfOptOut: false, detailedNoticesAllowed: false }, patrons: {} };
  const homes: Record<string, string> = {};
  for (const p of data.patrons) {
    settings.patrons[p.card] = {
      consents: p.consents,
      shelfOptOut: p.shelfOptOut,
      detailedNoticesAllowed: p.detailedNoticesAllowed,
      ...(p.userKey ? { userKey: p.userKey } : {}),
      id: p.id,
      tokens: p.tokens,
    };
    if (p.registeredAt && p.registeredAt !== data.library) homes[homeCode(p.registeredAt)] = p.registeredAt;
  }
  return { settings, homes };
}

const homeOf = (data: SampleIlsData, p: SamplePatron): string | undefined => (p.registeredAt && p.registeredAt !== data.library ? homeCode(p.registeredAt) : undefined);

export function ncipUsersOf(data: SampleIlsData, day: Date): SimUser[] {
  return data.patrons.map((p) => {
    const home = homeOf(data, p);
    return {
      barcode: p.card,
      givenName: p.firstName,
      surname: p.lastName,
      ...(p.age !== undefined ? { birthDate: birthDateFor(p.age, day) } : {}),
      balanceMinor: Math.round(p.owes.fines * 100),
      loans: loansOf(p, day),
      ...(home ? { agencyId: home } : {}),
    };
  });
}

export function sip2PatronsOf(data: SampleIlsData, day: Date): SimPatron[] {
  return data.patrons.map((p) => {
    const home = homeOf(data, p);
    return {
      barcode: p.card,
      name: p.firstName ? `${p.lastName}, ${p.firstName}` : p.lastName,
      ...(p.age !== undefined ? { birthDate: birthDateFor(p.age, day) } : {}),
      feeAmount: p.owes.fines,
      loans: loansOf(p, day),
      ...(home ? { homeLibrary: home } : {}),
    };
  });
}

export async function startSimulatedIls(data: SampleIlsData, type: 'ncip' | 'sip2', o: { now?: () => Date } = {}): Promise<SimulatedIls> {
  const now = o.now ?? (() => new Date());
  const { settings, homes } = settingsOf(data);
  // Replaces the simulator's patrons, the settings and the home codes in place (the source holds them).
  const load = (next: SampleIlsData, into: { ncip?: NcipResponder; sip2?: Sip2Server }) => {
    const fresh = settingsOf(next);
    settings.patrons = fresh.settings.patrons;
    for (const k of Object.keys(homes)) delete homes[k];
    Object.assign(homes, fresh.homes);
    if (into.ncip) {
      into.ncip.users.clear();
      for (const u of ncipUsersOf(next, now())) into.ncip.users.set(u.barcode, u);
    }
    if (into.sip2) {
      into.sip2.patrons.clear();
      for (const p of sip2PatronsOf(next, now())) into.sip2.patrons.set(p.barcode, p);
    }
  };
  if (type === 'ncip') {
    const ncip = await NcipResponder.start({ users: ncipUsersOf(data, now()), agencyId: data.library.toUpperCase() });
    return {
      type,
      config: { type: 'ncip', url: ncip.url, fromAgencyId: 'ILR', toAgencyId: data.library.toUpperCase() },
      settings,
      homes,
      ncip,
      load: (next) => load(next, { ncip }),
      close: () => ncip.close(),
    };
  }
  const sip2 = await Sip2Server.start({ patrons: sip2PatronsOf(data, now()), user: 'ilr', password: 'ilr-sim', institutionId: data.library.toUpperCase(), now });
  return {
    type,
    config: { type: 'sip2', host: sip2.host, port: sip2.port, user: 'ilr', password: 'ilr-sim', institutionId: data.library.toUpperCase() },
    settings,
    homes,
    sip2,
    load: (next) => load(next, { sip2 }),
    close: () => sip2.close(),
  };
}
