import { z } from 'zod';

/** What was done with a case, for the attorney's own record (never leaves this device unencrypted). */
export const AuditAction = z.enum(['import', 'fill', 'packet', 'export', 'handoff', 'create', 'restore']);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  at: z.string().min(1),
  action: AuditAction,
  detail: z.string(),
  /** Case fields involved (e.g. the fields an autofill wrote). */
  fields: z.array(z.string()).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An entry as the caller passes it; `at` defaults to the repository clock's now. */
export type NewAuditEntry = Omit<AuditEntry, 'at'> & { at?: string };

/** An audit row that could not be opened, listed in its place so the rest of the log still shows. */
export interface DamagedAuditEntry {
  damaged: string;
}
