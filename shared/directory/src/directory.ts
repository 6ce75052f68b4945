// The member directory: KV bucket ilr-directory, key = library id, value = JSON LibraryEntry.
// Entries are validated on write and again on read: the bucket is shared with operators'
// tools, so nothing read from it is trusted blindly.
import { KV_BUCKETS, isLibraryId, type IlrNats } from '@ilr/nats';
import type { LibraryEntry } from '@ilr/policy';
import type { KV, KvEntry } from '@nats-io/kv';
import { DirectoryError } from './errors.js';
import { parseEntry } from './validate.js';

/** A change seen by watch(): the new entry, or null when the library was removed. */
export interface DirectoryChange {
  id: string;
  entry: LibraryEntry | null;
}

export interface DirectoryWatch {
  stop(): void;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class Directory {
  private constructor(private readonly kv: KV) {}

  static async open(nats: IlrNats): Promise<Directory> {
    try {
      return new Directory(await nats.kv(KV_BUCKETS.directory.bucket));
    } catch (e) {
      throw new DirectoryError(`cannot open the directory: ${reason(e)}`, KV_BUCKETS.directory.bucket, { cause: e });
    }
  }

  async put(entry: LibraryEntry): Promise<LibraryEntry> {
    const valid = parseEntry(entry, `library ${String((entry as { id?: unknown })?.id)}`);
    await this.kv.put(valid.id, JSON.stringify(valid));
    return valid;
  }

  async get(id: string): Promise<LibraryEntry | null> {
    if (!isLibraryId(id)) return null; // not a key the bucket can hold
    return this.decode(await this.kv.get(id));
  }

  /** Every library, sorted by id. Throws on an invalid entry rather than hiding a member. */
  async list(): Promise<LibraryEntry[]> {
    const keys: string[] = [];
    for await (const k of await this.kv.keys()) keys.push(k);
    const entries = await Promise.all(keys.sort().map((k) => this.get(k)));
    return entries.filter((e): e is LibraryEntry => e !== null);
  }

  async remove(id: string): Promise<void> {
    if (!isLibraryId(id)) throw new DirectoryError(`invalid library id ${JSON.stringify(id)}`, id);
    await this.kv.delete(id);
  }

  /**
   * Calls onChange for every put or removal after this call (not for existing entries).
   * An invalid entry is reported to onError (default: ignored) and never passed on.
   */
  async watch(onChange: (change: DirectoryChange) => void, onError: (e: DirectoryError) => void = () => {}): Promise<DirectoryWatch> {
    const iter = await this.kv.watch({ include: 'updates' });
    void (async () => {
      for await (const e of iter) {
        try {
          onChange({ id: e.key, entry: this.decode(e) });
        } catch (err) {
          onError(err instanceof DirectoryError ? err : new DirectoryError(reason(err), e.key, { cause: err }));
        }
      }
    })();
    return { stop: () => iter.stop() };
  }

  private decode(e: KvEntry | null): LibraryEntry | null {
    if (!e || e.operation !== 'PUT') return null;
    let data: unknown;
    try {
      data = e.json();
    } catch {
      throw new DirectoryError(`directory entry ${e.key} is not JSON`, e.key);
    }
    const entry = parseEntry(data, `directory entry ${e.key}`);
    if (entry.id !== e.key) throw new DirectoryError(`directory entry ${e.key} holds library ${entry.id}`, e.key);
    return entry;
  }
}
