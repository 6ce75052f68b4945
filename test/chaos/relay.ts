// A whole relay for a chaos test: the catalogue provisioned on the given servers, the sample
// directory, the policy service and the router as real processes (so kill -9 is real), and
// one counting connector per library. run() sends the load, lets the scenario break things
// while it is in flight, waits until nothing more can happen, and counts.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { ROUTER_CONSUMER, connectNats, ensureConsumer, libraryConsumer, provision, type IlrNats } from '@ilr/nats';
import { startService, type ServiceProcess } from '@ilr/testing';
import { expect } from 'vitest';
import { count, settle, summaryLine, type Counts } from './count.js';
import { Load, type LoadOptions } from './load.js';
import { Tally, startCountingConnectors } from './tally.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'deploy', 'sample');

/**
 * Redelivery after a missed ack: the catalogue's 30 s (and the router's 30 s..30 min
 * backoff) would make every crash cost minutes of waiting. The mechanism is the same with
 * 4 s; max_deliver 30 gives the router two minutes of patience for a policy service that
 * is down, far more than a restart takes.
 */
export const CHAOS_ACK_WAIT_MS = 4_000;
const CHAOS_ROUTER_MAX_DELIVER = 30;

/** Provision the catalogue, load the sample directory, shorten the consumers' ack waits. */
async function setUpBroker(servers: string[], replicas: number): Promise<IlrNats> {
  const admin = await connectNats({ servers, name: 'chaos-admin', reconnectTimeWaitMs: 200, reconnectJitterMs: 200 });
  try {
    const entries = await loadDirectoryFile(join(SAMPLE, 'directory.yaml'));
    await provision(admin, { replicas, libraries: entries.map((e) => e.id) });
    const jsm = await admin.jetstreamManager();
    await ensureConsumer(jsm, { ...ROUTER_CONSUMER, ackWaitMs: CHAOS_ACK_WAIT_MS, backoffMs: [CHAOS_ACK_WAIT_MS], maxDeliver: CHAOS_ROUTER_MAX_DELIVER });
    for (const e of entries) await ensureConsumer(jsm, { ...libraryConsumer(e.id), ackWaitMs: CHAOS_ACK_WAIT_MS });
    const directory = await Directory.open(admin);
    for (const e of entries) await directory.put(e);
    return admin;
  } catch (e) {
    await admin.close();
    throw e;
  }
}

/** A service from source (`services/<dir>/src/main.ts`) as its own process, ready once it logs `readyMsg`. */
function startServiceProcess(name: string, dir: string, readyMsg: string, servers: string[]): Promise<ServiceProcess> {
  return startService({
    name,
    main: join(ROOT, 'services', dir, 'src', 'main.ts'),
    cwd: ROOT,
    env: { NATS_URL: servers.join(','), ILR_LOG_LEVEL: 'info' },
    ready: new RegExp(`"msg":"${readyMsg}"`),
    readyTimeoutMs: 60_000,
  });
}

export class ChaosRelay {
  /** What the scenario did and when (in answered/accepted messages), for the summary line. */
  readonly events: string[] = [];
  private load: Load | undefined;
  private readonly setUpSeconds: number;

  private constructor(
    readonly tally: Tally,
    readonly admin: IlrNats,
    readonly policy: ServiceProcess,
    readonly router: ServiceProcess,
    private readonly connectors: Map<string, Connector>,
    startedAt: number,
  ) {
    this.setUpSeconds = (performance.now() - startedAt) / 1000;
  }

  /** Everything up and ready on `servers` (one server, or every node of a cluster). */
  static async start(servers: string[], replicas: number): Promise<ChaosRelay> {
    const startedAt = performance.now();
    const admin = await setUpBroker(servers, replicas);
    const services = await Promise.allSettled([
      startServiceProcess('policy', 'policy', 'policy service started', servers),
      startServiceProcess('router', 'router', 'router started', servers),
    ]);
    const [policy, router] = services.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    try {
      const failed = services.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      const tally = new Tally();
      const connectors = await startCountingConnectors(servers, SAMPLE, tally);
      return new ChaosRelay(tally, admin, policy!, router!, connectors, startedAt);
    } catch (e) {
      await Promise.all([policy?.stop(), router?.stop()]);
      await admin.close();
      throw e;
    }
  }

