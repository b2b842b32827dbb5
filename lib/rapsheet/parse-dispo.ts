import { parseCommentCharge } from './charge';
import { makeDisposition, severityOf } from './disposition';
import type { ParseState, TokenOf } from './parse-state';
import { parseRapDate } from './rap-date';
import { parseSentence } from './sentence';
import type { RapNote } from './types';
import { clip } from './warning-text';

/**
 * What the court and later updates say about a count: DISPO:, CONV STATUS:, SEN: and COM:
 * lines, and the relief notes found in them (california-law.md 6.2 and 6.5). Inside a dated
 * update (a date line under a count) dispositions go to the update, not the count.
 */

/** "RELIEF GRANTED" (PC 1203.425) and "ARREST RELIEF GRANTED" (PC 851.93, 851.91): california-law.md 6.5, R37-R38. */
export function reliefNote(text: string, line: number, date: string): RapNote | null {
  if (!text.includes('RELIEF')) return null;
  const m = /\b(ARREST\s+)?RELIEF\s+GRANTED\b/.exec(text);
  if (!m) return null;
  const arrest = !!m[1];
  const sec = /\b(1203\.4\d*[A-Z]?|851\.\d+|\d{3,5}\.\d+)\b/.exec(text);
  const inline = /\b(\d{8})\b/.exec(text);
  const inlineDate = inline ? parseRapDate(inline[1]!) : '';
  return {
    kind: arrest ? 'arrest-relief-granted' : 'relief-granted',
    date: inlineDate || date,
    section: sec?.[1] ?? (arrest ? '851.93' : '1203.425'),
    text: text.replace(/\s+/g, ' ').trim(),
    line,
  };
}

export function readDispo(s: ParseState, text: string, line: number): void {
  const c = s.ensureCount(line, 'DISPO:');
  const d = makeDisposition(text, line);
  if (s.update) s.update.dispositions.push(d);
  else c.dispositions.push(d);
  if (c.severity && !d.severity && d.type === 'convicted') d.severity = c.severity;
  s.lastDispo = d;
  s.cont = 'dispo';
  s.gap = false;
  s.addNote(reliefNote(d.text, line, s.currentDate()));
}

/** CONV STATUS: gives the level of the disposition above it, or of the count when there is none. */
export function readConvStatus(s: ParseState, tok: TokenOf<'convStatus'>): void {
  const sev = severityOf(tok.text);
  const update = s.update;
  const target = s.lastDispo ?? (update && update.dispositions[update.dispositions.length - 1]);
  if (target) {
    target.convStatus = tok.text.trim();
    target.severity = sev;
  } else if (s.count) s.count.severity = sev;
  else s.warn(tok.line, 'CONV STATUS outside a count ignored');
  if (!sev) s.warn(tok.line, `CONV STATUS "${clip(tok.text)}" is not FELONY, MISDEMEANOR or INFRACTION`);
  s.cont = null;
}

/** SEN: belongs to the disposition above it, or to the count when there is none. */
export function readSentence(s: ParseState, tok: TokenOf<'sentence'>): void {
  const c = s.count ?? s.ensureCount(tok.line, 'SEN:');
  const d = s.lastDispo;
  s.sentenceRaw = tok.text;
  s.setSentence = d ? (sentence) => (d.sentence = sentence) : (sentence) => (c.sentence = sentence);
  s.setSentence(parseSentence(s.sentenceRaw));
  s.cont = 'sentence';
  s.gap = false;
}

/**
 * COM: goes to the innermost open item. Under a count it may name the real charge
 * ("CHRG-", R40) or carry the sentence ("SEN-X", "XSEN:") when no SEN: line did.
 */
export function readComment(s: ParseState, text: string, line: number): void {
  const list = s.update ? s.update.comments : s.count ? s.count.comments : s.event ? s.event.comments : null;
  if (!list) return;
  list.push(text);
  s.commentList = list;
  s.cont = 'comment';
  s.gap = false;
  s.addNote(reliefNote(text, line, s.currentDate()));
  const count = s.count;
  if (!count) return;
  const fromComment = parseCommentCharge(text, line);
  if (fromComment) {
    const old = count.charge;
    // R40: the comment names the actual charge.
    if (!old || old.seeComment || !old.section || old.section !== fromComment.section || old.code !== fromComment.code) {
      if (old && old.section) count.otherCharges.push(old);
      // Keep the printed description only when the printed line had no section of its own.
      const keep = old && !old.section ? old.description : '';
      count.charge = { ...fromComment, description: fromComment.description || keep };
      if (fromComment.attempted) count.attempted = true;
    }
  }
  const xsen = /\b(?:SEN\s*-?\s*X|XSEN\s*:)\s*(.+)$/.exec(text);
  const lastDispo = s.lastDispo;
  if (xsen && !count.sentence && !(lastDispo && lastDispo.sentence)) {
    const sentence = parseSentence(xsen[1]!);
    if (lastDispo) lastDispo.sentence = sentence;
    else count.sentence = sentence;
  }
}
