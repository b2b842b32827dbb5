import { parseCommentCharge } from './charge';
import { makeDisposition, severityOf } from './disposition';
import { parseRapDate } from './rap-date';
import { parseSentence } from './sentence';
import { classify, type Token } from './tokenize';
import type {
  RapCharge,
  RapCount,
  RapCycle,
  RapDisposition,
  RapEvent,
  RapEventKind,
  RapNote,
  RapSentence,
  RapSheet,
  RapSubject,
  RapUpdate,
  RapWarning,
} from './types';

/**
 * Stage 3: one pass over the tokens, building subject, cycles, events, counts, dispositions
 * and dated updates (california-law.md 6.2, rules R33-R42 of 9.4). It never throws on
 * content: whatever does not fit becomes a warning that cites the line, and parsing goes on.
 */

const MAX_WARNINGS = 500;
const AGENCY_LEAD = /^[.'\s]+/;
const WS_RUN = /\s+/g;
const ARREST_KINDS: ReadonlySet<RapEventKind> = new Set(['arrest', 'supplemental-arrest']);
const EVENT_LABEL: Record<RapEventKind, string> = {
  arrest: 'ARR/DET/CITE',
  'supplemental-arrest': 'SUPPLEMENTAL ARR',
  court: 'COURT',
  custody: 'CUSTODY',
  probation: 'PROBATION',
  registration: 'REGISTRATION',
  applicant: 'APPLICANT',
  'mental-health': 'MENTAL HLTH',
  deceased: 'DECEASED',
  other: 'OTHER',
  unknown: 'entry',
};

export function emptySubject(): RapSubject {
  return {
    cii: '',
    dob: '',
    otherDobs: [],
    sex: '',
    race: '',
    height: '',
    weight: '',
    eyes: '',
    hair: '',
    placeOfBirth: '',
    names: [],
    driversLicenses: [],
    fbi: '',
    other: {},
    lines: null,
  };
}

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

const OPEN_END = /[,/&\-]\s*$|\bPER\s*$|\bAND\s*$/;

function endsOpen(s: string): boolean {
  return OPEN_END.test(s);
}

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
  const ahead = new Map<number, Token>();
  return parseTokenSource({
    length: lines.length,
    at(i) {
      let t = ahead.get(i);
      if (!t) {
        t = classify(lines[i]!, i + 1);
        ahead.set(i, t);
      }
      return t;
    },
    release: (i) => void ahead.delete(i),
  });
}

