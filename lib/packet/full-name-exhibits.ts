/**
 * Exhibits that show the petitioner's full name. The public record of a § 236.14 proceeding "shall
 * not disclose the petitioner's full name" (Pen. Code § 236.14(q)), but immigration notices,
 * certifications and letters usually print it. Before assembly the attorney is warned and offered
 * to lodge those exhibits confidentially (conditionally under seal) instead of filing them publicly.
 * An exhibit is flagged when the case marks it (`evidence.showsFullName`) or when its title or
 * description names a kind of paper that normally carries the full name; `showsFullName: false`
 * clears the flag (for example after redaction).
 */
import type { Evidence } from '@/lib/model';

const NAMED_PAPER = /IMMIGRATION|USCIS|\bI-?914\b|\bI-?918\b|\bT[- ]?VISA\b|\bU[- ]?VISA\b|CONTINUED PRESENCE|CERTIFICATION|NOTICE|LETTER|BIRTH CERTIFICATE|PASSPORT|\bID\b|IDENTIFICATION/i;

/** The exhibits to lodge confidentially, in case order. */
export function fullNameExhibits(evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((e) => e.showsFullName ?? NAMED_PAPER.test(`${e.title} ${e.description}`));
}

/**
 * One warning per exhibit that may show the full name.
 * @example fullNameExhibitWarnings([{ id: 'x1', title: 'USCIS I-797 approval notice', kind: 'official-documentation', description: '' }])
 */
export function fullNameExhibitWarnings(evidence: readonly Evidence[], lodged: ReadonlySet<string> = new Set()): string[] {
  return fullNameExhibits(evidence).filter((e) => !lodged.has(e.id)).map(
    (e) =>
      `Exhibit "${e.title || e.id}" may show the petitioner's full name: redact it, or lodge it confidentially (conditionally under seal) instead of filing it publicly (Pen. Code § 236.14(q); Cal. Stds. Jud. Admin., std. 4.15(b)).`,
  );
}
