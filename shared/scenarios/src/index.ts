// @ilr/scenarios: the acceptance-corpus format of ../shared/scenarios and its checker.
export { loadCorpus, corpusFiles, CorpusError, type Corpus, type Scenario } from './corpus.js';
export { checkScenario, replyDependence, type CaseResult } from './check.js';
export { runCheck, type CheckSummary } from './run.js';
export { zCase, zCorpusFile, zExpect, type ScenarioCase, type Expectation } from './schema.js';
