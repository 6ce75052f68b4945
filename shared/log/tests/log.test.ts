import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/index.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('writes JSON lines with the service, an ISO time and the level name', () => {
    const { lines, destination } = capture();
    createLogger('router', { destination }).info({ messageId: 'm1' }, 'delivered');
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ service: 'router', level: 'info', messageId: 'm1', msg: 'delivered' });
    expect(line.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('redacts patron identity at any of the first levels', () => {
    const { lines, destination } = capture();
    createLogger('policy', { destination }).warn(
      { lastName: 'Zyxwvutson', request: { card: '29999000012345', patron: { email: 'canary@example.org' } }, deep: { x: { address: '1 Canary Lane' } } },
      'lookup',
    );
    expect(lines[0]).not.toMatch(/Zyxwvutson|29999000012345|canary@example\.org|Canary Lane/);
    expect(JSON.parse(lines[0]!).request.card).toBe('[redacted]');
  });

  it('logs bytes as their size only, at any level, and never throws on them', () => {
    const { lines, destination } = capture();
    const payload = Buffer.from('Zyxwvutson 29999000012345');
    const log = createLogger('router', { destination });
    // A Buffer as a field used to throw from inside redaction, taking the caller down.
    log.info({ data: payload }, 'top');
    log.info({ envelope: { data: new Uint8Array([1, 2, 3]), name: 'Zyxwvutson' }, list: [payload, { raw: payload.buffer }] }, 'nested');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/Zyxwvutson|29999000012345|WnV4|5a79/);
    expect(JSON.parse(lines[0]!).data).toBe(`[${payload.length} bytes]`);
    const nested = JSON.parse(lines[1]!);
    expect(nested.envelope).toEqual({ data: '[3 bytes]', name: '[redacted]' });
    expect(nested.list[0]).toBe(`[${payload.length} bytes]`);
    expect(nested.list[1].raw).toMatch(/^\[\d+ bytes\]$/);
  });

  it('leaves errors and other objects as they are', () => {
    const { lines, destination } = capture();
    createLogger('router', { destination }).error({ err: new Error('boom'), when: new Date(0) }, 'failed');
    const line = JSON.parse(lines[0]!);
    expect(line.err).toMatchObject({ type: 'Error', message: 'boom' });
    expect(line.when).toBe('1970-01-01T00:00:00.000Z');
  });
});
