// Fewer socket writes: nats.js writes its outbound buffer to the socket in a microtask
// queued by the first command after the buffer was empty, so every async continuation
// that publishes (an ack here, a policy request there, three stream writes) costs a write(2)
// of its own: a fifth to a third of the router's CPU went to those syscalls. Flushing in
// setImmediate instead lets everything one event-loop turn publishes (all the messages
// handled in that turn) go out in one write, at a cost of microseconds of latency; a full
// buffer is still flushed at once. Measured (test/bench/README.md): CPU per relayed message
// 1.58 -> 1.08 ms, saturation 1,213 -> 1,766 msgs/s. connectNats applies it to every
// connection ILR makes; ILR_NATS_COALESCE=off turns it off.
import type { NatsConnection } from '@nats-io/transport-node';

/** The part of nats-core's ProtocolHandler this relies on (@nats-io/nats-core 3.x, protocol.js sendCommand). */
interface Outbound {
  length(): number;
  size(): number;
  fill(buf: Uint8Array, ...payloads: Uint8Array[]): void;
}
interface Protocol {
  outbound: Outbound;
  pendingLimit: number;
  flushPending(): void;
  sendCommand(cmd: string | Uint8Array, ...payloads: Uint8Array[]): void;
}

const encoder = new TextEncoder();

/**
 * Makes `nc` flush its outbound buffer once per event-loop turn (setImmediate) rather than
 * once per microtask checkpoint. Returns false, changing nothing, if the client's internals
 * are not the shape this was written for (a nats.js upgrade: the test in tests/ says so).
 */
export function coalesceWrites(nc: NatsConnection): boolean {
  const p = (nc as unknown as { protocol?: Protocol }).protocol;
  if (!p || typeof p.sendCommand !== 'function' || typeof p.flushPending !== 'function' || !p.outbound || typeof p.outbound.fill !== 'function') return false;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    p.flushPending();
  };
  p.sendCommand = function sendCommand(cmd: string | Uint8Array, ...payloads: Uint8Array[]): void {
    this.outbound.fill(typeof cmd === 'string' ? encoder.encode(cmd) : cmd, ...payloads);
    if (this.outbound.size() >= this.pendingLimit) {
      this.flushPending();
    } else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return true;
}
