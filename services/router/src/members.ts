// The member libraries the router checks senders and recipients against: an in-memory
// view of the directory kept current by a KV watch, so a message costs no directory read.
import type { Directory } from '@ilr/directory';
import type { Logger } from '@ilr/log';
import type { Members } from './handle.js';

export class DirectoryMembers implements Members {
  private readonly ids = new Set<string>();
  private constructor(private readonly directory: Directory) {}

  static async open(directory: Directory, logger: Logger): Promise<DirectoryMembers & { stop(): void }> {
    const members = new DirectoryMembers(directory);
    // Watch first, then list: a change between the two is seen by one or the other.
    const watch = await directory.watch(
      (change) => (change.entry ? members.ids.add(change.id) : members.ids.delete(change.id)),
      (e) => logger.warn({ err: e.message }, 'directory entry ignored'),
    );
    for (const entry of await directory.list()) members.ids.add(entry.id);
    return Object.assign(members, { stop: () => watch.stop() });
  }

  /** A library not yet seen may have joined a moment ago: ask the directory itself. */
  async has(id: string): Promise<boolean> {
    if (this.ids.has(id)) return true;
    if (await this.directory.get(id)) {
      this.ids.add(id);
      return true;
    }
    return false;
  }
}
