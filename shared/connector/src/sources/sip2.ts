// Patron facts over SIP2: Patron Information on the connector's one SIP2 connection.
import { readFileSync } from 'node:fs';
import { Sip2Client, Sip2Error } from '@ilr/sip2';
import type { PatronFacts } from '@ilr/policy';
import type { z } from 'zod';
import type { FactsQuery } from '../types.js';
import type { zSip2Source } from './config.js';
import type { IlsSourceContext } from './ncip.js';
import { ageOn, barcodeFor, homeOf, settingsFacts, surnameOf, tokenChecker, unavailable, type PatronSource } from './source.js';

export function sip2Source(config: z.output<typeof zSip2Source>, ctx: IlsSourceContext): PatronSource {
  const tls = typeof config.tls === 'object' ? { ...config.tls, ...(config.tls.ca ? { ca: readFileSync(config.tls.ca, 'utf8') } : {}) } : config.tls;
  const client = new Sip2Client({ ...config, password: config.passwordEnv ? process.env[config.passwordEnv] : config.password, tls });
  const now = ctx.now ?? (() => new Date());
  return {
    type: 'sip2',
    hasToken: tokenChecker(ctx.settings),
    close: async () => client.close(),
    lookup: async (query: FactsQuery) => {
      const barcode = barcodeFor(query, ctx.settings);
      if (!barcode) return null;
      let p;
      try {
        p = await client.patronInformation(barcode, now);
      } catch (e) {
        throw unavailable(e instanceof Sip2Error ? `SIP2: ${e.message}` : 'SIP2: the lookup failed');
      }
      if (!p) return null;
      const facts: Partial<PatronFacts> = { registeredAt: homeOf(ctx.library, ctx.homes, p.homeLibrary), card: barcode, ...settingsFacts(ctx.settings, barcode) };
      const lastName = surnameOf(p.personalName);
      if (lastName) facts.lastName = lastName;
      const age = p.birthDate ? ageOn(p.birthDate, now()) : undefined;
      if (age !== undefined) facts.age = age;
      facts.owes = { materials: (p.overdueCount ?? 0) > 0, fines: p.feeAmount ?? 0 };
      return facts;
    },
  };
}
