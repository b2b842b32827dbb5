/**
 * Declaration of petitioner under penalty of perjury (236.14(b): the petition "shall be submitted
 * under penalty of perjury and shall describe all of the available grounds and evidence"), with the
 * attorney's narrative of the trafficking, the nexus for each matter, and an interpreter's
 * declaration when the client needs one.
 */
import type { Block } from '../layout/blocks';
import { KIND_WORDS, interpreterName, longDate, offensePeriod, offenseText, perjuryBlocks, periodsText, signingCity, type DocumentTemplate, type PacketContext } from './context';

export const declarationOfPetitioner: DocumentTemplate = {
  id: 'declaration-of-petitioner',
  file: 'Declaration-of-Petitioner',
  title: (ctx) =>
    `Declaration of Petitioner ${ctx.petitioner} in Support of Petition for Vacatur Relief${ctx.body.client.interpreterNeeded ? '; Declaration of Interpreter' : ''}`,
  footer: () => 'Declaration of Petitioner (Pen. Code, § 236.14)',
  build,
};

/** Names of common client languages (ISO 639-1); anything else is left for the attorney. */
const LANGUAGES: Record<string, string> = {
  es: 'Spanish', zh: 'Chinese', vi: 'Vietnamese', ko: 'Korean', tl: 'Tagalog', ru: 'Russian', hy: 'Armenian',
  fa: 'Farsi', ar: 'Arabic', pt: 'Portuguese', th: 'Thai', km: 'Khmer', ja: 'Japanese', hi: 'Hindi', pa: 'Punjabi',
  uk: 'Ukrainian', fr: 'French', ht: 'Haitian Creole', mam: 'Mam', qu: 'Quechua', so: 'Somali', am: 'Amharic', en: 'English',
};

export function languageName(code: string): string {
  return LANGUAGES[code.toLowerCase()] ?? `[language: ${code || 'unknown'}]`;
}

/**
 * When the offense was committed, said under penalty of perjury only when the record shows it: a
 * conviction's date is the court date, later than the offense (§ 236.14(a), (g)(1)).
 */
function timing(ctx: PacketContext, m: PacketContext['matters'][number]): string {
  const known = offensePeriod(ctx.body, m);
  if (!known) {
    return `[ATTORNEY: the record shows only the court date of this ${KIND_WORDS[m.kind].noun}; enter the date the offense was committed, from the court file, and confirm it falls within a trafficking period before the petitioner signs.]`;
  }
  if (!known.period) return `[ATTORNEY: the ${m.offenseDate ? 'offense' : 'arrest'} date, ${longDate(known.date)}, is outside the trafficking periods in the case file; explain.]`;
  const span = `from ${longDate(known.period.from)}, to ${longDate(known.period.to)}`;
  return m.offenseDate ? `The offense was committed on ${longDate(m.offenseDate)}, while I was being trafficked (${span}).` : `At that time I was being trafficked (${span}).`;
}

function build(ctx: PacketContext): Block[] {
  const client = ctx.body.client;
  const language = languageName(client.language);
  const d = ctx.body.drafting;
  const interpreter = interpreterName(ctx);
  let n = 0;
  const para = (text: string): Block => ({ type: 'numbered', label: `${++n}.`, text });
  const narrative = ctx.body.trafficking.narrative
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);

  const blocks: Block[] = [
    { type: 'paragraph', text: `I, ${ctx.petitioner}, declare:` },
    para('I am the petitioner in this matter. I have personal knowledge of the facts in this declaration and, if called as a witness, could and would testify competently to them.'),
    ...(client.interpreterNeeded
      ? [para(`My primary language is ${language}, and I do not read English well enough to read this declaration myself. It was read to me in ${language} by the interpreter whose declaration follows, before I signed it, and I understand its contents.`)]
      : []),
    { type: 'heading', text: 'The Trafficking', align: 'left' },
    para(`I was a victim of human trafficking ${periodsText(ctx.body)}.`),
    ...(d.declarationInOwnWords
      ? []
      : [{ type: 'paragraph' as const, text: "[ATTORNEY: the account below is drafted from the attorney's notes. Before filing, rewrite it with the petitioner in the first person and in the petitioner's own words; remove this note.]", indent: 0 }]),
    ...(narrative.length ? narrative.map((t) => para(t)) : [para('[Describe how the trafficking began, who controlled the petitioner and how, and how and when it ended.]')]),
    para(
      d.servicesSoughtOn
        ? `I first sought services for being a victim of human trafficking on ${longDate(d.servicesSoughtOn)}${d.servicesSoughtFrom.trim() ? `, from ${d.servicesSoughtFrom.trim()}` : ''}.`
        : '[Describe when the petitioner first sought services for being a victim of human trafficking, and from whom. (Pen. Code, § 236.14, subd. (l).)]',
    ),
    { type: 'heading', text: 'Each Arrest and Conviction', align: 'left' },
  ];
  for (const m of ctx.matters) {
    const where = [m.caseNumber && `case number ${m.caseNumber}`, m.court || m.agency].filter(Boolean).join(', ');
    // The nexus is the attorney's own field: imported RAP-sheet notes ("Probation revoked ...")
    // never stand in for it.
    const nexus = m.nexus.trim() || '[ATTORNEY: explain how this arrest or conviction was the direct result of being trafficked: who directed the conduct, what would have happened on refusal, and why the petitioner lacked the intent to commit the offense.]';
    blocks.push(para(`On ${longDate(m.date)}, I was ${KIND_WORDS[m.kind].verb} ${offenseText(m)}${where ? ` (${where})` : ''}. ${timing(ctx, m)} ${nexus}`));
  }
  blocks.push(...perjuryBlocks(ctx.petitioner, signingCity(ctx)));

  if (client.interpreterNeeded) {
    blocks.push(
      { type: 'page-break' },
      { type: 'heading', text: 'DECLARATION OF INTERPRETER' },
      { type: 'paragraph', text: `I, ${interpreter}, declare:` },
      {
        type: 'numbered',
        label: '1.',
        text: `I am fluent in English and ${language}.${d.interpreterCredential.trim() ? ` I am ${d.interpreterCredential.trim()}.` : ' [ATTORNEY: state whether the interpreter is a certified or registered court interpreter, and the number; needs attorney review.]'}`,
      },
      { type: 'numbered', label: '2.', text: `On ____________________, I read aloud to the petitioner, translating from English into ${language}, the whole of the Notice of Petition and Petition for Vacatur Relief (Pen. Code, § 236.14) with its verification, and the foregoing declaration of petitioner, fully and accurately to the best of my ability. The petitioner told me that the petitioner understood the contents of each before signing.` },
      ...perjuryBlocks(interpreter, signingCity(ctx)),
    );
  }
  return blocks;
}
