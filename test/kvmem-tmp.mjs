import { connect } from '@nats-io/transport-node';
import { jetstreamManager, jetstream } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
const mode = process.argv[2]; const secs = Number(process.argv[3] ?? 120); const rate = Number(process.argv[4] ?? 1000);
const dir = mkdtempSync('/tmp/exp/js-');
const srv = spawn('nats-server', ['-js', '-p', process.env.P, '-sd', dir], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 500));
const rss = () => Math.round(Number(readFileSync(`/proc/${srv.pid}/status`,'utf8').match(/VmRSS:\s+(\d+)/)[1])/1024);
const nc = await connect({ servers: 'localhost:'+process.env.P+'' });
const jsm = await jetstreamManager(nc); const js = jetstream(nc);
let pub;
if (mode === 'kv') { const kv = await new Kvm(nc).create('p', { history: 1, ttl: 7*24*3600e3 }); let i=0; pub = () => kv.create(`s.${crypto.randomUUID()}`, '{"seq":1}'); }
else if (mode === 'stream') { await jsm.streams.add({ name: 'S', subjects: ['s.>'], max_age: 7*24*3600e9, duplicate_window: 120e9 }); pub = () => js.publish('s.x.y', new Uint8Array(600), { msgID: crypto.randomUUID() }); }
else if (mode === 'stream-nodedupe') { await jsm.streams.add({ name: 'S', subjects: ['s.>'], max_age: 7*24*3600e9, duplicate_window: 120e9 }); pub = () => js.publish('s.x.y', new Uint8Array(600)); }
const t0 = Date.now(); let n = 0;
const iv = setInterval(() => console.log(`${((Date.now()-t0)/1000).toFixed(0)}s n=${n} rss=${rss()}MB`), 10000);
while (Date.now() - t0 < secs*1000) {
  const due = Math.floor((Date.now()-t0)/1000*rate);
  const ps = []; while (n < due) { ps.push(pub()); n++; }
  await Promise.all(ps); await new Promise(r => setTimeout(r, 10));
}
clearInterval(iv); console.log('final', rss()); await nc.close(); srv.kill();
