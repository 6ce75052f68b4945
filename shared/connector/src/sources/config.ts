// The connector configuration a library writes to connect its ILS (README "Connect your
// ILS"): which patron source (`file`, `ncip`, `sip2`), how to reach it, where the library's
// own settings are (what an ILS cannot say), and which ILS home codes are other members.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PolicyError, parseWith, readYamlFile, zDataClass, zLibraryId } from '@ilr/policy';
import { z } from 'zod';

const positiveMs = z.number().int().min(50).max(60_000);
const text = z.string().min(1).max(256);

export const zFileSource = z.strictObject({
  type: z.literal('file'),
  /** The sample ILS file (deploy/sample/ils/<library>.json), relative to the configuration file. */
  path: text,
});

export const zNcipSource = z.strictObject({
  type: z.literal('ncip'),
  url: z.url({ protocol: /^https?$/ }),
  fromAgencyId: text,
  toAgencyId: text,
  applicationProfile: text.optional(),
  /** How LookupUser names the patron; one way only. */
  lookupBy: z.enum(['barcode', 'authentication']).default('barcode'),
  authenticationInputType: text.optional(),
  timeoutMs: positiveMs.default(1500),
  headers: z.record(z.string().min(1).max(64), z.string().max(1024)).optional(),
});

export const zSip2Source = z.strictObject({
  type: z.literal('sip2'),
  host: text,
  port: z.number().int().min(1).max(65535),
  user: text.optional(),
  /** The login password; or `passwordEnv`, the environment variable that holds it. */
  password: z.string().max(256).optional(),
  passwordEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name').optional(),
  location: text.optional(),
  /** AO of every request (may be empty where the ILS does not use it). */
  institutionId: z.string().max(256).default(''),
  terminalPassword: z.string().max(256).optional(),
  timeoutMs: positiveMs.default(1500),
  /** true, or a CA file (PEM, relative to the configuration file) for a private certificate. */
  tls: z.union([z.boolean(), z.strictObject({ ca: text.optional(), servername: text.optional(), rejectUnauthorized: z.boolean().optional() })]).default(false),
  birthDateField: z.string().regex(/^[A-Z0-9]{2}$/, 'a two-character SIP2 field code').default('PB'),
  homeLibraryField: z.string().regex(/^[A-Z0-9]{2}$/, 'a two-character SIP2 field code').default('AQ'),
});

export const zPatronSourceConfig = z.discriminatedUnion('type', [zFileSource, zNcipSource, zSip2Source]);

/** What the library's own records say beside the ILS, per patron barcode. */
export const zPatronSettings = z.strictObject({
  /** Written consents on file. */
  consents: z.array(z.strictObject({ to: zLibraryId, classes: z.array(zDataClass) })).default([]),
  /** The patron opted out of names on the hold shelf. */
  shelfOptOut: z.boolean().optional(),
  /** The partial user key shelved instead of the name. */
  userKey: z.string().min(1).max(64).optional(),
  /** The patron allowed detailed notices. */
  detailedNoticesAllowed: z.boolean().optional(),
  /** The library's own patron id, when it mints tokens under it (default: the barcode). */
  id: text.optional(),
  /** Tokens the library's system issued itself, resolving to this patron. */
  tokens: z.array(text).default([]),
});

export const zLibrarySettings = z.strictObject({
  /** Defaults for every patron without an entry of their own. */
  defaults: z.strictObject({ shelfOptOut: z.boolean().default(false), detailedNoticesAllowed: z.boolean().default(false) }).default({ shelfOptOut: false, detailedNoticesAllowed: false }),
  patrons: z.record(z.string().min(1).max(64), zPatronSettings).default({}),
});

export const zConnectorConfig = z.strictObject({
  library: zLibraryId,
  ils: zPatronSourceConfig,
  /** The library's settings file (what an ILS cannot say); default `<library>.settings.yaml` beside this file, if there. */
  settings: text.optional(),
  /** ILS home branch or agency codes that are other members: code -> library id (registeredAt). */
  homes: z.record(text, zLibraryId).default({}),
});

export type PatronSourceConfig = z.input<typeof zPatronSourceConfig>;
export type ParsedPatronSourceConfig = z.output<typeof zPatronSourceConfig>;
export type LibrarySettings = z.output<typeof zLibrarySettings>;
export type PatronSettings = z.output<typeof zPatronSettings>;
export type ConnectorConfig = z.output<typeof zConnectorConfig>;

/** A connector configuration as loaded: paths resolved, the settings read. */
export interface LoadedConnectorConfig extends ConnectorConfig {
  settingsData: LibrarySettings;
  /** The file it came from. */
  file: string;
}

/** Reads and validates a connector configuration (YAML or JSON); errors name the file and the field. */
export function loadConnectorConfig(file: string): LoadedConnectorConfig {
  const config = parseWith(file, zConnectorConfig, readYamlFile(file));
  const dir = dirname(resolve(file));
  const rel = (p: string) => (isAbsolute(p) ? p : join(dir, p));
  const ils = config.ils.type === 'file' ? { ...config.ils, path: rel(config.ils.path) } : config.ils;
  if (ils.type === 'sip2' && typeof ils.tls === 'object' && ils.tls.ca) ils.tls = { ...ils.tls, ca: rel(ils.tls.ca) };
  if (ils.type === 'sip2' && ils.passwordEnv && process.env[ils.passwordEnv] === undefined) {
    throw new PolicyError(file, 'ils.passwordEnv', `the environment variable ${ils.passwordEnv} is not set`);
  }
  const settingsFile = config.settings ? rel(config.settings) : join(dir, `${config.library}.settings.yaml`);
  if (config.settings && !existsSync(settingsFile)) throw new PolicyError(file, 'settings', `no such file: ${settingsFile}`);
  const settingsData = existsSync(settingsFile) ? loadLibrarySettings(settingsFile) : zLibrarySettings.parse({});
  return { ...config, ils, settingsData, file };
}

export function loadLibrarySettings(file: string): LibrarySettings {
  return parseWith(file, zLibrarySettings, readYamlFile(file));
}
