/**
 * The matcher: a field's evidence → the case field it takes, with a confidence and a reason.
 * ONE vocabulary for this domain, shared by portal autofill and (later) PDF forms: anything
 * with a label, a name and some nearby text can be matched with `matchField`.
 *
 * Two questions are answered separately, which keeps the vocabulary small and general:
 *  - WHAT is asked (last name, street, date of birth, bar number ...): strong tokens are
 *    matched against attributes (name / id words, autocomplete), weak words against the
 *    human-readable label text only;
 *  - WHOSE it is (the client, the attorney or designee, or someone we know nothing about such
 *    as an emergency contact or a card holder): from the label, the fieldset legend, the text
 *    before and the name words.
 */
import { words } from './text';

/** What `matchField` reads: a collected field, or a PDF form field with its nearby text. */
export interface FieldEvidence {
  kind: string;
  type?: string;
  tokens: string[];
  label: string;
  autocomplete?: string;
  placeholder?: string;
  before?: string;
  cell?: string;
  legend?: string;
  maxLength?: number;
  options?: { value: string; label: string }[];
}

export type Party = 'client' | 'attorney' | 'designee' | 'court' | 'other';

interface Attribute {
  /** The source for the client; `{p}` is replaced by the party (client / attorney). */
  source: string;
  /** Every word of one inner list present among the name/id tokens. */
  tokens?: string[][];
  autocomplete?: string[];
  /** Against label text (label, cell, placeholder; legend and text before count less). */
  label?: RegExp;
  /** Higher wins when two attributes match at the same strength. */
  weight: number;
  /** Only these parties (default: client, attorney, designee). */
  parties?: Party[];
  kinds?: string[];
}

const PERSON: Party[] = ['client', 'attorney', 'designee'];

