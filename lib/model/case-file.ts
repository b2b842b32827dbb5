import { z } from 'zod';
import { CaseBody } from './case';
import { problemsFrom, type Problem } from './issues';

/** Identifies a single-case export; see DESIGN.md section 6. */
export const CASE_FILE_FORMAT = 'vacatur-assist/case';
export const CASE_FILE_VERSION = 1;

const Envelope = z.looseObject({
  format: z.literal(CASE_FILE_FORMAT),
  version: z.number().int(),
  case: z.unknown(),
});

export type CaseFileResult = { ok: true; body: CaseBody } | { ok: false; problems: Problem[] };

/**
 * Validates a parsed case file. Never throws; problems carry JSON paths.
 * @example parseCaseFile(JSON.parse(text)) // { ok: false, problems: [{ path: 'case.events[0].date', ... }] }
 */
export function parseCaseFile(json: unknown): CaseFileResult {
  const env = Envelope.safeParse(json, { reportInput: true });
  if (!env.success) return { ok: false, problems: problemsFrom(env.error) };
  if (env.data.version > CASE_FILE_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'version', message: `version ${env.data.version} is newer than this app reads (${CASE_FILE_VERSION}); update Vacatur Assist` }],
    };
  }
  if (env.data.version < 1) return { ok: false, problems: [{ path: 'version', message: 'must be 1 or higher' }] };
  const body = CaseBody.safeParse(env.data.case, { reportInput: true });
  if (!body.success) return { ok: false, problems: problemsFrom(body.error, ['case']) };
  return { ok: true, body: body.data };
}

/** Parses case file text, reporting JSON syntax errors as a problem rather than throwing. */
export function parseCaseFileText(text: string): CaseFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `is not valid JSON: ${(e as Error).message}` }] };
  }
  return parseCaseFile(json);
}

/** The export form of a case: identity and timestamps stay in this store. */
export function toCaseFile(body: CaseBody): { format: string; version: number; case: CaseBody } {
  const { client, attorney, trafficking, events, evidence, court, prosecutingAgencies, notes, drafting } = body;
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    // `drafting` is an extra field (DESIGN § 6 allows them): the attorney's drafting travels with the case.
    // `milestones` (issue 13) too, when the case has any: the dates of the record request and the RAP sheet.
    case: { client, attorney, trafficking, events, evidence, court, prosecutingAgencies, notes, drafting, ...(body.milestones ? { milestones: body.milestones } : {}) },
  };
}
