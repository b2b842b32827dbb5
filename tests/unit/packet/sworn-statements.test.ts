// @vitest-environment node
/**
 * Issue 11: what the petition and the declaration swear to (Pen. Code § 236.14(b): "submitted
 * under penalty of perjury"). Offense dates, the nexus, the verification of a petitioner who does
 * not read English, and the blank lines to sign and date on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assemblePacket, selectionFor, type PacketResult } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { parseMarkup } from '@/lib/packet/layout/wrap';
import { pdfText, sampleBody } from './helpers';

const ASOF = '2026-12-02';
const text = new Map<string, string>();
let result: PacketResult;

beforeAll(async () => {
  const body = sampleBody();
  const conv = body.events.find((e) => e.id === 'ev-2012-conv')!;
  conv.notes = 'PROBATION REVOKED 20130115'; // imported RAP-sheet text
  const drug = body.events.find((e) => e.id === 'ev-2014-drug')!;
  drug.offenseDate = '2014-09-02';
  drug.nexus = 'My trafficker made me carry his drugs in my bag.';
  result = await assemblePacket(body, { asOf: ASOF, selection: selectionFor(body, ['ev-2012-conv', 'ev-2014-drug']), fonts: loadNodeFonts() });
  for (const d of result.packets[0]!.documents) text.set(d.template, await pdfText(d.bytes));
}, 60_000);

describe('offense date vs court date (Pen. Code § 236.14(a), (g)(1))', () => {
  it('a conviction dated only by the court is never sworn to as "committed while trafficked"', () => {
    const decl = text.get('declaration-of-petitioner')!;
    const para = decl.slice(decl.indexOf('On August 21, 2012'), decl.indexOf('On October 30, 2014'));
    expect(para).not.toContain('At that time I was being trafficked');
    expect(para).toContain('[ATTORNEY: the record shows only the court date of this conviction; enter the date the offense was committed');
  });
  it('an offense date on the record is stated, with the period', () => {
    expect(text.get('declaration-of-petitioner')).toContain('The offense was committed on September 2, 2014, while I was being trafficked (from June 1, 2013, to August 31, 2016).');
  });
  it('the petition flags the matter whose offense date is not on the record', () => {
    expect(text.get('notice-and-petition')).toContain('[ATTORNEY: the record does not show an offense date within a trafficking period for: conviction of August 21, 2012, Case No. 2CA21877.');
  });
});

describe('the nexus is the attorney\'s own field (Pen. Code § 236.14(a), (b))', () => {
  it('RAP-sheet notes never fill it; the nexus field does', () => {
    const decl = text.get('declaration-of-petitioner')!;
    expect(decl).not.toContain('PROBATION REVOKED');
    expect(decl).toContain('My trafficker made me carry his drugs in my bag.');
    expect(decl).toContain('[ATTORNEY: explain how this arrest or conviction was the direct result of being trafficked');
  });
});

describe('interpreter (Pen. Code § 236.14(b); the verification must be true for the signer)', () => {
  it('the verification says the petition was read to the petitioner in Spanish, not that she read it', () => {
    const pet = text.get('notice-and-petition')!;
    expect(pet).toContain('It was read to me in Spanish by [NAME OF INTERPRETER], whose declaration is filed with this petition');
    expect(pet).not.toContain('I have read the foregoing petition');
  });
  it("the interpreter's declaration covers the petition and its verification as well as the declaration", () => {
    expect(text.get('declaration-of-petitioner')).toContain('the whole of the Notice of Petition and Petition for Vacatur Relief (Pen. Code, § 236.14) with its verification, and the foregoing declaration of petitioner');
  });
});

describe('signature and date lines render (a run of underscores is a blank, not markup)', () => {
  it('parseMarkup keeps runs of three or more underscores, still reads __underline__', () => {
    expect(parseMarkup('Dated: ____________________')).toEqual([{ text: 'Dated: ____________________', style: 'regular' }]);
    expect(parseMarkup('a __b__ c')).toEqual([{ text: 'a ', style: 'regular' }, { text: 'b', style: 'regular', underline: true }, { text: ' c', style: 'regular' }]);
  });
  it('every sworn document prints its signature and date blanks', () => {
    for (const t of ['notice-and-petition', 'declaration-of-petitioner', 'proposed-order', 'proof-of-service']) {
      expect(text.get(t), t).toMatch(/Dated: _{10,}|Executed on _{10,}/);
      expect(text.get(t), t).toMatch(/_{20,}/);
    }
  });
});
