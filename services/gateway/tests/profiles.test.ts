// Peer profiles in the gateway: ReShare's note extensions are carried as they are and
// recorded (the markers, not the note) in the transaction of the gateway whose ILL system's
// profile knows them; a strict gateway records none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerOf, type IsoMessage, type Request } from '@ilr/iso18626';
import { readFileSync } from 'node:fs';
import { waitUntil } from '@ilr/testing';
import { agency, startWorld, type World } from './harness.js';

let world: World;
beforeAll(async () => {
  world = await startWorld(['ma-plymouth', 'ma-duxbury'], { profiles: { 'ma-plymouth': 'reshare' } });
});
afterAll(async () => world?.stop());

const NOTE = '#ReShareAddLoanCondition# Library use only #seq:1#';

function request(id: string): Request {
  return {
    header: { requestingAgencyId: agency('ISIL:US-MA-PLY'), supplyingAgencyId: agency('ISIL:US-MA-DUX'), multipleItemRequestId: '', timestamp: new Date().toISOString(), requestingAgencyRequestId: id },
    bibliographicInfo: { supplierUniqueRecordId: 'LOANED', title: 'Moby-Dick' },
    serviceInfo: { requestType: 'New', serviceType: 'Loan', note: NOTE },
    patronInfo: { patronId: 'P-1' },
  };
}

describe('peer profiles in the gateway', () => {
  it("noteExtensions: ReShare's markers cross as written and are recorded in its own gateway's transaction; the strict gateway records none", async () => {
    const ply = world.sites['ma-plymouth']!;
    const dux = world.sites['ma-duxbury']!;
    expect(await ply.sim.sendRequest(request('prof-notes'))).toEqual({ status: 'OK' });
    const got = await dux.sim.waitFor((m: IsoMessage) => m.kind === 'request' && headerOf(m).requestingAgencyRequestId === 'prof-notes');
    expect(got.message.kind === 'request' && got.message.request.serviceInfo?.note).toBe(NOTE);

    const key = 'ISIL:US-MA-PLY/prof-notes';
    const mine = ply.gw.gateway['o'].store.transaction(key);
    expect(mine?.events[0]).toMatchObject({ dir: 'in', kind: 'request', extensions: ['#ReShareAddLoanCondition#', '#seq:1#'] });
    // Duxbury's gateway records the delivery once its ILL system's confirmation is in.
    const theirs = await waitUntil('the delivery recorded at Duxbury', async () => dux.gw.gateway['o'].store.transaction(key), { timeoutMs: 10_000 });
    expect(theirs?.events[0]).toMatchObject({ dir: 'out', kind: 'request', result: 'OK' });
    expect(theirs?.events[0]).not.toHaveProperty('extensions');
    // The markers are on disk, the note's free text is not.
    const file = readFileSync(ply.gw.gateway['o'].store.file, 'utf8');
    expect(file).toContain('#ReShareAddLoanCondition#');
    expect(file).not.toContain('Library use only');
  });
});
