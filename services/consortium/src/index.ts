// @ilr/consortium: a local consortium and the walk-through of its flows.
export { startConsortium, SAMPLE_DIR, type Consortium, type ConsortiumOptions } from './consortium.js';
export { walkThrough, type StepResult } from './walkthrough.js';
