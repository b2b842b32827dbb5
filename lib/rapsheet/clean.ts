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
  /** Cleaned lines, upper-cased and trimmed; same count and order as the input lines. */
  lines: string[];
  /** 1-based numbers of the lines blanked as page-break noise. */
  pageBreakLines: number[];
}

// Characters that are noise or have an ASCII equivalent. Replaced in one pass, and only when
// the text has a character outside printable ASCII at all (most DOJ text files have none).
const CHAR_MAP: Record<string, string> = {
  '\f': '', '\v': '', '\u0000': '', '\u200B': '', '\uFEFF': '',
  '\t': ' ', '\u00A0': ' ', '\u1680': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2022': '.', '\u00B7': '.', '\u2219': '.', '\u25AA': '.', '\u25CF': '.',
  '\u25AF': '?', '\u25A1': '?',
  '\uFF0A': '*', '\u2217': '*', '\u2731': '*', '\uFF1A': ':', '\uFF03': '#',
  '\u2212': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
};
for (let c = 0x2000; c <= 0x200a; c++) CHAR_MAP[String.fromCharCode(c)] = ' ';
for (let c = 0x2010; c <= 0x2015; c++) CHAR_MAP[String.fromCharCode(c)] = '-';
const ODD_CHARS = new RegExp(
  `[${Object.keys(CHAR_MAP)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

// OCR misreadings (CfA text_cleaner.rb): one alternation, one pass over the text.
const OCR_WORDS =
  /C[NH][I1L|]\s*[:;]|TNFRACTION|COMVICT|CONV\s*STAT[IU]S\s*[.:;]|\bRESIN\b|\bFINESS\b|[?4]RR\s*\/\s*[PD]ET\s*\/\s*C[I1L]TE|ARR\s*\/\s*PET\s*\/\s*C[I1L]TE|ARR\s*\/\s*DET\s*\/\s*C[1L]TE/g;

function fixOcrWord(w: string): string {
  if (w === 'TNFRACTION') return 'INFRACTION';
  if (w === 'COMVICT') return 'CONVICT';
  if (w === 'RESIN') return 'RESTN';
  if (w === 'FINESS') return 'FINE SS';
  if (w.startsWith('CONV')) return 'CONV STATUS:';
  if (w.startsWith('CN') || w.startsWith('CH')) return `CNT${w[w.length - 1]}`;
  return 'ARR/DET/CITE';
}

// Lines that are page furniture, not record content, keyed by first character so most lines test none.
const PAGE_NOISE: Record<string, RegExp> = {
  P: /^PAGE\s*\d+(\s*(OF|\/)\s*\d+)?\s*$/,
  '-': /^-\s*\d{1,3}\s*-\s*$/,
  '(': /^\(\s*CONTINUED(\s+ON\s+NEXT\s+PAGE)?\s*\)\s*$/,
  C: /^(CONTINUED(\s+ON\s+NEXT\s+PAGE)?|CALIFORNIA\s+DEPARTMENT OF JUSTICE)\s*$/,
  T: /^TO:\s*\S+\s+FROM:/,
  R: /^(RE:\s|RESTRICTED\s*-?\s*DO NOT USE)/,
  A: /^ATTN:/,
  D: /^DEPARTMENT OF JUSTICE\s*$/,
  B: /^BUREAU OF CRIMINAL (IDENTIFICATION|INFORMATION)/,
};
const LONE_PAGE_NUMBER = /^\d{1,3}$/;
const PAGE_PREFIX = /^PAGE\s*\d+\s*(OF|\/)\s*\d+\s+(?=\S)/;
const COURT_OCR = /^C?OUR[IT1L]\s*([:;]|$)/;
// A date at the start of a line with OCR letter-for-digit swaps (O for 0, I/L for 1, S for 5, B for 8).
const OCR_DATE = /^([0-9OILSB.]{8,12})(?=\s|$)/;

function fixOcrDigits(line: string): string {
  const m = OCR_DATE.exec(line);
  if (!m) return line;
  const token = m[1]!;
  const digits = token.replace(/[^0-9]/g, '').length;
  if (digits < 5 || digits === token.replace(/\./g, '').length) return line;
  const fixed = token.replace(/O/g, '0').replace(/[IL]/g, '1').replace(/S/g, '5').replace(/B/g, '8');
  return fixed + line.slice(m[0].length);
}

/**
 * Cleans RAP sheet text and splits it into lines, keeping the line numbering of the input.
 * @example cleanRapSheetText('cnÍ:01\f\n').lines // ['CNT:01', '']
 */
export function cleanRapSheetText(text: string): CleanResult {
  let t = text.toUpperCase();
  if (/[^\x20-\x7E\n\r]/.test(t)) {
    // Accents from OCR (É, Ç, Ó, Í ...) become plain letters.
    t = t.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
    t = t.replace(ODD_CHARS, (c) => CHAR_MAP[c] ?? c);
  }
  t = t.replace(OCR_WORDS, fixOcrWord);
  const lines = t.split(/\r\n|\r|\n/);
  const pageBreakLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '') {
      lines[i] = '';
      continue;
    }
    const c = line[0]!;
    const noise = PAGE_NOISE[c];
    if ((noise && noise.test(line)) || (line.length <= 3 && LONE_PAGE_NUMBER.test(line))) {
      lines[i] = '';
      pageBreakLines.push(i + 1);
      continue;
    }
    let out = line;
    if (c === 'P' && line.startsWith('PAGE')) out = out.replace(PAGE_PREFIX, '');
    else if ((c === 'C' || c === 'O') && COURT_OCR.test(line)) out = out.replace(/^C?OUR[IT1L]/, 'COURT');
    else if ((c >= '0' && c <= '9') || c === 'O' || c === 'I' || c === 'L' || c === 'S' || c === 'B') out = fixOcrDigits(out);
    lines[i] = out;
  }
  return { lines, pageBreakLines };
}
