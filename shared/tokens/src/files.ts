// File handling for keystores and ledgers: private modes, atomic replacement that also
// overwrites the replaced bytes, and a lock file shared by the connector and `ilr keys`.
// Synchronous on purpose: each read-modify-write runs without yielding, so operations in
// one process cannot interleave; only waiting for another process's lock is asynchronous.
import { closeSync, constants, fstatSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { TokenError } from './errors.js';

export const PRIVATE_FILE = 0o600;
export const OPERATOR_FILE = 0o640;

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const code = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** A file's identity and version; a change means another process wrote it. */
export interface FileSignature {
  ino: number;
  size: number;
  mtimeMs: number;
}

export function signature(file: string): FileSignature | undefined {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    if (code(e) === 'ENOENT') return undefined;
    throw new TokenError('IO', `cannot stat ${file}: ${errText(e)}`, { cause: e });
  }
  return { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
}

export const sameSignature = (a: FileSignature | undefined, b: FileSignature | undefined): boolean =>
  a === b || (!!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs);

/** Refuses a file that group or others may read or write (keys and ledgers are 0600). */
export function checkPrivate(file: string): void {
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw new TokenError('INSECURE_FILE', `${file} has mode ${mode.toString(8).padStart(4, '0')}: others may read it; run chmod 600 ${file}`);
  }
}

export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (code(e) === 'ENOENT') return undefined;
    throw new TokenError('IO', `cannot read ${file}: ${errText(e)}`, { cause: e });
  }
}

/**
 * Replace `file` with `text` atomically (temp file, fsync, rename), then overwrite the
 * bytes of the replaced version with zeros through a descriptor held across the rename,
 * so what was removed (a shredded key, expunged links) does not linger in that file's
 * blocks. Best effort: copy-on-write file systems, SSD remapping and backups keep their own
 * copies, which is why links are sealed under keys that are shredded in the end.
 */
export function replaceFile(file: string, text: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  let old: number | undefined;
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, mode);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      old = openSync(file, constants.O_RDWR);
    } catch (e) {
      if (code(e) !== 'ENOENT') throw e;
    }
    renameSync(tmp, file);
    if (old !== undefined) {
      // fstat through the descriptor: the path now names the new file.
      const size = fstatSync(old).size;
      if (size > 0) writeSync(old, Buffer.alloc(size), 0, size, 0);
      fsyncSync(old);
    }
  } catch (e) {
    if (e instanceof TokenError) throw e;
    throw new TokenError('IO', `cannot write ${file}: ${errText(e)}`, { cause: e });
  } finally {
    if (old !== undefined) closeSync(old);
    try {
      unlinkSync(tmp);
    } catch {
      // renamed away: nothing left behind
    }
  }
}

export function appendLine(file: string, line: string, mode: number): void {
  try {
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND, mode);
    try {
      writeSync(fd, `${line}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new TokenError('IO', `cannot append to ${file}: ${errText(e)}`, { cause: e });
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
};

/** A lock is held for milliseconds; one older than this was left by a process that died (its pid maybe reused). */
const STALE_LOCK_MS = 30_000;

function lockAgeMs(lockFile: string): number {
  const sig = signature(lockFile);
  return sig ? Date.now() - sig.mtimeMs : 0;
}

/**
 * Runs `fn` (synchronous) holding `<lockFile>`, created exclusively. A lock left by a
 * process that no longer runs, or older than 30 s, is taken over; otherwise waits up to
 * `timeoutMs`.
 */
export async function withLock<T>(lockFile: string, timeoutMs: number, fn: () => T): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    let fd: number | undefined;
    try {
      fd = openSync(lockFile, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE);
    } catch (e) {
      if (code(e) !== 'EEXIST') throw new TokenError('IO', `cannot create lock ${lockFile}: ${errText(e)}`, { cause: e });
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return fn();
      } finally {
        try {
          unlinkSync(lockFile);
        } catch {
          // already gone
        }
      }
    }
    const holder = Number(readText(lockFile) ?? '');
    if ((Number.isInteger(holder) && holder > 0 && !alive(holder)) || lockAgeMs(lockFile) > STALE_LOCK_MS) {
      try {
        unlinkSync(lockFile);
      } catch {
        // someone else took it over first
      }
      continue;
    }
    // Polling: a lock file held by another process offers nothing to await.
    if (Date.now() > deadline) throw new TokenError('LOCKED', `${lockFile} is held by process ${holder || 'unknown'}; try again when it is done`);
    await sleep(wait);
  }
}
