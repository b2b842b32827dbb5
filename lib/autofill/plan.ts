/**
 * plan(snapshot, case, adapter?): pure. Decides, for each field of the current step, the value
 * to write, where it came from, how sure we are and why. Adapter fields come first; every other
 * viewable field gets the heuristic matcher. Ties and ambiguous options become questions for
 * the user, never guesses. Runs in the panel (or the CLI): the content script only executes.
 */
import type { CaseBody } from '../model';
import type { Adapter, AdapterField, Transform } from '../portals/schema';
import { urlMatches } from '../portals/url-pattern';
import { DECLARATION, dateFormatOf, datePartByOptions, matchField, partOf } from './matcher';
import { isPlaceholder, matchOption, norm } from './options';
import { MONTHS, SOURCE_NOTES, caseValues, formatDate } from './sources';
import type { CollectedField, FieldOption, FillStep, OptionChoice, Plan, Question, Snapshot, Unfilled } from './types';

const CARD_OPTION = /\b(card|visa|mastercard|master card|amex|american express|discover|credit|debit|ending)\b/i;
const STOP = new Set(['of', 'the', 'office', 's', 'county', 'and', 'for', 'dept', 'department']);
const significant = (s: string) => norm(s).split(' ').filter((w) => w && !STOP.has(w));

interface Draft {
  field: CollectedField;
  source: string;
  value: string;
  confidence: number;
  reason: string;
  option?: OptionChoice;
  /** The radio (or option) chosen. */
  selector?: string;
  key: string;
}

type Valued = { value: string; option?: OptionChoice; selector?: string; note?: string } | { unfilled: string } | { question: Question };

/** Applies an adapter's transforms to a value. */
export function applyTransforms(value: string, transforms: Transform[], values: Record<string, string>, source: string): string {
  let v = value;
  for (const t of transforms) {
    if ('date' in t) v = formatDate(values[source.replace(/\.(month|day|year)$/, '')] ?? v, t.date);
    else if ('case' in t) v = t.case === 'upper' ? v.toUpperCase() : v.toLowerCase();
    else if ('initials' in t) v = v.split(/\s+/).filter(Boolean).map((w) => `${[...w][0]!.toUpperCase()}.`).join(' ');
    else if ('codes' in t) v = t.codes[v] ?? t.codes[v.toUpperCase()] ?? v;
    else if ('template' in t) v = t.template.replace(/\{value\}/g, v);
    else if ('digits' in t) v = v.replace(/\D/g, '');
  }
  return v;
}

const fill = (s: string, value: string) => s.replace(/\{value\}/g, value);

/** A select's option for a date part: month by number or name, day and year by number. */
function datePartOption(options: FieldOption[], part: string, value: string): FieldOption | undefined {
  const n = Number(value);
  return options.find((o) => {
    if (isPlaceholder(o)) return false;
    if (Number(o.value) === n && o.value.trim() !== '' && (part !== 'year' || o.value.length === 4)) return true;
    if (Number(o.label) === n && /\d/.test(o.label)) return true;
    return part === 'month' && norm(o.label).startsWith(MONTHS[n - 1]!.slice(0, 3));
  });
}

/** Chooses an option from a select / radio group; ambiguity becomes a question. */
function choose(field: CollectedField, source: string, value: string, choice: OptionChoice = {}): Valued {
  let options = field.options ?? [];
  if (source === 'filing.feeWaiver') options = options.filter((o) => !CARD_OPTION.test(o.label));
  const m = matchOption(options, value, choice);
  if (!m) return { unfilled: `no option matches "${choice.label ?? choice.contains?.join(' ') ?? value}"` };
  if ('ambiguous' in m) {
    return {
      question: {
        selector: field.selector,
        label: field.label,
        source,
        prompt: `Several options could mean "${value || choice.contains?.join(' ')}": which one?`,
        choices: m.ambiguous.map((o) => o.label),
      },
    };
  }
  return { value: m.option.label, selector: m.option.selector, option: { label: m.option.label } };
}

