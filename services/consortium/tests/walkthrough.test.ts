// The walk-through of the README's first command, as an integration test: a real
// nats-server on the generated configuration (an account per library), the real services
// under their own users, a signing reference connector per sample library.
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
      ['forged publish refused by NATS', 'REFUSED BY NATS'],
    ]);
    const text = lines.join('\n');
    expect(text).toContain('byte-for-byte identical');
    expect(text).toContain('MCA 22-1-1103');
    expect(text).toContain('the label "GARC 4567"');
    expect(text).toContain('NATS answers: Permissions Violation for Publish to "ilr.in.wi-madison.item_found"');
  }, 120_000);

  it('runs in the production shape: generated credentials, every library signing', async () => {
    const components = consortium.components.lines();
    expect(components.slice(0, 2)).toEqual([`nats: ${consortium.url}`, expect.stringMatching(/^nats monitoring: http:\/\/127\.0\.0\.1:\d+$/)]);
    expect([...components.slice(2)].sort()).toEqual([
      expect.stringMatching(/^ils ma-plymouth: sip2:\/\/127\.0\.0\.1:\d+ \(SIP2\)$/),
      expect.stringMatching(/^ils or-multnomah: http:\/\/127\.0\.0\.1:\d+\/ncip \(NCIP\)$/),
    ]);
    // Multnomah and Plymouth answered their facts lookups through the NCIP and SIP2 simulators.
    expect(consortium.connectors.get('or-multnomah')!.source.type).toBe('ncip');
    expect(consortium.connectors.get('ma-plymouth')!.source.type).toBe('sip2');
    const store = consortium.access!;
    expect(store.principals().filter((p) => p.kind === 'library').map((p) => p.name).sort()).toEqual([...consortium.libraries].sort());
    const { Directory } = await import('@ilr/directory');
    const directory = await Directory.open(consortium.nats);
    for (const id of consortium.libraries) {
      expect((await directory.get(id))?.signingKeys).toEqual(store.principal(id)!.keys.map((k) => k.publicKey));
    }
    // Without credentials nobody gets in.
    const { connectNats } = await import('@ilr/nats');
    await expect(connectNats({ servers: consortium.url, timeoutMs: 2000, connectionOptions: { authenticator: undefined } })).rejects.toThrow(/refused the credentials|Authorization/i);
  }, 120_000);
});
