import type { Client } from '../model';
import type { RapSubject } from './types';

/** Upper-case letters only, accents dropped: "Alvarado Ortiz" and "ALVARADO-ORTIZ" compare equal word by word. */
const words = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter((w) => w.length > 1);

/**
 * Why a RAP sheet may not be the client's: a different date of birth or CII, or no name on the
 * sheet that shares a word with the client's last name or other names. Empty when nothing
 * disagrees (or the client's fields are still empty). Shown beside the "this is the client's
 * record" confirmation; it never blocks it, since names and DOBs on RAP sheets do vary.
 */
export function subjectMismatches(subject: RapSubject, client: Pick<Client, 'dob' | 'cii' | 'lastName' | 'aliases'>): string[] {
  const out: string[] = [];
  if (client.dob && subject.dob && client.dob !== subject.dob && !subject.otherDobs.includes(client.dob)) {
    out.push(`The sheet's date of birth (${subject.dob}) is not the client's (${client.dob}).`);
  }
  const cii = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (client.cii && subject.cii && cii(client.cii) !== cii(subject.cii)) {
    out.push(`The sheet's CII (${subject.cii}) is not the client's (${client.cii}).`);
  }
  const known = new Set([client.lastName, ...client.aliases].flatMap(words));
  if (known.size && subject.names.length && !subject.names.some((n) => words(n.name).some((w) => known.has(w)))) {
    out.push(`No name on the sheet (${subject.names.map((n) => n.name).join('; ')}) matches the client's last name or other names.`);
  }
  return out;
}
