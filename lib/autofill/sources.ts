/**
 * The case fields a form can ask for, by name (`client.dob.month`, `attorney.barNumber`,
 * `filing.serviceContact` ...), and their values for one case. Pure: no DOM, no zod.
 * Names the model lacks are mapped to the nearest field the case has (mailing address and
 * designee: see `SOURCE_NOTES`).
 */
import type { CaseBody } from '../model';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Where a source's value comes from when the model has no field of that name. */
export const SOURCE_NOTES: Record<string, string> = {
  'client.mailing': 'the case keeps one client address; mailing fields take client.address',
  designee: 'the designee who receives a copy is the attorney on the case',
  'client.maidenName': 'the case has no maiden-name field',
};

const digits = (s: string) => s.replace(/\D/g, '');

function heightParts(h: string): { feet: string; inches: string } {
  const m = /(\d)\s*(?:'|ft|feet|-)\s*(\d{1,2})?/.exec(h) ?? /^(\d)(\d{2})$/.exec(h.trim());
  return m ? { feet: m[1]!, inches: String(Number(m[2] ?? '0')) } : { feet: '', inches: '' };
}

function phoneParts(p: string): { area: string; prefix: string; line: string } {
  const d = digits(p).replace(/^1(?=\d{10}$)/, '');
  return d.length === 10 ? { area: d.slice(0, 3), prefix: d.slice(3, 6), line: d.slice(6) } : { area: '', prefix: '', line: '' };
}

const initials = (...names: string[]) =>
  names
    .filter(Boolean)
    .map((n) => `${[...n.trim()][0]?.toUpperCase() ?? ''}.`)
    .join(' ');

/** The attorney's name is one string: "Priya N. Castellanos" → first, middle, last. */
function nameParts(name: string): { first: string; middle: string; last: string } {
  const parts = name.replace(/,?\s+(jr|sr|ii|iii|iv|esq)\.?$/i, '').trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { first: parts[0] ?? '', middle: '', last: '' };
  return { first: parts[0]!, middle: parts.slice(1, -1).join(' '), last: parts[parts.length - 1]! };
}

/** The agency to serve: the one for the court's county, else the only one. */
function servedAgency(c: CaseBody): string {
  const county = c.court.county.toLowerCase();
  const match = c.prosecutingAgencies.find((a) => county && a.county.toLowerCase() === county);
  return match?.name ?? (c.prosecutingAgencies.length === 1 ? c.prosecutingAgencies[0]!.name : '');
}

/** Every source's value for a case, '' when the case does not have it. */
export function caseValues(c: CaseBody): Record<string, string> {
  const cl = c.client;
  const at = c.attorney;
  const [y = '', m = '', d = ''] = cl.dob ? cl.dob.split('-') : [];
  const h = heightParts(cl.height);
  const ph = phoneParts(cl.phone);
  const aph = phoneParts(at.phone);
  const full = [cl.firstName, cl.middleName, cl.lastName].filter(Boolean).join(' ');
  const v: Record<string, string> = {
    'client.firstName': cl.firstName,
    'client.middleName': cl.middleName,
    'client.middleInitial': cl.middleName ? [...cl.middleName][0]!.toUpperCase() : '',
    'client.lastName': cl.lastName,
    'client.fullName': full,
    'client.lastFirst': cl.lastName ? `${cl.lastName}, ${[cl.firstName, cl.middleName].filter(Boolean).join(' ')}` : full,
    'client.initials': initials(cl.firstName, cl.middleName, cl.lastName),
    'client.aliases': cl.aliases.join('; '),
    'client.maidenName': '',
    'client.dob': cl.dob,
    'client.dob.month': m,
    'client.dob.day': d,
    'client.dob.year': y,
    'client.sex': cl.sex,
    'client.height': cl.height,
    'client.height.feet': h.feet,
    'client.height.inches': h.inches,
    'client.weight': digits(cl.weight),
    'client.eyeColor': cl.eyeColor,
    'client.hairColor': cl.hairColor,
    'client.placeOfBirth': cl.placeOfBirth,
    'client.driversLicense': cl.driversLicense,
    'client.cii': cl.cii,
    'client.phone': cl.phone,
    'client.phone.area': ph.area,
    'client.phone.prefix': ph.prefix,
    'client.phone.line': ph.line,
    'client.email': cl.email,
    'client.address.street': cl.address.street,
    'client.address.city': cl.address.city,
    'client.address.state': cl.address.state,
    'client.address.zip': cl.address.zip,
    'attorney.name': at.name,
    'attorney.fullName': at.name,
    'attorney.firstName': nameParts(at.name).first,
    'attorney.middleName': nameParts(at.name).middle,
    'attorney.lastName': nameParts(at.name).last,
    'attorney.barNumber': at.barNumber,
    'attorney.firm': at.firm,
    'attorney.phone': at.phone,
    'attorney.phone.area': aph.area,
    'attorney.phone.prefix': aph.prefix,
    'attorney.phone.line': aph.line,
    'attorney.email': at.email,
    'attorney.address.street': at.address.street,
    'attorney.address.city': at.address.city,
    'attorney.address.state': at.address.state,
    'attorney.address.zip': at.address.zip,
    'court.caseNumber': c.court.caseNumber,
    'court.county': c.court.county,
    'court.name': c.court.name,
    'court.department': c.court.department,
    // A 236.14 petition: what the e-filing pickers are searched for.
    'filing.code': '236.14',
    'filing.documentType': 'Petition',
    'filing.documentTitle': 'Petition to Vacate Convictions and Arrests (Pen. Code, § 236.14)',
    'filing.onBehalfOf': cl.lastName ? `${cl.lastName}, ${cl.firstName}`.trim() : full,
    'filing.serviceContact': servedAgency(c),
    'filing.feeWaiver': 'true',
  };
  return v;
}

/** Formats an ISO date: tokens YYYY, YY, MM, DD, M, D; anything else is kept. */
export function formatDate(iso: string, format: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return format.replace(/YYYY|YY|MM|DD|M|D/g, (t) =>
    t === 'YYYY' ? y : t === 'YY' ? y.slice(2) : t === 'MM' ? mo : t === 'DD' ? d : t === 'M' ? String(Number(mo)) : String(Number(d)),
  );
}
