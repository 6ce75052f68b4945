// The gateway's configuration: one JSON or YAML file (ILR_GATEWAY_CONFIG or --config),
// validated; each error names the field.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const zGatewayConfig = z.strictObject({
  /** the ILR library this gateway is the connector of, e.g. ma-plymouth */
  library: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a library id (lower-case, digits, dashes)'),
  nats: z
    .strictObject({
      servers: z.string().default('nats://127.0.0.1:4222'),
      /** the library's nkey seed file (`ilr libraries add` writes keys/<library>.nk) */
      seedFile: z.string().optional(),
      credsFile: z.string().optional(),
      /** under per-library accounts: ILR.JS.API */
      jsApiPrefix: z.string().optional(),
    })
    .default({ servers: 'nats://127.0.0.1:4222' }),
  /** the library's envelope signing seed (a file holding `SU...`) */
  signingSeedFile: z.string().optional(),
  /** the library's state directory: keystore, ledger, delivery floor and the gateway's transactions */
  stateDir: z.string().min(1),
  /** the library's retention period (its policy; `ilr policy packs`) */
  retentionDays: z.number().int().min(0).default(30),
  /** where deliveries are POSTed: the ILL system's ISO 18626 endpoint */
  illEndpoint: z.url(),
  /** the ILL system's peer profile (shared/iso18626/profiles/<id>.yaml) */
  profile: z.string().default('strict'),
  listen: z
    .strictObject({ host: z.string().default('127.0.0.1'), port: z.number().int().min(0).max(65535).default(8626) })
    .default({ host: '127.0.0.1', port: 8626 }),
  /** deadline of one POST to the ILL system */
  deadlineMs: z.number().int().positive().default(10_000),
  /** redelivery delays after failed POSTs (the last repeats) */
  backoffMs: z.array(z.number().int().positive()).min(1).optional(),
  /** a sample ILS file answering the policy service's patron-fact lookups (deploy/sample/ils) */
  ilsFile: z.string().optional(),
  /** /metrics, /livez, /readyz (`gateway-<library>`); absent: none (the bin then reads ILR_METRICS_PORT) */
  metrics: z.strictObject({ host: z.string().default('127.0.0.1'), port: z.number().int().min(0).max(65535).default(0) }).optional(),
});
export type GatewayConfig = z.infer<typeof zGatewayConfig>;

export class GatewayConfigError extends Error {
  override readonly name = 'GatewayConfigError';
}

export function parseConfig(raw: unknown, where: string): GatewayConfig {
  const r = zGatewayConfig.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new GatewayConfigError(`${where}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  return r.data;
}

export function loadConfig(file: string): GatewayConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new GatewayConfigError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code})`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new GatewayConfigError(`${file}: not JSON or YAML (${(e as Error).message.split('\n')[0]})`);
  }
  return parseConfig(raw, file);
}
