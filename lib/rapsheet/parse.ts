import { readFlags } from './parse-count';
import { readDetailLine } from './parse-detail';
import { readEntryDate, readEntryName, readEntrySubjectLine, readEventLine } from './parse-event';
import { ParseState } from './parse-state';
import { readHeaderText, readNameContinuation, readSubjectLine, subjectCii } from './parse-subject';
import { readText } from './parse-text';
import { classify, type Token } from './tokenize';
import type { RapSheet } from './types';

export { emptySubject } from './parse-subject';
export { reliefNote } from './parse-dispo';

/**
 * Stage 3: one pass over the tokens, building subject, cycles, events, counts, dispositions
 * and dated updates (california-law.md 6.2, rules R33-R42 of 9.4). It never throws on
 * content: whatever does not fit becomes a warning that cites the line, and parsing goes on.
 *
 * This module is the pass itself: the identification block, then cycles split at * * * *.
 * Each kind of line is read by a stage module (parse-subject, parse-event, parse-count,
 * parse-dispo, parse-text; parse-detail routes the lines inside an entry) into the ParseState
 * they share.
 */

/**
 * Where the parser reads tokens from: an array (`parseTokens`) or lines classified on demand
 * (`parseLines`, which lets each token die young instead of holding one per line).
 */
export interface TokenSource {
  length: number;
  /** Token i (line i + 1). May be called again for the same i while looking ahead. */
  at(i: number): Token;
  /** The parser has finished with token i and will not ask for it again. */
  release?(i: number): void;
}

/** Parses tokens (from `tokenize`) into a RapSheet. */
export function parseTokens(tokens: readonly Token[]): RapSheet {
  return parseTokenSource({ length: tokens.length, at: (i) => tokens[i]! });
}

/** Parses cleaned lines, classifying each once, in one pass. Same result as parseTokens(tokenize(lines)). */
export function parseLines(lines: readonly string[]): RapSheet {
  // A slot per line (cheaper than a Map on this hot path); released slots are cleared so
  // tokens still die young.
  const ahead: (Token | undefined)[] = new Array(lines.length);
  return parseTokenSource({
    length: lines.length,
    at(i) {
      return (ahead[i] ??= classify(lines[i]!, i + 1));
    },
    release: (i) => void (ahead[i] = undefined),
  });
}

