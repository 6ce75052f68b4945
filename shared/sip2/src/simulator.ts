// A stateful SIP2 server (ACS) for tests and the local consortium: patrons, loans, fees,
// blocks; login, Patron Information, End Patron Session, resends. It checks every message it
// receives (checksum, sequence number, fixed fields, required fields, login first; kept in
// `protocolErrors`) and has switches for latency, silence, bad checksums and garbage.
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { PATRON_INFO_FIXED, SIP, check, field, fields, frame, frameNoSeq, sipDate } from './message.js';

export interface SimLoan {
  itemId: string;
  /** ISO date or date-time. */
  dateDue: string;
}

export interface SimPatron {
  barcode: string;
  /** AE as the ILS prints it, e.g. "Garcia-Lopez, Maria". */
  name: string;
  /** YYYY-MM-DD; sent in the birth date field when the server is configured with one. */
  birthDate?: string;
  /** Fees owed, in currency units. */
  feeAmount?: number;
  currency?: string;
  loans?: SimLoan[];
  /** Charge privileges denied (patron status, position 1). */
  blocked?: boolean;
  /** The home library or branch code (sent in the home library field). */
  homeLibrary?: string;
}

export interface Sip2Switches {
  latencyMs?: number;
  /** Never answer. */
  silent?: boolean;
  /** The next n answers (resends included) carry a wrong checksum. */
  badChecksums?: number;
  /** Send these bytes instead of every answer. */
  garbage?: string;
  /** Close the connection after each answer (the client must reconnect). */
  closeAfterAnswer?: boolean;
}

export interface Sip2ServerOptions {
  patrons: SimPatron[];
  /** Login required with this user and password (93 before anything else). */
  user?: string;
  password?: string;
  institutionId?: string;
  /** The field that carries the birth date (default PB); null: the ILS does not send it. */
  birthDateField?: string | null;
  /** The field that carries the home library (default AQ); null: not sent. */
  homeLibraryField?: string | null;
  switches?: Sip2Switches;
  /** TLS with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
  host?: string;
  /** The clock of overdue counts (tests fix it). */
  now?: () => Date;
}

