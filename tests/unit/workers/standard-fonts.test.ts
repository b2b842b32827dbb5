// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BundledStandardFonts } from '@/lib/workers/standard-fonts';

describe("pdfjs's standard fonts, bundled (form labels in Helvetica draw in the preview)", () => {
  it('answers the files pdfjs asks for by name, and refuses others', async () => {
    const fonts = new BundledStandardFonts({ baseUrl: null });
    const sans = await fonts.fetch({ filename: 'LiberationSans-Regular.ttf' });
    expect([...sans.subarray(0, 4)]).toEqual([0, 1, 0, 0]); // a TrueType font
    expect((await fonts.fetch({ filename: 'FoxitSerif.pfb' })).length).toBeGreaterThan(1000);
    await expect(fonts.fetch({ filename: '../secret.txt' })).rejects.toThrow(/no bundled standard font/);
  });
});
