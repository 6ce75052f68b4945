// A SIP2 client for patron facts: one connection (TCP or TLS) per client, reused for every
// lookup one at a time (SIP2 is strictly request/response), re-established after any failure.
// Per lookup: Patron Information (63/64), then End Patron Session (35/36); login (93/94) once
// per connection. Error detection on every message: sequence number AY and checksum AZ; a
// bad checksum asks for a resend (96), at most three times, then the lookup fails.
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Sip2Error } from './errors.js';
import { PATRON_INFO_FIXED, SIP, check, field, fields, frame, frameNoSeq, sipDate } from './message.js';
import type { Sip2ClientOptions, Sip2Patron } from './types.js';

export const DEFAULT_SIP2_TIMEOUT_MS = 3000;
export const MAX_RESENDS = 3;
/** A SIP2 message longer than this is not one. */
const MAX_LINE = 64 * 1024;

class Line {
  private buf = '';
  private lines: string[] = [];
  private waiter: { resolve: (l: string) => void; reject: (e: Error) => void } | undefined;
  private failure: Sip2Error | undefined;

  constructor(readonly socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buf += chunk;
      let at: number;
      while ((at = this.buf.indexOf('\r')) >= 0) {
        this.lines.push(this.buf.slice(0, at).replace(/^\n/, ''));
        this.buf = this.buf.slice(at + 1);
      }
      if (this.buf.length > MAX_LINE) this.fail(new Sip2Error('UNREADABLE', `a message longer than ${MAX_LINE} bytes`));
      this.wake();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => this.fail(new Sip2Error('UNREACHABLE', `the SIP2 connection failed (${e.code ?? e.name})`)));
    socket.on('close', () => this.fail(new Sip2Error('CLOSED', 'the ILS closed the SIP2 connection')));
  }

  get dead(): boolean {
    return this.failure !== undefined;
  }

  private fail(e: Sip2Error): void {
    this.failure ??= e;
    this.socket.destroy();
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    if (!w) return;
    if (this.lines.length > 0) {
      this.waiter = undefined;
      w.resolve(this.lines.shift()!);
    } else if (this.failure) {
      this.waiter = undefined;
      w.reject(this.failure);
    }
  }

  next(deadline: number, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        this.fail(new Sip2Error('TIMEOUT', `no answer within ${timeoutMs} ms`));
        reject(new Sip2Error('TIMEOUT', `no answer within ${timeoutMs} ms`));
      }, Math.max(0, deadline - Date.now()));
      this.waiter = {
        resolve: (l) => (clearTimeout(timer), resolve(l)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.wake();
    });
  }

  send(s: string): void {
    this.socket.write(s, 'latin1');
  }

  close(): void {
    this.socket.destroy();
  }
}

export class Sip2Client {
  private line: Line | undefined;
  private seq = 0;
  private turn: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Connections opened so far (a reconnect adds one). */
  connections = 0;

