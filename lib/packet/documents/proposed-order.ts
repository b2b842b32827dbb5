/**
 * [Proposed] order: the findings of 236.14(g), the three things an order of vacatur must do under
 * 236.14(h), and the sealing and destruction orders of 236.14(k) with the agencies named.
 * The order is a public record, so it names the petitioner by initials (236.14(q)).
 */
import type { CaseEvent } from '@/lib/model';
import type { Block } from '../layout/blocks';
import { KIND_WORDS, longDate, mattersTable, type DocumentTemplate, type PacketContext } from './context';
import { CONFIDENTIAL_ID_TITLE } from '../confidential-identification';

export const proposedOrder: DocumentTemplate = {
  id: 'proposed-order',
  file: 'Proposed-Order',
  title: () => '[Proposed] Order Granting Petition for Vacatur Relief (Pen. Code, § 236.14)',
  footer: () => '[Proposed] Order Granting Vacatur Relief (Pen. Code, § 236.14)',
  build,
};

/**
 * Agencies to be ordered to seal and destroy records, by the categories of 236.14(k)(1)(A)-(E),
 * from what the case file knows; the attorney completes the list (needs attorney review).
 */
export function sealingAgencies(ctx: PacketContext): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s && !out.includes(s)) out.push(s);
  };
  // (A) jurisdiction over the offense, (C) arrested the petitioner: the arresting agencies on the record.
  for (const m of ctx.matters) add(m.agency);
  // (B) the Department of Justice.
  add('California Department of Justice');
  // (E) agencies that took action or keep records because of the offense: probation, corrections.
  const sentences = ctx.matters.map((m: CaseEvent) => `${m.sentence} ${m.disposition}`.toLowerCase());
  if (sentences.some((s) => s.includes('probation'))) add(`${ctx.county} County Probation Department`);
  if (sentences.some((s) => s.includes('prison'))) add('California Department of Corrections and Rehabilitation');
  return out;
}

/** What the order says of restitution (§ 236.14(i)), from the attorney's answer. */
const RESTITUTION: Record<'' | 'none' | 'outstanding', string> = {
  '': ' [ATTORNEY: state whether any such restitution is outstanding.]',
  none: ' No such restitution is outstanding.',
  outstanding: ' Restitution of that kind remains outstanding and is not affected by this order.',
};

/**
 * The other agencies holding records (§ 236.14(k)(1)(A)-(E)) that the attorney listed; a blank to
 * complete until the attorney has checked (an empty, checked list means there are none).
 */
function otherAgencies(ctx: PacketContext): string[] {
  const d = ctx.body.drafting;
  const listed = d.otherRecordAgencies.map((s) => s.trim()).filter(Boolean);
  if (listed.length || d.otherRecordAgenciesChecked) return listed;
  return [
    '[Any other law enforcement agency having jurisdiction over the offense, that arrested or participated in the arrest of petitioner, or that has taken action or maintains records because of the offense, including departments of probation, rehabilitation, corrections, and parole (Pen. Code, § 236.14, subd. (k)(1)(A)-(E)); attorney to complete.]',
  ];
}

