import { readSeeComment, setCharge } from './parse-count';
import { readComment, readConvStatus, readDispo, readSentence } from './parse-dispo';
import type { ParseState } from './parse-state';
import { readText } from './parse-text';
import type { Token } from './tokenize';

/**
 * The lines inside an entry that fill in its counts: charges, dispositions, sentences,
 * comments. Also reads the rest of a CNT: or date line when DOJ printed one of these on it.
 */
export function readDetailLine(s: ParseState, tok: Token): void {
  switch (tok.kind) {
    case 'dispo':
      readDispo(s, tok.text, tok.line);
      return;
    case 'convStatus':
      readConvStatus(s, tok);
      return;
    case 'sentence':
      readSentence(s, tok);
      return;
    case 'comment':
      readComment(s, tok.text, tok.line);
      return;
    case 'charge':
      if (!s.count) s.ensureCount(tok.line, 'charge line');
      setCharge(s, tok.charge);
      return;
    case 'text':
      readText(s, tok.text, tok.line);
      return;
    case 'toc':
      if (s.count) s.count.toc = tok.value;
      else if (s.event) s.event.toc = tok.value;
      return;
    case 'seeComment':
      readSeeComment(s, tok);
      return;
    default:
      // Other kinds only appear as the rest of a line in odd layouts; treat their text plainly.
      if ('text' in tok && typeof tok.text === 'string') readText(s, tok.text, tok.line);
  }
}