/** The value for a heuristic match, shaped for the field (part, format, option). */
function valueFor(field: CollectedField, source: string, values: Record<string, string>, body: CaseBody, runs: Map<string, string[]> = new Map()): Valued {
  const kind = field.kind;
  const options = kind === 'select' || kind === 'radio';
  const part = partOf(field) ?? (kind === 'select' ? datePartByOptions(field.options) : null) ?? partByRun(field, source, runs);

  if (source === 'client.dob') {
    if (!values['client.dob']) return { unfilled: 'the case has no client.dob' };
    if (part === 'month' || part === 'day' || part === 'year') {
      const v = values[`client.dob.${part}`]!;
      if (kind === 'select') {
        const o = datePartOption(field.options ?? [], part, v);
        return o ? { value: o.label, option: { label: o.label }, note: `client.dob.${part}` } : { unfilled: `no option for ${part} ${v}` };
      }
      return { value: part === 'year' && field.maxLength === 2 ? v.slice(2) : v, note: `client.dob.${part}` };
    }
    if (options) return { unfilled: 'a date of birth in one list' };
    const format = dateFormatOf(field);
    return { value: formatDate(values['client.dob']!, format), note: `formatted ${format}` };
  }
  if (source === 'client.height' && (part === 'feet' || part === 'inches')) return { value: values[`client.height.${part}`]!, note: `client.height.${part}` };
  if (source === 'client.height') {
    const { 'client.height.feet': ft, 'client.height.inches': inch } = values;
    if (!ft) return { unfilled: 'the case has no client.height' };
    return { value: field.maxLength && field.maxLength <= 3 ? `${ft}${inch!.padStart(2, '0')}` : `${ft}'${inch!.padStart(2, '0')}"` };
  }
  if (/\.phone$/.test(source) && (part === 'area' || part === 'prefix' || part === 'line')) return { value: values[`${source}.${part}`]!, note: `${source}.${part}` };
  if (source === 'court.caseNumber' && !values[source]) {
    const county = body.court.county.toLowerCase();
    const numbers = [...new Set(body.events.filter((e) => e.caseNumber && (!county || e.county.toLowerCase() === county)).map((e) => e.caseNumber))];
    if (numbers.length === 1) return { value: numbers[0]!, note: 'the only case number in the court county' };
    if (numbers.length > 1)
      return { question: { selector: field.selector, label: field.label, source, prompt: 'Which case is this filing for?', choices: numbers } };
  }
  if (source === 'court.county') {
    const county = values['court.county']!;
    if (!county) return { unfilled: 'the case has no court.county' };
    const choice = { contains: significant(county), prefer: ['criminal'] };
    if (kind === 'combobox') return { value: county, option: choice };
    if (options) return choose(field, source, county, choice);
    return /county/i.test(field.label) ? { value: county } : { value: values['court.name'] || county };
  }
  if (source === 'filing.code') {
    if (kind === 'combobox') return { value: '236.14', option: { contains: ['236.14'] } };
    if (options) {
      const first = choose(field, source, '', { contains: ['236.14'] });
      return 'unfilled' in first ? choose(field, source, '', { contains: ['vacate'] }) : first;
    }
    return { unfilled: 'a filing code is picked from a list' };
  }
  if (source === 'filing.documentType') {
    if (kind === 'combobox') return { value: 'Petition', option: { label: 'Petition' } };
    if (options) return choose(field, source, 'Petition', { label: 'Petition' });
  }
  if (source === 'filing.onBehalfOf') {
    const c = body.client;
    const contains = [...significant(c.lastName), ...significant(c.firstName)];
    if (!contains.length) return { unfilled: 'the case has no client name' };
    if (kind === 'combobox') return { value: c.lastName, option: { contains } };
    if (options) return choose(field, source, '', { contains });
    return { value: values['client.fullName']! };
  }
  if (source === 'filing.serviceContact') {
    const agency = values[source]!;
    if (!agency) return { unfilled: 'no prosecuting agency for the court county' };
    const contains = significant(agency);
    if (kind === 'combobox') return { value: contains.slice(0, 2).join(' '), option: { contains } };
    if (options) return choose(field, source, '', { contains });
    return { value: agency };
  }
  if (source === 'filing.feeWaiver') {
    if (kind === 'checkbox') return { value: 'true' };
    if (options) {
      const w = choose(field, source, '', { contains: ['waiver'] });
      if (!('unfilled' in w)) return w;
      const waived = choose(field, source, '', { contains: ['waived'] });
      return 'unfilled' in waived ? { unfilled: 'no fee-waiver option (a card is never chosen)' } : waived;
    }
    return { unfilled: 'a fee waiver is a choice, not text' };
  }
  if (kind === 'checkbox') return { unfilled: `a checkbox for ${source}` };
  const v = values[source] ?? '';
  if (!v) return { unfilled: `the case has no ${source}${SOURCE_NOTES[source] ? ` (${SOURCE_NOTES[source]})` : ''}` };
  if (options || (kind === 'combobox' && source !== 'client.aliases')) {
    if (kind === 'combobox') return { value: v, option: {} };
    return choose(field, source, v);
  }
  if (field.maxLength && v.length > field.maxLength) {
    if (/state$/.test(source) && v.length === 2) return { value: v };
    return { unfilled: `"${v}" is longer than the field allows (${field.maxLength})` };
  }
  return { value: v };
}

