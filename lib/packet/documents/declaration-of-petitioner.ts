/**
 * Declaration of petitioner under penalty of perjury (236.14(b): the petition "shall be submitted
 * under penalty of perjury and shall describe all of the available grounds and evidence"), with the
 * attorney's narrative of the trafficking, the nexus for each matter, and an interpreter's
 * declaration when the client needs one.
 */
import type { Block } from '../layout/blocks';
import { KIND_WORDS, longDate, offenseText, perjuryBlocks, periodOf, periodsText, type DocumentTemplate, type PacketContext } from './context';

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

function build(ctx: PacketContext): Block[] {
  const client = ctx.body.client;
  const language = languageName(client.language);
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
      ? [para(`My primary language is ${language}. This declaration was translated to me in ${language} by the interpreter whose declaration follows, before I signed it.`)]
      : []),
    { type: 'heading', text: 'The Trafficking', align: 'left' },
    para(`I was a victim of human trafficking ${periodsText(ctx.body)}.`),
    { type: 'paragraph', text: "[ATTORNEY: the account below is drafted from the attorney's notes. Before filing, rewrite it with the petitioner in the first person and in the petitioner's own words; remove this note.]", indent: 0 },
    ...(narrative.length ? narrative.map((t) => para(t)) : [para('[Describe how the trafficking began, who controlled the petitioner and how, and how and when it ended.]')]),
    para('[Describe when the petitioner first sought services for being a victim of human trafficking, and from whom. (Pen. Code, § 236.14, subd. (l).)]'),
    { type: 'heading', text: 'Each Arrest and Conviction', align: 'left' },
  ];
  for (const m of ctx.matters) {
    const period = periodOf(ctx.body, m);
    const where = [m.caseNumber && `case number ${m.caseNumber}`, m.court || m.agency].filter(Boolean).join(', ');
    const nexus = m.notes.trim() || '[Explain how this arrest or conviction was the direct result of being trafficked: who directed the conduct, what would have happened on refusal, and why the petitioner lacked the intent to commit the offense.]';
    blocks.push(
      para(
        `On ${longDate(m.date)}, I was ${KIND_WORDS[m.kind].verb} ${offenseText(m)}${where ? ` (${where})` : ''}. ${period ? `At that time I was being trafficked (from ${longDate(period.from)}, to ${longDate(period.to)}).` : '[ATTORNEY: this date is outside the trafficking periods in the case file; explain.]'} ${nexus}`,
      ),
    );
  }
  blocks.push(...perjuryBlocks(ctx.petitioner));

  if (client.interpreterNeeded) {
    blocks.push(
      { type: 'page-break' },
      { type: 'heading', text: 'DECLARATION OF INTERPRETER' },
      { type: 'paragraph', text: 'I, [NAME OF INTERPRETER], declare:' },
      { type: 'numbered', label: '1.', text: `I am fluent in English and ${language}. [ATTORNEY: state whether the interpreter is a certified or registered court interpreter, and the number; needs attorney review.]` },
      { type: 'numbered', label: '2.', text: `On ____________________, I translated the foregoing declaration of petitioner, and the verification of the petition, from English into ${language} for the declarant, fully and accurately to the best of my ability. The declarant told me that the declarant understood the contents before signing.` },
      ...perjuryBlocks('[NAME OF INTERPRETER]'),
    );
  }
  return blocks;
}
