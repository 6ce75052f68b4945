// One patron-source interface, three implementations (file, ncip, sip2), chosen by the
// library's connector configuration. A source answers the facts a lookup needs and nothing
// more: null for no such patron, ConnectorError ILS_UNAVAILABLE when the ILS cannot answer.
import type { PatronFactName, PatronFacts } from '@ilr/policy';
import { ConnectorError } from '../errors.js';
import type { FactsQuery } from '../types.js';
import type { LibrarySettings, PatronSettings } from './config.js';

export interface PatronSource {
  readonly type: 'file' | 'ncip' | 'sip2';
  /** The needed facts the source has; null: no such patron. Throws ConnectorError ILS_UNAVAILABLE. */
  lookup(query: FactsQuery): Promise<Partial<PatronFacts> | null>;
  /** Tokens the library's own system issued (the connector's `knownToken`). */
  hasToken(token: string): boolean;
  close(): Promise<void>;
}

/** The facts an ILS protocol can carry; the others come from the library's settings. */
export const ILS_FACTS: readonly PatronFactName[] = ['registeredAt', 'age', 'lastName', 'card', 'owes'];

export const unavailable = (reason: string): ConnectorError => new ConnectorError('ILS_UNAVAILABLE', reason);

/** Whole years between a YYYY-MM-DD birth date and the lookup day (UTC). */
export function ageOn(birthDate: string, day: Date): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = day.getUTCFullYear() - y;
  const month = day.getUTCMonth() + 1;
  if (month < mo || (month === mo && day.getUTCDate() < d)) age -= 1;
  return age >= 0 && age <= 150 ? age : undefined;
}

/** The surname in a personal name as ILSs print it: "Garcia-Lopez, Maria" or "Maria Garcia-Lopez". */
export function surnameOf(fullName: string | undefined): string | undefined {
  const name = fullName?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  if (name.includes(',')) return name.split(',')[0]!.trim() || undefined;
  return name.split(' ').at(-1);
}

/**
 * The patron's barcode for an ILS lookup, and their settings entry: from a patron id (a
 * token the connector minted and resolved), a token the library issued, or the lookup key
 * (a card number; a name is not a barcode, and no ILS protocol here looks patrons up by name).
 */
export function barcodeFor(query: FactsQuery, settings: LibrarySettings): string | undefined {
  const { patronId, token, lookupKey } = query.patron;
  const entries = Object.entries(settings.patrons);
  if (patronId) return entries.find(([, s]) => s.id === patronId)?.[0] ?? patronId;
  if (token) return entries.find(([, s]) => s.tokens.includes(token))?.[0];
  const key = lookupKey?.replace(/\s+/g, '');
  return key && /\d/.test(key) && key.length <= 64 ? key : undefined;
}

/** The facts an ILS cannot say, from the library's settings (its defaults for patrons without an entry). */
export function settingsFacts(settings: LibrarySettings, barcode: string): Pick<PatronFacts, 'consents' | 'shelfOptOut' | 'detailedNoticesAllowed' | 'userKey'> {
  const s: PatronSettings | undefined = settings.patrons[barcode];
  return {
    consents: s?.consents ?? [],
    shelfOptOut: s?.shelfOptOut ?? settings.defaults.shelfOptOut,
    detailedNoticesAllowed: s?.detailedNoticesAllowed ?? settings.defaults.detailedNoticesAllowed,
    userKey: s?.userKey,
  };
}

export const tokenChecker = (settings: LibrarySettings) => {
  const tokens = new Set(Object.values(settings.patrons).flatMap((s) => s.tokens));
  return (token: string): boolean => tokens.has(token);
};

/** registeredAt: the library itself, unless the ILS named a home the configuration maps to another member. */
export const homeOf = (library: string, homes: Record<string, string>, code: string | undefined): string => (code !== undefined ? (homes[code] ?? library) : library);
