/**
 * Proof of service on every prosecuting agency served (236.14(c): the petition and supporting
 * documentation "shall be served on the state or local prosecutorial agency that obtained the
 * conviction ... or with jurisdiction over charging decisions with regard to the arrest").
 *
 * It is sworn by the person who served, so it states only what that person did: the date and
 * method of service, never the date the agency received it (the 45-day response period runs from
 * receipt and is tracked in the panel, deadlines.ts). Per method, the elements of the Code of
 * Civil Procedure: by mail, § 1013a(1) (the server resides or is employed in the county where the
 * mailing occurs, over 18, not a party; date and place of deposit; the name and address on the
 * envelope; sealed, postage fully prepaid); electronic service, § 1013b (the server resides or is
 * employed in the county where the electronic service occurs, over 18; the server's and the
 * recipient's electronic service addresses and the date). Whether the Code of Civil Procedure's
 * methods govern service of a § 236.14 petition (Pen. Code § 690.5 makes parts of § 1010.6 apply in
 * criminal cases) needs attorney review.
 */
import type { ProsecutingAgency } from '@/lib/model';
import type { Block } from '../layout/blocks';
import { longDate, type DocumentTemplate, type PacketContext } from './context';

export const proofOfService: DocumentTemplate = {
  id: 'proof-of-service',
  file: 'Proof-of-Service',
  title: () => 'Proof of Service',
  footer: () => 'Proof of Service',
  build,
};

function addressLines(g: ProsecutingAgency): string {
  const a = g.address;
  const line2 = [a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  // A default state alone ("CA") is no address: the blank stays a placeholder (a draft item).
  return [a.street || '[street address]', a.city || a.zip ? line2 : '[city, state, ZIP]'].join('\n');
}

function methodBlocks(method: ProsecutingAgency['serviceMethod'], g: ProsecutingAgency | null, ctx: PacketContext): Block[] {
  const server = ctx.body.drafting.server;
  const date = g?.servedOn ? longDate(g.servedOn) : '____________________';
  const personal = `BY PERSONAL SERVICE: On ${date}, I delivered the documents by hand to the office of the party at the address above.`;
  const mail = `BY MAIL (Code Civ. Proc., § 1013a(1)): I am a resident of or employed in the County of ${server.county.trim() || '[county of mailing]'}, California, where the mailing occurred. On ${date}, at ${server.city.trim() || '[city of mailing]'}, California, I enclosed the documents in a sealed envelope addressed to the party at the name and address shown above, and deposited it with the United States Postal Service with the postage fully prepaid.`;
  const email = g?.serviceEmail || '[electronic service address of the party]';
  const electronic = `BY ELECTRONIC SERVICE (Code Civ. Proc., § 1013b): I am a resident of or employed in the County of ${server.county.trim() || '[county where the electronic service occurred]'}, California, where the electronic service occurred. My electronic service address is ${server.email.trim() || '[electronic service address of the person serving]'}. On ${date}, I served the documents electronically on the party at ${email}.`;
  if (method === 'personal') return [{ type: 'paragraph', text: personal }];
  if (method === 'mail') return [{ type: 'paragraph', text: mail }];
  if (method === 'electronic') return [{ type: 'paragraph', text: electronic }];
  return [
    { type: 'paragraph', text: '[ATTORNEY: choose the method of service for each agency in the panel; the proof keeps only that method.]', indent: 0 },
    { type: 'list', items: [personal, mail, electronic].map((text) => ({ label: '[  ]', text })) },
  ];
}

function build(ctx: PacketContext): Block[] {
  const server = ctx.body.drafting.server;
  const a = ctx.body.attorney.address;
  const business = [a.street, a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '[business address]';
  const blocks: Block[] = [
    { type: 'paragraph', text: `I am over the age of 18 years and not a party to this action. My residence or business address is ${business}.` },
    { type: 'paragraph', text: 'I served the following documents:', indent: 0 },
    { type: 'list', items: ctx.documentTitles.map((t, i) => ({ label: `${i + 1}.`, text: t })), spacing: 'single' },
  ];
  const agencies = ctx.agencies;
  if (agencies.length === 0) {
    blocks.push(
      { type: 'paragraph', text: 'on the following party:', indent: 0 },
      { type: 'paragraph', text: '[NAME AND ADDRESS OF THE PROSECUTING AGENCY]', indent: 0, left: 72, spacing: 'single' },
      ...methodBlocks('', null, ctx),
    );
  }
  agencies.forEach((g, i) => {
    blocks.push(
      { type: 'paragraph', text: `${agencies.length > 1 ? `${i + 1}. ` : ''}on the following party:`, indent: 0 },
      { type: 'paragraph', text: `${g.name}\n${addressLines(g)}`, indent: 0, left: 72, spacing: 'single' },
      ...methodBlocks(g.serviceMethod ?? '', g, ctx),
    );
  });
  blocks.push(
    {
      type: 'paragraph',
      text: 'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
    },
    { type: 'paragraph', text: `Executed on ____________________, at ${server.city.trim() || '[city]'}, California.` },
    { type: 'signature', left: [], right: ['', '______________________________', server.name.trim() || '[Name of person serving]'] },
  );
  return blocks;
}
