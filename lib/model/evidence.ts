import { z } from 'zod';

export const EvidenceKind = z.enum(['official-documentation', 'declaration', 'record', 'other']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/**
 * Where an exhibit's file lives in the extension: a row of the store's exhibit-files table
 * (lib/db/exhibit-files.ts), by id, with what the panel shows and checks without loading the
 * bytes. The case record holds this reference, never the file (issue 12: a case carrying its
 * exhibits as data URLs outgrew the 64 MiB message limit and could no longer be saved).
 */
export const ExhibitRef = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(500).default(''),
  /** The file's media type (PDF, JPEG or PNG for files attached in the panel). */
  type: z.string().max(200).default(''),
  size: z.number().int().min(0),
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hex digits' }),
});
export type ExhibitRef = z.infer<typeof ExhibitRef>;

/** An exhibit. `official-documentation` is the 236.14(m)(2) category: issued by a government agency. */
export const Evidence = z.looseObject({
  id: z.string().min(1, { message: 'must not be empty' }),
  title: z.string().default(''),
  kind: EvidenceKind.default('other'),
  /**
   * A path (CLI case files) or a data: URL of a PDF, JPEG or PNG (a self-contained case file
   * exported from the extension). The extension's store never keeps a data: URL here: it moves
   * the bytes into the exhibit-files table and keeps `fileRef`.
   */
  file: z.string().optional(),
  /** The stored file in the extension (see ExhibitRef); absent in case files. */
  fileRef: ExhibitRef.optional(),
  description: z.string().default(''),
  /** The exhibit shows the client's full name (an immigration notice, a letter): offer to lodge it confidentially (Pen. Code § 236.14(q)). */
  showsFullName: z.boolean().optional(),
});
export type Evidence = z.infer<typeof Evidence>;
