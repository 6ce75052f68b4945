// deploy/: the compose file and the systemd units refer to what the store generates and
// what the repository builds (no Docker daemon or systemd is needed to check that).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BROKER_SERVICES, DEFAULT_DEPLOYMENT, SINGLE_FILE, clusterNodeFile, servicePrincipal } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DEPLOY = join(ROOT, 'deploy');

interface ComposeService {
  image?: string;
  command?: string[];
  entrypoint?: string[];
  profiles?: string[];
  secrets?: Array<{ source: string; target: string }>;
  environment?: Record<string, string>;
  volumes?: string[];
}
const compose = parse(readFileSync(join(DEPLOY, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
};

/** The repository path a service's entry point is built from (dist/ is built; bin/ stubs and src/ are committed). */
function entrySource(path: string): string {
  return path.replace(/\/dist\/main\.js$/, '/src/main.ts');
}

describe('deploy/compose.yaml', () => {
  it('runs nats-server 2.9 on the generated single and cluster configs, with the JetStream store on a volume', () => {
    const nodes = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith('nats:'));
    expect(nodes.map(([n]) => n)).toEqual(['nats', 'nats-1', 'nats-2', 'nats-3']);
    const configs = nodes.map(([, s]) => s.command?.[1]);
    expect(configs).toEqual([`/etc/nats/${SINGLE_FILE}`, ...DEFAULT_DEPLOYMENT.clusterRoutes.map((_, i) => `/etc/nats/${clusterNodeFile(i + 1)}`)]);
    for (const [, s] of nodes) {
      expect(s.image).toBe('nats:2.9.10-alpine');
      expect(s.volumes).toContain('./generated/nats:/etc/nats:ro');
      expect(s.volumes?.some((v) => v.endsWith(`:${DEFAULT_DEPLOYMENT.storeDir}`))).toBe(true);
    }
    // Compose service names are the cluster's route hosts.
    expect(DEFAULT_DEPLOYMENT.clusterRoutes.map((r) => r.split(':')[0])).toEqual(['nats-1', 'nats-2', 'nats-3']);
  });

  it('gives each broker service its own nkey as a secret, and an entry point that exists', () => {
    for (const svc of BROKER_SERVICES) {
      const s = compose.services[svc]!;
      expect(s.secrets).toEqual([{ source: servicePrincipal(svc), target: 'nkey' }]);
      expect(compose.secrets[servicePrincipal(svc)]).toEqual({ file: `./generated/keys/${servicePrincipal(svc)}.nk` });
      expect(s.environment?.['NATS_NKEY_SEED_FILE']).toBe('/run/secrets/nkey');
      const [node, ...args] = s.command!;
      const main = args.at(-1)!;
      expect(node).toBe('node');
      expect(existsSync(join(ROOT, entrySource(main))), main).toBe(true);
      // The same node flags as the service's systemd unit (which npm run bench reads).
      const unit = readFileSync(join(DEPLOY, 'systemd', `ilr-${svc}@.service`), 'utf8');
      expect(args.slice(0, -1).join(' '), svc).toBe(/^ExecStart=\/usr\/bin\/node ((?:--\S+ )*)\/opt\/ilr\//m.exec(unit)?.[1]?.trim() ?? '');
    }
    expect(compose.services['cli']!.entrypoint).toEqual(['node', 'services/cli/bin/ilr.js']);
  });
});

describe('deploy/systemd', () => {
  const dir = join(DEPLOY, 'systemd');
  const units = readdirSync(dir).filter((f) => f.endsWith('.service'));

  it('has a unit for nats-server and a template for every broker service, each loading its own nkey', () => {
    expect(units.sort()).toEqual(['ilr-nats.service', ...BROKER_SERVICES.map((s) => `ilr-${s}@.service`)].sort());
    for (const svc of BROKER_SERVICES) {
      const text = readFileSync(join(dir, `ilr-${svc}@.service`), 'utf8');
      expect(text).toContain(`LoadCredential=nkey:/etc/ilr/keys/${servicePrincipal(svc)}.nk`);
      expect(text).toContain('Environment=NATS_NKEY_SEED_FILE=%d/nkey');
      const main = /^ExecStart=\/usr\/bin\/node (?:--\S+ )*\/opt\/ilr\/(\S+)$/m.exec(text)?.[1];
      expect(main && existsSync(join(ROOT, entrySource(main))), `${svc}: ${main}`).toBe(true);
    }
    expect(readFileSync(join(dir, 'ilr-nats.service'), 'utf8')).toContain('ExecReload=/bin/kill -HUP $MAINPID');
  });

  it('passes systemd-analyze verify where systemd is installed', () => {
    const probe = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) return; // no systemd here: the checks above still ran
    for (const unit of units) {
      const r = spawnSync('systemd-analyze', ['verify', '--man=no', join(dir, unit)], { encoding: 'utf8' });
      // verify reports unknown keys and unparsable values as lines, without failing.
      expect(`${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim()), unit).toEqual([]);
    }
  });
});