/** The vocabulary. Order does not matter; `weight` breaks ties between attributes. */
export const VOCABULARY: Attribute[] = [
  { source: 'client.aliases', tokens: [['aka'], ['alias'], ['aliases'], ['other', 'names'], ['akas']], label: /\baka\b|\balias(es)?\b|other names?|also known as|names? used/i, weight: 9, parties: ['client'] },
  { source: 'client.maidenName', tokens: [['maiden']], label: /maiden|birth\s*name|name at birth/i, weight: 9, parties: ['client'] },
  { source: '{p}.lastName', tokens: [['last'], ['lname'], ['surname'], ['family', 'name'], ['lastname']], autocomplete: ['family-name'], label: /\b(last|family|sur)\s*name\b|\bsurname\b/i, weight: 8 },
  { source: '{p}.firstName', tokens: [['first'], ['fname'], ['given'], ['firstname']], autocomplete: ['given-name'], label: /\b(first|given)\s*name\b/i, weight: 8 },
  { source: '{p}.middleName', tokens: [['middle'], ['mname'], ['middlename']], autocomplete: ['additional-name'], label: /\bmiddle\s*(name|initial)?\b/i, weight: 8 },
  { source: 'client.dob', tokens: [['dob'], ['birth', 'date'], ['birthdate'], ['bday'], ['date', 'birth'], ['birthday']], autocomplete: ['bday'], label: /date\s*of\s*birth|birth\s*date|\bdob\b|born on|birthday/i, weight: 8, parties: ['client'] },
  { source: 'client.placeOfBirth', tokens: [['pob'], ['birthplace'], ['place', 'birth'], ['birth', 'state'], ['birth', 'country'], ['birth', 'place']], label: /place\s*of\s*birth|birth\s*place|born in|(state|country)\s*of\s*birth/i, weight: 10, parties: ['client'] },
  { source: 'client.sex', tokens: [['sex'], ['gender']], autocomplete: ['sex'], label: /\bsex\b|\bgender\b/i, weight: 8, parties: ['client'] },
  { source: 'client.height', tokens: [['height'], ['hgt'], ['ht']], label: /\bheight\b/i, weight: 8, parties: ['client'] },
  { source: 'client.weight', tokens: [['weight'], ['wt'], ['wgt'], ['lbs']], label: /\bweight\b/i, weight: 8, parties: ['client'] },
  { source: 'client.eyeColor', tokens: [['eye'], ['eyes'], ['eyecolor']], label: /\beyes?\b/i, weight: 8, parties: ['client'] },
  { source: 'client.hairColor', tokens: [['hair'], ['haircolor']], label: /\bhair\b/i, weight: 8, parties: ['client'] },
  { source: 'client.driversLicense', tokens: [['dl'], ['cdl'], ['driver'], ['drivers'], ['license'], ['licence'], ['dln']], label: /driver'?s?\s*licen[cs]e|\bd\.?l\.?\s*(number|no|#)|\bcdl\b|licen[cs]e\s*(number|no|#)|id\s*card\s*(number|no)/i, weight: 7, parties: ['client'] },
  { source: 'client.cii', tokens: [['cii']], label: /\bcii\b|identification and information/i, weight: 9, parties: ['client'] },
  { source: '{p}.phone', tokens: [['phone'], ['tel'], ['telephone'], ['mobile'], ['cell'], ['phonenumber']], autocomplete: ['tel', 'tel-national', 'tel-area-code', 'tel-local-prefix', 'tel-local-suffix', 'tel-local'], label: /phone|telephone|\btel\b|mobile|cell(ular)?\b/i, weight: 7 },
  { source: '{p}.email', tokens: [['email'], ['e', 'mail'], ['emailaddress']], autocomplete: ['email'], label: /e-?\s?mail/i, weight: 8 },
  { source: '{p}.address.zip', tokens: [['zip'], ['postal'], ['zipcode'], ['postcode'], ['zip', 'code']], autocomplete: ['postal-code'], label: /\bzip\b|zip\s*code|postal/i, weight: 8 },
  { source: '{p}.address.city', tokens: [['city'], ['town']], autocomplete: ['address-level2'], label: /\bcity\b|\btown\b/i, weight: 7 },
  { source: '{p}.address.state', tokens: [['state'], ['province'], ['st']], autocomplete: ['address-level1'], label: /^\W*state\b(?!\s*bar)|\bstate\W*$|\bprovince\b/i, weight: 6 },
  { source: '{p}.address.street', tokens: [['street'], ['address'], ['addr'], ['address', '1'], ['line', '1'], ['streetaddress']], autocomplete: ['street-address', 'address-line1'], label: /street|\baddress\b|\baddr\b/i, weight: 5 },
  { source: 'attorney.barNumber', tokens: [['bar'], ['sbn'], ['barno'], ['barnumber']], label: /\bbar\s*(number|no|#|id)?\b|\bsbn\b/i, weight: 10, parties: ['attorney', 'designee', 'client'] },
  { source: 'attorney.firm', tokens: [['firm'], ['organization'], ['org'], ['company'], ['organisation']], autocomplete: ['organization'], label: /\bfirm\b|organi[sz]ation|law office|company/i, weight: 7, parties: ['attorney', 'designee'] },
  { source: '{p}.fullName', tokens: [['name'], ['fullname']], autocomplete: ['name'], label: /\bname\b|^\W*(lead\s+|filing\s+)?(attorney|counsel|designee|lawyer)(\s+(of record|for petitioner))?\W*$/i, weight: 2 },
  { source: 'court.caseNumber', tokens: [['case', 'number'], ['case', 'no'], ['caseno'], ['casenumber'], ['case', 'num'], ['docket'], ['case', 'id']], label: /case\s*(number|no\b|#|num)|docket/i, weight: 10, parties: ['client', 'court'] },
  // "County" alone is as often the client's county of residence: only a court's county counts.
  { source: 'court.county', tokens: [['court', 'location'], ['court'], ['courthouse'], ['court', 'county'], ['filing', 'location']], label: /court\s*(location|county)|^\W*(filing\s+)?location\W*$|\bcourt(house)?\b|county\s*of\s*(filing|the court)/i, weight: 4, parties: ['client', 'court'] },
  { source: 'filing.code', tokens: [['filing', 'code'], ['filing', 'type'], ['petition', 'type'], ['case', 'type'], ['filingcode']], label: /filing\s*(code|type)|petition\s*type|type\s*of\s*(filing|petition)/i, weight: 9, parties: ['client', 'court'] },
  { source: 'filing.documentType', tokens: [['document', 'type'], ['doc', 'type'], ['documenttype']], label: /document\s*type|type\s*of\s*document/i, weight: 9, parties: ['client', 'court'] },
  { source: 'filing.documentTitle', tokens: [['document', 'title'], ['doc', 'title'], ['document', 'description'], ['documents', 'description']], label: /document\s*(title|description)|title\s*of\s*(the\s*)?document/i, weight: 9, parties: ['client', 'court'] },
  { source: 'filing.onBehalfOf', tokens: [['behalf'], ['filing', 'party'], ['party', 'filing'], ['party', 'responsible']], label: /on\s*behalf\s*of|filing\s*party|party\s*filing|party\s*responsible/i, weight: 10, parties: ['client', 'court', 'attorney'] },
  { source: 'filing.serviceContact', tokens: [['service', 'contact'], ['servicecontact'], ['serve', 'on']], label: /service\s*contact|serve\s*on|service\s*list|party\s*to\s*serve/i, weight: 10, parties: ['client', 'court', 'other'] },
  { source: 'filing.feeWaiver', tokens: [['fee', 'waiver'], ['waiver'], ['feewaiver'], ['payment', 'account'], ['payment', 'method']], label: /fee\s*waiver|waive.*fee|payment\s*(account|method|type)/i, weight: 9, parties: ['client', 'court', 'other'] },
];

/** Words naming whose field it is, looked for in the label, legend, nearby text and name. */
const DESIGNEE = /\bdesignee\b|\bdesignated\b|authori[sz]ed\s+(person|representative|recipient)/;
const ATTORNEY = /\battorney\b|\batty\b|\bcounsel\b|\blawyer\b|\bbar\b|\blaw firm\b|\bfiler\b|\bsbn\b/;
const OTHER = /\bemergency\b|\bemployer\b|\bparent\b|\bguardian\b|\bspouse\b|\bwitness\b|\bvictim\b|\binterpreter\b|\bbilling\b|\breference\b|\bplaintiff\b|\brespondent\b|\bofficer\b|\bpayer\b|\bcardholder\b|\bchild\b|\bminor\b|\breceipt\b|\bcourtesy\b|\bcopies\b/;
const COURT = /\bcase\b|\bcourt\b|\bfiling\b|\bdocument\b|\bcharge\b/;
/** A declaration the user must make themselves: never ticked for them. */
export const DECLARATION = /\bdeclare\b|perjury|\bcertify\b|\bi agree\b|\battest\b|terms (of|and) (use|service)|\bconsent\b|\backnowledge\b/i;

const tokenText = (f: FieldEvidence) => f.tokens.join(' ');

/** Whose field it is. The label outranks the legend, which outranks the text before. */
export function partyOf(f: FieldEvidence): Party {
  const near = `${f.label} ${f.cell ?? ''} ${tokenText(f)}`.toLowerCase();
  const far = `${f.legend ?? ''} ${f.before ?? ''}`.toLowerCase();
  for (const text of [near, far]) {
    if (DESIGNEE.test(text)) return 'designee';
    if (ATTORNEY.test(text)) return 'attorney';
    if (OTHER.test(text)) return 'other';
  }
  if (COURT.test(near)) return 'court';
  return 'client';
}

export interface Match {
  source: string;
  confidence: number;
  reason: string;
  party: Party;
}

const tokenHit = (tokens: string[], sets: string[][] = []) => sets.find((set) => set.every((w) => tokens.includes(w)));

/** Scores one attribute against a field: 0 when it does not match. */
function score(a: Attribute, f: FieldEvidence): { score: number; why: string } {
  const ac = (f.autocomplete ?? '').split(/\s+/).filter((t) => !/^(section-|shipping|billing|home|work|mobile)/.test(t));
  if (a.autocomplete && ac.some((t) => a.autocomplete!.includes(t))) return { score: 0.95, why: `autocomplete="${f.autocomplete}"` };
  const label = `${f.label} ${f.cell ?? ''}`.trim();
  const labelHit = a.label && label ? a.label.test(label) : false;
  const set = tokenHit(f.tokens, a.tokens);
  if (labelHit && set) return { score: 0.92, why: `label "${label}" and name words "${set.join(' ')}"` };
  if (labelHit) return { score: 0.85, why: `label "${label}"` };
  if (set) return { score: 0.8, why: `name words "${set.join(' ')}"` };
  if (!label && a.label) {
    const weak = [f.placeholder, f.before].find((t) => t && a.label!.test(t));
    if (weak) return { score: 0.65, why: `nearby text "${weak}"` };
  }
  return { score: 0, why: '' };
}

/**
 * The best case field for a field, or null. A tie between two different case fields is
 * returned as `tie` so the planner asks instead of guessing.
 * @example matchField({ kind: 'text', tokens: ['def', 'last'], label: 'Last Name' })?.source // 'client.lastName'
 */
export function matchField(f: FieldEvidence): (Match & { tie?: string[] }) | null {
  const party = partyOf(f);
  const hits: { a: Attribute; score: number; why: string }[] = [];
  for (const a of VOCABULARY) {
    const s = score(a, f);
    if (s.score) hits.push({ a, ...s });
  }
  if (!hits.length) return null;
  hits.sort((x, y) => y.score - x.score || y.a.weight - x.a.weight);
  const best = hits[0]!;
  const allowed = best.a.parties ?? PERSON;
  let who: Party = party;
  if (!allowed.includes(who)) {
    // A client-only attribute in a client-ish place (court/case context) is still the client's.
    if (who === 'court' && allowed.includes('client')) who = 'client';
    else if (who === 'court' && allowed.includes('attorney')) who = 'attorney';
    else return null;
  }
  if (who === 'other') return null;
  const p = who === 'designee' || who === 'attorney' ? 'attorney' : 'client';
  const source = best.a.source.replace('{p}', p);
  const tie = hits.filter((h) => h !== best && h.score === best.score && h.a.weight === best.a.weight).map((h) => h.a.source.replace('{p}', p));
  return {
    source,
    confidence: best.score,
    reason: `${best.why}${who === 'designee' ? ' (designee: the attorney)' : ''}`,
    party: who,
    ...(tie.length ? { tie: [source, ...tie] } : {}),
  };
}

/** A select whose options are months, days or years: a date part by its option range. */
export function datePartByOptions(options: { value: string; label: string }[] = []): 'month' | 'day' | 'year' | null {
  const real = options.filter((o) => o.value !== '' || /\d/.test(o.label));
  if (real.length < 10) return null;
  const nums = real.map((o) => Number(o.value || o.label)).filter((n) => Number.isFinite(n));
  const names = real.filter((o) => /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(o.label.trim())).length;
  if (names >= 12 || (real.length === 12 && nums.length === 12 && Math.max(...nums) === 12)) return 'month';
  if (nums.length === real.length && real.length >= 28 && real.length <= 31 && Math.max(...nums) <= 31) return 'day';
  if (nums.length >= real.length * 0.9 && nums.every((n) => n >= 1850 && n <= 2100)) return 'year';
  return null;
}

/** Which part of a split value (date, height, phone) a field holds, from its words. */
export function partOf(f: FieldEvidence): string | null {
  const t = new Set([...f.tokens, ...words(`${f.label} ${f.placeholder ?? ''}`)]);
  const ac = f.autocomplete ?? '';
  if (/bday-month/.test(ac) || t.has('month') || t.has('mm') || t.has('mo')) return 'month';
  if (/bday-day/.test(ac) || t.has('day') || t.has('dd')) return 'day';
  if (/bday-year/.test(ac) || t.has('year') || t.has('yyyy') || t.has('yr')) return 'year';
  if (t.has('ft') || t.has('feet') || t.has('foot')) return 'feet';
  if (t.has('in') || t.has('inches') || t.has('inch')) return 'inches';
  if (/tel-area-code/.test(ac) || t.has('area')) return 'area';
  if (/tel-local-prefix/.test(ac) || t.has('prefix') || t.has('exchange')) return 'prefix';
  if (/tel-local-suffix/.test(ac) || t.has('line') || t.has('suffix')) return 'line';
  return null;
}

/** A date format asked for in the label or placeholder (MMDDYY, MM/DD/YYYY ...), or from the input. */
export function dateFormatOf(f: FieldEvidence): string {
  const text = `${f.label} ${f.placeholder ?? ''} ${f.cell ?? ''} ${f.before ?? ''}`;
  const m = /\b(MM|DD|YYYY|YY)([\/.\- ]?)(MM|DD|YYYY|YY)\2(MM|DD|YYYY|YY)\b/i.exec(text);
  if (m) return `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`.toUpperCase();
  if (f.type === 'date') return 'YYYY-MM-DD';
  if (f.maxLength === 6) return 'MMDDYY';
  if (f.maxLength === 8) return 'MMDDYYYY';
  return 'MM/DD/YYYY';
}
