// The compiled directory. Compiled once at start and again whenever the directory changes;
// a directory that does not compile keeps the last good book (and is reported).
import { Directory, type DirectoryWatch } from '@ilr/directory';
import type { Logger } from '@ilr/log';
import { buildPolicyBook, type LibraryEntry, type PolicyBook, type PolicyData } from '@ilr/policy';

export class LiveBook {
  private book: PolicyBook = { libraries: new Map() };
  /** The directory entries of the last good compile (the agency ids the gateway looks up). */
  entries: readonly LibraryEntry[] = [];
  private watch: DirectoryWatch | undefined;
  private rebuilding: Promise<void> = Promise.resolve();
  private waiters: { n: number; resolve: () => void }[] = [];
  /** Bumped after each compile: lets tests and operators see a change took effect. */
  version = 0;

  private constructor(
    private readonly directory: Directory,
    private readonly data: PolicyData,
    private readonly logger: Logger,
  ) {}

  static async start(directory: Directory, data: PolicyData, logger: Logger): Promise<LiveBook> {
    const live = new LiveBook(directory, data, logger);
    live.watch = await directory.watch(
      () => live.schedule(),
      (e) => logger.warn({ err: e.message }, 'invalid directory entry ignored'),
    );
    await live.compile(); // after the watch starts, so no change falls in between
    return live;
  }

  get current(): PolicyBook {
    return this.book;
  }

  stop(): void {
    this.watch?.stop();
  }

  /** Resolves once the book has been compiled `n` times (1 = the first compile at start). */
  compiled(n: number): Promise<void> {
    if (this.version >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }

  private schedule(): void {
    this.rebuilding = this.rebuilding.then(() => this.compile());
  }

  private async compile(): Promise<void> {
    try {
      const libraries = await this.directory.list();
      this.book = buildPolicyBook(this.data, libraries, 'directory');
      this.entries = libraries;
      this.version++;
      this.waiters = this.waiters.filter((w) => (w.n <= this.version ? void w.resolve() : true));
      this.logger.info({ libraries: libraries.length, version: this.version }, 'directory compiled');
    } catch (e) {
      this.logger.error({ err: (e as Error).message }, 'directory does not compile; keeping the previous one');
    }
  }
}
