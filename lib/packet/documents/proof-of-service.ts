/**
 * Proof of service on the prosecuting agency (236.14(c): the petition and supporting documentation
 * "shall be served on the state or local prosecutorial agency"), with the 45-day response date.
 */
import type { Block } from '../layout/blocks';
import { responseDeadline } from '../deadlines';
import { longDate, type DocumentTemplate, type PacketContext } from './context';

export const proofOfService: DocumentTemplate = {
  id: 'proof-of-service',
  file: 'Proof-of-Service',
  title: () => 'Proof of Service',
  footer: () => 'Proof of Service',
  build,
};

function build(ctx: PacketContext): Block[] {
  const a = ctx.body.attorney.address;
  const business = [a.street, a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '[business address]';
  const agencies = ctx.agencies.length ? ctx.agencies : [{ name: '[NAME OF THE PROSECUTING AGENCY]', address: { street: '[address]', city: '', state: '', zip: '' }, servedOn: '', county: ctx.county }];
  const served = agencies.map((g) => g.servedOn).find(Boolean) ?? '';
  const blocks: Block[] = [
    { type: 'paragraph', text: `I am over the age of 18 years and not a party to this action. My business address is ${business}.` },
    { type: 'paragraph', text: `On ${served ? longDate(served) : '____________________'}, I served the following documents:` },
    { type: 'list', items: ctx.documentTitles.map((t, i) => ({ label: `${i + 1}.`, text: t })), spacing: 'single' },
    { type: 'paragraph', text: 'on the interested party or parties below:', indent: 0 },
  ];
  for (const g of agencies) {
    const addr = [g.address.street, [g.address.city, [g.address.state, g.address.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean).join('\n');
    blocks.push({ type: 'paragraph', text: `${g.name}\n${addr}`, indent: 0, left: 72, spacing: 'single' });
  }
  blocks.push(
    { type: 'paragraph', text: 'by the method checked below:', indent: 0 },
    {
      type: 'list',
      items: [
        { label: '[  ]', text: 'BY PERSONAL SERVICE: I delivered the documents by hand to the person at the address above.' },
        { label: '[  ]', text: 'BY MAIL: I enclosed the documents in a sealed envelope addressed as above, with postage fully prepaid, and deposited it with the United States Postal Service at [city], California.' },
        { label: '[  ]', text: 'BY ELECTRONIC SERVICE: I sent the documents to the electronic service address [address] of the party above.' },
      ],
    },
    { type: 'heading', text: 'Response Date', align: 'left' },
  );
  for (const g of agencies) {
    const due = responseDeadline(g.servedOn);
    blocks.push({
      type: 'paragraph',
      text: due
        ? `${g.name} has 45 days from the date of receipt of service to respond (Pen. Code, § 236.14, subd. (c)). Service received ${longDate(g.servedOn)}: response due ${longDate(due)}.`
        : `${g.name} has 45 days from the date of receipt of service to respond (Pen. Code, § 236.14, subd. (c)). Response due: [45 days after the date of receipt].`,
    });
  }
  blocks.push(
    {
      type: 'paragraph',
      text: 'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
    },
    { type: 'paragraph', text: 'Executed on ____________________, at [city], California.' },
    { type: 'signature', left: [], right: ['', '______________________________', '[Name of person serving]'] },
  );
  return blocks;
}
