// Where the project's copies of the reference material live. A user's clone has no
// ../shared beside it, so tests and the main job read these copies; test/vendored.test.ts
// checks each copy is identical to its original whenever ../shared is present.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is shared/testing/src/fixtures.ts or dist/fixtures.js). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The seed acceptance corpus (a copy of ../shared/scenarios). */
export const SEEDS_DIR = join(REPO_ROOT, 'test', 'corpora', 'seeds');
export const SEEDS_FILE = join(SEEDS_DIR, 'seeds.yaml');
/** Every corpus the project runs: the seeds and the law corpus. */
export const CORPORA_DIR = join(REPO_ROOT, 'test', 'corpora');

/** The reference material ../shared holds, with the project's copy of each file. */
export const SHARED_ORIGINALS_DIR = join(REPO_ROOT, '..', 'shared');
export const VENDORED: readonly { copy: string; original: string }[] = [
  { copy: 'test/corpora/seeds/seeds.yaml', original: 'scenarios/seeds.yaml' },
  { copy: 'test/corpora/seeds/README.md', original: 'scenarios/README.md' },
  { copy: 'shared/policy/law/LAW.md', original: 'LAW.md' },
  { copy: 'shared/policy/law/LAW-2.md', original: 'LAW-2.md' },
  { copy: 'shared/iso18626/schema/ISO-18626-v1_2.xsd', original: 'iso18626/ISO-18626-v1_2.xsd' },
  { copy: 'shared/iso18626/schema/README.md', original: 'iso18626/README.md' },
  { copy: 'shared/ncip/schema/ncip_v2_02.xsd', original: 'ncip/ncip_v2_02.xsd' },
  { copy: 'shared/ncip/schema/README.md', original: 'ncip/README.md' },
];
/** The ISO 18626 samples are copied as a whole folder. */
export const VENDORED_DIRS: readonly { copy: string; original: string }[] = [
  { copy: 'shared/iso18626/samples', original: 'iso18626/samples' },
];
