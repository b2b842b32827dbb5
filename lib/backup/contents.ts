import { z } from 'zod';
import { AuditEntry } from '../db/audit';
import { Case, jsonPath, problemsFrom, type Problem } from '../model';
import { BackupError } from './backup-error';

/**
 * What an encrypted backup or hand-off holds, once decrypted. Cases are kept as the store had
 * them; the Case schema keeps keys it does not know (z.looseObject), so a field added by a
 * newer build survives a backup round-trip through an older one.
 */
const CaseEntry = z.object({ case: z.unknown(), audit: z.array(AuditEntry).default([]) });

export const BackupContents = z.object({
  exportedAt: z.string(),
  cases: z.array(CaseEntry),
  adapters: z.array(z.object({ id: z.string().min(1), adapter: z.unknown() })).default([]),
  settings: z.array(z.object({ key: z.string().min(1), value: z.unknown() })).default([]),
});
export type BackupContents = z.infer<typeof BackupContents>;

export const HandoffContents = z.object({ exportedAt: z.string(), case: CaseEntry });
export type HandoffContents = z.infer<typeof HandoffContents>;

export interface ValidCaseEntry {
  case: Case;
  audit: AuditEntry[];
}

/**
 * Validates every case with the model's zod schema; all problems, each with its JSON path, or
 * the valid cases. Also refuses two cases with one id in the same file.
 */
export function validateCases(entries: Array<{ case: unknown; audit: AuditEntry[] }>, at: (i: number) => PropertyKey[]): ValidCaseEntry[] {
  const problems: Problem[] = [];
  const out: ValidCaseEntry[] = [];
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    const parsed = Case.safeParse(e.case, { reportInput: true });
    if (!parsed.success) return void problems.push(...problemsFrom(parsed.error, at(i)));
    if (ids.has(parsed.data.id)) problems.push({ path: jsonPath([...at(i), 'id']), message: `repeats the id ${parsed.data.id}` });
    ids.add(parsed.data.id);
    out.push({ case: parsed.data, audit: e.audit });
  });
  if (problems.length) throw new BackupError('The file opened, but some cases in it have problems. Nothing was imported.', 'invalid', problems);
  return out;
}

/** Parses decrypted contents with a schema; a mismatch means a damaged (or foreign) file. */
export function parseContents<T>(schema: z.ZodType<T>, value: unknown, kind: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupError(`This ${kind} is damaged: its contents are not in the expected shape. Nothing was imported.`, 'corrupted');
  return parsed.data;
}
