// Header names of the relay contract (docs/ARCHITECTURE.md, "The contract of the relay").
export const HEADERS = {
  msgId: 'Nats-Msg-Id',
  correlationId: 'Ilr-Correlation-Id',
  reply: 'Ilr-Reply',
  reason: 'Ilr-Reason',
  decision: 'Ilr-Decision',
} as const;
