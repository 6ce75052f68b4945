// Patron facts over NCIP: one LookupUser per lookup, asking only for what the needed facts require.
import { NcipClient, NcipError, type NcipWanted } from '@ilr/ncip';
import type { PatronFacts } from '@ilr/policy';
import type { FactsQuery } from '../types.js';
import type { LibrarySettings } from './config.js';
import { ageOn, barcodeFor, homeOf, settingsFacts, surnameOf, tokenChecker, unavailable, type PatronSource } from './source.js';
import type { z } from 'zod';
import type { zNcipSource } from './config.js';

export interface IlsSourceContext {
  library: string;
  settings: LibrarySettings;
  homes: Record<string, string>;
  /** The lookup day's clock (tests fix it). */
  now?: () => Date;
}

export function ncipSource(config: z.output<typeof zNcipSource>, ctx: IlsSourceContext): PatronSource {
  const client = new NcipClient(config);
  const now = ctx.now ?? (() => new Date());
  return {
    type: 'ncip',
    hasToken: tokenChecker(ctx.settings),
    close: async () => undefined,
    lookup: async (query: FactsQuery) => {
      const barcode = barcodeFor(query, ctx.settings);
      if (!barcode) return null;
      const need = new Set(query.factsNeeded);
      const wanted: NcipWanted = { name: need.has('lastName'), birthDate: need.has('age'), loans: need.has('owes'), fiscalAccount: need.has('owes') };
      let result;
      try {
        result = await client.lookupUser(barcode, wanted, now);
      } catch (e) {
        throw unavailable(e instanceof NcipError ? `NCIP: ${e.message}` : 'NCIP: the lookup failed');
      }
      if (!result.found) return null;
      const u = result.user;
      const facts: Partial<PatronFacts> = { registeredAt: homeOf(ctx.library, ctx.homes, u.agencyId), card: barcode, ...settingsFacts(ctx.settings, barcode) };
      const lastName = u.surname ?? surnameOf(u.unstructuredName);
      if (lastName) facts.lastName = lastName;
      const age = u.birthDate ? ageOn(u.birthDate, now()) : undefined;
      if (age !== undefined) facts.age = age;
      if (need.has('owes')) facts.owes = { materials: (u.loans?.overdue ?? 0) > 0, fines: u.fines?.amount ?? 0 };
      return facts;
    },
  };
}
