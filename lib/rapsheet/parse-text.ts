import { makeDisposition } from './disposition';
import { reliefNote } from './parse-dispo';
import type { ParseState } from './parse-state';
import { parseSentence } from './sentence';
import { clip } from './warning-text';

/**
 * A line with no tag of its own. DOJ wraps long charges, sentences, comments and dispositions
 * onto the next line, so such a line first continues the item before it; otherwise it is a
 * charge printed without section and code, or kept as extra text of the count or entry.
 */

// Ends mid-phrase (comma, slash, &, dash, PER, AND), so the next line must carry on with it: a
// wrapped charge or sentence ending so continues even past a blank line, a disposition only so.
const OPEN_END = /[,/&\-]\s*$|\bPER\s*$|\bAND\s*$/;

function endsOpen(s: string): boolean {
  return OPEN_END.test(s);
}

export function readText(s: ParseState, text: string, line: number): void {
  const canContinue = (item: string) => !s.gap || endsOpen(item);
  const count = s.count;
  if (s.cont === 'charge' && count?.charge && canContinue(count.charge.description)) {
    count.charge.description = `${count.charge.description} ${text}`.trim();
    s.gap = false;
    return;
  }
  if (s.cont === 'sentence' && s.setSentence && canContinue(s.sentenceRaw)) {
    s.sentenceRaw = `${s.sentenceRaw} ${text}`;
    s.setSentence(parseSentence(s.sentenceRaw));
    s.gap = false;
    return;
  }
  const commentList = s.commentList;
  if (s.cont === 'comment' && commentList && commentList.length && !s.gap) {
    commentList[commentList.length - 1] += ` ${text}`;
    return;
  }
  const lastDispo = s.lastDispo;
  if (s.cont === 'dispo' && lastDispo && endsOpen(lastDispo.text) && !s.gap) {
    lastDispo.text = `${lastDispo.text} ${text}`;
    Object.assign(lastDispo, makeDisposition(lastDispo.text, lastDispo.line), {
      severity: lastDispo.severity,
      convStatus: lastDispo.convStatus,
      sentence: lastDispo.sentence,
    });
    return;
  }
  s.addNote(reliefNote(text, line, s.currentDate()));
  if (count) {
    if (!count.charge && !count.dispositions.length && !s.update) {
      // A charge printed without section and code ("BUY/SELL ARTICLES W/IDENT REMOVED").
      count.charge = {
        code: '',
        section: '',
        description: text,
        attempted: false,
        level: '',
        fromComment: false,
        seeComment: false,
        line,
      };
      s.cont = 'charge';
      s.gap = false;
      return;
    }
    count.extra.push(text);
    return;
  }
  if (s.event) {
    s.event.comments.push(text);
    return;
  }
  if (s.cycle) s.warn(line, `unrecognised text in a cycle before any entry: "${clip(text)}"`);
}
