// @vitest-environment node
/**
 * Issue 11: exhibits that show the full name are lodged conditionally under seal when the
 * attorney says so (Pen. Code § 236.14(q): the public record "shall not disclose the petitioner's
 * full name"; Cal. Stds. Jud. Admin., std. 4.15(b)). The public packet keeps the slip sheet only.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemblePacket, selectionFor } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { completedBody } from './completed-case';
import { pdfText } from './helpers';

async function noticeWithFullName(): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawText('APPROVAL NOTICE FOR DANIELA INES ALVARADO ORTIZ', { x: 72, y: 700, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return `data:application/pdf;base64,${Buffer.from(await doc.save()).toString('base64')}`;
}

describe('exhibits lodged under seal (Pen. Code § 236.14(q))', () => {
  it('the public packet holds the slip sheet only; the confidential exhibits file holds the pages', async () => {
    const body = completedBody();
    const file = await noticeWithFullName();
    body.evidence = body.evidence.map((e) => (e.id === 'ex-tvisa' ? { ...e, file, showsFullName: true } : e));
    body.drafting.lodgedExhibitIds = ['ex-tvisa'];
    const r = await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, ['ev-2012-conv']), fonts: loadNodeFonts() });
    const la = r.packets.find((p) => p.county === 'Los Angeles')!;
    const publicText = (await pdfText(la.combined.bytes)).replace(/\s+/g, ' ');
    expect(publicText).not.toContain('ALVARADO ORTIZ');
    expect(publicText).toContain('Lodged conditionally under seal: not part of the public file');
    expect(publicText).toMatch(/\d+, lodged under seal/); // the exhibit index
    const sealed = la.documents.find((d) => d.name === 'Los-Angeles_00_Confidential-Exhibits_LODGE-UNDER-SEAL.pdf');
    expect(sealed).toBeDefined();
    expect((await pdfText(sealed!.bytes)).replace(/\s+/g, ' ')).toContain('APPROVAL NOTICE FOR DANIELA INES ALVARADO ORTIZ');
    // Handled: no "may show the full name" warning for it any more.
    expect(r.warnings.some((w) => w.includes('USCIS Form I-797') && w.includes('full name'))).toBe(false);
  }, 60_000);
  it('not lodged: the pages are filed with the packet and the warning stays', async () => {
    const body = completedBody();
    const file = await noticeWithFullName();
    body.evidence = body.evidence.map((e) => (e.id === 'ex-tvisa' ? { ...e, file, showsFullName: true } : e));
    const r = await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, ['ev-2012-conv']), fonts: loadNodeFonts() });
    const la = r.packets.find((p) => p.county === 'Los Angeles')!;
    expect((await pdfText(la.combined.bytes)).replace(/\s+/g, ' ')).toContain('ALVARADO ORTIZ');
    expect(la.documents.some((d) => d.name.includes('Confidential-Exhibits'))).toBe(false);
    expect(r.warnings.some((w) => w.includes('USCIS Form I-797') && w.includes('full name'))).toBe(true);
  }, 60_000);
});
