// A TCP proxy between a client and a real nats-server that can lose the client's JetStream
// acks: what happens to an ack when the node holding the consumer dies before recording it.
// It reads the client's side of the NATS protocol (lines; PUB/HPUB followed by a payload)
// and drops `PUB $JS.ACK.…` frames while `dropAcks` is on; everything else passes as it is.
import { createServer, connect, type Server, type Socket } from 'node:net';

const CRLF = Buffer.from('\r\n');

export class AckDroppingProxy {
  dropAcks = false;
  /** Acks dropped so far. */
  dropped = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(target: { host: string; port: number }): Promise<AckDroppingProxy> {
    let proxy: AckDroppingProxy | undefined;
    const server = createServer((client) => proxy?.pipe(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('proxy has no port');
    proxy = new AckDroppingProxy(server, `nats://127.0.0.1:${address.port}`);
    return proxy;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pipe(client: Socket, target: { host: string; port: number }): void {
    const upstream = connect(target.port, target.host);
    this.sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    upstream.on('data', (chunk) => client.write(chunk));
    let pending: Buffer = Buffer.alloc(0);
    client.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      pending = this.forward(pending, upstream);
    });
  }

  /** Forward every complete frame of `buf` (dropping acks); returns the incomplete rest. */
  private forward(buf: Buffer, upstream: Socket): Buffer {
    for (;;) {
      const eol = buf.indexOf(CRLF);
      if (eol < 0) return buf;
      const line = buf.subarray(0, eol).toString('latin1');
      const [op, subject, ...rest] = line.split(' ');
      let size = eol + 2;
      if (op?.toUpperCase() === 'PUB' || op?.toUpperCase() === 'HPUB') size += Number(rest[rest.length - 1]) + 2;
      if (buf.length < size) return buf;
      const isAck = (op?.toUpperCase() === 'PUB' || op?.toUpperCase() === 'HPUB') && subject?.startsWith('$JS.ACK.');
      if (isAck && this.dropAcks) this.dropped++;
      else upstream.write(buf.subarray(0, size));
      buf = buf.subarray(size);
    }
  }
}
