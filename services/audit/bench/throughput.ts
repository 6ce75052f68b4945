// How fast the audit service appends to the chain, and how fast verify reads it back.
//   node --conditions=source --import tsx services/audit/bench/throughput.ts [records] [window]
// Decision records are published to ILR_DECISIONS first, then one audit service drains them.
import { verifyAuditStream } from '@ilr/audit';
import { createLogger } from '@ilr/log';
import { connectNats, provision } from '@ilr/nats';
import { Publisher } from '@ilr/outbound';
import type { Decision } from '@ilr/policy';
import { startNats } from '@ilr/testing';
import { startAuditService } from '../src/index.js';

const RECORDS = Number(process.argv[2] ?? 20_000);
const WINDOW = Number(process.argv[3] ?? 256);
const decision = (home: string): Decision => ({
  outcome: 'REFUSE',
  disclosed: [],
  basis: 'MATERIAL_RECOVERY',
  rules: ['no-library-recovery'],
  citations: [{ cite: 'MCA 22-1-1103', text: 'statute text', status: 'VERIFIED' }],
  pack: { id: 'US-MT', version: '2026.1.0' },
  decidedBy: home,
  reasonCode: 'NO_LEGAL_BASIS',
  screened: true,
});

const server = await startNats();
const client = await connectNats({ servers: server.url, name: 'bench' });
await provision(client);
const publisher = new Publisher(client.publisher());
const homes = ['mt-bozeman', 'or-multnomah', 'ma-duxbury', 'co-bemis'];
for (let i = 0; i < RECORDS; i += 1000) {
  await Promise.all(
    Array.from({ length: Math.min(1000, RECORDS - i) }, (_, k) =>
      publisher.decision(`bench-${i + k}`, decision(homes[(i + k) % 4]!), { kind: 'PATRON_INQUIRY', sender: 'wi-madison', recipient: homes[(i + k) % 4]!, patronTokens: [`tok-${i + k}`] }),
    ),
  );
}
const auditConn = await connectNats({ servers: server.url, name: 'audit' });
const started = performance.now();
const cpu = process.cpuUsage();
const service = await startAuditService({ nats: auditConn, logger: createLogger('bench', { level: 'warn' }), window: WINDOW });
await new Promise<void>((resolve) => {
  const poll = setInterval(() => {
    if (service.position().seq >= RECORDS) {
      clearInterval(poll);
      resolve();
    }
  }, 20);
});
const appendS = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
await service.stop();
const vStart = performance.now();
const report = await verifyAuditStream(client);
const verifyS = (performance.now() - vStart) / 1000;
console.log(JSON.stringify({
  records: RECORDS,
  window: WINDOW,
  append_per_s: Math.round(RECORDS / appendS),
  append_seconds: Number(appendS.toFixed(2)),
  // CPU of this process (the audit service; the publisher is idle by then) per wall second
  append_cpu_share: Number(((used.user + used.system) / 1e6 / appendS).toFixed(2)),
  verify_per_s: Math.round(report.checked / verifyS),
  verify_ok: report.ok,
}));
await auditConn.close();
await client.close();
await server.stop();
