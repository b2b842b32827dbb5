/**
 * Confidential identification attachment. The public filings name the petitioner by initials
 * (Pen. Code § 236.14(q)), but the Department of Justice and every agency ordered to seal and
 * destroy records (§ 236.14(h)(3), (k)(1)) must be able to find them. This attachment carries the
 * full name, aliases, date of birth, CII number and each matter's case and booking numbers. It is
 * its own document, lodged conditionally under seal and never part of the combined public packet;
 * the proposed order refers to it. How each court takes a sealed lodging (a motion to seal under
 * its local rules, or the Standard 4.15(b)(1) confidential designation alone) is not settled in the
 * reference: the document carries an attorney note (needs attorney review).
 */
import type { Block } from './layout/blocks';
import { fullName, longDate, offenseText, type DocumentTemplate, type PacketContext } from './documents/context';

export const CONFIDENTIAL_ID_TITLE = 'Confidential Identification Attachment to [Proposed] Order (Lodged Conditionally Under Seal)';

export const confidentialIdentification: DocumentTemplate = {
  id: 'confidential-identification',
  file: 'Confidential-Identification_LODGE-UNDER-SEAL',
  title: () => CONFIDENTIAL_ID_TITLE,
  footer: () => 'CONFIDENTIAL: Identification Attachment (Lodged Under Seal)',
  build,
};

function build(ctx: PacketContext): Block[] {
  const c = ctx.body.client;
  const row = (label: string, value: string): string[] => [label, value];
  return [
    {
      type: 'paragraph',
      text: `CONFIDENTIAL. NOT FOR THE PUBLIC FILE. This attachment identifies the petitioner named as ${ctx.petitioner} in the public record of this proceeding (Pen. Code, § 236.14, subd. (q)), so that the Department of Justice and each agency ordered to seal and destroy records can locate them (id., subds. (h)(3), (k)(1)). It is lodged conditionally under seal and is referred to in the [Proposed] Order.`,
    },
    ...(ctx.body.drafting.sealedLodgingConfirmed
      ? []
      : [{ type: 'paragraph' as const, text: '[ATTORNEY: needs attorney review: confirm how this court takes a confidential lodging (motion or application to seal under its local rules, or the confidential designation of Cal. Stds. Jud. Admin., std. 4.15(b)(1)).]' }]),
    { type: 'heading', text: 'PETITIONER' },
    {
      type: 'table',
      columns: [
        { header: 'Item', width: 2 },
        { header: 'Value', width: 4.4 },
      ],
      rows: [
        row('Full name', fullName(ctx.body)),
        row('Aliases', c.aliases.filter(Boolean).join('; ') || 'None known'),
        row('Date of birth', c.dob ? longDate(c.dob) : '[date of birth]'),
        row('CII number', c.cii || '[CII number]'),
      ],
    },
    { type: 'heading', text: 'MATTERS' },
    {
      type: 'table',
      columns: [
        { header: 'Date', width: 1.2 },
        { header: 'Offense', width: 2.2 },
        { header: 'Court case no.', width: 1.4 },
        { header: 'Booking / arrest no.', width: 1.6 },
      ],
      rows: ctx.matters.map((m) => [
        longDate(m.date),
        offenseText(m),
        m.kind === 'arrest' ? 'None (arrest only)' : m.caseNumber || '[case number]',
        m.bookingNumber || (m.kind === 'arrest' && m.caseNumber ? m.caseNumber : 'Not shown on the record'),
      ]),
    },
  ];
}
