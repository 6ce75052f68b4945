// Ctrl-C on `npm start`: the consortium (run as `npm start` runs it, a process of its own)
// stops within 3 seconds and leaves no process behind (its nats-server included).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'ilr-consortium-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every process descended from `root` (from /proc: pid -> parent pid). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [pid, ppid] of parent) if (ppid === p) (out.push(pid), walk(pid));
  };
  walk(root);
  return out;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};

describe('npm start and Ctrl-C', () => {
  it('stops everything within 3 seconds and leaves no process behind', async () => {
    const stateFile = join(tmp, 'consortium.json');
    // A process group of its own, as a terminal's foreground job: Ctrl-C signals the group.
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'services/consortium/src/main.ts')], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NATS_URL: '', ILR_NATS_PORT: '0', ILR_LOG_LEVEL: 'silent', ILR_CONSORTIUM_FILE: stateFile },
    });
    const out: string[] = [];
    child.stderr!.on('data', (d) => out.push(String(d)));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    try {
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          out.push(line);
          if (line.startsWith('Ctrl-C stops it')) resolve();
        });
        void exited.then(() => reject(new Error(`the consortium exited before it was ready:\n${out.join('\n')}`)));
      });
      const text = out.join('\n');
      expect(text).toMatch(/^Set up in \d+\.\d s: 12 libraries \(3 through an ISO 18626 gateway\), each in its own NATS account/m);
      expect(text).toMatch(/^nats: nats:\/\/127\.0\.0\.1:\d+$/m);
      expect(text).toContain('Walk-through: 9 of 9 flows as expected.');
      expect(text).toMatch(/^gateway ma-kingston: http:\/\/127\.0\.0\.1:\d+\/iso18626$/m);
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ pid: child.pid });

      const before = descendants(child.pid!);
      expect(before.some((p) => cmdline(p).includes('nats-server'))).toBe(true);
      const t0 = Date.now();
      process.kill(-child.pid!, 'SIGINT');
      const status = await exited;
      const took = Date.now() - t0;
      expect(took).toBeLessThan(3000);
      expect(status.code).toBe(0);
      expect(before.filter(alive).map((p) => `${p} ${cmdline(p)}`)).toEqual([]);
      expect(existsSync(stateFile)).toBe(false);
    } finally {
      if (alive(child.pid!)) process.kill(-child.pid!, 'SIGKILL');
    }
  }, 120_000);
});
