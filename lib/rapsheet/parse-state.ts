import { emptyCount, finishCounts, needsCharge } from './parse-count';
import { emptySubject } from './parse-subject';
import type { Token } from './tokenize';
import type {
  RapCount,
  RapCycle,
  RapDisposition,
  RapEvent,
  RapEventKind,
  RapNote,
  RapSentence,
  RapSubject,
  RapUpdate,
  RapWarning,
} from './types';
import { EVENT_LABEL, pad } from './warning-text';

const MAX_WARNINGS = 500;

/** The token of one kind, for the stage functions that handle it. */
export type TokenOf<K extends Token['kind']> = Extract<Token, { kind: K }>;

/** Continuation of a multi-line item: what the next plain text line may extend. */
export type Continuation = 'charge' | 'sentence' | 'comment' | 'dispo' | 'names' | null;

/**
 * What the single pass over the tokens carries from line to line: the sheet built so far, the
 * open cycle, entry, count and dated update, and what a following text line may continue.
 * The stage modules (parse-subject, parse-event, parse-count, parse-dispo, parse-text,
 * parse-detail) read and set these fields; items are opened and closed only through the
 * methods here, because closing one closes everything inside it and runs the checks that
 * need the whole item.
 */
export class ParseState {
  readonly warnings: RapWarning[] = [];
  /** Warnings past MAX_WARNINGS, reported as one line at the end. */
  dropped = 0;
  readonly subject: RapSubject = emptySubject();
  /** Every CII/ value in the header, in order; the subject's is chosen at the end (subjectCii). */
  readonly ciis: string[] = [];
  readonly cycles: RapCycle[] = [];

  cycle: RapCycle | null = null;
  event: RapEvent | null = null;
  count: RapCount | null = null;
  update: RapUpdate | null = null;
  lastDispo: RapDisposition | null = null;

  /** END OF MESSAGE was read. */
  complete = false;
  /** Still in the identification block, before the first cycle. */
  inHeader = true;
  seenNames = false;
  /** A - - - - line came after the last entry identifier (see readEventLine). */
  dashesSinceEvent = false;

  cont: Continuation = null;
  /** A blank line came after the item in `cont`. */
  gap = false;
  /** The SEN: text so far and where its parse is stored, for sentences that wrap. */
  sentenceRaw = '';
  setSentence: ((sentence: RapSentence) => void) | null = null;
  /** The list the last COM: line went to, for comments that wrap. */
  commentList: string[] | null = null;

  warn(line: number, message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ line, message });
    else this.dropped++;
  }

  /** Extends the line range of every open item to `line`. */
  touch(line: number): void {
    if (this.cycle) this.cycle.lines[1] = line;
    if (this.event) this.event.lines[1] = line;
    if (this.count) this.count.lines[1] = line;
    if (this.update) this.update.lines[1] = line;
  }

  closeUpdate(): void {
    this.update = null;
  }

  closeCount(): void {
    this.closeUpdate();
    const c = this.count;
    const event = this.event;
    if (!c || !event) {
      this.count = null;
      return;
    }
    if (c.charge?.seeComment) {
      this.warn(c.charge.line, `count ${pad(c.number)} says SEE COMMENT FOR CHARGE but no COM: CHRG- line gives the charge`);
    } else if (!c.charge && needsCharge(event.kind)) {
      this.warn(c.lines[0], `count ${pad(c.number)} of the ${EVENT_LABEL[event.kind]} entry has no charge line`);
    }
    this.count = null;
    this.lastDispo = null;
    this.cont = null;
  }

  closeEvent(): void {
    this.closeCount();
    const e = this.event;
    if (!e) return;
    if (!e.date) this.warn(e.lines[0], `${EVENT_LABEL[e.kind]} entry has no readable date line`);
    if (!e.counts.length && e.kind !== 'deceased' && e.kind !== 'other') {
      this.warn(e.lines[0], `${EVENT_LABEL[e.kind]} entry has no counts (CNT:)`);
    }
    finishCounts(e);
    this.event = null;
  }

  closeCycle(): void {
    this.closeEvent();
    if (this.cycle) this.cycle.date = this.cycle.events.find((e) => e.date)?.date ?? '';
    this.cycle = null;
  }

  newCycle(line: number): void {
    this.closeCycle();
    this.inHeader = false;
    const cycle: RapCycle = { date: '', strike: false, events: [], lines: [line, line] };
    this.cycle = cycle;
    this.cycles.push(cycle);
  }

  newEvent(kind: RapEventKind, label: string, line: number): RapEvent {
    if (!this.cycle) this.newCycle(line);
    this.closeEvent();
    const e: RapEvent = {
      kind,
      label,
      nameCode: '',
      dob: '',
      date: '',
      agency: '',
      toc: '',
      counts: [],
      comments: [],
      notes: [],
      lines: [line, line],
    };
    this.cycle!.events.push(e);
    this.event = e;
    this.dashesSinceEvent = false;
    return e;
  }

  /** The open entry, or a new one of unknown type when a line needs an entry and none is open. */
  ensureEvent(line: number, what: string): RapEvent {
    if (this.event) return this.event;
    this.warn(line, `${what} before any entry identifier (ARR/DET/CITE, COURT ...); read as an entry of unknown type`);
    return this.newEvent('unknown', '', line);
  }

  /** Opens count `start` (or `start`-`end`, CNT:01-03); an unreadable number follows the previous count. */
  newCount(line: number, start: number | null, end: number | null, caseNumber: string): RapCount {
    const e = this.event ?? this.ensureEvent(line, 'count');
    this.closeCount();
    const prev = e.counts[e.counts.length - 1];
    const prevLast = prev ? (prev.range ? prev.range[1] : prev.number) : 0;
    let number = start ?? prevLast + 1;
    if (start === null) this.warn(line, `count number unreadable; read as count ${pad(number)}`);
    let range: [number, number] | null = null;
    if (end !== null) {
      if (end > number && end - number < 100) range = [number, end];
      else if (end !== number) this.warn(line, `count range ${pad(number)}-${pad(end)} is not readable; read as one count`);
    }
    if (number < 0) number = prevLast + 1;
    const c = emptyCount(number, range, caseNumber, line);
    e.counts.push(c);
    this.count = c;
    this.lastDispo = null;
    this.cont = null;
    return c;
  }

  /** The open count, or a new one when a count line (DISPO:, SEN: ...) comes with no CNT: before it. */
  ensureCount(line: number, what: string): RapCount {
    if (this.count) return this.count;
    const e = this.event ?? this.ensureEvent(line, what);
    this.warn(line, `${what} outside a count (no CNT: line) in the ${EVENT_LABEL[e.kind]} entry; read as a new count`);
    return this.newCount(line, null, null, '');
  }

  /** Relief notes belong to the open count, or to the entry when none is open. */
  addNote(note: RapNote | null): void {
    if (!note) return;
    if (this.count) this.count.notes.push(note);
    else if (this.event) this.event.notes.push(note);
  }

  /** The date a note without its own date gets: the dated update it is in, else the entry's. */
  currentDate(): string {
    return this.update?.date || this.event?.date || '';
  }
}