/**
 * Split fields with no words of their own (`dob1 dob2 dob3`, `phone1 phone2 phone3`): the part
 * comes from their size and order, US style (month, day, year; area, prefix, line).
 */
function partByRun(field: CollectedField, source: string, runs: Map<string, string[]>): string | null {
  const len = field.maxLength;
  if (!len || len > 4 || field.kind !== 'text') return null;
  const key = `${source}|${field.group}|${field.legend}`;
  const seen = runs.get(key) ?? [];
  let part: string | null = null;
  if (source === 'client.dob') part = len === 4 ? 'year' : !seen.includes('month') ? 'month' : !seen.includes('day') ? 'day' : len === 2 && !seen.includes('year') ? 'year' : null;
  else if (/\.phone$/.test(source)) part = len === 4 ? 'line' : !seen.includes('area') ? 'area' : !seen.includes('prefix') ? 'prefix' : null;
  if (part) runs.set(key, [...seen, part]);
  return part;
}

/** Home and mailing, client and designee: fields that may take the same source without a tie. */
function qualifier(f: CollectedField, party: string): string {
  const t = `${f.label} ${f.legend} ${f.tokens.join(' ')}`.toLowerCase();
  return `${party}${/\bmailing\b|\bmail\b/.test(t) ? ':mailing' : ''}${/confirm|re-?enter|verify/.test(t) ? ':confirm' : ''}`;
}

function heuristic(field: CollectedField, values: Record<string, string>, body: CaseBody, out: Ctx): void {
  if (field.kind === 'checkbox' && DECLARATION.test(field.label)) return void out.unfilled.push(u(field, 'a declaration the user makes themselves'));
  let m = matchField(field);
  // Date selects with no words of their own: their option ranges say month / day / year, and a
  // date-of-birth neighbour says whose.
  if ((!m || m.source !== 'client.dob') && field.kind === 'select' && datePartByOptions(field.options) && out.lastDob === field.group) {
    m = { source: 'client.dob', confidence: 0.75, reason: 'date-part options next to the date of birth', party: 'client' };
  }
  if (!m) return void out.unfilled.push(u(field, 'no case field matches'));
  if (m.source === 'client.dob') out.lastDob = field.group;
  if (m.tie) {
    out.questions.push({ selector: field.selector, label: field.label, source: m.tie.join(' | '), prompt: 'Which case field goes here?', choices: m.tie });
    return;
  }
  if (/if different|if not the same/i.test(`${field.legend} ${field.label}`) && /address/.test(m.source)) {
    return void out.unfilled.push(u(field, 'only if different: the case keeps one address'));
  }
  const v = valueFor(field, m.source, values, body, out.runs);
  if ('unfilled' in v) return void out.unfilled.push(u(field, v.unfilled));
  if ('question' in v) return void out.questions.push(v.question);
  const source = v.note && /^[a-z]+\.[A-Za-z.]+$/.test(v.note) ? v.note : m.source;
  out.drafts.push({
    field,
    source,
    value: v.value,
    confidence: Math.round(m.confidence * (v.option && !v.option.label ? 0.9 : 1) * 100) / 100,
    reason: `${m.reason}${v.note && v.note !== source ? `; ${v.note}` : ''}`,
    option: v.option,
    selector: v.selector,
    key: `${source}|${qualifier(field, m.party)}`,
  });
}

