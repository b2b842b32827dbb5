import { z } from 'zod';

export const EvidenceKind = z.enum(['official-documentation', 'declaration', 'record', 'other']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** An exhibit. `official-documentation` is the 236.14(m)(2) category: issued by a government agency. */
export const Evidence = z.looseObject({
  id: z.string().min(1, { message: 'must not be empty' }),
  title: z.string().default(''),
  kind: EvidenceKind.default('other'),
  /** A path (CLI) or a data: URL (extension) of a PDF, JPEG or PNG. */
  file: z.string().optional(),
  description: z.string().default(''),
  /** The exhibit shows the client's full name (an immigration notice, a letter): offer to lodge it confidentially (Pen. Code § 236.14(q)). */
  showsFullName: z.boolean().optional(),
});
export type Evidence = z.infer<typeof Evidence>;
