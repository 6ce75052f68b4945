// The member libraries the router checks senders and recipients against, with the keys
// each signs its envelopes with: an in-memory view of the directory kept current by a KV
// watch, so a message costs no directory read.
import type { Directory } from '@ilr/directory';
import type { Logger } from '@ilr/log';
import type { LibraryEntry } from '@ilr/policy';
import type { Members } from './handle.js';

export class DirectoryMembers implements Members {
  /** id -> its signing keys (undefined: the library does not sign its envelopes). */
  private readonly entries = new Map<string, readonly string[] | undefined>();
  private constructor(private readonly directory: Directory) {}

  static async open(directory: Directory, logger: Logger): Promise<DirectoryMembers & { stop(): void }> {
    const members = new DirectoryMembers(directory);
    // Watch first, then list: a change between the two is seen by one or the other.
    const watch = await directory.watch(
      (change) => (change.entry ? members.remember(change.entry) : members.entries.delete(change.id)),
      (e) => logger.warn({ err: e.message }, 'directory entry ignored'),
    );
    for (const entry of await directory.list()) members.remember(entry);
    return Object.assign(members, { stop: () => watch.stop() });
  }

  private remember(entry: LibraryEntry): void {
    this.entries.set(entry.id, entry.signingKeys);
  }

  /** A library not yet seen may have joined a moment ago: ask the directory itself. */
  async has(id: string): Promise<boolean> {
    if (this.entries.has(id)) return true;
    const entry = await this.directory.get(id);
    if (entry) this.remember(entry);
    return entry !== null && entry !== undefined;
  }

  signingKeys(id: string): readonly string[] | undefined {
    return this.entries.get(id);
  }
}
