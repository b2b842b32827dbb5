import { NO_MARKUP } from './literal';
import type { FontStyle, Measure, Run } from './types';

/**
 * Turns template text into styled runs. Markup is deliberately tiny: `**bold**` and `__underline__`;
 * a run of three or more underscores is a literal blank line to write on; everything else is literal.
 * Case data is passed through `literal()` (./literal.ts) before it meets template text, so its
 * `**` and `__` print as typed.
 * @example parseMarkup('Penal Code **section 236.14**') // [{text:'Penal Code ',style:'regular'},{text:'section 236.14',style:'bold'}]
 */
export function parseMarkup(text: string, base: FontStyle = 'regular'): Run[] {
  const runs: Run[] = [];
  let bold = base === 'bold';
  let underline = false;
  let buf = '';
  const flush = () => {
    if (buf) runs.push({ text: buf, style: bold ? 'bold' : 'regular', ...(underline ? { underline } : {}) });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    // literal() put it between a pair typed in case data: the pair is text, the mark is dropped.
    if (text[i] === NO_MARKUP) continue;
    const two = text.slice(i, i + 2);
    // A run of three or more underscores is a blank to sign or write on, printed as it is (only
    // a pair is markup): "Dated: ____________________".
    if (text[i] === '_' && text[i + 1] === '_' && text[i + 2] === '_') {
      let j = i;
      while (text[j] === '_') j++;
      buf += text.slice(i, j);
      i = j - 1;
      continue;
    }
    if (two === '**') {
      flush();
      bold = !bold;
      i++;
    } else if (two === '__') {
      flush();
      underline = !underline;
      i++;
    } else buf += text[i];
  }
  flush();
  return runs;
}

/** Plain text of runs (tests, and the footer). */
export function plainText(text: string): string {
  return parseMarkup(text)
    .map((r) => r.text)
    .join('');
}

/** A piece of a wrapped line, positioned relative to the line's start. */
export interface Segment {
  text: string;
  style: FontStyle;
  underline?: boolean;
  x: number;
  width: number;
}

export interface WrappedLine {
  segments: Segment[];
  width: number;
}

export interface WrapOptions {
  width: number;
  /** Width of the first line when it differs (first-line indent, a paragraph number). */
  firstWidth?: number;
  size: number;
  measure: Measure;
}

interface Word {
  parts: Run[];
  /** A space follows the word. */
  space: boolean;
  /** A forced line break follows the word. */
  br: boolean;
}

function toWords(runs: Run[]): Word[] {
  const words: Word[] = [];
  let current: Word = { parts: [], space: false, br: false };
  const push = () => {
    if (current.parts.length || current.br) words.push(current);
    current = { parts: [], space: false, br: false };
  };
  for (const run of runs) {
    const pieces = run.text.split(/(\n| +)/);
    for (const piece of pieces) {
      if (piece === '') continue;
      if (piece === '\n') {
        current.br = true;
        push();
      } else if (piece.startsWith(' ')) {
        if (current.parts.length) {
          current.space = true;
          push();
        }
      } else {
        const last = current.parts[current.parts.length - 1];
        if (last && last.style === run.style && !!last.underline === !!run.underline) last.text += piece;
        else current.parts.push({ ...run, text: piece });
      }
    }
  }
  push();
  return words;
}

/**
 * Greedy word wrap of styled runs. Words longer than a line are broken between characters;
 * "\n" forces a break. Never returns zero lines (an empty paragraph is one empty line).
 * @example wrapRuns(parseMarkup('a b c'), { width: 20, size: 12, measure }).length // 2 or 3, depending on the font
 */
export function wrapRuns(runs: Run[], opts: WrapOptions): WrappedLine[] {
  const { size, measure } = opts;
  const spaceWidth = (style: FontStyle) => measure(' ', style, size);
  const lines: WrappedLine[] = [];
  let line: WrappedLine = { segments: [], width: 0 };
  let pendingSpace: { style: FontStyle; underline?: boolean } | undefined;
  const maxWidth = () => (lines.length === 0 ? (opts.firstWidth ?? opts.width) : opts.width);
  const newLine = () => {
    lines.push(line);
    line = { segments: [], width: 0 };
    pendingSpace = undefined;
  };
  const append = (part: Run, width: number) => {
    const last = line.segments[line.segments.length - 1];
    if (last && last.style === part.style && !!last.underline === !!part.underline && last.x + last.width === line.width) {
      last.text += part.text;
      last.width += width;
    } else {
      line.segments.push({ text: part.text, style: part.style, ...(part.underline ? { underline: true } : {}), x: line.width, width });
    }
    line.width += width;
  };

  for (const word of toWords(runs)) {
    const widths = word.parts.map((p) => measure(p.text, p.style, size));
    const wordWidth = widths.reduce((a, b) => a + b, 0);
    const sp = pendingSpace && line.segments.length ? spaceWidth(pendingSpace.style) : 0;
    if (line.segments.length && line.width + sp + wordWidth > maxWidth() + 0.01) newLine();
    if (line.segments.length && pendingSpace) append({ text: ' ', ...pendingSpace }, spaceWidth(pendingSpace.style));
    if (wordWidth > maxWidth() + 0.01) {
      // A word wider than the line (a long URL or e-mail address): break it between characters.
      word.parts.forEach((part) => {
        for (const ch of part.text) {
          const w = measure(ch, part.style, size);
          if (line.segments.length && line.width + w > maxWidth() + 0.01) newLine();
          append({ ...part, text: ch }, w);
        }
      });
    } else {
      word.parts.forEach((part, i) => append(part, widths[i]!));
    }
    const lastPart = word.parts[word.parts.length - 1];
    pendingSpace = word.space && lastPart ? { style: lastPart.style, ...(lastPart.underline ? { underline: true } : {}) } : undefined;
    if (word.br) newLine();
  }
  if (line.segments.length || lines.length === 0) lines.push(line);
  return lines;
}
