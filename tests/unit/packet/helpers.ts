import { readFileSync } from 'node:fs';
import { parseCaseFileText, type CaseBody } from '@/lib/model';

/** The sample case, parsed. */
export function sampleBody(): CaseBody {
  const r = parseCaseFileText(readFileSync('lib/sample/sample-case.json', 'utf8'));
  if (!r.ok) throw new Error('sample case does not parse');
  return r.body;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: PdfJs | undefined;
async function lib(): Promise<PdfJs> {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

export async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await lib();
  return getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

/** Text of each page, items joined by spaces (whitespace collapsed). */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdf(bytes);
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    out.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return out;
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pageTexts(bytes)).join('\n');
}
