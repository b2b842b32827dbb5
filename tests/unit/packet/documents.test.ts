// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseBody } from '@/lib/model';
import { renderPage1Gray } from '../../factories/pdf-render';
import { assemblePacket, defaultSelection, pageTemplates, periodSelection, responseDeadline, type PacketResult } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { makeJpeg, makePdf, makePng } from '../../factories/exhibit-files';
import { openPdf, pageTexts, pdfText, sampleBody } from './helpers';

const fonts = loadNodeFonts();
const ASOF = '2026-05-01';

/** The sample case with four exhibits: a PDF, a PNG, a JPEG (data URL) and one whose file is missing. */
function caseWithExhibits(): { body: CaseBody; files: Map<string, Uint8Array> } {
  const body = sampleBody();
  const jpeg = makeJpeg(64, 80, 7);
  body.evidence = [
    { id: 'ex-tvisa', title: 'USCIS Form I-797 approval notice, T nonimmigrant status', kind: 'official-documentation', file: 'exhibits/i797.pdf', description: '' },
    { id: 'ex-scan', title: 'Scanned shelter intake form', kind: 'record', file: 'exhibits/intake.png', description: '' },
    { id: 'ex-photo', title: 'Photograph of letter', kind: 'declaration', file: `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`, description: '' },
    { id: 'ex-missing', title: 'Letter from shelter case manager', kind: 'declaration', file: 'exhibits/not-there.pdf', description: '' },
  ];
  body.prosecutingAgencies[0]!.servedOn = '2026-03-02';
  return { body, files: new Map([['ex-tvisa', makePdf(2, 'I-797 page')], ['ex-scan', makePng(60, 80, 3)]]) };
}

let result: PacketResult;
let la: PacketResult['packets'][number];
let laJuv: PacketResult['packets'][number];
const text = new Map<string, string>();
const juvText = new Map<string, string>();

beforeAll(async () => {
  const { body, files } = caseWithExhibits();
  result = await assemblePacket(body, { asOf: ASOF, exhibits: files, fonts });
  la = result.packets.find((p) => p.county === 'Los Angeles' && !p.juvenile)!;
  laJuv = result.packets.find((p) => p.county === 'Los Angeles' && p.juvenile)!;
  for (const d of la.documents) text.set(d.template, await pdfText(d.bytes));
  for (const d of laJuv.documents) juvText.set(d.template, await pdfText(d.bytes));
}, 60_000);

