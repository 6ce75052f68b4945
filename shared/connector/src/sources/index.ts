// createPatronSource: the library's connector configuration picks the implementation.
import { SampleIls } from '../sample-ils.js';
import { zLibrarySettings, zPatronSourceConfig, type LibrarySettings, type PatronSourceConfig } from './config.js';
import { ncipSource } from './ncip.js';
import type { PatronSource } from './source.js';
import { sip2Source } from './sip2.js';

export interface PatronSourceOptions {
  library: string;
  /** What the ILS cannot say (ignored by `file`, whose file has it all). */
  settings?: LibrarySettings;
  /** ILS home codes that are other members (registeredAt). */
  homes?: Record<string, string>;
  now?: () => Date;
}

export async function createPatronSource(config: PatronSourceConfig, o: PatronSourceOptions): Promise<PatronSource> {
  const parsed = zPatronSourceConfig.parse(config);
  const ctx = { library: o.library, settings: o.settings ?? zLibrarySettings.parse({}), homes: o.homes ?? {}, ...(o.now ? { now: o.now } : {}) };
  if (parsed.type === 'ncip') return ncipSource(parsed, ctx);
  if (parsed.type === 'sip2') return sip2Source(parsed, ctx);
  return fileSource(await SampleIls.load(parsed.path));
}

/** Today's sample ILS file as a patron source. */
export function fileSource(ils: SampleIls): PatronSource {
  return { type: 'file', lookup: ils.lookup, hasToken: ils.hasToken, close: async () => undefined };
}

export type { PatronSource } from './source.js';
export { ILS_FACTS, ageOn, surnameOf } from './source.js';
export * from './config.js';
export { startSimulatedIls, type SimulatedIls } from './simulated.js';
