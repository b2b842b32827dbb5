/**
 * Exhibit index: every exhibit with its letter, title, category and page count. Official
 * documentation is marked as the 236.14(m)(2) category; missing files are flagged, not hidden.
 */
import type { Block } from '../layout/blocks';
import type { DocumentTemplate, PacketContext } from './context';

export const exhibitIndex: DocumentTemplate = {
  id: 'exhibit-index',
  file: 'Exhibit-Index',
  title: () => 'Index of Exhibits in Support of Petition for Vacatur Relief',
  footer: () => 'Index of Exhibits (Pen. Code, § 236.14)',
  applies: (ctx) => ctx.exhibits.length > 0,
  build,
};

const CATEGORY: Record<string, string> = {
  'official-documentation': 'Official documentation (Pen. Code, § 236.14, subd. (m)(2))',
  declaration: 'Declaration or letter',
  record: 'Record',
  other: 'Other',
};

function build(ctx: PacketContext): Block[] {
  return [
    { type: 'paragraph', text: `Petitioner ${ctx.petitioner} submits the following exhibits in support of the petition for vacatur relief under Penal Code section 236.14.` },
    {
      type: 'table',
      columns: [
        { header: 'Exhibit', width: 0.8 },
        { header: 'Description', width: 3 },
        { header: 'Category', width: 2 },
        { header: 'Pages', width: 0.7 },
      ],
      rows: ctx.exhibits.map((e) => [
        e.letter,
        [e.evidence.title || '[untitled]', e.evidence.description].filter(Boolean).join('. '),
        CATEGORY[e.evidence.kind] ?? e.evidence.kind,
        e.attached ? (e.lodged ? `${e.pages}, lodged under seal` : String(e.pages)) : 'not attached',
      ]),
    },
  ];
}