describe('assembly', () => {
  it('makes one packet per county with every document alone and combined', () => {
    // The juvenile adjudication gets its own petition to the juvenile court (§ 236.14(j); WIC § 827).
    expect(result.packets.map((p) => `${p.county}${p.juvenile ? ' (juvenile)' : ''}`).sort()).toEqual(['Los Angeles', 'Los Angeles (juvenile)', 'Orange']);
    expect(laJuv.documents.find((d) => d.template === 'notice-and-petition')).toBeDefined();
    expect(la.documents.map((d) => d.name)).toEqual([
      'Los-Angeles_01_Notice-and-Petition.pdf',
      'Los-Angeles_02_Memorandum.pdf',
      'Los-Angeles_03_Declaration-of-Petitioner.pdf',
      'Los-Angeles_04_Supporting-Declaration.pdf',
      'Los-Angeles_05_Exhibit-Index.pdf',
      'Los-Angeles_06_Exhibits.pdf',
      'Los-Angeles_07_Proposed-Order.pdf',
      'Los-Angeles_08_Proof-of-Service.pdf',
      'Los-Angeles_00_Confidential-Identification_LODGE-UNDER-SEAL.pdf',
    ]);
    expect(la.combined.name).toBe('Los-Angeles_Packet.pdf');
    // The confidential identification attachment is lodged under seal, never in the combined public packet.
    expect(la.combined.pages).toBe(la.documents.filter((d) => d.template !== 'confidential-identification').reduce((n, d) => n + d.pages, 0));
    expect(laJuv.combined.name).toBe('Los-Angeles-Juvenile_Packet.pdf');
    expect(laJuv.eventIds).toEqual(['ev-2010-juv']);
    // All of the county's selected matters in one petition (Standard 4.15(a)(1)).
    // The robbery (§ 667.5(c)(9)) is in a period but not a candidate: the guard leaves it out (issue 11).
    expect(la.eventIds).toEqual(['ev-2012-conv', 'ev-2014-drug', 'ev-2015-loiter']);
    expect(result.refused.map((r) => r.eventId)).toEqual(['ev-2015-robbery']);
  });

  it('warns about the missing exhibit file instead of failing', () => {
    expect(result.warnings.join('\n')).toMatch(/Exhibit D \("Letter from shelter case manager"\).*exhibit file not attached/);
  });

  it('records the template that made every page', async () => {
    const ids = await pageTemplates(la.combined.bytes);
    expect(ids.every((t) => t !== '')).toBe(true);
    expect(new Set(ids)).toEqual(new Set(['notice-and-petition', 'memorandum', 'declaration-of-petitioner', 'supporting-declaration', 'exhibit-index', 'exhibit-slip-sheet', 'exhibits', 'proposed-order', 'proof-of-service']));
  });

  it('is text-searchable and names the petitioner only by initials (236.14(q))', async () => {
    const all = await pdfText(la.combined.bytes);
    expect(all).toContain('D. I. A.');
    for (const part of ['Daniela', 'Alvarado', 'Ortiz', 'A09876543', '1994']) expect(all).not.toContain(part);
  });

  it('uses the full name, accents included, when the attorney turns initials off', async () => {
    const { body, files } = caseWithExhibits();
    const r = await assemblePacket(body, { asOf: ASOF, exhibits: files, fonts, useInitials: false, selection: [{ county: 'Orange', eventIds: ['ev-2014-theft'] }] });
    const order = r.packets[0]!.documents.find((d) => d.template === 'proposed-order')!;
    expect(await pdfText(order.bytes)).toContain('Daniela Inés Alvarado Ortiz');
  });

  it('renders accented, Cyrillic and Greek names (embedded Liberation Serif) and keeps them searchable', async () => {
    const body = sampleBody();
    body.client.firstName = 'Жанна';
    body.client.middleName = 'Ελένη';
    body.client.lastName = 'Ñúñez';
    const r = await assemblePacket(body, { asOf: ASOF, fonts, useInitials: false, selection: [{ county: 'Orange', eventIds: ['ev-2014-theft'] }] });
    const t = await pdfText(r.packets[0]!.documents[0]!.bytes);
    expect(t).toContain('Жанна Ελένη Ñúñez');
  });

  it('selects candidates per county from verdicts, or events within a trafficking period', () => {
    const body = sampleBody();
    expect(defaultSelection(body, { 'ev-2012-conv': 'candidate', 'ev-2014-theft': 'candidate', 'ev-2015-robbery': 'ineligible', 'ev-2013-gap': 'review' })).toEqual([
      { county: 'Los Angeles', eventIds: ['ev-2012-conv'] },
      { county: 'Orange', eventIds: ['ev-2014-theft'] },
    ]);
    // 2013-03-10 falls in the gap between the two periods; 2018 is after them.
    const ids = periodSelection(body).flatMap((s) => s.eventIds);
    expect(ids).not.toContain('ev-2013-gap');
    expect(ids).not.toContain('ev-2018-vc');
  });
});

