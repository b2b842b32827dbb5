import type { Client } from '../model';
import { titleCase } from './agency';
import type { RapSubject } from './types';

/** Client fields from the sheet's identification block: names, aliases and description. */

const EYES: Record<string, string> = {
  BLK: 'Black', BLU: 'Blue', BRO: 'Brown', GRY: 'Gray', GRN: 'Green', HAZ: 'Hazel', MAR: 'Maroon', MUL: 'Multicolored', PNK: 'Pink',
};
const HAIR: Record<string, string> = {
  BAL: 'Bald', BLK: 'Black', BLN: 'Blond', BLU: 'Blue', BRO: 'Brown', GRY: 'Gray', GRN: 'Green', ONG: 'Orange', PLE: 'Purple',
  PNK: 'Pink', RED: 'Red', SDY: 'Sandy', WHI: 'White',
};

/** "DOE,JANE MARIE" -> { lastName: 'Doe', firstName: 'Jane', middleName: 'Marie' }. */
export function splitName(name: string): { firstName: string; middleName: string; lastName: string } {
  const m = /^([^,]+),\s*(.*)$/.exec(name.trim());
  if (!m) return { firstName: '', middleName: '', lastName: titleCase(name.trim()) };
  const [first = '', ...middle] = m[2]!.trim().split(/\s+/);
  return { lastName: titleCase(m[1]!.trim()), firstName: titleCase(first), middleName: titleCase(middle.join(' ')) };
}

function displayName(name: string): string {
  const { firstName, middleName, lastName } = splitName(name);
  const given = [firstName, middleName].filter(Boolean).join(' ');
  return given ? `${lastName}, ${given}` : lastName;
}

/** HGT/504 -> 5'04". */
function height(raw: string): string {
  const m = /^(\d)(\d{2})$/.exec(raw);
  return m ? `${m[1]}'${m[2]}"` : raw;
}

export function clientFields(s: RapSubject): Partial<Client> {
  const out: Partial<Client> = {};
  const primary = s.names[0]?.name;
  if (primary) Object.assign(out, splitName(primary));
  const aliases: string[] = [];
  const primaryDisplay = primary ? displayName(primary) : '';
  for (const n of s.names.slice(1)) {
    const d = displayName(n.name);
    if (d && d !== primaryDisplay && !aliases.includes(d)) aliases.push(d);
  }
  if (aliases.length) out.aliases = aliases;
  if (s.dob) out.dob = s.dob;
  if (s.sex === 'F' || s.sex === 'M' || s.sex === 'X') out.sex = s.sex;
  if (s.cii) out.cii = s.cii;
  if (s.placeOfBirth) out.placeOfBirth = s.placeOfBirth;
  if (s.height) out.height = height(s.height);
  if (s.weight) out.weight = s.weight;
  if (s.eyes) out.eyeColor = EYES[s.eyes] ?? s.eyes;
  if (s.hair) out.hairColor = HAIR[s.hair] ?? s.hair;
  if (s.driversLicenses[0]) out.driversLicense = s.driversLicenses[0];
  return out;
}
