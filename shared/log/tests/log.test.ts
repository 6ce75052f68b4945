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
});
