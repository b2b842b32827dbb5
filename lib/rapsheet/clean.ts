/**
 * Stage 1: clean OCR and transcription noise out of RAP sheet text.
 *
 * The substitutions follow Code for America's text_cleaner.rb (california-law.md 6.2 item 10)
 * plus what scanned copies add: form feeds, page headers and footers repeated on every page,
 * odd dashes and spaces, letter/digit swaps inside dates. No substitution crosses a line
 * break and no line is removed (page-break lines become empty), so line N of the result is
 * line N of the input and warnings can cite it.
 */

export interface CleanResult {
  /** Cleaned lines, upper-cased; same count and order as the input lines. */
  lines: string[];
  /** 1-based numbers of the lines blanked as page-break noise. */
  pageBreakLines: number[];
}

// Whole-text substitutions: cheap global regexes, each linear in the text size.
const SUBSTITUTIONS: Array<[RegExp, string]> = [
  [/[\f\v\u0000\u200B\uFEFF]/g, ''],
  [/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/[\u2018\u2019\u201A\u2032\u00B4`]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/[\u2022\u00B7\u2219\u25AA\u25CF]/g, '.'],
  [/[\u25AF\u25A1]/g, '?'],
  [/\uFF0A|\u2217|\u2731/g, '*'],
  [/\uFF1A/g, ':'],
  [/\uFF03/g, '#'],
  // OCR misreadings from CfA's cleaner.
  [/C[NH][ÍI1L|]\s*([:;])/g, 'CNT$1'],
  [/TNFRACTION/g, 'INFRACTION'],
  [/COMVICT/g, 'CONVICT'],
  [/CONV\s*STAT[IU]S\s*[.:;]/g, 'CONV STATUS:'],
  [/\bRESIN\b/g, 'RESTN'],
  [/\bFINESS\b/g, 'FINE SS'],
  [/[?A4]RR\s*\/\s*[PD]ET\s*\/\s*C[I1L]TE/g, 'ARR/DET/CITE'],
  [/^(\s*)[C?]OUR[IT1L](?=\s*[:;]|\s*$)/gm, '$1COURT'],
];

// Lines that are page furniture, not record content. Checked one line at a time.
const PAGE_NOISE: RegExp[] = [
  /^\s*PAGE\s*\d+(\s*(OF|\/)\s*\d+)?\s*$/,
  /^\s*-\s*\d{1,3}\s*-\s*$/,
  /^\s*\d{1,3}\s*$/,
  /^\s*\(?\s*CONTINUED(\s+ON\s+NEXT\s+PAGE)?\s*\)?\s*$/,
  /^\s*TO:\s*\S+\s+FROM:/,
  /^\s*RE:\s/,
  /^\s*ATTN:/,
  /^\s*RESTRICTED\s*-?\s*DO NOT USE/,
  /^\s*(CALIFORNIA\s+)?DEPARTMENT OF JUSTICE\s*$/,
  /^\s*BUREAU OF CRIMINAL (IDENTIFICATION|INFORMATION)/,
];

const PAGE_PREFIX = /^(\s*)PAGE\s*\d+\s*(OF|\/)\s*\d+\s+(?=\S)/;
// A date at the start of a line with OCR letter-for-digit swaps (O for 0, I/L for 1, S for 5, B for 8).
const OCR_DATE = /^(\s*)([0-9OILSB.]{8,12})(?=\s|$)/;

function fixOcrDigits(line: string): string {
  const m = OCR_DATE.exec(line);
  if (!m) return line;
  const token = m[2]!;
  const digits = token.replace(/[^0-9]/g, '').length;
  if (digits < 5 || digits === token.replace(/\./g, '').length) return line;
  const fixed = token.replace(/O/g, '0').replace(/[IL]/g, '1').replace(/S/g, '5').replace(/B/g, '8');
  return m[1]! + fixed + line.slice(m[0].length);
}

/**
 * Cleans RAP sheet text and splits it into lines, keeping the line numbering of the input.
 * @example cleanRapSheetText('cnÍ:01\f\n').lines // ['CNT:01', '']
 */
export function cleanRapSheetText(text: string): CleanResult {
  let t = text.toUpperCase();
  // Accents from OCR (É, Ç, Ó, Í ...) become plain letters; only pay for it when needed.
  if (/[^\x00-\x7F]/.test(t)) t = t.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
  for (const [re, to] of SUBSTITUTIONS) t = t.replace(re, to);
  const lines = t.split(/\r\n|\r|\n/);
  const pageBreakLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.trim() === '') {
      lines[i] = '';
      continue;
    }
    if (PAGE_NOISE.some((re) => re.test(line))) {
      lines[i] = '';
      pageBreakLines.push(i + 1);
      continue;
    }
    if (line.includes('PAGE')) line = line.replace(PAGE_PREFIX, '$1');
    line = fixOcrDigits(line);
    lines[i] = line.replace(/\s+$/, '');
  }
  return { lines, pageBreakLines };
}
