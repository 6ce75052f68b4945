// "Verify now": one verification of the audit chain at a time, run in the background with
// its progress readable (the audit page polls it), its result recorded through @ilr/ops
// (recordVerification: the audit view's "last verification") and as an operator action.
import { verifyAuditStream, type VerifyReport } from '@ilr/audit';
import type { IlrNats } from '@ilr/nats';
import type { Operations } from '@ilr/ops';

export interface VerifyProgress {
  state: 'idle' | 'running' | 'done' | 'failed';
  by?: string;
  startedAt?: string;
  finishedAt?: string;
  checked: number;
  /** The last sequence when the verification began: what 100% is. */
  lastSeq: number;
  ok?: boolean;
  firstBreak?: { seq: number; code: string };
  error?: string;
}

export class VerifyJob {
  private progress: VerifyProgress = { state: 'idle', checked: 0, lastSeq: 0 };
  private job: Promise<void> | undefined;

  constructor(
    private readonly nats: IlrNats,
    private readonly ops: Pick<Operations, 'recordVerification'>,
    private readonly progressEvery = 2_000,
  ) {}

  status(): VerifyProgress {
    return { ...this.progress };
  }

  /** Starts a verification unless one is running; false when one was already running. */
  start(by: string, done?: (p: VerifyProgress) => Promise<void>): boolean {
    if (this.job) return false;
    this.progress = { state: 'running', by, startedAt: new Date().toISOString(), checked: 0, lastSeq: 0 };
    this.job = this.run(by)
      .then(async () => done?.(this.status()))
      .catch(() => undefined)
      .finally(() => (this.job = undefined));
    return true;
  }

  /** Resolves when the running verification (if any) ends (tests, shutdown). */
  async settled(): Promise<VerifyProgress> {
    await this.job;
    return this.status();
  }

  private async run(by: string): Promise<void> {
    let report: VerifyReport;
    try {
      report = await verifyAuditStream(this.nats, {
        progressEvery: this.progressEvery,
        onProgress: (checked, lastSeq) => {
          this.progress = { ...this.progress, checked, lastSeq };
        },
      });
    } catch (e) {
      this.progress = { ...this.progress, state: 'failed', finishedAt: new Date().toISOString(), error: (e as Error).message };
      return;
    }
    const first = report.breaks[0];
    const firstBreak = first ? { seq: first.seq, code: first.code } : undefined;
    this.progress = {
      ...this.progress,
      state: 'done',
      finishedAt: new Date().toISOString(),
      checked: report.checked,
      lastSeq: report.lastSeq ?? this.progress.lastSeq,
      ok: report.ok,
      ...(firstBreak ? { firstBreak } : {}),
    };
    try {
      await this.ops.recordVerification({ by, ok: report.ok, checked: report.checked, lastSeq: report.lastSeq ?? 0, ...(firstBreak ? { firstBreak } : {}) });
    } catch (e) {
      this.progress = { ...this.progress, error: `verified, but the result could not be recorded: ${(e as Error).message}` };
    }
  }
}