function parseTokenSource(source: TokenSource): RapSheet {
  const warnings: RapWarning[] = [];
  let dropped = 0;
  const warn = (line: number, message: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ line, message });
    else dropped++;
  };

  const subject = emptySubject();
  const ciis: string[] = [];
  const cycles: RapCycle[] = [];
  let cycle = null as RapCycle | null;
  let event = null as RapEvent | null;
  let count = null as RapCount | null;
  let update = null as RapUpdate | null;
  let lastDispo = null as RapDisposition | null;
  let complete = false;
  let inHeader = true;
  let seenNames = false;
  let dashesSinceEvent = false;

  // Continuation of a multi-line item: what the next plain text line may extend.
  type Cont = 'charge' | 'sentence' | 'comment' | 'dispo' | 'names' | null;
  let cont: Cont = null;
  let gap = false;
  let sentenceRaw = '';
  let setSentence: ((s: RapSentence) => void) | null = null;
  let commentList: string[] | null = null;

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

  const touch = (line: number) => {
    if (cycle) cycle.lines[1] = line;
    if (event) event.lines[1] = line;
    if (count) count.lines[1] = line;
    if (update) update.lines[1] = line;
  };

  const closeUpdate = () => {
    update = null;
  };

  const closeCount = () => {
    closeUpdate();
    if (!count || !event) {
      count = null;
      return;
    }
    const c: RapCount = count;
    if (c.charge?.seeComment) {
      warn(c.charge.line, `count ${pad(c.number)} says SEE COMMENT FOR CHARGE but no COM: CHRG- line gives the charge`);
    } else if (!c.charge && needsCharge(event.kind)) {
      warn(c.lines[0], `count ${pad(c.number)} of the ${EVENT_LABEL[event.kind]} entry has no charge line`);
    }
    count = null;
    lastDispo = null;
    cont = null;
  };

  const closeEvent = () => {
    closeCount();
    if (!event) return;
    const e: RapEvent = event;
    if (!e.date) warn(e.lines[0], `${EVENT_LABEL[e.kind]} entry has no readable date line`);
    if (!e.counts.length && e.kind !== 'deceased' && e.kind !== 'other') {
      warn(e.lines[0], `${EVENT_LABEL[e.kind]} entry has no counts (CNT:)`);
    }
    // Counts after the first share its case number unless they print their own.
    let caseNumber = '';
    for (const c of e.counts) {
      if (c.caseNumber) caseNumber = c.caseNumber;
      else c.caseNumber = caseNumber;
    }
    // CNT:01-03 is three counts sharing one charge line (R39).
    if (e.counts.some((c) => c.range)) {
      const expanded: RapCount[] = [];
      for (const c of e.counts) {
        if (!c.range) {
          expanded.push(c);
          continue;
        }
        const [from, to] = c.range;
        for (let k = from; k <= to; k++) expanded.push(k === from ? c : { ...structuredClone(c), number: k });
      }
      e.counts = expanded;
    }
    event = null;
  };

  const closeCycle = () => {
    closeEvent();
    if (cycle) cycle.date = cycle.events.find((e) => e.date)?.date ?? '';
    cycle = null;
  };

  const newCycle = (line: number) => {
    closeCycle();
    inHeader = false;
    cycle = { date: '', strike: false, events: [], lines: [line, line] };
    cycles.push(cycle);
  };

  const newEvent = (kind: RapEventKind, label: string, line: number): RapEvent => {
    if (!cycle) newCycle(line);
    closeEvent();
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
    cycle!.events.push(e);
    event = e;
    dashesSinceEvent = false;
    return e;
  };

  const ensureEvent = (line: number, what: string): RapEvent => {
    if (event) return event;
    warn(line, `${what} before any entry identifier (ARR/DET/CITE, COURT ...); read as an entry of unknown type`);
    return newEvent('unknown', '', line);
  };

  const newCount = (line: number, start: number | null, end: number | null, caseNumber: string): RapCount => {
    const e = event ?? ensureEvent(line, 'count');
    closeCount();
    const prev = e.counts[e.counts.length - 1];
    const prevLast = prev ? (prev.range ? prev.range[1] : prev.number) : 0;
    let number = start ?? prevLast + 1;
    if (start === null) warn(line, `count number unreadable; read as count ${pad(number)}`);
    let range: [number, number] | null = null;
    if (end !== null) {
      if (end > number && end - number < 100) range = [number, end];
      else if (end !== number) warn(line, `count range ${pad(number)}-${pad(end)} is not readable; read as one count`);
    }
    if (number < 0) number = prevLast + 1;
    const c: RapCount = {
      number,
      range,
      caseNumber,
      flags: [],
      attempted: false,
      charge: null,
      otherCharges: [],
      toc: '',
      severity: '',
      sentence: null,
      arrestBy: '',
      warrant: '',
      comments: [],
      dispositions: [],
      updates: [],
      notes: [],
      extra: [],
      lines: [line, line],
    };
    e.counts.push(c);
    count = c;
    lastDispo = null;
    cont = null;
    return c;
  };

  const ensureCount = (line: number, what: string): RapCount => {
    if (count) return count;
    const e = event ?? ensureEvent(line, what);
    warn(line, `${what} outside a count (no CNT: line) in the ${EVENT_LABEL[e.kind]} entry; read as a new count`);
    return newCount(line, null, null, '');
  };

  const addNote = (note: RapNote | null) => {
    if (!note) return;
    if (count) count.notes.push(note);
    else if (event) event.notes.push(note);
  };

  const currentDate = () => update?.date || event?.date || '';

  const setCharge = (charge: RapCharge) => {
    const c = count!;
    if (!c.charge) c.charge = charge;
    else if (!c.charge.section && !c.charge.seeComment) {
      c.charge = { ...charge, description: charge.description || c.charge.description };
    } else c.otherCharges.push(charge);
    if (charge.attempted) c.attempted = true;
    cont = 'charge';
    gap = false;
  };

  const handleComment = (text: string, line: number) => {
    const list = update ? update.comments : count ? count.comments : event ? event.comments : null;
    if (!list) return;
    list.push(text);
    commentList = list;
    cont = 'comment';
    gap = false;
    addNote(reliefNote(text, line, currentDate()));
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
    if (xsen && !count.sentence && !(lastDispo && lastDispo.sentence)) {
      const s = parseSentence(xsen[1]!);
      if (lastDispo) lastDispo.sentence = s;
      else count.sentence = s;
    }
  };

  const handleDispo = (text: string, line: number) => {
    const c = ensureCount(line, 'DISPO:');
    const d = makeDisposition(text, line);
    if (update) update.dispositions.push(d);
    else c.dispositions.push(d);
    if (c.severity && !d.severity && d.type === 'convicted') d.severity = c.severity;
    lastDispo = d;
    cont = 'dispo';
    gap = false;
    addNote(reliefNote(d.text, line, currentDate()));
  };

  const handleDate = (tok: Extract<Token, { kind: 'date' }>) => {
    if (!tok.date) warn(tok.line, `date "${tok.raw}" is not a real calendar date`);
    const isDispo = tok.rest?.kind === 'dispo';
    if (event && !event.date && !event.counts.length && !isDispo) {
      event.date = tok.date;
      let agency = tok.text;
      if (agency.includes('TOC')) {
        agency = agency.replace(/\s+TOC\s*[:;]\s*([MFIN])\b.*$/, (_, t: string) => {
          event!.toc = t as RapEvent['toc'];
          return '';
        });
      }
      event.agency = agency.replace(AGENCY_LEAD, '').replace(WS_RUN, ' ').trim();
      cont = null;
      return;
    }
    if (count) {
      const u: RapUpdate = { date: tok.date, dispositions: [], comments: [], lines: [tok.line, tok.line] };
      count.updates.push(u);
      update = u;
      lastDispo = null;
      cont = null;
      if (tok.rest) handleToken(tok.rest);
      return;
    }
    if (event && isDispo) {
      ensureCount(tok.line, 'DISPO:');
      handleDate(tok);
      return;
    }
    if (event) {
      if (tok.date) warn(tok.line, 'date line before the first count of the entry ignored');
      return;
    }
    // A date line with no identifier: the identifier was lost or never printed.
    const e = ensureEvent(tok.line, 'date line');
    e.date = tok.date;
    e.agency = tok.text.replace(/\s+/g, ' ').trim();
  };

  const handleSubjectField = (tag: string, value: string, line: number) => {
    const v = value.trim();
    switch (tag) {
      case 'CII':
        if (v) ciis.push(v.split(/\s+/)[0]!);
        break;
      case 'DOB':
        for (const raw of v.split(/\s+/)) {
          const d = parseRapDate(raw);
          if (!d) {
            if (raw) warn(line, `date of birth "${raw}" is not a real calendar date`);
            continue;
          }
          if (!subject.dob) subject.dob = d;
          else if (d !== subject.dob && !subject.otherDobs.includes(d)) subject.otherDobs.push(d);
        }
        break;
      case 'SEX':
        if (!subject.sex && /^[A-Z]/.test(v)) subject.sex = v[0]!;
        break;
      case 'RAC':
        subject.race ||= v;
        break;
      case 'HGT':
        subject.height ||= v.split(/\s+/)[0] ?? '';
        break;
      case 'WGT':
        subject.weight ||= v.split(/\s+/)[0] ?? '';
        break;
      case 'EYE':
      case 'EYES':
        subject.eyes ||= v;
        break;
      case 'HAI':
      case 'HAIR':
        subject.hair ||= v;
        break;
      case 'POB':
        subject.placeOfBirth ||= v;
        break;
      case 'NAM': {
        const m = /^(\d{1,3})\s*(.*)$/.exec(v);
        if (m && m[2]) subject.names.push({ code: m[1]!, name: m[2].trim() });
        else if (v) subject.names.push({ code: pad(subject.names.length + 1), name: v });
        seenNames = true;
        cont = 'names';
        return;
      }
      case 'FBI':
        subject.fbi ||= v;
        break;
      case 'CDL':
        for (const x of v.split(/\s+/)) if (x && !subject.driversLicenses.includes(x)) subject.driversLicenses.push(x);
        break;
      case 'SOC':
        // Social security numbers are not kept: nothing downstream needs them (DESIGN.md 3).
        break;
      default:
        if (v) subject.other[tag] = subject.other[tag] ? `${subject.other[tag]}; ${v}` : v;
    }
    cont = null;
  };

  const handleText = (text: string, line: number) => {
    const canContinue = (s: string) => !gap || endsOpen(s);
    if (cont === 'charge' && count?.charge && canContinue(count.charge.description)) {
      count.charge.description = `${count.charge.description} ${text}`.trim();
      gap = false;
      return;
    }
    if (cont === 'sentence' && setSentence && canContinue(sentenceRaw)) {
      sentenceRaw = `${sentenceRaw} ${text}`;
      setSentence(parseSentence(sentenceRaw));
      gap = false;
      return;
    }
    if (cont === 'comment' && commentList && commentList.length && !gap) {
      commentList[commentList.length - 1] += ` ${text}`;
      return;
    }
    if (cont === 'dispo' && lastDispo && endsOpen(lastDispo.text) && !gap) {
      lastDispo.text = `${lastDispo.text} ${text}`;
      Object.assign(lastDispo, makeDisposition(lastDispo.text, lastDispo.line), {
        severity: lastDispo.severity,
        convStatus: lastDispo.convStatus,
        sentence: lastDispo.sentence,
      });
      return;
    }
    addNote(reliefNote(text, line, currentDate()));
    if (count) {
      if (!count.charge && !count.dispositions.length && !update) {
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
        cont = 'charge';
        gap = false;
        return;
      }
      count.extra.push(text);
      return;
    }
    if (event) {
      event.comments.push(text);
      return;
    }
    if (cycle) warn(line, `unrecognised text in a cycle before any entry: "${clip(text)}"`);
  };

  function handleToken(tok: Token): void {
    switch (tok.kind) {
      case 'dispo':
        handleDispo(tok.text, tok.line);
        return;
      case 'convStatus': {
        const sev = severityOf(tok.text);
        const target = lastDispo ?? (update && update.dispositions[update.dispositions.length - 1]);
        if (target) {
          target.convStatus = tok.text.trim();
          target.severity = sev;
        } else if (count) count.severity = sev;
        else warn(tok.line, 'CONV STATUS outside a count ignored');
        if (!sev) warn(tok.line, `CONV STATUS "${clip(tok.text)}" is not FELONY, MISDEMEANOR or INFRACTION`);
        cont = null;
        return;
      }
      case 'sentence': {
        const c = count ?? ensureCount(tok.line, 'SEN:');
        const d = lastDispo;
        sentenceRaw = tok.text;
        setSentence = d ? (s) => (d.sentence = s) : (s) => (c.sentence = s);
        setSentence(parseSentence(sentenceRaw));
        cont = 'sentence';
        gap = false;
        return;
      }
      case 'comment':
        handleComment(tok.text, tok.line);
        return;
      case 'charge':
        if (!count) ensureCount(tok.line, 'charge line');
        setCharge(tok.charge);
        return;
      case 'text':
        handleText(tok.text, tok.line);
        return;
      case 'toc':
        if (count) count.toc = tok.value;
        else if (event) event.toc = tok.value;
        return;
      case 'seeComment': {
        const c = count ?? ensureCount(tok.line, 'SEE COMMENT FOR CHARGE');
        if (!c.charge || !c.charge.fromComment) {
          c.charge = {
            code: '',
            section: '',
            description: '',
            attempted: false,
            level: '',
            fromComment: false,
            seeComment: true,
            line: tok.line,
          };
        }
        cont = null;
        return;
      }
      default:
        // Other kinds only appear as the rest of a line in odd layouts; treat their text plainly.
        if ('text' in tok && typeof tok.text === 'string') handleText(tok.text, tok.line);
    }
  }

  let i = 0;
  for (; i < n && !complete; i++) {
    const tok = source.at(i);
    source.release?.(i);
    if (tok.kind === 'blank') {
      gap = true;
      continue;
    }

    if (inHeader) {
      switch (tok.kind) {
        case 'subject':
          subject.lines = subject.lines ? [subject.lines[0], tok.line] : [tok.line, tok.line];
          for (const [tag, value] of tok.fields) handleSubjectField(tag, value, tok.line);
          prevNonBlank = tok;
          continue;
        case 'nameCont':
          if (cont === 'names') {
            subject.names.push({ code: tok.code, name: tok.name });
            if (subject.lines) subject.lines[1] = tok.line;
          }
          prevNonBlank = tok;
          continue;
        case 'text': {
          const m = cont === 'names' ? /^(\d{2,3})\s+(\S.*)$/.exec(tok.text) : null;
          if (m) {
            subject.names.push({ code: m[1]!, name: m[2]! });
            if (subject.lines) subject.lines[1] = tok.line;
          } else cont = null;
          prevNonBlank = tok;
          continue;
        }
        case 'stars': {
          const next = nextNonBlank(i);
          const sig = nextSignificant(i);
          const frame = next?.kind === 'banner' || prevNonBlank?.kind === 'banner';
          const startsEntry =
            sig !== undefined && (sig.kind === 'event' || sig.kind === 'date' || sig.kind === 'nam' || sig.kind === 'count');
          if (!frame && (startsEntry || (seenNames && tok.count <= 8))) newCycle(tok.line);
          prevNonBlank = tok;
          continue;
        }
        case 'event':
        case 'count':
          // Missing cycle delimiter before the first cycle: start one anyway.
          newCycle(tok.line);
          break;
        case 'end':
          complete = true;
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
        newCycle(tok.line);
        break;
      }
      case 'banner':
        if (tok.strike && cycle) cycle.strike = true;
        break;
      case 'end':
        closeCycle();
        complete = true;
        break;
      case 'dashes':
        closeEvent();
        dashesSinceEvent = true;
        break;
      case 'event': {
        // An arrest after a court or custody entry with no * * * * between them starts a new
        // incident: the cycle delimiter was lost (OCR) or never printed.
        if (
          tok.event === 'arrest' &&
          cycle &&
          cycle.events.some((e) => !ARREST_KINDS.has(e.kind)) &&
          !dashesSinceEvent
        ) {
          warn(tok.line, 'ARR/DET/CITE after a court or custody entry without a cycle delimiter (* * * *); read as a new cycle');
          newCycle(tok.line);
        }
        const e = newEvent(tok.event, tok.label, tok.line);
        e.nameCode = tok.nameCode;
        e.dob = tok.dob ? parseRapDate(tok.dob) : '';
        if (tok.rest?.kind === 'date') handleDate(tok.rest);
        break;
      }
      case 'nam':
        if (event && !event.date) {
          event.nameCode = tok.nameCode;
          if (tok.dob) event.dob = parseRapDate(tok.dob);
        }
        break;
      case 'subject':
        for (const [tag, value] of tok.fields) {
          if (tag === 'DOB' && event && !event.date) event.dob = parseRapDate(value.split(/\s+/)[0] ?? '');
        }
        break;
      case 'date':
        handleDate(tok);
        break;
      case 'count': {
        if (!event) ensureEvent(tok.line, 'count');
        newCount(tok.line, tok.start, tok.end, tok.caseNumber);
        if (tok.rest) handleToken(tok.rest);
        break;
      }
      case 'caseNumber':
        if (count && !count.caseNumber) count.caseNumber = tok.value;
        break;
      case 'flags': {
        const c = count ?? ensureCount(tok.line, 'flag line');
        for (const f of tok.flags) {
          c.flags.push(f);
          if (/^-\s?ATT?EMPT/.test(f)) c.attempted = true; // R41
        }
        break;
      }
      case 'sentencing1170':
        if (count) count.flags.push('1170(H) PC-SENTENCING');
        break;
      case 'arrestBy':
        if (count) count.arrestBy = tok.text;
        break;
      case 'warrant':
        if (count) count.warrant = tok.text;
        else if (event) event.comments.push(tok.text);
        break;
      case 'nameCont':
        handleText(`${tok.code} ${tok.name}`, tok.line);
        break;
      default:
        handleToken(tok);
    }
    // After the token is handled, so a CNT: or entry line never extends the one before it.
    if (tok.kind !== 'stars' && tok.kind !== 'end' && tok.kind !== 'dashes' && tok.kind !== 'banner') touch(tok.line);
    prevNonBlank = tok;
  }

  closeCycle();
  const lastLine = n;
  if (complete) {
    const after = entryAfterEnd(source, i);
    if (after) warn(after.line, 'entries after END OF MESSAGE were not read');
  } else if (cycles.length) {
    warn(lastLine, 'no END OF MESSAGE line: the transcript may be cut short');
  }

  // The subject's CII is the last one printed before the name block; earlier ones are
  // "being consolidated" notices. Prefer the letter-prefixed form (A12345678).
  subject.cii = ciis.filter((c) => /^[A-Z]\d{8}$/.test(c)).pop() ?? ciis[ciis.length - 1] ?? '';

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
  if (dropped) warnings.push({ line: lastLine, message: `${dropped} more warnings not shown` });
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

function needsCharge(kind: RapEventKind): boolean {
  return kind === 'arrest' || kind === 'supplemental-arrest' || kind === 'court' || kind === 'unknown';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