describe('documents: required content', () => {
  it('notice and petition: notice, the matters, the grounds, verification', () => {
    const t = text.get('notice-and-petition')!;
    expect(t).toContain('SUPERIOR COURT OF THE STATE OF CALIFORNIA');
    expect(t).toContain('FOR THE COUNTY OF LOS ANGELES');
    expect(t).toContain('PLEASE TAKE NOTICE');
    expect(t).toContain('State Bar No. 312456');
    expect(t).toContain('Attorney for Petitioner D. I. A.');
    for (const n of ['2CA21877', 'TA134552', '5CA30215']) expect(t).toContain(n);
    expect(t).not.toContain('JJ10-0442'); // the juvenile case is in the juvenile court petition
    expect(t).not.toContain('TA139010');
    expect(t).toMatch(/45 days from the date of receipt of service/);
    expect(t).toContain('subd. (t)(1)');
    expect(t).toContain('subd. (l)');
    expect(juvText.get('notice-and-petition')).toContain('subd. (j)'); // the juvenile petition
    expect(t).toContain('Exhibit A is official documentation');
    expect(t).toContain('VERIFICATION');
    expect(t).toContain('penalty of perjury');
    expect(t).toContain('CONFIDENTIAL');
  });

  it('memorandum: standard, (g) findings, (a) intent language, (l) timing, (j) for juveniles', () => {
    const t = text.get('memorandum')!;
    expect(t).toContain('MEMORANDUM OF POINTS AND AUTHORITIES');
    expect(t).toContain('clear and convincing evidence');
    expect(t).toContain('lacked the requisite intent to commit the offense');
    expect(t).toContain('invalid due to legal defect');
    expect(t).toContain('It is in the best interest of justice');
    expect(t).toContain('does not expire with the passage of time');
    expect(juvText.get('memorandum')).toContain('rebuttable presumption');
    expect(t).toContain('std. 4.15(a)(1)');
  });

  it('memorandum leaves out the juvenile section when there is no adjudication', async () => {
    const r = await assemblePacket(sampleBody(), { asOf: ASOF, fonts, selection: [{ county: 'Orange', eventIds: ['ev-2014-theft'] }] });
    const memo = await pdfText(r.packets[0]!.documents.find((d) => d.template === 'memorandum')!.bytes);
    expect(memo).not.toContain('rebuttable presumption');
    expect(memo).not.toContain('One Petition for All Matters');
  });

  it('declaration of petitioner: perjury, the narrative, a nexus paragraph per matter, interpreter', () => {
    const t = text.get('declaration-of-petitioner')!;
    expect(t).toContain('I declare under penalty of perjury under the laws of the State of California');
    expect(t).toContain('recruited by an older man');
    for (const date of ['August 21, 2012', 'October 30, 2014', 'December 1, 2015']) expect(t).toContain(`On ${date}, I was`);
    expect(juvText.get('declaration-of-petitioner')).toContain('On September 14, 2010, I was');
    expect(t).toContain('DECLARATION OF INTERPRETER');
    expect(t).toContain('English and Spanish');
  });

  it('supporting declaration template has the blanks an advocate fills', () => {
    const t = text.get('supporting-declaration')!;
    expect(t).toContain('I, [NAME], declare:');
    expect(t).toContain('penalty of perjury');
  });

  it('proposed order: (g) findings, (h) orders, (k) sealing with agencies listed', () => {
    const t = text.get('proposed-order')!;
    expect(t).toContain('[PROPOSED] ORDER');
    expect(t).toContain('victim of human trafficking at the time of the alleged commission');
    expect(t).toContain('direct result of being a victim of human trafficking');
    expect(t).toContain('subd. (h)(1)');
    expect(t).toContain('(h)(2)');
    expect(t).toContain('subd. (h)(3)');
    expect(t).toContain('within 90 days after this order is granted');
    for (const agency of ['Los Angeles Police Department', 'Los Angeles County Sheriff', 'California Department of Justice', 'Los Angeles County Probation Department'])
      expect(t).toContain(agency);
    expect(t).toContain('JUDGE OF THE SUPERIOR COURT');
  });

  it('proof of service: the documents served, every agency, and never a receipt date (issue 11)', () => {
    const t = text.get('proof-of-service')!;
    expect(t).toContain("Los Angeles County District Attorney's Office");
    expect(t).toContain('Los Angeles City Attorney');
    expect(t).toContain('Memorandum of Points and Authorities');
    expect(t).not.toMatch(/received/i);
  });

  it('exhibit index and slip sheets, with the missing file flagged', async () => {
    const t = text.get('exhibit-index')!;
    expect(t).toContain('Official documentation');
    expect(t).toContain('not attached');
    const pages = await pageTexts(la.documents.find((d) => d.template === 'exhibits')!.bytes);
    // A: slip + 2 PDF pages; B: slip + PNG; C: slip + JPEG; D: slip only.
    expect(pages).toHaveLength(8);
    expect(pages[0]).toContain('EXHIBIT A');
    expect(pages[1]).toContain('I-797 page 1 of 2');
    expect(pages[7]).toContain('EXHIBIT D');
    expect(pages[7]).toContain('Exhibit file not attached');
    // No pleading footer on exhibit pages (CRC 2.110).
    expect(pages.join(' ')).not.toContain('NOTICE OF PETITION');
  });

  it('responseDeadline adds 45 days to the date of receipt (236.14(c))', () => {
    expect(responseDeadline('2026-03-02')).toBe('2026-04-16');
    expect(responseDeadline('2025-12-20')).toBe('2026-02-03');
    expect(responseDeadline('')).toBe('');
  });
});

