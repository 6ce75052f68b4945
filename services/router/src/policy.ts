// The call to ilr.svc.policy. A 400 means the message itself is bad (dead-letter it);
// anything else that is not an answer is the service being unavailable (retry later).
import { POLICY_SERVICE, type PipelinedRequester } from '@ilr/nats';
import type { DecideRequest, DecideResponse } from '@ilr/policy-service';
import { RouterError } from './errors.js';

export type PolicyAnswer = DecideResponse | { status: 'UNAVAILABLE'; reason: string };

export async function askPolicy(requests: PipelinedRequester, req: DecideRequest, timeoutMs: number): Promise<PolicyAnswer> {
  let msg;
  try {
    msg = await requests.request(POLICY_SERVICE.subject, JSON.stringify(req), { timeoutMs, label: 'policy service' });
  } catch (e) {
    return { status: 'UNAVAILABLE', reason: e instanceof Error ? e.message : String(e) };
  }
  const code = msg.headers?.get('Nats-Service-Error-Code');
  const description = msg.headers?.get('Nats-Service-Error') ?? '';
  if (code === '400') throw new RouterError('POLICY_REJECTED', description);
  if (code) return { status: 'UNAVAILABLE', reason: `policy service error ${code}: ${description}` };
  return msg.json<DecideResponse>();
}
