import { z } from 'zod';

/**
 * What the attorney writes or confirms so the packet's documents need no bracketed blank: the
 * hearing, the memorandum's argument, the signing details. Every field starts empty (or false),
 * and a document keeps its "[ATTORNEY: ...]" note or blank until its field is filled, so a draft
 * always shows what is left and a final build can succeed only when nothing is (issue 11,
 * lib/packet/draft-items.ts). Nothing here is inferred from the record.
 */

/** The hearing the court set for one county's petition (the notice and every caption show it). */
export const Hearing = z.looseObject({
  county: z.string().default(''),
  /** YYYY-MM-DD. */
  date: z.string().default(''),
  /** As the court wrote it: "8:30 a.m.". */
  time: z.string().default(''),
  department: z.string().default(''),
  /** The juvenile court's hearing for the county's adjudications (Pen. Code § 236.14(j)). */
  juvenile: z.boolean().default(false),
});
export type Hearing = z.infer<typeof Hearing>;

/** The person who serves the papers: the proof of service is sworn by them (Code Civ. Proc. §§ 1013a(1), 1013b). */
export const Server = z.looseObject({
  name: z.string().default(''),
  /** County where the server resides or is employed, where the mailing / e-service occurs. */
  county: z.string().default(''),
  /** City of mailing, and of signing the proof. */
  city: z.string().default(''),
  /** The server's electronic service address (e-service). */
  email: z.string().default(''),
});
export type Server = z.infer<typeof Server>;

export const Drafting = z.looseObject({
  hearings: z.array(Hearing).default([]),
  /** When and from whom the petitioner first sought services as a trafficking victim (Pen. Code § 236.14(l)). */
  servicesSoughtOn: z.string().default(''),
  servicesSoughtFrom: z.string().default(''),
  /** Memorandum, statement of facts: the attorney's summary, citing the declaration by paragraph. */
  factsSummary: z.string().default(''),
  /** Memorandum: which subdivision of § 236.1 the facts describe (§ 236.14(t)(3)). */
  victimBasis: z.string().default(''),
  /** Memorandum: the nexus argument; empty uses each matter's own nexus when every matter has one. */
  nexusArgument: z.string().default(''),
  /** The attorney checked each offense and enhancement against the current § 667.5(c) (§ 236.14(t)(1)). */
  nonviolentConfirmed: z.boolean().default(false),
  /** Memorandum: the best interest of justice (§ 236.14(g)(3)). */
  bestInterest: z.string().default(''),
  /** The petitioner's declaration has been rewritten in the petitioner's own words and read with them. */
  declarationInOwnWords: z.boolean().default(false),
  /** City where the petitioner (and interpreter) sign. */
  signingCity: z.string().default(''),
  interpreterName: z.string().default(''),
  /** "certified court interpreter No. 301234", "registered court interpreter No. ...", or "not certified or registered". */
  interpreterCredential: z.string().default(''),
  /** Restitution that directly benefits a victim of a nonviolent crime (§ 236.14(i)). */
  restitution: z.enum(['', 'none', 'outstanding']).default(''),
  /** Other agencies holding records of these arrests (§ 236.14(k)(1)), one per entry. */
  otherRecordAgencies: z.array(z.string()).default([]),
  /** The attorney checked that no other agency holds records (or listed them). */
  otherRecordAgenciesChecked: z.boolean().default(false),
  /** The attorney confirmed how this court takes a confidential lodging (needs attorney review in every court). */
  sealedLodgingConfirmed: z.boolean().default(false),
  /** The attorney confirmed the juvenile court's procedure for § 236.14(j) petitions. */
  juvenileProcedureConfirmed: z.boolean().default(false),
  server: Server.default(() => Server.parse({})),
  /**
   * Exhibits (by evidence id) that show the full name and are lodged conditionally under seal
   * instead of filed publicly (Pen. Code § 236.14(q)): the public packet holds a slip sheet.
   */
  lodgedExhibitIds: z.array(z.string()).default([]),
  /**
   * Include the blank supporting declaration (a template for an advocate to complete). Off once
   * signed declarations are attached as exhibits: a final build cannot hold a blank template.
   */
  supportingDeclarationTemplate: z.boolean().default(true),
});
export type Drafting = z.infer<typeof Drafting>;

export function emptyDrafting(): Drafting {
  return Drafting.parse({});
}

/** The hearing entered for a county's petition (matched loosely: "Los Angeles" = "Los Angeles County"). */
export function hearingFor(d: Pick<Drafting, 'hearings'> | undefined, county: string, juvenile = false): Hearing | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/\bcounty\b/g, '').replace(/\s+/g, ' ').trim();
  return d?.hearings.find((h) => norm(h.county) === norm(county) && h.juvenile === juvenile);
}
