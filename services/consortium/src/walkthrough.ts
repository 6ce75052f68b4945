// The walk-through of real flows through a running consortium, printed for a person.
import { randomUUID } from 'node:crypto';
import type { Delivery } from '@ilr/connector';
import { enumFromWire, enumToWire, type RequesterReply } from '@ilr/wire';
import type { Consortium } from './consortium.js';

type Print = (line: string) => void;

export interface StepResult {
  title: string;
  outcome: string;
  ok: boolean;
}

const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));

function describe(reply: RequesterReply): string {
  const outcome = enumFromWire('Outcome', reply.outcome);
  const disclosed = (reply.disclosed ?? []).map((d) => enumFromWire('DataClass', d));
  return `${outcome}: ${reply.message} Crosses: ${disclosed.length ? disclosed.join(', ') : 'nothing'}. Cites: ${(reply.citations ?? []).join('; ')}`;
}

/** Waits for a library's reference system to have taken a delivery (the demo polls; tests await events). */
async function received<K extends Delivery['kind']>(c: Consortium, library: string, kind: K, messageId: string, timeoutMs = 10_000): Promise<Extract<Delivery, { kind: K }>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const d = c.connectors.get(library)!.received.find((x) => x.envelope.correlationId === messageId || x.envelope.messageId === messageId);
    if (d && d.kind === kind) return d as Extract<Delivery, { kind: K }>;
    if (Date.now() > until) throw new Error(`${library} did not receive message ${messageId} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function walkThrough(c: Consortium, print: Print): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const lib = (id: string) => c.connectors.get(id)!.connector;
  const step = (n: number, title: string) => print(`\nStep ${n}. ${title}`);
  const check = (title: string, outcome: string, expected: string) => {
    const ok = outcome === expected;
    results.push({ title, outcome, ok });
    print(`  ${ok ? 'as expected' : `UNEXPECTED: expected ${expected}`}`);
  };

  // 1
  step(1, 'Bozeman finds a Madison book in its book drop (ITEM_FOUND, mt-bozeman -> wi-madison)');
  let sent = await lib('mt-bozeman').send('ITEM_FOUND', 'wi-madison', { itemId: '39078091234567', owningLibrary: 'wi-madison', note: 'returned in our book drop' });
  const found = await received(c, 'wi-madison', 'ITEM_FOUND', sent.messageId);
  const foundOutcome = found.decision ? enumFromWire('Outcome', found.decision.outcome) : 'none';
  print(`  wi-madison's system received the ITEM_FOUND for item ${found.body.itemId}; decision ${foundOutcome}, no patron data involved`);
  check('item found', foundOutcome, 'RELAY');

  // 2
  step(2, "Madison asks Bozeman for the address of the patron who had its book (PATRON_INQUIRY)");
  const inquiry = (name: string) => ({
    lookup: { name },
    requester: { library: 'wi-madison' },
    purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'),
    basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'),
    wants: want('EXISTENCE', 'IDENTITY', 'CONTACT'),
  });
  const exists = await lib('wi-madison').request('PATRON_INQUIRY', 'mt-bozeman', inquiry('Olsen'));
  print(`  about a patron Bozeman has:        ${describe(exists)}`);
  const missing = await lib('wi-madison').request('PATRON_INQUIRY', 'mt-bozeman', inquiry('Nobody-Such'));
  print(`  about a patron who does not exist: ${describe(missing)}`);
  const same = JSON.stringify(exists) === JSON.stringify(missing);
  print(`  the two replies are ${same ? 'byte-for-byte identical: the refusal does not reveal whether the patron exists' : 'DIFFERENT'}`);
  check('address refused, same reply', same ? enumFromWire('Outcome', exists.outcome) : 'DIFFERENT', 'REFUSE');

  // 3
  step(3, 'Plymouth asks Duxbury for an interlibrary loan (LOAN_REQUEST, OCLN resource sharing)');
  const loan = await lib('ma-plymouth').request('LOAN_REQUEST', 'ma-duxbury', {
    header: { requestingAgencyRequestId: 'ply-2026-0042' },
    bibliographicInfo: { title: 'Moby-Dick', author: 'Herman Melville' },
    patron: { token: 'tok-ply-9a2c1e77', homeLibrary: 'ma-plymouth' },
  });
  print(`  ${describe(loan)}`);
  print('  the patron travels as a token only Plymouth can resolve');
  check('loan relayed', enumFromWire('Outcome', loan.outcome), 'RELAY');

  // 4
  step(4, 'Police at the Duxbury desk ask about a patron registered at Plymouth (PATRON_INQUIRY)');
  const policeId = randomUUID();
  const police = await lib('ma-duxbury').request('PATRON_INQUIRY', 'ma-duxbury', {
    lookup: { name: 'Nguyen' },
    requester: { agency: { agency: enumToWire('Agency', 'POLICE') } },
    purpose: enumToWire('Purpose', 'INVESTIGATION'),
    basis: enumToWire('LegalBasis', 'NONE'),
    wants: want('IDENTITY', 'CIRCULATION'),
  }, { messageId: policeId });
  print(`  ${describe(police)}`);
  await received(c, 'ma-plymouth', 'PATRON_INQUIRY', policeId);
  print('  the broker routed the request to Plymouth, whose policy decides it; the police are not told where it went');
  check('referred to the registering library', enumFromWire('Outcome', police.outcome), 'REFER');

  // 5
  step(5, 'A search warrant is served at Bozeman (LEGAL_PROCESS)');
  const warrant = await lib('mt-bozeman').request('LEGAL_PROCESS', 'mt-bozeman', {
    process: { type: enumToWire('ProcessType', 'SEARCH_WARRANT'), issuer: enumToWire('Issuer', 'STATE'), gag: false, criminal: true },
    requester: { agency: enumToWire('Agency', 'POLICE') },
    purpose: enumToWire('Purpose', 'INVESTIGATION'),
    basis: enumToWire('LegalBasis', 'SEARCH_WARRANT'),
    wants: want('IDENTITY', 'CIRCULATION'),
    lookup: { name: 'Olsen' },
    documentRef: 'Gallatin County SW-2026-118',
  } as never);
  print(`  ${describe(warrant)}`);
  print("  it waits in Bozeman's review queue for the director, marked urgent: a warrant is executable at once");
  check('warrant held for review', enumFromWire('Outcome', warrant.outcome), 'REVIEW');

  // 6
  step(6, 'A Multnomah hold is ready for pickup at Hillsboro (HOLD_PICKUP)');
  sent = await lib('or-multnomah').send('HOLD_PICKUP', 'or-hillsboro', {
    patron: { token: 'tok-mul-3e7d0b58', homeLibrary: 'or-multnomah' },
    itemId: '31234000111222',
    pickupLibrary: 'or-hillsboro',
  });
  const hold = await received(c, 'or-hillsboro', 'HOLD_PICKUP', sent.messageId);
  print(`  or-hillsboro's hold shelf gets the label "${hold.body.label}" and nothing else about the patron`);
  check('hold label only', hold.body.label ? 'RELAY' : 'NO LABEL', 'RELAY');

  return results;
}