export class Sip2Server {
  readonly patrons = new Map<string, SimPatron>();
  /** Every message received, as received (without the terminator). */
  readonly received: string[] = [];
  /** What was wrong with messages received; empty while the client keeps to the protocol. */
  readonly protocolErrors: string[] = [];
  switches: Sip2Switches;
  connections = 0;
  logins = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly o: Sip2ServerOptions,
  ) {
    for (const p of o.patrons) this.patrons.set(p.barcode, structuredClone(p));
    this.switches = o.switches ?? {};
  }

  static async start(o: Sip2ServerOptions): Promise<Sip2Server> {
    let sim: Sip2Server | undefined;
    const onSocket = (s: Socket) => sim!.serve(s);
    const server = o.tls ? createTlsServer({ key: o.tls.key, cert: o.tls.cert }, onSocket) : createTcpServer(onSocket);
    sim = new Sip2Server(server, o);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, o.host ?? '127.0.0.1', () => resolve());
    });
    return sim;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  get host(): string {
    return (this.server.address() as AddressInfo).address;
  }

  checkOut(barcode: string, loan: SimLoan): void {
    const p = this.patron(barcode);
    p.loans = [...(p.loans ?? []), loan];
  }
  checkIn(barcode: string, itemId: string): void {
    const p = this.patron(barcode);
    p.loans = (p.loans ?? []).filter((l) => l.itemId !== itemId);
  }
  charge(barcode: string, amount: number): void {
    const p = this.patron(barcode);
    p.feeAmount = Math.round(((p.feeAmount ?? 0) + amount) * 100) / 100;
  }
  block(barcode: string, blocked = true): void {
    this.patron(barcode).blocked = blocked;
  }
  private patron(barcode: string): SimPatron {
    const p = this.patrons.get(barcode);
    if (!p) throw new Error(`the simulator has no patron ${barcode}`);
    return p;
  }

  /** Drops every open connection (the client must reconnect). */
  dropConnections(): void {
    for (const s of this.sockets) s.destroy();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.connections += 1;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('latin1');
    const session = { loggedIn: this.o.user === undefined, last: undefined as string | undefined };
    let buf = '';
    let turn = Promise.resolve();
    socket.on('data', (chunk: string) => {
      buf += chunk;
      let at: number;
      while ((at = buf.indexOf('\r')) >= 0) {
        const line = buf.slice(0, at).replace(/^\n/, '');
        buf = buf.slice(at + 1);
        turn = turn.then(() => this.answer(socket, session, line));
      }
    });
  }

  private async answer(socket: Socket, session: { loggedIn: boolean; last: string | undefined }, line: string): Promise<void> {
    this.received.push(line);
    const s = this.switches;
    if (s.silent) return;
    if (s.latencyMs) await new Promise((r) => setTimeout(r, s.latencyMs));
    const c = check(line);
    let out: string;
    if (!c.ok) {
      this.protocolErrors.push(`${line.slice(0, 2)}: ${c.why}`);
      out = frameNoSeq(SIP.requestResend); // ask the client to send it again
    } else if (c.body === SIP.requestResend) {
      out = session.last ?? frameNoSeq(SIP.requestResend);
    } else {
      if (c.seq === undefined) this.protocolErrors.push(`${c.body.slice(0, 2)}: no sequence number (AY)`);
      const body = this.respond(c.body, session);
      out = frame(body, c.seq ?? 0);
      session.last = out;
    }
    if (s.garbage !== undefined) out = s.garbage;
    else if ((s.badChecksums ?? 0) > 0) {
      s.badChecksums! -= 1;
      out = out.replace(/AZ([0-9A-F]{4})\r$/, (_m, x: string) => `AZ${((parseInt(x, 16) + 1) & 0xffff).toString(16).toUpperCase().padStart(4, '0')}\r`);
    }
    if (socket.destroyed) return;
    socket.write(out, 'latin1');
    if (s.closeAfterAnswer) socket.end();
  }

  private respond(body: string, session: { loggedIn: boolean }): string {
    const code = body.slice(0, 2);
    const now = (this.o.now ?? (() => new Date()))();
    const inst = this.o.institutionId ?? 'SIM';
    if (code === SIP.login) {
      const f = fields(body, 4);
      if (!/^93..$/.test(body.slice(0, 4))) this.protocolErrors.push('93: bad fixed fields');
      if (!f.has('CN') || !f.has('CO')) this.protocolErrors.push('93: CN and CO are required');
      const ok = this.o.user === undefined || (f.get('CN') === this.o.user && f.get('CO') === (this.o.password ?? ''));
      if (ok) {
        session.loggedIn = true;
        this.logins += 1;
      }
      return `${SIP.loginResponse}${ok ? '1' : '0'}`;
    }
    if (!session.loggedIn) {
      this.protocolErrors.push(`${code}: sent before a successful login`);
      return `${SIP.loginResponse}0`;
    }
    if (code === SIP.patronInformation) {
      if (!/^63\d{3}\d{8}.{4}\d{6}[ Y]{10}/.test(body)) this.protocolErrors.push('63: bad fixed fields (language, transaction date, summary)');
      const f = fields(body, 2 + 3 + 18 + 10);
      if (!f.has('AO') || !f.has('AA')) this.protocolErrors.push('63: AO and AA are required');
      return this.patronInfo(f.get('AA') ?? '', inst, now);
    }
    if (code === SIP.endPatronSession) {
      if (!/^35\d{8}.{4}\d{6}/.test(body)) this.protocolErrors.push('35: bad transaction date');
      const f = fields(body, 2 + 18);
      if (!f.has('AO') || !f.has('AA')) this.protocolErrors.push('35: AO and AA are required');
      return `${SIP.endSessionResponse}Y${sipDate(now)}${field('AO', inst)}${field('AA', f.get('AA') ?? '')}`;
    }
    this.protocolErrors.push(`${code}: a message this server does not take`);
    return `${SIP.requestResend}`;
  }

  private patronInfo(barcode: string, inst: string, now: Date): string {
    const p = this.patrons.get(barcode);
    const n4 = (n: number) => String(Math.min(n, 9999)).padStart(4, '0');
    if (!p) return `${SIP.patronInformationResponse}${' '.repeat(14)}001${sipDate(now)}${n4(0).repeat(6)}${field('AO', inst)}${field('AA', barcode)}${field('AE', '')}${field('BL', 'N')}`;
    const loans = p.loans ?? [];
    const overdue = loans.filter((l) => Date.parse(l.dateDue) < now.getTime()).length;
    const status = (p.blocked ? 'Y' : ' ') + ' '.repeat(13);
    const fixed = `${SIP.patronInformationResponse}${status}001${sipDate(now)}${n4(0)}${n4(overdue)}${n4(loans.length)}${n4(p.feeAmount ? 1 : 0)}${n4(0)}${n4(0)}`;
    let vars = field('AO', inst) + field('AA', p.barcode) + field('AE', p.name) + field('BL', 'Y');
    if (p.feeAmount !== undefined) vars += field('BH', p.currency ?? 'USD') + field('BV', p.feeAmount.toFixed(2));
    const dobField = this.o.birthDateField === undefined ? 'PB' : this.o.birthDateField;
    if (dobField && p.birthDate) vars += field(dobField, p.birthDate.replace(/-/g, ''));
    const homeField = this.o.homeLibraryField === undefined ? 'AQ' : this.o.homeLibraryField;
    if (homeField && p.homeLibrary) vars += field(homeField, p.homeLibrary);
    if (fixed.length !== PATRON_INFO_FIXED) throw new Error('64 fixed part has the wrong length');
    return fixed + vars;
  }
}
