// @vitest-environment node
/**
 * Issue 12: hostile and huge files. A 20,000-page PDF, a PNG claiming 40000 × 40000 pixels and a
 * PDF cut short each get one line naming the file and the limit, quickly, before the heavy work;
 * in a packet each is skipped with a warning and a slip sheet and the packet still builds.
 */
import { describe, expect, it } from 'vitest';
import { Evidence } from '@/lib/model';
import { imageSize } from '@/lib/packet/image-info';
import { bytesProblem, exhibitHeaderProblem, LIMITS, pagesProblem, pixelsProblem } from '@/lib/packet/limits';
import { loadExhibits } from '@/lib/packet/exhibits';
import { rapSheetText } from '@/lib/rapsheet/load';
import { makePng } from '../../factories/exhibit-files';
import { manyPagePdf, pngBomb, truncatedPdf } from '../../factories/hostile-files.mjs';

const PAGES_20K = manyPagePdf(20_000);

const timed = async <T>(f: () => Promise<T>): Promise<{ ms: number; result: T | Error }> => {
  const t0 = performance.now();
  let result: T | Error;
  try {
    result = await f();
  } catch (e) {
    result = e as Error;
  }
  return { ms: performance.now() - t0, result };
};

describe('limits as data, with the message each gives', () => {
  it('names the size and the limit', () => {
    expect(pagesProblem(20_000, LIMITS.rapSheetPdf)).toBe('20,000 pages, over the 500-page limit for a RAP sheet PDF');
    expect(pagesProblem(2_001, LIMITS.exhibitPdf)).toBe('2,001 pages, over the 2,000-page limit for an exhibit');
    expect(pagesProblem(101, LIMITS.formPdf)).toBe('101 pages, over the 100-page limit for a PDF form');
    expect(bytesProblem(21 * 1024 * 1024, LIMITS.rapSheetPdf)).toBe('21 MB, over the 20 MB limit for a RAP sheet PDF');
    expect(pixelsProblem(40_000, 40_000)).toBe('the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image');
  });

  it('lets through what is at the limit (boundaries by name)', () => {
    expect(pagesProblem(500, LIMITS.rapSheetPdf)).toBeUndefined();
    expect(pagesProblem(2_000, LIMITS.exhibitPdf)).toBeUndefined();
    expect(bytesProblem(LIMITS.rapSheetPdf.maxBytes, LIMITS.rapSheetPdf)).toBeUndefined();
    // A letter page scanned at 600 dpi (5100 × 6600, 33.7 MP) is a normal exhibit.
    expect(pixelsProblem(5100, 6600)).toBeUndefined();
    expect(pixelsProblem(8000, 5000)).toBeUndefined();
    expect(pixelsProblem(8001, 5000)).toMatch(/over the 40-megapixel limit/);
  });
});

describe('image size from the header, before decoding', () => {
  it('reads the PNG bomb as 40000 × 40000 from 69 bytes', () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(100);
    expect(imageSize(bomb)).toEqual({ width: 40_000, height: 40_000 });
    expect(exhibitHeaderProblem(bomb)).toBe(pixelsProblem(40_000, 40_000));
  });

  it('passes a real scan and reads its size', () => {
    const png = makePng(120, 160, 3);
    expect(imageSize(png)).toEqual({ width: 120, height: 160 });
    expect(exhibitHeaderProblem(png)).toBeUndefined();
  });

  it('refuses an exhibit over 50 MB by its length alone', () => {
    const big = new Uint8Array(LIMITS.exhibitBytes + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    expect(exhibitHeaderProblem(big)).toBe('50 MB, over the 50 MB limit for an exhibit');
  });
});

describe('RAP sheet PDFs past the limits', () => {
  it('a 20,000-page PDF is refused from its page tree, in well under a second of page work', async () => {
    const { ms, result } = await timed(() => rapSheetText(PAGES_20K, 'huge-sheet.pdf'));
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toBe('huge-sheet.pdf: 20,000 pages, over the 500-page limit for a RAP sheet PDF');
    // Reading the text of 20,000 pages took most of a minute; the page count takes a few hundred ms.
    expect(ms).toBeLessThan(5_000);
  });

  it('a PDF over 20 MB is refused before pdfjs sees it', async () => {
    const big = new Uint8Array(LIMITS.rapSheetPdf.maxBytes + 1024);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    await expect(rapSheetText(big, 'scan.pdf')).rejects.toThrow('scan.pdf: 20 MB, over the 20 MB limit for a RAP sheet PDF');
  });

  it('a PDF cut short says it cannot be read, at once', async () => {
    const { ms, result } = await timed(() => rapSheetText(truncatedPdf(), 'cut.pdf'));
    expect((result as Error).message).toBe('cut.pdf: cannot read this PDF (Invalid PDF structure.)');
    expect(ms).toBeLessThan(5_000);
  });

  it('a sheet at 500 pages is still read', async () => {
    const text = await rapSheetText(manyPagePdf(LIMITS.rapSheetPdf.maxPages, 'CII/A12345678'), 'long.pdf');
    expect(text.split('CII/A12345678')).toHaveLength(LIMITS.rapSheetPdf.maxPages + 1);
  }, 60_000);
});

describe('exhibits past the limits are skipped with a warning and a slip sheet', () => {
  const ev = (id: string, title: string) => Evidence.parse({ id, title, kind: 'record' });

  it('says which exhibit, why, and what the attorney must do', async () => {
    const evidence = [ev('ex-ok', 'Shelter letter scan'), ev('ex-bomb', 'Phone photo'), ev('ex-long', 'Court file'), ev('ex-cut', 'Police report')];
    const files = new Map([
      ['ex-ok', makePng(60, 80, 1)],
      ['ex-bomb', pngBomb()],
      ['ex-long', PAGES_20K],
      ['ex-cut', truncatedPdf()],
    ]);
    const { ms, result } = await timed(() => loadExhibits(evidence, files));
    expect(ms).toBeLessThan(5_000);
    const ex = result as Awaited<ReturnType<typeof loadExhibits>>;
    expect(ex.entries.map((e) => [e.letter, e.attached])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
      ['D', false],
    ]);
    expect(ex.warnings[0]).toBe(
      'Exhibit B ("Phone photo"): the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image; its slip sheet says "exhibit file not attached"',
    );
    expect(ex.warnings[1]).toBe('Exhibit C ("Court file"): 20,000 pages, over the 2,000-page limit for an exhibit; its slip sheet says "exhibit file not attached"');
    expect(ex.warnings[2]).toMatch(/^Exhibit D \("Police report"\): the file could not be read \(Failed to parse PDF document .*\); its slip sheet says "exhibit file not attached"$/);
    expect(ex.draft[0]).toBe('Exhibit B: attach the file for "Phone photo" (the image is 40,000 × 40,000 pixels (1,600 megapixels), over the 40-megapixel limit for an exhibit image)');
    expect(ex.files.has('ex-ok')).toBe(true);
    expect(ex.files.size).toBe(1);
  });
});
