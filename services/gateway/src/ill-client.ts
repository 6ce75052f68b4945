// POSTs one ISO 18626 message to the library's ILL system, with a deadline, and reads its
// confirmation. Anything but a readable confirmation is a transport failure (retried).
import { checkConfirmation, confirmationStatus } from '@ilr/iso18626';

export type PostResult =
  | { ok: true; status: 'OK' | 'ERROR'; errorType?: string; errorValue?: string }
  | { ok: false; reason: string };

export async function postIso(endpoint: string, xml: string, deadlineMs: number): Promise<PostResult> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/xml; charset=utf-8' },
      body: xml,
      signal: AbortSignal.timeout(deadlineMs),
    });
  } catch (e) {
    const name = (e as Error).name;
    return { ok: false, reason: name === 'TimeoutError' ? `no answer within ${deadlineMs} ms` : `cannot reach the ILL system (${(e as { cause?: { code?: string } }).cause?.code ?? name})` };
  }
  const body = new Uint8Array(await res.arrayBuffer().catch(() => new ArrayBuffer(0)));
  if (res.status !== 200) return { ok: false, reason: `HTTP ${res.status}` };
  const c = checkConfirmation(body);
  if (!c.ok) return { ok: false, reason: `the answer is not an ISO 18626 confirmation (${c.error.errorType})` };
  return { ok: true, ...confirmationStatus(c.document) };
}