interface Ctx {
  runs: Map<string, string[]>;
  aliases: string[];
  drafts: Draft[];
  unfilled: Unfilled[];
  questions: Question[];
  lastDob: number;
}

const u = (f: CollectedField, reason: string): Unfilled => ({ selector: f.selector, label: f.label || f.cell || f.before || f.name, reason });

/** The adapter's step shown now: the first whose marker is viewable. */
export function currentStep(adapter: Adapter, snapshot: Snapshot) {
  return adapter.steps.find((s) => !s.detect || snapshot.probes?.[s.detect]?.visible) ?? null;
}

/** Every selector an adapter needs looked up by collect (`collect(root, { probe })`). */
export function adapterProbes(adapter: Adapter): string[] {
  return [...new Set([...adapter.steps.flatMap((s) => [...(s.detect ? [s.detect] : []), ...s.fields.flatMap((f) => f.selectors)]), ...adapter.neverFill])];
}

function fromAdapter(spec: AdapterField, snapshot: Snapshot, byId: Map<string, CollectedField>, values: Record<string, string>, body: CaseBody, ctx: Ctx): string | null {
  const found = spec.selectors.map((s) => snapshot.probes?.[s]?.selector).find((s): s is string => !!s);
  const field = found ? byId.get(found) : undefined;
  if (!field) {
    ctx.unfilled.push({ selector: spec.selectors[0]!, label: spec.source, reason: 'the adapter\'s selectors found no field on this page' });
    return null;
  }
  if (field.never) return void ctx.unfilled.push(u(field, field.never)), field.selector;
  const base = values[spec.source] ?? '';
  if (!base && !spec.option?.contains) {
    ctx.unfilled.push(u(field, `the case has no ${spec.source}${SOURCE_NOTES[spec.source] ? ` (${SOURCE_NOTES[spec.source]})` : ''}`));
    return field.selector;
  }
  const value = applyTransforms(base, spec.transforms, values, spec.source);
  const option: OptionChoice | undefined = spec.option
    ? {
        ...(spec.option.label ? { label: fill(spec.option.label, value) } : {}),
        ...(spec.option.contains ? { contains: spec.option.contains.map((w) => fill(w, value)) } : {}),
        ...(spec.option.prefer ? { prefer: spec.option.prefer } : {}),
      }
    : undefined;
  let stepValue = spec.type ? fill(spec.type, value) : value;
  let selector = field.selector;
  if (field.kind === 'select' || field.kind === 'radio') {
    const part = /\.(month|day|year)$/.exec(spec.source)?.[1];
    if (part && field.kind === 'select' && !spec.transforms.length) {
      const o = datePartOption(field.options ?? [], part, value);
      if (!o) return void ctx.unfilled.push(u(field, `no option for ${part} ${value}`)), field.selector;
      stepValue = o.label;
    } else {
      const v = choose(field, spec.source, value, option);
      if ('unfilled' in v) return void ctx.unfilled.push(u(field, v.unfilled)), field.selector;
      if ('question' in v) return void ctx.questions.push(v.question), field.selector;
      stepValue = v.value;
      selector = v.selector ?? selector;
    }
  }
  if (field.kind === 'checkbox') stepValue = /^(true|yes|y|1|on)$/i.test(value) ? 'true' : 'false';
  ctx.drafts.push({ field, source: spec.source, value: stepValue, confidence: 1, reason: 'portal adapter', option, selector, key: `adapter|${field.selector}` });
  return field.selector;
}

