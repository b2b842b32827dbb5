/**
 * Memorandum of points and authorities. Only statutes and the Judicial Council standard quoted in
 * shared/reference/california-law.md section 1 are cited; no case law (none was researched).
 * Quotations are the current text (Stats. 2023, ch. 131); the three findings follow AB 2169 (2022).
 */
import type { Block } from '../layout/blocks';
import {
  attorneySignature,
  lastPeriodEnd,
  longDate,
  matterLabel,
  offenseText,
  periodOf,
  periodsText,
  plural,
  type DocumentTemplate,
  type PacketContext,
} from './context';

export const memorandum: DocumentTemplate = {
  id: 'memorandum',
  file: 'Memorandum',
  title: () => 'Memorandum of Points and Authorities in Support of Petition for Vacatur Relief',
  footer: () => 'Memorandum of Points and Authorities (Pen. Code, § 236.14)',
  build,
};

const QUOTE_A =
  'If a person was arrested for or convicted of any nonviolent offense committed while they were a victim of human trafficking, including, but not limited to, prostitution as described in subdivision (b) of Section 647, the person may petition the court for vacatur relief of their convictions, arrests, and adjudications under this section. The petitioner shall establish, by clear and convincing evidence, that the arrest or conviction was the direct result of being a victim of human trafficking that demonstrates that the person lacked the requisite intent to commit the offense. Upon this showing, the court shall find that the person lacked the requisite intent to commit the offense and shall therefore vacate the conviction as invalid due to legal defect at the time of the arrest or conviction.';

/**
 * The nexus argument (§ 236.14(a), (g)(2)): the attorney's own text when written; otherwise, when
 * every matter has its nexus, one paragraph per matter from it; otherwise a note to complete.
 */
function nexusArgument(ctx: PacketContext): string[] {
  const written = ctx.body.drafting.nexusArgument.trim();
  if (written) return written.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  if (ctx.matters.length && ctx.matters.every((m) => m.nexus.trim())) {
    return ctx.matters.map((m) => `As to the ${matterLabel(m)}, petitioner declares: "${m.nexus.trim()}"`);
  }
  return ['[ATTORNEY: argue the nexus for each matter.]'];
}