describe('bookmarks and rendering', () => {
  it('bookmarks every document and every exhibit in the combined PDF', async () => {
    const doc = await openPdf(la.combined.bytes);
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual(la.documents.filter((d) => d.template !== 'confidential-identification').map((d) => d.title));
    const exhibits = outline.find((o) => o.title === 'Exhibits')!;
    expect(exhibits.items.map((i) => i.title)).toEqual([
      'Exhibit A: USCIS Form I-797 approval notice, T nonimmigrant status',
      'Exhibit B: Scanned shelter intake form',
      'Exhibit C: Photograph of letter',
      'Exhibit D: Letter from shelter case manager (file not attached)',
    ]);
    // Each exhibit bookmark opens its slip sheet.
    const pages = await pageTexts(la.combined.bytes);
    for (const [i, item] of exhibits.items.entries()) {
      const ref = (item.dest as unknown[])[0] as { num: number; gen: number };
      const index = await doc.getPageIndex(ref);
      expect(pages[index]).toContain(`EXHIBIT ${'ABCD'[i]}`);
    }
    await doc.destroy();
  });

  // poppler-utils is a declared system dependency (scripts/install-system-deps.sh): no skip.
  it('page 1 renders with pdftoppm and is not blank', () => {
    const { w, h, px } = renderPage1Gray(la.documents[0]!.bytes);
    expect([w, h]).toEqual([425, 550]); // 8.5 x 11 in at 50 dpi
    const dark = (x0: number, x1: number) => {
      let n = 0;
      for (let y = 0; y < h; y++) for (let x = x0; x < x1; x++) if (px[y * w + x]! < 128) n++;
      return n;
    };
    expect(dark(0, w)).toBeGreaterThan(3000); // text, rules and numbers, not a blank page
    expect(dark(Math.round((86 / 612) * w) - 1, Math.round((90 / 612) * w) + 1)).toBeGreaterThan(h); // the double rule runs the page
  });
});

describe('juvenile petition, confidential identification, full-name exhibits (issue 11)', () => {
  it('Pen. Code § 236.14(j); Welf. & Inst. Code § 827: the juvenile adjudication is captioned in the juvenile court, confidential, apart from the adult caption', () => {
    const t = juvText.get('notice-and-petition')!;
    expect(t).toContain('JUVENILE COURT');
    expect(t).toContain('CONFIDENTIAL JUVENILE CASE FILE (Welf. & Inst. Code, § 827');
    expect(t).toContain('JJ10-0442');
    expect(text.get('notice-and-petition')).not.toContain('JUVENILE COURT');
    expect(result.draft.some((d) => d.startsWith('Los Angeles (juvenile court) County') && /needs attorney review/.test(d))).toBe(true);
  });

  it('Pen. Code § 236.14(q): a confidential identification attachment with full name, aliases, DOB, CII and case numbers, referenced by the order', () => {
    const id = text.get('confidential-identification')!;
    for (const part of ['Daniela', 'Alvarado', 'A09876543', '2CA21877', 'LODGED CONDITIONALLY UNDER SEAL'.toLowerCase()]) expect(id.toLowerCase()).toContain(part.toLowerCase());
    const order = text.get('proposed-order')!;
    expect(order).toContain('Confidential Identification Attachment to [Proposed] Order (Lodged Conditionally Under Seal), which is incorporated in this order, is lodged under seal');
    expect(order).toContain('As the petition asks, the petition and related filings and court records in this proceeding are designated confidential. (Cal. Stds. Jud. Admin., std. 4.15(b)(1)');
    expect(order).toContain("The clerk shall seal and destroy this court's records in each case listed above, so that all records in the case are sealed and destroyed. (Pen. Code, § 236.14, subd. (t)(2).)");
  });

  it('Pen. Code § 236.14(q): exhibits that show the full name are a warning before assembly, offering a confidential lodging', () => {
    expect(result.warnings).toContain(
      'Exhibit "USCIS Form I-797 approval notice, T nonimmigrant status" may show the petitioner\'s full name: redact it, or lodge it confidentially (conditionally under seal) instead of filing it publicly (Pen. Code § 236.14(q); Cal. Stds. Jud. Admin., std. 4.15(b)).',
    );
    expect(result.warnings.join('\n')).not.toContain('Scanned shelter intake form" may show');
  });
});
