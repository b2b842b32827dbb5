/**
 * Picking an option by its text: codes and labels differ between portals (CA / California,
 * F / Female, BRO / Brown), so both sides are normalised and compared through an alias table.
 * Ambiguity is a result, never a guess.
 */
import { fold } from './text';
import type { FieldOption, OptionChoice } from './types';

const GROUPS: string[][] = [
  ['f', 'female', 'woman'],
  ['m', 'male', 'man'],
  ['x', 'nonbinary', 'non binary', 'x nonbinary', 'x non binary'],
  ['y', 'yes', 'true'],
  ['n', 'no', 'false'],
  // NCIC eye and hair colour codes.
  ['bro', 'brown', 'brn'],
  ['blk', 'black'],
  ['blu', 'blue'],
  ['grn', 'green'],
  ['gry', 'gray', 'grey', 'gray or partially gray', 'partially gray'],
  ['haz', 'hazel'],
  ['mar', 'maroon'],
  ['pnk', 'pink'],
  ['mul', 'multicolored', 'multicolor', 'multi colored'],
  ['bal', 'bald'],
  ['bln', 'blond', 'blonde', 'blond or strawberry', 'strawberry'],
  ['red', 'red or auburn', 'auburn'],
  ['sdy', 'sandy'],
  ['whi', 'white'],
  ['ong', 'orange'],
  ['ple', 'purple'],
  ['xxx', 'unknown'],
  ...'AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,DE Delaware,DC District of Columbia,FL Florida,GA Georgia,HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,KS Kansas,KY Kentucky,LA Louisiana,ME Maine,MD Maryland,MA Massachusetts,MI Michigan,MN Minnesota,MS Mississippi,MO Missouri,MT Montana,NE Nebraska,NV Nevada,NH New Hampshire,NJ New Jersey,NM New Mexico,NY New York,NC North Carolina,ND North Dakota,OH Ohio,OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,SC South Carolina,SD South Dakota,TN Tennessee,TX Texas,UT Utah,VT Vermont,VA Virginia,WA Washington,WV West Virginia,WI Wisconsin,WY Wyoming,PR Puerto Rico,MX Mexico'
    .split(',')
    .map((s) => [s.slice(0, 2).toLowerCase(), s.slice(3).toLowerCase()]),
];

const ALIAS = new Map<string, number>();
GROUPS.forEach((g, i) => g.forEach((w) => ALIAS.set(w, i)));

/** Lower case, accents and punctuation removed, spaces collapsed. */
export function norm(s: string): string {
  return fold(s)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLACEHOLDER = /^(|select( one| an? .*)?|choose( one| an? .*)?|please select.*|--.*|-+|none selected|\W*)$/;

export function isPlaceholder(o: FieldOption): boolean {
  return PLACEHOLDER.test(norm(o.label)) && (o.value === '' || o.value === '0' || /^-/.test(o.label.trim()) || !norm(o.label));
}

/**
 * The three-letter NCIC code for a colour name ("Brown" → "BRO"), or '' when it is not one.
 * @example colourCode('hazel') // 'HAZ'
 */
export function colourCode(value: string): string {
  const i = ALIAS.get(norm(value));
  const code = i === undefined ? undefined : GROUPS[i]!.find((w) => /^[a-z]{3}$/.test(w));
  return i !== undefined && i >= GROUPS.findIndex((g) => g[0] === 'bro') && i <= GROUPS.findIndex((g) => g[0] === 'xxx') && code ? code.toUpperCase() : '';
}

const sameAlias = (a: string, b: string) => {
  const x = ALIAS.get(a);
  return x !== undefined && x === ALIAS.get(b);
};

const hasWord = (text: string, w: string) => ` ${text} `.includes(` ${norm(w)} `);

export type OptionMatch = { option: FieldOption; score: number } | { ambiguous: FieldOption[] } | null;

/**
 * The option that means `value`: equal text or code (1), same alias (0.95), the value as whole
 * words inside the label (0.8). Two options equally good are ambiguous.
 * @example matchOption([{ value: 'BRO', label: 'Brown' }], 'brown') // { option: ..., score: 1 }
 */
export function matchOption(options: FieldOption[], value: string, choice: OptionChoice = {}): OptionMatch {
  const v = norm(value);
  const scored: { option: FieldOption; score: number }[] = [];
  for (const o of options) {
    if (isPlaceholder(o)) continue;
    const label = norm(o.label);
    const code = norm(o.value);
    let score = 0;
    if (choice.label && label === norm(choice.label)) score = 1;
    else if (v && (label === v || code === v)) score = 1;
    else if (v && (sameAlias(label, v) || sameAlias(code, v))) score = 0.95;
    else if (choice.contains?.length) score = choice.contains.every((w) => hasWord(label, w)) ? 0.8 : 0;
    else if (v && v.length > 1 && hasWord(label, v)) score = 0.8;
    else if (v && label.split(' ').some((w) => sameAlias(w, v) && w.length > 1)) score = 0.7;
    if (score && choice.prefer?.some((w) => hasWord(label, w))) score += 0.05;
    if (score) scored.push({ option: o, score });
  }
  if (!scored.length) return null;
  scored.sort((a, b) => b.score - a.score);
  const best = scored.filter((s) => s.score === scored[0]!.score);
  return best.length === 1 ? best[0]! : { ambiguous: best.map((b) => b.option) };
}
