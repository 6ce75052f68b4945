// Two of the walk-through's libraries answer patron-fact lookups the way real ones do: from
// their ILS, over NCIP (Multnomah) and SIP2 (Plymouth), here simulators holding the same
// sample patrons as deploy/sample/ils (what the protocols cannot carry goes into the
// library's settings, as beside a real ILS). The other libraries keep the sample file.
import { join } from 'node:path';
import { SampleIls, createPatronSource, startSimulatedIls, type PatronSource } from '@ilr/connector';
import type { PartContext } from './parts.js';

export const SIMULATED_ILS: Readonly<Record<string, 'ncip' | 'sip2'>> = { 'or-multnomah': 'ncip', 'ma-plymouth': 'sip2' };

/** The patron source of a library whose ILS is simulated (listed as `ils <library>`), or nothing: the sample file. */
export async function simulatedIlsSource(ctx: PartContext, library: string): Promise<{ source?: PatronSource }> {
  const type = SIMULATED_ILS[library];
  if (!type) return {};
  const sample = await SampleIls.load(join(ctx.sampleDir, 'ils', `${library}.json`));
  const sim = await startSimulatedIls(sample.data, type);
  ctx.onStop(() => sim.close()); // after the connector, which closes the source
  ctx.components.add(`ils ${library}`, type === 'ncip' ? `${sim.ncip!.url} (NCIP)` : `sip2://${sim.sip2!.host}:${sim.sip2!.port} (SIP2)`);
  return { source: await createPatronSource(sim.config, { library, settings: sim.settings, homes: sim.homes }) };
}