  /** Resolves once `n` messages have been answered (FINAL reply or error): a kill trigger. */
  whenAnswered(n: number): Promise<void> {
    return this.tally.whenAnswered(n);
  }

  /** Record what the scenario just did, with how far the load had got. */
  note(what: string): void {
    this.events.push(`${what} at ${this.tally.answered} answered/${this.load?.accepted.size ?? 0} accepted`);
  }

  /**
   * kill -9 these services together, then start them again one after the other, in the
   * order given, each ready before the next (resolves when all are ready).
   */
  async crash(...services: ServiceProcess[]): Promise<void> {
    await Promise.all(services.map((s) => s.kill('SIGKILL')));
    this.note(`kill -9 ${services.map((s) => s.name).join(' + ')}`);
    for (const s of services) await s.start();
  }

  /**
   * Send the load while `chaos` runs; wait for both, then until every consumer is idle;
   * count, and print the scenario's one-line summary (before any assertion can fail).
   */
  async run(scenario: string, opts: LoadOptions & { settleTimeoutMs?: number }, chaos: () => Promise<void>): Promise<Counts> {
    const t0 = performance.now();
    const load = new Load(this.connectors, opts);
    this.load = load;
    await Promise.all([load.run(), chaos()]);
    const t1 = performance.now();
    await settle(this.admin, opts.settleTimeoutMs ?? 90_000);
    const t2 = performance.now();
    const c = await count(scenario, this.admin, this.tally, load);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const timing = `set-up ${this.setUpSeconds.toFixed(1)} s, load and chaos ${s(t1 - t0)}, settle ${s(t2 - t1)}`;
    console.log(summaryLine(c, `${this.events.join('; ')} | ${this.repeatsSkipped()} | ${timing}`));
    return c;
  }

  /** Copies the connectors' SDK acked again without handing them over (Connector.stats()). */
  private repeatsSkipped(): string {
    const sum = { acked: 0, belowFloor: 0, inFlight: 0 };
    for (const c of this.connectors.values()) {
      const r = c.stats().repeats;
      sum.acked += r.acked;
      sum.belowFloor += r.belowFloor;
      sum.inFlight += r.inFlight;
    }
    return `repeats skipped by the SDK: acked before ${sum.acked}, below the ack floor ${sum.belowFloor}, while in flight ${sum.inFlight}`;
  }

  async close(): Promise<void> {
    for (const c of this.connectors.values()) await c.close().catch(() => undefined);
    await Promise.all([this.policy.stop(), this.router.stop()]);
    await this.admin.close();
  }
}

/**
 * Invariant 5 on the counts: every accepted message ended exactly once as its job says
 * (delivered to its recipient, answered, parked for review) or was dead-lettered with a
 * reason; none lost, none seen twice by anyone, nothing stored twice, and the services
 * never exited on their own.
 */
export function expectEachMessageEndedOnce(c: Counts, total: number, relay: ChaosRelay): void {
  expect(c.problems).toEqual([]);
  expect({ sent: c.sent, refused: c.refused, lost: c.lost, duplicated: c.duplicated, wrong: c.wrong, storedTwice: c.storedTwice, strangers: c.strangers }).toEqual({
    sent: total,
    refused: 0,
    lost: 0,
    duplicated: 0,
    wrong: 0,
    storedTwice: 0,
    strangers: 0,
  });
  expect(c.answered + c.deadLettered).toBe(total);
  expect([...relay.policy.crashes, ...relay.router.crashes]).toEqual([]);
}
