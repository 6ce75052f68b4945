import { readFileSync, readdirSync } from 'node:fs';
import { SAMPLES_DIR } from '../src/index.js';

/** Every sample, by file name. */
export const SAMPLES: ReadonlyMap<string, string> = new Map(
  readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => [f, readFileSync(SAMPLES_DIR + f, 'utf8')]),
);

export const sample = (name: string): string => {
  const s = SAMPLES.get(name);
  if (s === undefined) throw new Error(`no sample ${name}`);
  return s;
};

/** The offline answers of issue 13, item 8. */
export const EXPECTED_ERRORS: Record<string, string> = {
  'msg-invalid.xml': 'BadlyFormedMessage',
  'reqmsg-invalid-action.xml': 'UnsupportedActionType',
  'supmsg-invalid-reason.xml': 'UnsupportedReasonForMessageType',
  'supmsg-invalid-status.xml': 'UnrecognisedDataValue',
  'request-no-reqid.xml': 'UnrecognisedDataValue',
  'reqmsg-no-reqid.xml': 'UnrecognisedDataValue',
  'supmsg-no-reqid.xml': 'UnrecognisedDataValue',
};
