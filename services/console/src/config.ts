// The console's configuration: one JSON or YAML file (ILR_CONSOLE_CONFIG or --config),
// validated; each error names the field.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const zCredentialFiles = z.strictObject({
  /** an nkey seed file (`ilr libraries` writes keys/<name>.nk) */
  seedFile: z.string().optional(),
  credsFile: z.string().optional(),
});

export const zConsoleConfig = z.strictObject({
  listen: z
    .strictObject({ host: z.string().default('127.0.0.1'), port: z.number().int().min(0).max(65535).default(8480) })
    .default({ host: '127.0.0.1', port: 8480 }),
  /** users.json (ilr console users) lives here */
  dataDir: z.string().min(1),
  nats: z
    .strictObject({ servers: z.union([z.string(), z.array(z.string()).min(1)]).default('nats://127.0.0.1:4222'), ...zCredentialFiles.shape })
    .default({ servers: 'nats://127.0.0.1:4222' }),
  /**
   * The director credential of each library whose director has a console account
   * (`<library>: { seedFile | credsFile }`); without one, that director sees an explanation.
   */
  directors: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a library id'), zCredentialFiles).default({}),
  /** nats-server's monitoring endpoint (http://127.0.0.1:8222) for the NATS server view. */
  monitorUrl: z.url().optional(),
  /** Secure cookies: always (true), never (false), or when the request came over https (auto). */
  secureCookies: z.union([z.boolean(), z.literal('auto')]).default('auto'),
  /** fastify's trustProxy: the reverse proxy whose X-Forwarded-For/-Proto to believe. */
  trustProxy: z.union([z.boolean(), z.string(), z.array(z.string())]).default(false),
  /** minutes of inactivity that end a session */
  sessionIdleMinutes: z.number().int().min(1).max(24 * 60).default(30),
});
export type ConsoleConfig = z.infer<typeof zConsoleConfig>;

export class ConsoleConfigError extends Error {
  override readonly name = 'ConsoleConfigError';
}

export function parseConfig(raw: unknown, where: string): ConsoleConfig {
  const r = zConsoleConfig.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ConsoleConfigError(`${where}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  return r.data;
}

export function loadConfig(file: string): ConsoleConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConsoleConfigError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code})`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new ConsoleConfigError(`${file}: not JSON or YAML (${(e as Error).message.split('\n')[0]})`);
  }
  return parseConfig(raw, file);
}
