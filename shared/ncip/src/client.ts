// An NCIP initiator for LookupUser over HTTP(S). One request per lookup, by barcode or by
// AuthenticationInput as configured: never one and then the other.
import { NcipError } from './errors.js';
import { lookupUserXml } from './request.js';
import { parseLookupUserResponse } from './response.js';
import type { NcipClientOptions, NcipLookupResult, NcipWanted } from './types.js';
import { MAX_XML_BYTES } from './xml.js';

export const DEFAULT_NCIP_TIMEOUT_MS = 3000;

export class NcipClient {
  constructor(readonly options: NcipClientOptions) {}

  /** Looks the barcode up; throws NcipError when there is no usable answer. */
  async lookupUser(barcode: string, wanted: NcipWanted, now: () => Date = () => new Date()): Promise<NcipLookupResult> {
    const o = this.options;
    const timeoutMs = o.timeoutMs ?? DEFAULT_NCIP_TIMEOUT_MS;
    const body = lookupUserXml({ ...o, barcode, wanted });
    let res: Response;
    let bytes: Uint8Array;
    try {
      res = await fetch(o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/xml; charset=utf-8', accept: 'application/xml, text/xml', ...o.headers },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      bytes = await readCapped(res);
    } catch (e) {
      if (e instanceof NcipError) throw e;
      const name = (e as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new NcipError('TIMEOUT', `no answer within ${timeoutMs} ms`);
      throw new NcipError('UNREACHABLE', `cannot reach the NCIP responder (${causeOf(e)})`);
    }
    if (!res.ok) {
      // Some responders send their Problems with an HTTP error status: an unknown user is still an answer.
      let answer: NcipLookupResult | undefined;
      try {
        answer = parseLookupUserResponse(bytes, wanted, now());
      } catch {
        answer = undefined;
      }
      if (answer && !answer.found) return answer;
      throw new NcipError('HTTP', `the NCIP responder answered HTTP ${res.status}`);
    }
    return parseLookupUserResponse(bytes, wanted, now());
  }
}

async function readCapped(res: Response): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_XML_BYTES) throw new NcipError('UNREADABLE', `the answer is larger than ${MAX_XML_BYTES} bytes`);
  const buf = await res.arrayBuffer();
  if (buf.byteLength > MAX_XML_BYTES) throw new NcipError('UNREADABLE', `the answer is larger than ${MAX_XML_BYTES} bytes`);
  return new Uint8Array(buf);
}

/** The network cause (ECONNREFUSED, ENOTFOUND...), never a URL's query or a body. */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? (e instanceof Error ? e.name : 'error');
}
