/**
 * Schemas of the offense catalog data. The data files are plain typed arrays (so screen() pays
 * nothing at load); tests/unit/law/catalog.test.ts parses every file with these schemas.
 */
import { z } from 'zod';

const Level = z.enum(['F', 'M', 'I']);
/** Canonical section text as formatSection() writes it: digits, optional letter suffix, (x) groups. */
const SectionText = z.string().regex(/^\d+(?:\.\d+)?[a-z]{0,2}(?:\([a-z0-9]+\))*$/, 'must be canonical, e.g. 647(b)(1)');
const Paragraph = z.string().regex(/^\d{1,2}$/);

/** One offense: title, DOJ-style literals and the levels it can be charged at. */
export const OffenseEntry = z.object({
  code: z.string().min(2),
  section: SectionText,
  title: z.string().min(3),
  /** Literals in the style of the DOJ offense-code table (upper case, abbreviated). */
  literals: z.array(z.string()).default([]),
  /** F felony, M misdemeanor, I infraction: every level the offense can carry. */
  levels: z.array(Level).min(1),
  /** Punishable as a felony or a misdemeanor (Pen. Code § 17(b) can reduce it). */
  wobbler: z.boolean().default(false),
  /** Set for repealed sections ("former § 653.22"): when and by what. */
  former: z.string().optional(),
  /**
   * The day a repealed section stopped being an offense (ISO). An entry dated on or after it cannot
   * be a conviction under that section as written: screening asks for the real charge.
   */
  repealed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Punishable by death or life imprisonment (Pen. Code § 667.5(c)(7), § 1192.7(c)(7)). */
  life: z.boolean().default(false),
});
export type OffenseEntry = z.input<typeof OffenseEntry>;

/**
 * Fact patterns a listing depends on. Each maps to a question in lib/law/questions.ts.
 * - gang: § 667.5(c)(19)/(20), only if it "would constitute a felony violation of Section 186.22".
 * - person-present: § 667.5(c)(21), first-degree burglary "wherein it is charged and proved that
 *   another person, other than an accomplice, was present in the residence".
 * - drugging: § 667.5(c)(24), § 261(a)(3) "wherein it is pleaded and proved" the defendant drugged
 *   the victim.
 * - former-section: a renumbered or repealed section whose treatment needs attorney review.
 */
export const ListingCondition = z.enum(['gang', 'person-present', 'drugging', 'former-section']);
export type ListingCondition = z.infer<typeof ListingCondition>;

/** One section listed in a paragraph of § 667.5(c) or § 1192.7(c). */
export const Listing = z.object({
  paragraph: Paragraph,
  code: z.string().default('PC'),
  /** Base section plus the subdivisions the paragraph names; covers every deeper subdivision. */
  section: SectionText,
  /** The listing reaches attempts of the section (667.5(c)(12) attempted murder). */
  attempt: z.boolean().default(false),
  condition: ListingCondition.optional(),
  /** For a 'former-section' listing: what became of it. For serious listings: the condition in words. */
  note: z.string().optional(),
});
export type ListingInput = z.input<typeof Listing>;

/** An enhancement: what it adds to § 667.5(c) and § 1192.7(c) when charged and proved. */
export const Enhancement = z.object({
  code: z.string().default('PC'),
  section: SectionText,
  title: z.string(),
  violent: Paragraph.optional(),
  serious: Paragraph.optional(),
  /** Only counts for events before this date (the pre-July 1, 1977 sections in § 667.5(c)(8)). */
  before: z.string().optional(),
  /** Marks a gang finding (§ 186.22), which settles § 667.5(c)(19)/(20). */
  gang: z.boolean().default(false),
  /** When the law is unsettled: the reason text's ending, always "needs attorney review". */
  review: z.string().optional(),
  /**
   * Violent only when the weapon proved was a firearm: § 667.5(c)(8) lists "any felony in which
   * the defendant uses a firearm which use has been charged and proved as provided in
   * subdivision (a) of Section 12022.3", and § 12022.3(a) also covers other deadly weapons.
   */
  firearmOnly: z.boolean().default(false),
});
export type EnhancementInput = z.input<typeof Enhancement>;
