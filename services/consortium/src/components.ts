// What the consortium is made of, as an operator reaches it: one line per component,
// `<component>: <url>`, printed before the walk-through (`nats: nats://127.0.0.1:4222`).
// A part that serves something adds its line with `components.add('console', url)`;
// the names in use and to come: nats, nats monitoring, console, metrics <service>,
// gateway <library>.

export interface Component {
  /** e.g. `nats`, `console`, `metrics router`, `gateway ma-plymouth`. */
  name: string;
  url: string;
}

export class Components {
  private readonly items: Component[] = [];

  add(name: string, url: string): void {
    if (this.items.some((c) => c.name === name)) throw new Error(`component ${name} is already listed`);
    this.items.push({ name, url });
  }

  get(name: string): string | undefined {
    return this.items.find((c) => c.name === name)?.url;
  }

  list(): readonly Component[] {
    return this.items;
  }

  /** The printed lines, in the order the parts started. */
  lines(): string[] {
    return this.items.map((c) => `${c.name}: ${c.url}`);
  }
}

/** Every process of the consortium serves /metrics, /livez, /readyz on loopback, a free port. */
export const METRICS = { host: '127.0.0.1', port: 0 } as const;

/**
 * Lists a process's /metrics as `metrics <service>: <url>`, `<service>` being its $SRV name
 * without the `ilr-` prefix (router, policy, review, audit), or connector-<library> and
 * gateway-<library> for a library's process.
 */
export function listMetrics(components: Components, service: string, url: string | undefined): void {
  if (url) components.add(`metrics ${service}`, url);
}
