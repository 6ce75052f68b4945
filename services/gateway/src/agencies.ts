// ISO 18626 agency ids -> ILR library ids, read from the member directory through the
// broker's read-only lookup (SUBJECTS.agencies, answered by the policy service), cached.
import { SUBJECTS, type IlrNats } from '@ilr/nats';
import type { AgencyId } from '@ilr/iso18626';

export const agencyKey = (a: AgencyId | undefined): string => (a ? `${a.agencyIdType.value.trim()}:${a.agencyIdValue.trim()}` : '');

export class AgencyDirectory {
  private map = new Map<string, string>();
  private fetchedAt = 0;
  private inflight: Promise<void> | undefined;

  constructor(
    private readonly nats: IlrNats,
    private readonly ttlMs = 60_000,
    /** after a miss, the map is fetched again at most this often */
    private readonly missRefreshMs = 2_000,
  ) {}

  /** The library an agency id belongs to, or undefined. */
  async library(agency: AgencyId | undefined): Promise<string | undefined> {
    const key = agencyKey(agency);
    if (!key) return undefined;
    const age = Date.now() - this.fetchedAt;
    if (age > this.ttlMs || (!this.map.has(key) && age > this.missRefreshMs)) await this.refresh();
    return this.map.get(key);
  }

  /** This library's agency ids (the first one names it in messages the gateway writes). */
  async agenciesOf(library: string): Promise<AgencyId[]> {
    if (Date.now() - this.fetchedAt > this.ttlMs) await this.refresh();
    return [...this.map].filter(([, l]) => l === library).map(([k]) => {
      const i = k.indexOf(':');
      return { agencyIdType: { value: k.slice(0, i) }, agencyIdValue: k.slice(i + 1) };
    });
  }

  refresh(): Promise<void> {
    if (this.inflight) return this.inflight;
    this.inflight = (async () => {
      await Promise.resolve(); // so that the finally below runs after this assignment
      try {
        const m = await this.nats.nc.request(SUBJECTS.agencies, '{}', { timeout: 3000 });
        const { agencies } = JSON.parse(new TextDecoder().decode(m.data)) as { agencies: Record<string, string> };
        this.map = new Map(Object.entries(agencies));
        this.fetchedAt = Date.now();
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }
}
