// Matches the broker's replies and errors to the request() calls waiting for them.
import { ConnectorError } from './errors.js';
import type { BrokerError, BrokerReply, RequestOptions } from './types.js';
import type { RequesterReply } from '@ilr/wire';

interface Waiter {
  resolve(reply: RequesterReply): void;
  reject(error: ConnectorError): void;
  onPending?: ((reply: BrokerReply) => void) | undefined;
  timer: NodeJS.Timeout;
}

export class ReplyWaiters {
  private readonly waiting = new Map<string, Waiter>();

  /** Register before sending, so a fast reply cannot arrive before anyone listens. */
  wait(messageId: string, opts: Pick<RequestOptions, 'timeoutMs' | 'onPending'>): Promise<RequesterReply> {
    return new Promise<RequesterReply>((resolve, reject) => {
      const timeoutMs = opts.timeoutMs ?? 30_000;
      const timer = setTimeout(() => {
        this.waiting.delete(messageId);
        reject(new ConnectorError('TIMEOUT', `no final reply to ${messageId} within ${timeoutMs} ms`, { messageId }));
      }, timeoutMs);
      this.waiting.set(messageId, { resolve, reject, onPending: opts.onPending, timer });
    });
  }

  /** Give up waiting (e.g. the send failed). */
  cancel(messageId: string, error: ConnectorError): void {
    const w = this.take(messageId);
    w?.reject(error);
  }

  /** True if a request() was waiting for it. */
  reply(r: BrokerReply): boolean {
    if (r.status === 'PENDING') {
      const w = this.waiting.get(r.correlationId);
      w?.onPending?.(r);
      return w !== undefined;
    }
    const w = this.take(r.correlationId);
    if (w && r.reply) w.resolve(r.reply);
    return w !== undefined;
  }

  error(e: BrokerError): boolean {
    const w = this.take(e.correlationId);
    w?.reject(
      new ConnectorError('REJECTED', `the broker rejected ${e.correlationId}: ${e.error.code}: ${e.error.reason}`, {
        messageId: e.correlationId,
        errorReply: e.error,
      }),
    );
    return w !== undefined;
  }

  closeAll(): void {
    for (const id of [...this.waiting.keys()]) this.cancel(id, new ConnectorError('CLOSED', 'connector closed', { messageId: id }));
  }

  private take(messageId: string): Waiter | undefined {
    const w = this.waiting.get(messageId);
    if (w) {
      clearTimeout(w.timer);
      this.waiting.delete(messageId);
    }
    return w;
  }
}
