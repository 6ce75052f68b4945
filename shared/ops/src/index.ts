// @ilr/ops: the operations read models the web console (services/console) and the `ilr`
// CLI show: needs-attention tiles, streams and consumers, libraries, dead letters (and
// handled marks), message traces, review counts, flow samples, audit status, services,
// the server, JetStream advisories and the operator-actions log. Bounded reads only,
// never a payload, and the gag rule in every number (operations.ts says how).
//
//   const ops = new Operations({ nc });            // as ilr-console or ilr-operator
//   const tiles = await ops.attention();
//   const { rows } = await ops.deadLetters({ sender: 'mt-bozeman', since: new Date(Date.now() - 86_400_000) });
//   const timeline = await ops.trace('wi-madison', 'msg-123');
export { Operations } from './operations.js';
export { OpsError, type OpsErrorCode } from './errors.js';
export type { TraceOptions } from './trace.js';
export type * from './types.js';
