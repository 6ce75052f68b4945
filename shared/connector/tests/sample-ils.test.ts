import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '@ilr/policy';
import { SampleIls } from '../src/index.js';
import { ilsFile } from './helpers.js';

const sample = (p: string) => fileURLToPath(new URL(`../../../deploy/sample/${p}`, import.meta.url));
const query = (patron: { token?: string; lookupKey?: string }) => ({ messageId: 'm1', factsNeeded: [], patron });

describe('SampleIls', () => {
  it('finds a patron by card number, by last name, and by token', async () => {
    const ils = await SampleIls.load(ilsFile('mt-bozeman'));
    expect(ils.find({ lookupKey: '21500000123456' })?.lastName).toBe('Olsen');
    expect(ils.find({ lookupKey: ' olsen ' })?.card).toBe('21500000123456');
    expect(ils.find({ token: 'tok-bzn-7f3a91c2' })?.lastName).toBe('Olsen');
    expect(ils.find({ lookupKey: 'Nobody' })).toBeUndefined();
    expect(ils.find({ token: 'tok-unknown' })).toBeUndefined();
    expect(ils.find({})).toBeUndefined();
  });

  it('finds a patron by the id the connector resolved a token to, and knows its own fixed tokens', async () => {
    const ils = await SampleIls.load(ilsFile('mt-bozeman'));
    expect(ils.find({ patronId: 'bzn-p3' })?.lastName).toBe('Kettleburn');
    expect(ils.find({ patronId: 'nobody' })).toBeUndefined();
    expect(ils.hasToken('tok-bzn-7f3a91c2')).toBe(true);
    expect(ils.hasToken('21500000123456')).toBe(false);
    // The fixed tokens the walk-through and the benchmark send stay known to their home library.
    expect((await SampleIls.load(ilsFile('ma-plymouth'))).hasToken('tok-ply-9a2c1e77')).toBe(true);
    expect((await SampleIls.load(ilsFile('or-multnomah'))).hasToken('tok-mul-3e7d0b58')).toBe(true);
  });

  it('answers every fact, with registeredAt defaulting to the library', async () => {
    const ils = await SampleIls.load(ilsFile('mt-bozeman'));
    expect(await ils.lookup(query({ lookupKey: 'Olsen' }))).toEqual({
      registeredAt: 'mt-bozeman',
      age: 41,
      lastName: 'Olsen',
      card: '21500000123456',
      shelfOptOut: false,
      userKey: undefined,
      detailedNoticesAllowed: false,
      consents: [],
      owes: { materials: true, fines: 0 },
    });
    expect(await ils.lookup(query({ lookupKey: 'Nobody' }))).toBeNull();
  });

  it('knows a patron of a shared system registered at another member (OCLN)', async () => {
    const dux = await SampleIls.load(ilsFile('ma-duxbury'));
    expect((await dux.lookup(query({ lookupKey: 'Nguyen' })))?.registeredAt).toBe('ma-plymouth');
  });

  it('answers no one for a last name several patrons share', async () => {
    const bemis = await SampleIls.load(ilsFile('co-bemis'));
    expect(bemis.find({ lookupKey: 'Walker' })).toBeUndefined();
    expect(bemis.find({ lookupKey: '21800000999000' })).toMatchObject({ firstName: 'Callum', age: 16 });
  });

  it('has the Multnomah patron of the walk-through', async () => {
    const mul = await SampleIls.load(ilsFile('or-multnomah'));
    expect(mul.find({ lookupKey: '21234001234567' })).toMatchObject({ lastName: 'Garcia-Lopez', userKey: 'P7731' });
  });

  it('rejects a file that is not a sample ILS, naming the field', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'ils-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ library: 'x', patrons: [{ id: 'p', firstName: 'A', lastName: 'B', card: 'not-a-card', age: 3 }] }));
    await expect(SampleIls.load(bad)).rejects.toThrow(/patrons\.0\.card/);
  });

  it('has one valid ILS file per library of directory.yaml, the nine of the acceptance corpus', async () => {
    const dir = readYamlFile(sample('directory.yaml')) as { libraries: { id: string }[] };
    const seeds = readYamlFile(fileURLToPath(new URL('../../../test/corpora/seeds/seeds.yaml', import.meta.url))) as { libraries: unknown[] };
    expect(dir.libraries).toEqual(seeds.libraries);
    const ids = dir.libraries.map((l) => l.id).sort();
    expect(readdirSync(sample('ils')).map((f) => f.replace(/\.json$/, '')).sort()).toEqual(ids);
    for (const id of ids) {
      const ils = await SampleIls.load(ilsFile(id));
      expect(ils.library).toBe(id);
      expect(ils.data.patrons.some((p) => p.age < 18)).toBe(true);
    }
  });
});
