// A file-backed stand-in for a library system (deploy/sample/ils/<library>.json): enough
// to answer patron-fact lookups, so `Connector` + `SampleIls` is a reference connector.
import { readFile } from 'node:fs/promises';
import { DATA_CLASSES, type PatronFacts } from '@ilr/policy';
import { z } from 'zod';
import type { FactsQuery, PatronQuery } from './types.js';

const patronSchema = z.object({
  id: z.string().min(1),
  firstName: z.string(),
  lastName: z.string().min(1),
  card: z.string().regex(/^[0-9]{6,20}$/),
  age: z.number().int().min(0).max(130),
  /** Defaults to the file's library; a shared ILS (OCLN) holds other members' patrons too. */
  registeredAt: z.string().optional(),
  /** Fixed tokens this library's system issued before its connector minted them (kept resolvable for the walk-through and the benchmark). */
  tokens: z.array(z.string().min(1)).default([]),
  consents: z.array(z.object({ to: z.string(), classes: z.array(z.enum(DATA_CLASSES)) })).default([]),
  owes: z.object({ materials: z.boolean(), fines: z.number().min(0) }).default({ materials: false, fines: 0 }),
  shelfOptOut: z.boolean().default(false),
  userKey: z.string().optional(),
  detailedNoticesAllowed: z.boolean().default(false),
  /** Item ids the patron has out (this library's or another's, see items[].owner). */
  loans: z.array(z.string()).default([]),
});

const itemSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Owning library id. */
  owner: z.string(),
  status: z.enum(['AVAILABLE', 'ON_LOAN', 'OVERDUE', 'LOST', 'IN_TRANSIT', 'ON_HOLD_SHELF']),
  note: z.string().optional(),
});

export const sampleIlsSchema = z.object({
  library: z.string().min(1),
  patrons: z.array(patronSchema),
  items: z.array(itemSchema).default([]),
});

export type SamplePatron = z.infer<typeof patronSchema>;
export type SampleIlsData = z.infer<typeof sampleIlsSchema>;

export class SampleIls {
  constructor(readonly data: SampleIlsData) {}

  /** Load and validate a sample ILS file. */
  static async load(file: string): Promise<SampleIls> {
    const json: unknown = JSON.parse(await readFile(file, 'utf8'));
    const parsed = sampleIlsSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    return new SampleIls(parsed.data);
  }

  get library(): string {
    return this.data.library;
  }

  /** A token this system issued itself (the fixed sample tokens): `knownToken` for the connector. */
  hasToken = (token: string): boolean => this.data.patrons.some((p) => p.tokens.includes(token));

  /**
   * The patron a patron id (set by the connector from a token it resolved), a token or a
   * lookup key names, or undefined. A lookup key matches a card
   * number, else a last name (case-insensitive); a name shared by several patrons matches
   * none, since answering for the wrong one would disclose a stranger.
   */
  find(q: PatronQuery): SamplePatron | undefined {
    const { patrons } = this.data;
    if (q.patronId) return patrons.find((p) => p.id === q.patronId);
    if (q.token) return patrons.find((p) => p.tokens.includes(q.token!));
    if (!q.lookupKey) return undefined;
    const key = q.lookupKey.trim();
    const byCard = patrons.find((p) => p.card === key.replace(/\s+/g, ''));
    if (byCard) return byCard;
    const byName = patrons.filter((p) => p.lastName.toLowerCase() === key.toLowerCase());
    return byName.length === 1 ? byName[0] : undefined;
  }

  /** All the facts a decision may need about a patron. */
  facts(p: SamplePatron): PatronFacts {
    return {
      registeredAt: p.registeredAt ?? this.data.library,
      age: p.age,
      lastName: p.lastName,
      card: p.card,
      shelfOptOut: p.shelfOptOut,
      userKey: p.userKey,
      detailedNoticesAllowed: p.detailedNoticesAllowed,
      consents: p.consents,
      owes: p.owes,
    };
  }

  /** A FactsLookup for `connector.serveFacts` (the connector keeps only the needed facts). */
  lookup = async (query: FactsQuery): Promise<PatronFacts | null> => {
    const p = this.find(query.patron);
    return p ? this.facts(p) : null;
  };
}
