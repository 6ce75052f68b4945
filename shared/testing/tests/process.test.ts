import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { NatsHarnessError, startService, type ServiceProcess } from '../src/index.js';

// A stand-in service: says it is ready (after arming its SIGTERM handler: the test may
// signal it the moment the line is out), logs SIGTERM, runs until told otherwise.
// (Writes to a pipe are asynchronous: exit only once the line is out.)
const SERVICE = `
process.on('SIGTERM', () => process.stdout.write('stopping gracefully\\n', () => process.exit(0)));
console.log(JSON.stringify({ msg: 'ready', pid: process.pid }));
if (process.env.CRASH_AFTER_MS) setTimeout(() => process.stderr.write('boom\\n', () => process.exit(3)), Number(process.env.CRASH_AFTER_MS));
setInterval(() => {}, 1000);
`;

const started: ServiceProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});
const dir = mkdtempSync(join(tmpdir(), 'ilr-process-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(env: Record<string, string> = {}): Promise<ServiceProcess> {
  const s = await startService({ name: 'stand-in', command: process.execPath, args: ['-e', SERVICE], env, ready: /"msg":"ready"/ });
  started.push(s);
  return s;
}

describe('startService', { timeout: 30_000 }, () => {
  it('kill -9 ends it at once (no graceful shutdown); start() runs it again as a new process', async () => {
    const s = await start();
    const first = s.pid;
    expect(first).toBeGreaterThan(0);
    expect(s.running).toBe(true);
    await s.kill();
    expect(s.running).toBe(false);
    expect(s.pid).toBeUndefined();
    expect(s.lastExit).toEqual({ code: null, signal: 'SIGKILL', expected: true });
    expect(s.logs()).not.toContain('stopping gracefully');
    await s.start();
    expect(s.starts).toBe(2);
    expect(s.pid).not.toBe(first);
    expect(s.crashes).toEqual([]);
  });

  it('restart() and stop() are graceful (SIGTERM); stop() is final', async () => {
    const s = await start();
    await s.restart();
    expect(s.starts).toBe(2);
    expect(s.logs()).toContain('stopping gracefully');
    await s.stop();
    expect(s.lastExit).toMatchObject({ code: 0, expected: true });
    await expect(s.start()).rejects.toThrow(/was stopped/);
    await s.stop(); // idempotent
  });

  it('records an exit nobody asked for as a crash', async () => {
    const s = await start({ CRASH_AFTER_MS: '50' });
    await expect(s.waitForLine(/never printed/, 10_000)).rejects.toThrow(/exited \(code 3\)/);
    expect(await s.waitForExit()).toEqual({ code: 3, signal: null, expected: false });
    expect(s.running).toBe(false);
    expect(s.crashes).toEqual([{ code: 3, signal: null, expected: false }]);
    expect(s.logs()).toContain('boom');
  });

  it('fails clearly, with the output, when the process dies before it is ready', async () => {
    const failing = startService({ name: 'broken', command: process.execPath, args: ['-e', 'console.error("no NATS_URL"); process.exit(1)'], ready: /ready/ });
    await expect(failing).rejects.toThrow(NatsHarnessError);
    await expect(failing).rejects.toThrow(/service broken exited \(code 1\)[\s\S]*no NATS_URL/);
  });

  it('fails clearly when the ready line never comes', async () => {
    const slow = startService({ name: 'silent', command: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'], ready: /ready/, readyTimeoutMs: 300 });
    await expect(slow).rejects.toThrow(/service silent no output line matching \/ready\/ within 300 ms/);
  });

  it('runs a TypeScript entry point from source (main: node --conditions=source --import tsx)', async () => {
    const main = join(dir, 'main.ts');
    writeFileSync(main, "const greeting: string = 'typescript ready';\nconsole.log(greeting);\nsetInterval(() => {}, 1000);\n");
    const s = await startService({ name: 'ts', main, ready: /typescript ready/ });
    started.push(s);
    expect(s.running).toBe(true);
  });

  it('needs exactly one of main and command', async () => {
    await expect(startService({ name: 'none' })).rejects.toThrow(/exactly one of main or command/);
  });
});
