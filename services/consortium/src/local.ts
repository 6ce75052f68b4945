// Where a running local consortium (`npm start`) says how to reach it: its NATS URL and
// its generated credentials store, so that `ilr send` (and other operator commands) can
// use the consortium's operator and library credentials by default. The file lives at
// <repo>/.ilr/consortium.json (ILR_CONSORTIUM_FILE overrides it) while the consortium runs.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LocalConsortiumInfo {
  /** The NATS URL of its nats-server. */
  url: string;
  /** Its credentials store (@ilr/access): keys/<name>.nk for each library, service and ilr-operator. */
  accessDir: string;
  /** The consortium's process id (a file left by a process that is gone is ignored). */
  pid: number;
  startedAt: string;
}

export const localConsortiumFile = (): string =>
  process.env.ILR_CONSORTIUM_FILE ?? fileURLToPath(new URL('../../../.ilr/consortium.json', import.meta.url));

export async function writeLocalConsortium(info: LocalConsortiumInfo, file = localConsortiumFile()): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The running local consortium, or undefined when none runs (no file, or its process is gone). */
export async function readLocalConsortium(file = localConsortiumFile()): Promise<LocalConsortiumInfo | undefined> {
  let info: LocalConsortiumInfo;
  try {
    info = JSON.parse(await readFile(file, 'utf8')) as LocalConsortiumInfo;
  } catch {
    return undefined;
  }
  if (typeof info.url !== 'string' || typeof info.accessDir !== 'string' || !Number.isInteger(info.pid)) return undefined;
  return alive(info.pid) ? info : undefined;
}

/** Removes the file if it is this process's (another consortium may have started since). */
export async function removeLocalConsortium(file = localConsortiumFile()): Promise<void> {
  const info = await readLocalConsortium(file);
  if (!info || info.pid === process.pid) await rm(file, { force: true });
}