/**
 * @example plan(collect(document), caseBody).steps // [{ selector: '#applicant_last', value: 'Varga', source: 'client.lastName', ... }]
 */
export function plan(snapshot: Snapshot, body: CaseBody, adapter?: Adapter | null): Plan {
  const values = caseValues(body);
  const ctx: Ctx = { runs: new Map(), aliases: body.client.aliases.filter(Boolean), drafts: [], unfilled: [], questions: [], lastDob: -1 };
  const step = adapter ? currentStep(adapter, snapshot) : null;
  const result = (): Plan => ({ url: snapshot.url, adapter: adapter?.id ?? null, step: step?.id ?? null, steps: finish(ctx), unfilled: ctx.unfilled, questions: ctx.questions });
  const visible = snapshot.fields.filter((f) => f.visible);
  if (adapter && (adapter.neverFillPages.some((p) => urlMatches(p, snapshot.url)) || (step && adapter.neverFillSteps.includes(step.id)))) {
    for (const f of visible) ctx.unfilled.push(u(f, 'payment page: never filled'));
    return result();
  }
  const done = new Set<string>();
  if (adapter) {
    const byId = new Map(snapshot.fields.map((f) => [f.selector, f]));
    for (const s of adapter.neverFill) {
      const sel = snapshot.probes?.[s]?.selector;
      const f = sel ? byId.get(sel) : undefined;
      if (f) {
        done.add(f.selector);
        if (f.visible) ctx.unfilled.push(u(f, 'the adapter says never fill'));
      }
    }
    for (const spec of step?.fields ?? []) {
      const sel = fromAdapter(spec, snapshot, byId, values, body, ctx);
      if (sel) done.add(sel);
    }
  }
  for (const f of visible) {
    if (done.has(f.selector)) continue;
    if (f.never) ctx.unfilled.push(u(f, f.never));
    else heuristic(f, values, body, ctx);
  }
  return result();
}

/** Turns drafts into steps; two fields claiming one source equally become a question. */
function finish(ctx: Ctx): FillStep[] {
  const byKey = new Map<string, Draft[]>();
  for (const d of ctx.drafts) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d]);
  const steps: FillStep[] = [];
  for (const d of ctx.drafts) {
    const same = byKey.get(d.key)!;
    if (same.length > 1 && d.source === 'client.aliases' && !d.key.startsWith('adapter|')) {
      // "Alias 1", "Alias 2" ...: one name each, in order.
      const i = same.indexOf(d);
      const name = ctx.aliases[i];
      if (!name) {
        ctx.unfilled.push(u(d.field, `the case has only ${ctx.aliases.length} other name${ctx.aliases.length === 1 ? '' : 's'}`));
        continue;
      }
      steps.push(toStep({ ...d, value: name, source: `client.aliases[${i}]` }));
      continue;
    }
    if (same.length > 1 && !d.key.startsWith('adapter|')) {
      const top = Math.max(...same.map((s) => s.confidence));
      if (d.confidence < top) {
        ctx.unfilled.push(u(d.field, `another field takes ${d.source} more surely`));
        continue;
      }
      if (same.filter((s) => s.confidence === top).length > 1) {
        if (same[0] === d || same.find((s) => s.confidence === top) === d) {
          ctx.questions.push({
            selector: d.field.selector,
            label: d.field.label,
            source: d.source,
            prompt: `Several fields could take ${d.source}: which one?`,
            choices: same.filter((s) => s.confidence === top).map((s) => s.field.label || s.field.selector),
          });
        }
        continue;
      }
    }
    steps.push(toStep(d));
  }
  return steps;
}

function toStep(d: Draft): FillStep {
  return {
    selector: d.selector ?? d.field.selector,
    label: d.field.label || d.field.cell || d.field.before || d.field.name,
    source: d.source,
    value: d.value,
    confidence: d.confidence,
    reason: d.reason,
    kind: d.field.kind,
    ...(d.option ? { option: d.option } : {}),
  };
}
