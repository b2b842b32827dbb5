/**
 * Supporting declaration template for an advocate or caseworker. 236.14 itself names only
 * "official documentation" as evidence ((m)); other declarations are ordinary evidence under
 * (f)(2), so this is a fill-in template, never a claim about what the statute requires.
 */
import type { Block } from '../layout/blocks';
import { perjuryBlocks, type DocumentTemplate, type PacketContext } from './context';

export const supportingDeclaration: DocumentTemplate = {
  id: 'supporting-declaration',
  file: 'Supporting-Declaration',
  title: () => 'Declaration of [Advocate or Caseworker] in Support of Petition for Vacatur Relief',
  footer: () => 'Supporting Declaration (Pen. Code, § 236.14)',
  // A blank template for an advocate: left out once the attorney says signed declarations are attached.
  applies: (ctx) => ctx.body.drafting.supportingDeclarationTemplate,
  build,
};

function build(ctx: PacketContext): Block[] {
  const letters = ctx.exhibits.filter((e) => e.evidence.kind === 'declaration');
  let n = 0;
  const para = (text: string): Block => ({ type: 'numbered', label: `${++n}.`, text });
  return [
    ...(letters.length
      ? [{ type: 'paragraph' as const, text: `[ATTORNEY: a declaration may be prepared from ${letters.map((e) => `Exhibit ${e.letter} (${e.evidence.title || 'untitled'})`).join(', ')}; remove this note.]`, indent: 0 }]
      : []),
    { type: 'paragraph', text: 'I, [NAME], declare:' },
    para('I am a [title, e.g. case manager or advocate] at [organization]. [Describe training and experience in working with survivors of human trafficking.]'),
    para(`I have known petitioner ${ctx.petitioner} since [date], when [describe how the declarant came to work with petitioner].`),
    para('[Describe the services the organization has provided to petitioner and the dates, including when petitioner first sought services for being a victim of human trafficking (Pen. Code, § 236.14, subd. (l)).]'),
    para('[Describe what the declarant personally observed or was told that is consistent with petitioner having been trafficked, stating the source of each fact.]'),
    para("[Optional: the declarant's view of petitioner's circumstances today, relevant to whether relief is in the best interest of justice (Pen. Code, § 236.14, subd. (g)(3)).]"),
    ...perjuryBlocks('[NAME]'),
  ];
}
