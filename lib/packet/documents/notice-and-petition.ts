/**
 * Notice of petition and petition for vacatur relief (Pen. Code, § 236.14), verified under
 * penalty of perjury as 236.14(b) requires. Every statement of law cites shared/reference/
 * california-law.md section 1; the attorney fills the bracketed facts.
 */
import type { Block } from '../layout/blocks';
import {
  agencyNames,
  attorneySignature,
  hearingDate,
  hearingTime,
  interpreterName,
  signingCity,
  lastPeriodEnd,
  longDate,
  matterLabel,
  mattersTable,
  offensePeriod,
  perjuryBlocks,
  periodsText,
  plural,
  type DocumentTemplate,
  type PacketContext,
} from './context';
import { languageName } from './declaration-of-petitioner';

export const noticeAndPetition: DocumentTemplate = {
  id: 'notice-and-petition',
  file: 'Notice-and-Petition',
  title: () => 'Notice of Petition and Petition for Vacatur Relief (Pen. Code, § 236.14)',
  footer: () => 'Notice of Petition and Petition for Vacatur Relief (Pen. Code, § 236.14)',
  build,
};

/** "beginning on March 1, 2019, from Harbor Light Services", or the blank to complete (§ 236.14(l)). */
function servicesSought(ctx: PacketContext): string {
  const d = ctx.body.drafting;
  if (!d.servicesSoughtOn) return '[date services began]';
  return `beginning on ${longDate(d.servicesSoughtOn)}${d.servicesSoughtFrom.trim() ? `, from ${d.servicesSoughtFrom.trim()}` : ''}`;
}