function build(ctx: PacketContext): Block[] {
  const juvenile = ctx.matters.some((m) => m.kind === 'adjudication');
  const agencies = sealingAgencies(ctx);
  const list = (items: string[], left = 36): Block => ({ type: 'list', left, items: items.map((text, i) => ({ label: `(${i + 1})`, text })) });
  let n = 0;
  const para = (text: string): Block => ({ type: 'numbered', label: `${++n}.`, text });
  return [
    {
      type: 'paragraph',
      text: `The petition of ${ctx.petitioner} for vacatur relief under Penal Code section 236.14 came on for hearing on ${ctx.hearing?.date ? longDate(ctx.hearing.date) : '[date]'} in Department ${ctx.department || '[department]'} of this court${ctx.hearing?.date ? '' : '[, or was deemed unopposed under Penal Code section 236.14, subdivision (d)]'}. Having considered the totality of the evidence presented (Pen. Code, § 236.14, subd. (g)), the court makes the following findings and orders as to each matter listed below:`,
    },
    mattersTable(ctx),
    {
      type: 'paragraph',
      text: `Petitioner's full name, aliases, date of birth, CII number, and the case and booking numbers of each matter are set out in the ${CONFIDENTIAL_ID_TITLE}, which is incorporated in this order, is lodged under seal, and shall be provided with this order to the Department of Justice and to each agency named below.`,
    },
    { type: 'heading', text: 'FINDINGS' },
    { type: 'paragraph', text: 'The court finds (Pen. Code, § 236.14, subd. (g)):', indent: 0 },
    list([
      'That the petitioner was a victim of human trafficking at the time of the alleged commission of each qualifying crime listed above.',
      'The arrest for or conviction of each crime was a direct result of being a victim of human trafficking.',
      'It is in the best interest of justice.',
    ]),
    {
      type: 'paragraph',
      text: 'The court further finds that each offense is a nonviolent offense, not listed in subdivision (c) of Penal Code section 667.5 (Pen. Code, § 236.14, subds. (a), (t)(1)), and that petitioner established by clear and convincing evidence that each arrest or conviction was the direct result of being a victim of human trafficking, which demonstrates that petitioner lacked the requisite intent to commit the offense (id., subd. (a)).',
    },
    ...(juvenile
      ? [{ type: 'paragraph' as const, text: 'As to each juvenile adjudication, petitioner established that the arrest or adjudication was the direct result of being a victim of human trafficking, and the rebuttable presumption that the requirements for relief have been met was not rebutted. (Pen. Code, § 236.14, subd. (j).)' }]
      : []),
    { type: 'heading', text: 'ORDERS' },
    { type: 'paragraph', text: 'IT IS ORDERED:', indent: 0 },
    para('Petitioner was a victim of human trafficking at the time of the alleged commission of each qualifying crime listed above and therefore lacked the requisite intent to commit the offense. (Pen. Code, § 236.14, subd. (h)(1).)'),
    para(`Each ${ctx.matters.map((m) => KIND_WORDS[m.kind].noun).filter((v, i, a) => a.indexOf(v) === i).join(' and ')} listed above is vacated: the arrest, finding of guilt, or adjudication is set aside, and the accusation or information against petitioner is dismissed as invalid due to a legal defect at the time of arrest or conviction. (Pen. Code, § 236.14, subds. (a), (h)(2).)`),
    para('The Department of Justice is notified that petitioner was a victim of human trafficking when petitioner committed each crime listed above, and of the relief ordered. The clerk shall transmit a copy of this order to the Department of Justice. (Pen. Code, § 236.14, subd. (h)(3).)'),
    para('Each of the following agencies shall seal its records of arrest and this order to seal and destroy the records within one year from the date of arrest or within 90 days after this order is granted, whichever occurs later, and shall thereafter destroy its records of the arrest and this order within one year of the date of this order (Pen. Code, § 236.14, subd. (k)(1), (2)):'),
    list([
      ...agencies,
      ...otherAgencies(ctx),
    ], 72),
    para(`The clerk shall seal and destroy this court's records in each case listed above, so that all records in the case are sealed and destroyed. (Pen. Code, § 236.14, subd. (t)(2).)`),
    para('The court shall provide petitioner a certified copy of this order concerning the sealing and destruction, and shall provide petitioner and counsel a copy of any form the court submits to any agency, including the Department of Justice. (Pen. Code, § 236.14, subd. (k)(3).) The Department of Justice shall notify petitioner and counsel that it has complied with the order to seal the arrest records by the applicable deadline. (Id., subd. (k)(4).)'),
    para('Petitioner may lawfully deny or refuse to acknowledge an arrest, conviction, or adjudication set aside by this order (Pen. Code, § 236.14, subd. (o)), and may state that petitioner was not arrested for, or adjudicated or convicted of, each charge vacated (id., subd. (t)(2)). The records of these arrests, convictions, and adjudications shall not be distributed to any state licensing board. (Id., subd. (p).)'),
    para(`This order does not relieve petitioner of any financial restitution order that directly benefits the victim of a nonviolent crime, unless it has already been paid. (Pen. Code, § 236.14, subd. (i).)${RESTITUTION[ctx.body.drafting.restitution]}`),
    para(`The record of this proceeding that is accessible by the public shall not disclose petitioner's full name; petitioner is identified as ${ctx.petitioner}. (Pen. Code, § 236.14, subd. (q).)`),
    para(
      ctx.juvenile
        ? 'The petition, related filings, and court records in this proceeding are designated confidential and are part of the juvenile case file, open to inspection only as provided in Welfare and Institutions Code section 827. (Pen. Code, § 236.14, subds. (j), (q); Cal. Stds. Jud. Admin., std. 4.15(b)(1).)' +
          (ctx.body.drafting.juvenileProcedureConfirmed ? '' : " [ATTORNEY: needs attorney review: confirm the juvenile court's procedure for § 236.14(j) petitions and the Welf. & Inst. Code § 827 designation.]")
        : 'As the petition asks, the petition and related filings and court records in this proceeding are designated confidential. (Cal. Stds. Jud. Admin., std. 4.15(b)(1); Pen. Code, § 236.14, subds. (q), (r).)',
    ),
    { type: 'signature', left: ['Dated: ____________________'], right: ['', '______________________________', 'JUDGE OF THE SUPERIOR COURT'] },
  ];
}