function build(ctx: PacketContext): Block[] {
  const n = ctx.matters.length;
  const juvenile = ctx.matters.some((m) => m.kind === 'adjudication');
  const official = ctx.exhibits.filter((e) => e.evidence.kind === 'official-documentation');
  const outside = ctx.matters.filter((m) => !periodOf(ctx.body, m));
  const end = lastPeriodEnd(ctx.body);
  const h = (text: string): Block => ({ type: 'heading', text, align: 'left' });
  const p = (text: string): Block => ({ type: 'paragraph', text });
  const d = ctx.body.drafting;

  const blocks: Block[] = [
    { type: 'heading', text: 'MEMORANDUM OF POINTS AND AUTHORITIES' },
    h('I. INTRODUCTION'),
    p(`Petitioner ${ctx.petitioner} asks the court to vacate ${n} ${plural(n, 'matter', 'matters')} in ${ctx.county} County under Penal Code section 236.14. Petitioner was a victim of human trafficking ${periodsText(ctx.body)}, and each of these arrests, convictions, or adjudications was the direct result of being a victim of human trafficking.`),
    h('II. STATEMENT OF FACTS'),
    p(`The facts are set out in the declaration of petitioner and the supporting declarations and exhibits filed with the petition. In summary: ${d.factsSummary.trim() || '[ATTORNEY: summarize the trafficking, when and how it ended, and the services petitioner has received, citing the declaration by paragraph.]'}`),
    ...ctx.matters.map((m) => p(`${capitalizeFirst(matterLabel(m))}: ${offenseText(m)}${m.disposition ? `; ${m.disposition}` : ''}. ${periodOf(ctx.body, m) ? 'This occurred while petitioner was being trafficked.' : '[ATTORNEY: the date of this matter falls outside the trafficking periods entered in the case file; explain, or remove it from the petition.]'}`)),
    h('III. ARGUMENT'),
    h('A. The Statute and the Standard of Proof'),
    p('Section 236.14, subdivision (a), provides:'),
    { type: 'quote', text: QUOTE_A, cite: '(Pen. Code, § 236.14, subd. (a).)' },
    p('The petition must be submitted under penalty of perjury and describe all of the available grounds and evidence. (Pen. Code, § 236.14, subd. (b).) After considering the totality of the evidence presented, the court may vacate the conviction and the arrests and issue an order if it finds all of the following:'),
    {
      type: 'quote',
      text: '(1) That the petitioner was a victim of human trafficking at the time of the alleged commission of the qualifying crime. (2) The arrest for or conviction of the crime was a direct result of being a victim of human trafficking. (3) It is in the best interest of justice.',
      cite: '(Pen. Code, § 236.14, subd. (g).)',
    },
    h('B. Petitioner Was a Victim of Human Trafficking When Each Offense Was Committed'),
    p(`A "victim of human trafficking" is the victim of a crime described in subdivisions (a), (b), and (c) of Penal Code section 236.1. (Pen. Code, § 236.14, subd. (t)(3).) Petitioner was such a victim ${periodsText(ctx.body)}. ${d.victimBasis.trim() || '[ATTORNEY: identify which subdivision of section 236.1 the facts describe and cite the declaration.]'}${outside.length ? ` [ATTORNEY: ${outside.length} ${plural(outside.length, 'matter falls', 'matters fall')} outside the periods entered; address ${plural(outside.length, 'it', 'them')} here.]` : ` Every matter in this petition falls within those periods.`}`),
    h('C. Each Arrest and Conviction Was a Direct Result of Being Trafficked, So Petitioner Lacked the Requisite Intent'),
    p('Where the arrest or conviction was the direct result of being a victim of human trafficking, "the court shall find that the person lacked the requisite intent to commit the offense and shall therefore vacate the conviction as invalid due to legal defect at the time of the arrest or conviction." (Pen. Code, § 236.14, subd. (a); see id., subd. (g)(2).) The declaration of petitioner sets out, for each matter, how the conduct was directed or compelled by the trafficking.'),
    ...nexusArgument(ctx).map(p),
    h('D. Each Offense Is Nonviolent'),
    p(`A "nonviolent offense" is "any offense not listed in subdivision (c) of Section 667.5." (Pen. Code, § 236.14, subd. (t)(1).) None of the offenses in this petition is listed there.${d.nonviolentConfirmed ? '' : ' [ATTORNEY: confirm against the current text of section 667.5, subdivision (c), for each offense and any enhancement.]'}`),
    h('E. The Petition Is Timely'),
    p(`A petition "shall be made and heard at any time after the person has ceased to be a victim of human trafficking or at any time after the petitioner has sought services for being a victim of human trafficking, whichever occurs later," and the right to petition "does not expire with the passage of time." (Pen. Code, § 236.14, subd. (l).) Petitioner ceased to be a victim ${end ? `on or about ${longDate(end)}` : 'on [date]'} and has sought services since ${d.servicesSoughtOn ? longDate(d.servicesSoughtOn) : '[date]'}. The court "shall not refuse to hear a petition that was properly made ... on the basis of the petitioner's outstanding fines and fees or the petitioner's failure to meet the conditions of probation." (Ibid.)`),
  ];
  let letter = 'F'.charCodeAt(0);
  const next = () => String.fromCharCode(letter++);
  if (juvenile) {
    blocks.push(
      h(`${next()}. The Juvenile Adjudications Carry a Rebuttable Presumption`),
      p('A person arrested as, or found to be, a person described in Section 602 of the Welfare and Institutions Code for a qualifying nonviolent offense committed while a victim of human trafficking may petition, and "[i]f the petitioner establishes that the arrest or adjudication was the direct result of being a victim of human trafficking, the petitioner is entitled to a rebuttable presumption that the requirements for relief have been met." (Pen. Code, § 236.14, subd. (j).)'),
    );
  }
  if (official.length) {
    blocks.push(
      h(`${next()}. Official Documentation Supports the Petition`),
      p(`Official documentation of a petitioner's status as a victim of human trafficking "may be introduced as evidence that their participation in the offense was the result of their status as a victim of human trafficking." (Pen. Code, § 236.14, subd. (m)(1).) It is "any documentation issued by a federal, state, or local agency that tends to show the petitioner's status as a victim of human trafficking," and it is not required. (Id., subd. (m)(2).) Petitioner offers ${official.map((e) => `Exhibit ${e.letter} (${e.evidence.title || 'untitled'})`).join(', ')}.`),
    );
  }
  blocks.push(
    h(`${next()}. Relief Is in the Best Interest of Justice`),
    p(`The court must also find that relief "is in the best interest of justice." (Pen. Code, § 236.14, subd. (g)(3).) ${d.bestInterest.trim() || "[ATTORNEY: set out petitioner's circumstances since the trafficking ended and the harm the records continue to cause.]"}`),
    h(`${next()}. The Order Requested`),
    p('An order of vacatur must (1) set forth a finding that the petitioner was a victim of human trafficking at the time of the alleged commission of the qualifying crime and therefore lacked the requisite intent to commit the offense; (2) set aside the arrest, finding of guilt, or the adjudication and dismiss the accusation or information as invalid due to a legal defect at the time of arrest or conviction; and (3) notify the Department of Justice of the relief ordered. (Pen. Code, § 236.14, subd. (h).) Subdivision (k) provides for the agencies listed in subdivision (k)(1) to seal and destroy their records of the arrest and of the court order on the schedule in subdivision (k)(2). (Id., subd. (k).) The proposed order lodged with this petition does each of these things.'),
    h(`${next()}. Petitioner's Name and the Confidentiality of the Filing`),
    p(`"The record of a proceeding related to a petition pursuant to this section that is accessible by the public shall not disclose the petitioner's full name." (Pen. Code, § 236.14, subd. (q).) The Standards of Judicial Administration recommend that the court designate the petition and related filings and court records as confidential. (Cal. Stds. Jud. Admin., std. 4.15(b)(1).) Petitioner is identified by initials throughout.`),
  );
  if (n > 1) {
    blocks.push(
      h(`${next()}. One Petition for All Matters in This County`),
      p('"The court should allow the filing of a single petition requesting vacatur relief under Penal Code section 236.14(a) for multiple arrests and convictions that occurred in the same county." (Cal. Stds. Jud. Admin., std. 4.15(a)(1).)'),
    );
  }
  blocks.push(
    h('IV. CONCLUSION'),
    p(`For these reasons, petitioner respectfully asks the court to make the findings required by Penal Code section 236.14, subdivision (g), and to enter the proposed order vacating each matter listed in the petition.`),
    attorneySignature(ctx),
  );
  return blocks;
}

function capitalizeFirst(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