function build(ctx: PacketContext): Block[] {
  const n = ctx.matters.length;
  const kinds = new Set(ctx.matters.map((m) => m.kind));
  const what = [kinds.has('conviction') && 'convictions', kinds.has('arrest') && 'arrests', kinds.has('adjudication') && 'adjudications'].filter(Boolean).join(', ');
  const juvenile = kinds.has('adjudication');
  const official = ctx.exhibits.filter((e) => e.evidence.kind === 'official-documentation');
  const end = lastPeriodEnd(ctx.body);
  const exhibitList = ctx.exhibits.map((e) => `Exhibit ${e.letter} (${e.evidence.title || 'untitled'})`).join('; ');
  // Only matters whose offense date is on the record (or an arrest's own date) are sworn to as
  // committed while trafficked; the others stay a draft item (§ 236.14(a), (g)(1)).
  const unconfirmed = ctx.matters.filter((m) => !offensePeriod(ctx.body, m)?.period);
  const timingNote = unconfirmed.length
    ? ` [ATTORNEY: the record does not show an offense date within a trafficking period for: ${unconfirmed.map(matterLabel).join('; ')}. Enter each offense date from the court file (Pen. Code, § 236.14, subds. (a), (g)(1)) before the petitioner verifies this petition.]`
    : '';
  let p = 0;
  const para = (text: string): Block => ({ type: 'numbered', label: `${++p}.`, text });

  return [
    { type: 'paragraph', text: `TO THE HONORABLE COURT AND TO THE ${agencyNames(ctx).toUpperCase()}:`, indent: 0 },
    {
      type: 'paragraph',
      text: `PLEASE TAKE NOTICE that on ${hearingDate(ctx)}, at ${hearingTime(ctx)}, or as soon thereafter as the matter may be heard, in Department ${ctx.department || '[department]'} of the above-entitled court, Petitioner ${ctx.petitioner} will, and hereby does, petition the court under Penal Code section 236.14 for an order vacating the ${what || 'matters'} listed below (${n} ${plural(n, 'matter', 'matters')} in ${ctx.county} County).`,
    },
    {
      type: 'paragraph',
      text: `The prosecuting agency has 45 days from the date of receipt of service to respond. (Pen. Code, § 236.14, subd. (c).) If opposition to the petition is not filed, the court shall deem the petition unopposed and may grant the petition. (Id., subd. (d).)`,
    },
    {
      type: 'paragraph',
      text: `The petition is based on this notice, the petition, the memorandum of points and authorities, the declaration of petitioner, the supporting declarations and exhibits filed with it, the records and files in these matters, and any evidence presented at the hearing. (Pen. Code, § 236.14, subd. (f).)`,
    },
    { type: 'heading', text: 'PETITION' },
    para(`Petitioner ${ctx.petitioner} petitions for vacatur relief under Penal Code section 236.14 from each of the following ${plural(n, 'matter', 'matters')}. Petitioner is identified by initials because the record of this proceeding that is accessible by the public shall not disclose the petitioner's full name. (Pen. Code, § 236.14, subd. (q).)`),
    mattersTable(ctx),
    para(`Petitioner was a victim of human trafficking, that is, a victim of a crime described in subdivisions (a), (b), and (c) of Penal Code section 236.1 (Pen. Code, § 236.14, subd. (t)(3)), ${periodsText(ctx.body)}. Each offense listed above was committed while petitioner was a victim of human trafficking. (Id., subd. (a).)${timingNote}`),
    para(`Each arrest, conviction, or adjudication listed above was the direct result of being a victim of human trafficking, which demonstrates that petitioner lacked the requisite intent to commit the offense. (Pen. Code, § 236.14, subds. (a), (g)(2).) The facts for each matter are set out in the declaration of petitioner.`),
    para(`Each offense is a nonviolent offense: none is listed in subdivision (c) of Penal Code section 667.5. (Pen. Code, § 236.14, subd. (t)(1).)`),
    ...(juvenile
      ? [para(`As to each juvenile adjudication, petitioner was arrested as, or found to be, a person described in Section 602 of the Welfare and Institutions Code, and is entitled to a rebuttable presumption that the requirements for relief have been met on establishing that the arrest or adjudication was the direct result of being a victim of human trafficking. (Pen. Code, § 236.14, subd. (j).)${ctx.body.drafting.juvenileProcedureConfirmed ? '' : ' [ATTORNEY: confirm the court in which juvenile matters are to be heard; needs attorney review.]'}`)]
      : []),
    para(`This petition is made after petitioner ceased to be a victim of human trafficking${end ? ` (on or about ${longDate(end)})` : ''} and after petitioner sought services for being a victim of human trafficking (${servicesSought(ctx)}), whichever occurred later. (Pen. Code, § 236.14, subd. (l).) The right to petition does not expire with the passage of time, and the court shall not refuse to hear a properly made petition on the basis of outstanding fines and fees or a failure to meet the conditions of probation. (Ibid.)`),
    para(`This petition describes all of the available grounds and evidence that petitioner was a victim of human trafficking and that each arrest or conviction was the direct result of being a victim of human trafficking. (Pen. Code, § 236.14, subd. (b).) The evidence is the declaration of petitioner, the supporting declarations, and ${exhibitList ? `the exhibits: ${exhibitList}` : '[the exhibits]'}.`),
    ...(official.length
      ? [para(`${official.map((e) => `Exhibit ${e.letter}`).join(', ')} ${plural(official.length, 'is', 'are')} official documentation, issued by a federal, state, or local agency, tending to show petitioner's status as a victim of human trafficking. (Pen. Code, § 236.14, subd. (m)(2).) Official documentation may be introduced as evidence but is not required. (Id., subd. (m)(1), (2).)`)]
      : []),
    para(`This petition and its supporting documentation are served on the prosecuting agency that obtained each conviction or has jurisdiction over charging decisions with regard to each arrest (Pen. Code, § 236.14, subd. (c)): ${ctx.matters.map((m) => `as to the ${matterLabel(m)}, ${ctx.matterAgencies.get(m.id)?.name || '[prosecuting agency for this matter]'}`).join('; ')}.`),
    ...(n > 1
      ? [para(`All of these matters occurred in ${ctx.county} County. The court should allow the filing of a single petition for multiple arrests and convictions that occurred in the same county. (Cal. Stds. Jud. Admin., std. 4.15(a)(1).)`)]
      : []),
    para(`With the exception of restitution, the collection of fines imposed as a result of a nonviolent offense that is the subject of this petition shall be stayed while the petition is pending. (Pen. Code, § 236.14, subd. (i).)`),
    { type: 'paragraph', text: 'WHEREFORE, petitioner requests that the court:', indent: 0 },
    {
      type: 'list',
      items: [
        { label: '1.', text: 'Find that petitioner was a victim of human trafficking at the time of the alleged commission of each qualifying crime, that each arrest or conviction was a direct result of being a victim of human trafficking, and that relief is in the best interest of justice (Pen. Code, § 236.14, subd. (g));' },
        { label: '2.', text: 'Enter an order of vacatur that does all of the things subdivision (h) of section 236.14 requires, and vacate each conviction as invalid due to legal defect at the time of the arrest or conviction (id., subds. (a), (h));' },
        { label: '3.', text: 'Order the agencies listed in subdivision (k)(1) to seal and destroy their records of the arrests and of the court order (id., subd. (k));' },
        { label: '4.', text: "Keep petitioner's full name out of the public record of this proceeding (id., subd. (q)) and designate the petition and related filings confidential (Cal. Stds. Jud. Admin., std. 4.15(b)(1));" },
        { label: '5.', text: 'Take any additional action appropriate to carry out the purposes of section 236.14 (Pen. Code, § 236.14, subd. (r)).' },
      ],
    },
    attorneySignature(ctx),
    { type: 'heading', text: 'VERIFICATION' },
    {
      type: 'paragraph',
      // A petitioner who does not read English cannot swear to having read it: the petition was
      // read to them in their language by the interpreter, whose declaration covers it.
      text: ctx.body.client.interpreterNeeded
        ? `I, ${ctx.petitioner}, am the petitioner in this matter. I do not read English well enough to read the foregoing petition myself. It was read to me in ${languageName(ctx.body.client.language)} by ${interpreterName(ctx)}, whose declaration is filed with this petition, and I understand its contents. The facts stated in it are true of my own knowledge. (Pen. Code, § 236.14, subd. (b).)`
        : `I, ${ctx.petitioner}, am the petitioner in this matter. I have read the foregoing petition and know its contents. The facts stated in it are true of my own knowledge. (Pen. Code, § 236.14, subd. (b).)`,
    },
    // The place is left blank on purpose: a survivor's city is not for a public filing.
    ...perjuryBlocks(ctx.petitioner, signingCity(ctx)),
  ];
}
