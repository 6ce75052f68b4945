// The walk-through of the README's first command, as an integration test: a real
// nats-server, the real services, a reference connector per sample library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsortium, walkThrough, type Consortium } from '../src/index.js';

let consortium: Consortium;
beforeAll(async () => {
  consortium = await startConsortium({ logLevel: 'silent' });
}, 120_000);
afterAll(async () => {
  await consortium?.stop();
});

describe('the local consortium walk-through', () => {
  it('runs every flow with the outcome DOMAIN.md and the packs require', async () => {
    const lines: string[] = [];
    const results = await walkThrough(consortium, (l) => lines.push(l));
    expect(results.map((r) => [r.title, r.outcome])).toEqual([
      ['item found', 'RELAY'],
      ['address refused, same reply', 'REFUSE'],
      ['loan relayed', 'RELAY'],
      ['referred to the registering library', 'REFER'],
      ['warrant held for review', 'REVIEW'],
      ['hold label only', 'RELAY'],
    ]);
    const text = lines.join('\n');
    expect(text).toContain('byte-for-byte identical');
    expect(text).toContain('MCA 22-1-1103');
    expect(text).toContain('the label "GARC 4567"');
  }, 120_000);
});
