// Reads a corpus file: validates it, checks every library it names, and compiles its
// directory against the policy data once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  PolicyError,
  buildPolicyBook,
  formatPath,
  zodProblem,
  readYamlFile,
  type PatronFacts,
  type PolicyBook,
  type PolicyData,
  type PolicyRequest,
} from '@ilr/policy';
import { zCase, zCorpusFile, type Expectation, type ScenarioCase } from './schema.js';

/** The one error type of the corpus layer: names the file, the case and the field. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  constructor(
    readonly file: string,
    readonly caseId: string | undefined,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${caseId ? `case ${caseId}: ` : ''}${field ? `${field}: ` : ''}${problem}`);
  }
}

export interface Scenario {
  id: string;
  source: string | undefined;
  /** The case's own decision date, where the case is about a date. */
  date: string | undefined;
  request: PolicyRequest;
  /** null: the home library has no such patron. */
  patron: PatronFacts | null;
  expect: Expectation;
}

export interface Corpus {
  file: string;
  book: PolicyBook;
  scenarios: Scenario[];
}

export function loadCorpus(file: string, data: PolicyData): Corpus {
  let raw: unknown;
  try {
    raw = readYamlFile(file);
  } catch (e) {
    if (e instanceof PolicyError) throw new CorpusError(file, undefined, e.at, e.problem);
    throw e;
  }
  const top = zCorpusFile.safeParse(raw);
  if (!top.success) {
    const issue = top.error.issues[0]!;
    throw new CorpusError(file, undefined, formatPath(issue.path), zodProblem(issue));
  }
  let book: PolicyBook;
  try {
    book = buildPolicyBook(data, top.data.libraries, file);
  } catch (e) {
    if (e instanceof PolicyError) throw new CorpusError(file, undefined, e.at, e.problem);
    throw e;
  }
  const known = new Set(top.data.libraries.map((l) => l.id));
  const ids = new Set<string>();
  const scenarios = top.data.cases.map((rawCase, i) => {
    const caseId = (rawCase as { id?: unknown } | null)?.id;
    const label = typeof caseId === 'string' ? caseId : `#${i + 1}`;
    const parsed = zCase.safeParse(rawCase);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CorpusError(file, label, formatPath(issue.path), zodProblem(issue));
    }
    const c = parsed.data;
    if (ids.has(c.id)) throw new CorpusError(file, c.id, 'id', 'duplicate case id');
    ids.add(c.id);
    checkLibraries(file, c, known);
    return toScenario(c);
  });
  return { file, book, scenarios };
}

function checkLibraries(file: string, c: ScenarioCase, known: Set<string>): void {
  const named: Array<[string, string | undefined]> = [
    ['request.to', c.request.to],
    ['request.from.library', c.request.from.type === 'LIBRARY' ? c.request.from.library : undefined],
    ['request.from.contractedBy', c.request.from.type === 'AGENCY' ? c.request.from.contractedBy : undefined],
    ['patron.registeredAt', c.patron?.registeredAt],
    ['expect.referTo', c.expect.referTo],
    ...(c.patron?.consents ?? []).map((x, i): [string, string | undefined] => [`patron.consents[${i}].to`, x.to]),
  ];
  for (const [field, id] of named) {
    if (id !== undefined && !known.has(id)) throw new CorpusError(file, c.id, field, `unknown library "${id}" (not in this file's libraries)`);
  }
}

function toScenario(c: ScenarioCase): Scenario {
  const from = c.request.from;
  const request: PolicyRequest = {
    kind: c.request.kind,
    to: c.request.to,
    from:
      from.type === 'PERSON'
        ? {
            type: 'PERSON',
            relation: from.relation,
            credential: from.credential,
            listedCaregiver: from.listedCaregiver,
            ...(from.household ? { household: true } : {}),
            ...(from.consentRef !== undefined ? { consentRef: from.consentRef } : {}),
          }
        : from,
    purpose: c.request.purpose,
    basis: c.request.basis,
    process: c.request.process,
    wants: c.request.wants,
  };
  const p = c.patron;
  const patron: PatronFacts | null = p
    ? {
        registeredAt: p.registeredAt ?? c.request.to,
        age: p.age,
        lastName: p.lastName,
        card: p.card,
        shelfOptOut: p.shelfOptOut,
        userKey: p.userKey,
        detailedNoticesAllowed: p.detailedNoticesAllowed,
        consents: p.consents,
        owes: p.owes,
        householdPickupOptOut: p.householdPickupOptOut,
      }
    : null;
  return { id: c.id, source: c.source, date: c.date, request, patron, expect: c.expect };
}

/** Expands files and folders into the corpus files they hold (*.yaml, *.yml), sorted. */
export function corpusFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (!existsSync(p)) throw new CorpusError(p, undefined, '', 'no such file or folder');
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory() || /\.ya?ml$/.test(name)) walk(child);
      }
    } else out.push(p);
  };
  paths.forEach(walk);
  return out;
}
