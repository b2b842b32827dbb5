import type { ParseState, TokenOf } from './parse-state';
import { parseRapDate } from './rap-date';
import type { RapSubject } from './types';
import { pad } from './warning-text';

/**
 * The identification block before the first cycle: TAG/value fields (CII/, DOB/, NAM/ ...) and
 * the name list, whose later names may be printed on lines of their own ("02 DOE,JANE").
 */

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

/** A header line of TAG/value fields. */
export function readSubjectLine(s: ParseState, tok: TokenOf<'subject'>): void {
  const subject = s.subject;
  subject.lines = subject.lines ? [subject.lines[0], tok.line] : [tok.line, tok.line];
  for (const [tag, value] of tok.fields) readSubjectField(s, tag, value, tok.line);
}

/** A further name after NAM/, on a line of its own ("02 DOE,JANE"). */
export function readNameContinuation(s: ParseState, tok: TokenOf<'nameCont'>): void {
  if (s.cont !== 'names') return;
  s.subject.names.push({ code: tok.code, name: tok.name });
  if (s.subject.lines) s.subject.lines[1] = tok.line;
}

/** Plain text in the header: a further name while the name list is open, else it ends the list. */
export function readHeaderText(s: ParseState, tok: TokenOf<'text'>): void {
  const m = s.cont === 'names' ? /^(\d{2,3})\s+(\S.*)$/.exec(tok.text) : null;
  if (m) {
    s.subject.names.push({ code: m[1]!, name: m[2]! });
    if (s.subject.lines) s.subject.lines[1] = tok.line;
  } else s.cont = null;
}

function readSubjectField(s: ParseState, tag: string, value: string, line: number): void {
  const subject = s.subject;
  const v = value.trim();
  switch (tag) {
    case 'CII':
      if (v) s.ciis.push(v.split(/\s+/)[0]!);
      break;
    case 'DOB':
      for (const raw of v.split(/\s+/)) {
        const d = parseRapDate(raw);
        if (!d) {
          if (raw) s.warn(line, `date of birth "${raw}" is not a real calendar date`);
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
      s.seenNames = true;
      s.cont = 'names';
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
  s.cont = null;
}

/**
 * The subject's CII is the last one printed before the name block; earlier ones are
 * "being consolidated" notices. Prefer the letter-prefixed form (A12345678).
 */
export function subjectCii(ciis: readonly string[]): string {
  return ciis.filter((c) => /^[A-Z]\d{8}$/.test(c)).pop() ?? ciis[ciis.length - 1] ?? '';
}
