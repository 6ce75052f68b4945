// The purge journal: what retention and key operations did, in counts and dates only, never
// a patron, an item, a token or a key. Operators read it with `ilr keys list`.
import { z } from 'zod';

const zTime = z.iso.datetime({ offset: false });
const zCount = z.number().int().min(0);
const zBy = z.enum(['schedule', 'operator']);

export const zJournalRecord = z.discriminatedUnion('event', [
  z.strictObject({
    at: zTime,
    event: z.literal('RETENTION'),
    retentionDays: zCount,
    /** Links expunged in this run. */
    purged: zCount,
    /** Expired links kept because the patron still owes materials or fines. */
    keptOutstanding: zCount,
    /** Expired links kept because the library's system could not say whether anything is owed. */
    deferred: zCount,
    /** Completed links still within the retention period. */
    withinPeriod: zCount,
    /** Links of transactions not completed yet. */
    open: zCount,
  }),
  z.strictObject({ at: zTime, event: z.literal('KEY_ROTATED'), key: z.string(), retired: z.string().optional(), by: zBy }),
  z.strictObject({ at: zTime, event: z.literal('KEY_SHREDDED'), key: z.string(), purged: zCount, by: zBy }),
]);
export type JournalRecord = z.infer<typeof zJournalRecord>;
export type RetentionReport = Omit<Extract<JournalRecord, { event: 'RETENTION' }>, 'event'>;