  constructor(readonly options: Sip2ClientOptions) {}

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_SIP2_TIMEOUT_MS;
  }

  /** The patron's information, or null when the ILS says there is no such patron. Throws Sip2Error. */
  patronInformation(barcode: string, now: () => Date = () => new Date()): Promise<Sip2Patron | null> {
    const deadline = Date.now() + this.timeoutMs;
    const run = this.turn.then(() => this.lookup(barcode, now, deadline));
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async lookup(barcode: string, now: () => Date, deadline: number): Promise<Sip2Patron | null> {
    if (this.closed) throw new Sip2Error('CLOSED', 'the SIP2 client is closed');
    if (Date.now() >= deadline) throw new Sip2Error('TIMEOUT', `no answer within ${this.timeoutMs} ms`);
    const o = this.options;
    try {
      const line = await this.connection(deadline);
      const who = field('AO', o.institutionId) + field('AA', barcode) + (o.terminalPassword !== undefined ? field('AC', o.terminalPassword) : '');
      const info = await this.exchange(line, `${SIP.patronInformation}001${sipDate(now())}${' '.repeat(10)}${who}`, SIP.patronInformationResponse, deadline);
      await this.exchange(line, `${SIP.endPatronSession}${sipDate(now())}${field('AO', o.institutionId)}${field('AA', barcode)}`, SIP.endSessionResponse, deadline);
      return this.read(info);
    } catch (e) {
      // Whatever went wrong, the connection's state is unknown: start afresh next time.
      this.line?.close();
      this.line = undefined;
      throw e;
    }
  }

  private async connection(deadline: number): Promise<Line> {
    if (this.line && !this.line.dead) return this.line;
    const o = this.options;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const tlsOpts = typeof o.tls === 'object' ? o.tls : {};
      const s: Socket = o.tls ? tlsConnect({ host: o.host, port: o.port, servername: o.host, ...tlsOpts }) : tcpConnect({ host: o.host, port: o.port });
      const timer = setTimeout(() => (s.destroy(), reject(new Sip2Error('TIMEOUT', `no connection within ${this.timeoutMs} ms`))), Math.max(0, deadline - Date.now()));
      s.once(o.tls ? 'secureConnect' : 'connect', () => (clearTimeout(timer), s.removeAllListeners('error'), resolve(s)));
      s.once('error', (e: NodeJS.ErrnoException) => (clearTimeout(timer), reject(new Sip2Error('UNREACHABLE', `cannot reach the SIP2 server (${e.code ?? e.name})`))));
    });
    socket.setNoDelay(true);
    const line = new Line(socket);
    this.connections += 1;
    if (o.user !== undefined) {
      const login = `${SIP.login}00${field('CN', o.user)}${field('CO', o.password ?? '')}${o.location !== undefined ? field('CP', o.location) : ''}`;
      const ok = await this.exchange(line, login, SIP.loginResponse, deadline);
      if (ok[2] !== '1') {
        line.close();
        throw new Sip2Error('LOGIN_FAILED', 'the ILS refused the SIP2 login (check the user and password)');
      }
    }
    this.line = line;
    return line;
  }

  /** Sends one message and returns the checked answer's body, asking for resends on bad checksums. */
  private async exchange(line: Line, body: string, expect: string, deadline: number): Promise<string> {
    const seq = this.seq;
    this.seq = (this.seq + 1) % 10;
    const message = frame(body, seq);
    line.send(message);
    for (let resends = 0; ; resends++) {
      const got = await line.next(deadline, this.timeoutMs);
      const c = check(got);
      const again = !c.ok || c.body.startsWith(SIP.requestResend);
      if (again) {
        if (resends >= MAX_RESENDS) throw new Sip2Error('BAD_CHECKSUM', `no readable answer after ${MAX_RESENDS} resends (${c.ok ? 'the ILS kept asking for a resend' : c.why})`);
        // The ILS asks us to resend ours, or we ask for its last one again.
        line.send(c.ok ? message : frameNoSeq(SIP.requestResend));
        continue;
      }
      if (c.seq !== undefined && c.seq !== seq) throw new Sip2Error('UNREADABLE', `an answer out of sequence (AY${c.seq}, expected AY${seq})`);
      if (!c.body.startsWith(expect)) throw new Sip2Error('UNREADABLE', `expected message ${expect}, got ${/^\d\d/.test(c.body) ? c.body.slice(0, 2) : 'something else'}`);
      return c.body;
    }
  }

  private read(body: string): Sip2Patron | null {
    if (body.length < PATRON_INFO_FIXED) throw new Sip2Error('UNREADABLE', 'Patron Information Response is shorter than its fixed fields');
    const f = fields(body, PATRON_INFO_FIXED);
    const bl = f.get('BL');
    const validPatron = bl === undefined ? undefined : bl.toUpperCase() === 'Y';
    const name = f.get('AE')?.replace(/\s+/g, ' ').trim();
    if (validPatron === false || (validPatron === undefined && !name)) return null;
    const p: Sip2Patron = { validPatron };
    if (name) p.personalName = name;
    const overdue = body.slice(41, 45);
    if (/^\d{4}$/.test(overdue)) p.overdueCount = Number(overdue);
    const fee = f.get('BV')?.match(/-?\d+(?:\.\d+)?/)?.[0];
    if (fee !== undefined) p.feeAmount = Math.abs(Number(fee));
    const currency = f.get('BH');
    if (currency) p.currency = currency;
    const dob = f.get(this.options.birthDateField ?? 'PB')?.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
    if (dob) p.birthDate = `${dob[1]}-${dob[2]}-${dob[3]}`;
    const home = f.get(this.options.homeLibraryField ?? 'AQ')?.trim();
    if (home) p.homeLibrary = home;
    return p;
  }

  /** Ends the connection; later lookups fail with CLOSED. */
  close(): void {
    this.closed = true;
    this.line?.close();
    this.line = undefined;
  }
}