function parseTokenSource(source: TokenSource): RapSheet {
  const s = new ParseState();

  // Look-ahead for the cycle delimiter decision: the next token that is not blank, and the next
  // that is neither blank nor stars. Memoised so runs of blank lines are scanned once (linear).
  const n = source.length;
  const scan = (skip: (k: Token['kind']) => boolean) => {
    let from = -1;
    let to = -1;
    return (i: number): Token | undefined => {
      let j = from <= i && i < to ? to : i + 1;
      while (j < n && skip(source.at(j).kind)) j++;
      from = i;
      to = j;
      return j < n ? source.at(j) : undefined;
    };
  };
  const nextNonBlank = scan((k) => k === 'blank');
  const nextSignificant = scan((k) => k === 'blank' || k === 'stars');
  let prevNonBlank: Token | null = null;

  let i = 0;
  for (; i < n && !s.complete; i++) {
    const tok = source.at(i);
    source.release?.(i);
    if (tok.kind === 'blank') {
      s.gap = true;
      continue;
    }

    if (s.inHeader) {
      switch (tok.kind) {
        case 'subject':
          readSubjectLine(s, tok);
          prevNonBlank = tok;
          continue;
        case 'nameCont':
          readNameContinuation(s, tok);
          prevNonBlank = tok;
          continue;
        case 'text':
          readHeaderText(s, tok);
          prevNonBlank = tok;
          continue;
        case 'stars': {
          const next = nextNonBlank(i);
          const sig = nextSignificant(i);
          const frame = next?.kind === 'banner' || prevNonBlank?.kind === 'banner';
          const startsEntry =
            sig !== undefined && (sig.kind === 'event' || sig.kind === 'date' || sig.kind === 'nam' || sig.kind === 'count');
          if (!frame && (startsEntry || (s.seenNames && tok.count <= 8))) s.newCycle(tok.line);
          prevNonBlank = tok;
          continue;
        }
        case 'event':
        case 'count':
          // Missing cycle delimiter before the first cycle: start one anyway.
          s.newCycle(tok.line);
          break;
        case 'end':
          s.complete = true;
          continue;
        default:
          prevNonBlank = tok;
          continue;
      }
    }

    switch (tok.kind) {
      case 'stars': {
        const next = nextNonBlank(i);
        if (next?.kind === 'banner' || prevNonBlank?.kind === 'banner') break; // banner frame
        s.newCycle(tok.line);
        break;
      }
      case 'banner':
        if (tok.strike && s.cycle) s.cycle.strike = true;
        break;
      case 'end':
        s.closeCycle();
        s.complete = true;
        break;
      case 'dashes':
        s.closeEvent();
        s.dashesSinceEvent = true;
        break;
      case 'event':
        readEventLine(s, tok);
        break;
      case 'nam':
        readEntryName(s, tok);
        break;
      case 'subject':
        readEntrySubjectLine(s, tok);
        break;
      case 'date':
        readEntryDate(s, tok);
        break;
      case 'count': {
        if (!s.event) s.ensureEvent(tok.line, 'count');
        s.newCount(tok.line, tok.start, tok.end, tok.caseNumber);
        if (tok.rest) readDetailLine(s, tok.rest);
        break;
      }
      case 'caseNumber':
        if (s.count && !s.count.caseNumber) s.count.caseNumber = tok.value;
        break;
      case 'flags':
        readFlags(s, tok);
        break;
      case 'sentencing1170':
        if (s.count) s.count.flags.push('1170(H) PC-SENTENCING');
        break;
      case 'arrestBy':
        if (s.count) s.count.arrestBy = tok.text;
        break;
      case 'warrant':
        if (s.count) s.count.warrant = tok.text;
        else if (s.event) s.event.comments.push(tok.text);
        break;
      case 'nameCont':
        readText(s, `${tok.code} ${tok.name}`, tok.line);
        break;
      default:
        readDetailLine(s, tok);
    }
    // After the token is handled, so a CNT: or entry line never extends the one before it.
    if (tok.kind !== 'stars' && tok.kind !== 'end' && tok.kind !== 'dashes' && tok.kind !== 'banner') s.touch(tok.line);
    prevNonBlank = tok;
  }

  s.closeCycle();
  const lastLine = n;
  if (s.complete) {
    const after = entryAfterEnd(source, i);
    if (after) s.warn(after.line, 'entries after END OF MESSAGE were not read');
  } else if (s.cycles.length) {
    s.warn(lastLine, 'no END OF MESSAGE line: the transcript may be cut short');
  }

  const { subject, cycles, warnings, complete } = s;
  subject.cii = subjectCii(s.ciis);

  const eventCount = cycles.reduce((a, c) => a + c.events.length, 0);
  const countTotal = cycles.reduce((a, c) => a + c.events.reduce((b, e) => b + e.counts.length, 0), 0);
  const isRapSheet =
    (eventCount > 0 && countTotal > 0) || (!!subject.cii && subject.names.length > 0) || (eventCount > 0 && complete);
  if (!isRapSheet) {
    warnings.unshift({
      line: 1,
      message: 'this text does not look like a California RAP sheet (no CII/ and NAM/ block, no entries with CNT: counts)',
    });
  }
  if (s.dropped) warnings.push({ line: lastLine, message: `${s.dropped} more warnings not shown` });
  return { isRapSheet, subject, cycles, warnings, complete };
}

function entryAfterEnd(source: TokenSource, from: number): Token | null {
  for (let i = from; i < source.length; i++) {
    const t = source.at(i);
    source.release?.(i);
    if (t.kind === 'event' || t.kind === 'count') return t;
  }
  return null;
}
