// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collect } from '@/lib/autofill/collect';
import { matchField, datePartByOptions } from '@/lib/autofill/matcher';
import { matchOption } from '@/lib/autofill/options';
import { plan } from '@/lib/autofill/plan';
import { run, testCase } from './helpers';

/** Fields a user could fill on the page as shown: viewable, not never-fill (a radio group is one). */
const fillable = (snap: ReturnType<typeof collect>) => snap.fields.filter((f) => f.visible && !f.never);

const REPLICAS: [string, string][] = [
  ['efsp/wizard.html', ''],
  ['efsp/wizard.html', '#step=documents'],
  ['efsp/wizard.html', '#step=parties'],
  ['efsp/wizard.html', '#step=service'],
  ['efsp/wizard.html', '#step=fees'],
  ['court/petition-filing.html', ''],
  ['doj/record-review.html', ''],
  ['record-request.html', ''],
];

describe('heuristic plan (adapters switched off) on every replica', () => {
  it('fills what the case has, leaves the rest with a reason, and never plans a never-fill field', async () => {
    const rows: string[] = [];
    const totals = new Map<string, [number, number, number]>();
    for (const [path, hash] of REPLICAS) {
      const off = await run(path, hash, { adapter: false });
      const on = await run(path, hash, { adapter: true });
      const total = fillable(off.snapshot).length;
      const filledOff = off.report!.outcomes.filter((o) => o.outcome === 'filled').length;
      const filledOn = on.report!.outcomes.filter((o) => o.outcome === 'filled').length;
      rows.push(`  ${path}${hash}: adapter ${filledOn}/${total}, heuristic ${filledOff}/${total}`);
      const key = path.split('/')[0] === 'efsp' ? 'efsp/wizard.html (steps 1-5)' : path;
      const t = totals.get(key) ?? [0, 0, 0];
      totals.set(key, [t[0] + filledOn, t[1] + filledOff, t[2] + total]);
      const never = new Set(off.snapshot.fields.filter((f) => f.never).map((f) => f.selector));
      expect(off.plan.steps.filter((s) => never.has(s.selector))).toEqual([]);
      for (const u of off.plan.unfilled) expect(u.reason).toBeTruthy();
    }
    for (const [k, [on, off, total]] of totals) rows.push(`${k}: adapter ${on}/${total}, heuristic ${off}/${total}`);
    console.log(`filled / fillable fields\n${rows.join('\n')}`);
    expect(totals.get('court/petition-filing.html')![1]).toBeGreaterThanOrEqual(19);
    expect(totals.get('doj/record-review.html')![1]).toBeGreaterThanOrEqual(29);
    expect(totals.get('efsp/wizard.html (steps 1-5)')![1]).toBeGreaterThanOrEqual(9);
  });

  it('reads the record-review form field by field', async () => {
    const { plan: p } = await run('doj/record-review.html', '', { adapter: false, doFill: false });
    const bySel = Object.fromEntries(p.steps.map((s) => [s.selector, [s.source, s.value]]));
    expect(bySel).toMatchObject({
      '#applicant_aka': ['client.aliases', 'Lena Varga; Elena Castell'],
      'select[name="dob_month"]': ['client.dob.month', 'July'],
      'select[name="dob_day"]': ['client.dob.day', '9'],
      'select[name="dob_year"]': ['client.dob.year', '1993'],
      'input[name="applicant_sex"][value="F"]': ['client.sex', 'Female'],
      '#height_ft': ['client.height.feet', '5'],
      '#height_in': ['client.height.inches', '5'],
      '#eye_color': ['client.eyeColor', 'Brown'],
      '#hair_color': ['client.hairColor', 'Black'],
      '#pob': ['client.placeOfBirth', 'California'],
      '#dl_number': ['client.driversLicense', 'V4455667'],
      '#home_street': ['client.address.street', '42 Juniper Row, Apt 3'],
      '#designee_name': ['attorney.fullName', 'Priya N. Castellanos'],
      '#designee_org': ['attorney.firm', 'Juniper Legal Aid (fictional)'],
      '#fee_waiver': ['filing.feeWaiver', 'true'],
    });
    const why = Object.fromEntries(p.unfilled.map((u) => [u.selector, u.reason]));
    expect(why).toMatchObject({
      '#applicant_maiden': 'the case has no client.maidenName (the case has no maiden-name field)',
      '#ssn': 'Social Security number',
      '#website': 'honeypot',
      '#mail_street': 'only if different: the case keeps one address',
      '#attest': 'a declaration the user makes themselves',
    });
  });

  it('reads the ASP.NET form from its neighbouring cells: MMDDYY and the split phone', async () => {
    const { plan: p } = await run('court/petition-filing.html', '', { adapter: false, doFill: false });
    const bySel = Object.fromEntries(p.steps.map((s) => [s.selector, [s.source, s.value]]));
    expect(bySel['#ctl00_Main_txtDefDOB']).toEqual(['client.dob', '070993']);
    expect(bySel['#ctl00_Main_txtDefPhoneArea']).toEqual(['client.phone.area', '555']);
    expect(bySel['#ctl00_Main_txtDefPhoneLine']).toEqual(['client.phone.line', '2231']);
    expect(bySel['#ctl00_Main_txtAttyBarNo']).toEqual(['attorney.barNumber', '298765']);
    expect(bySel['#ctl00_Main_txtAttyEmail']).toEqual(['attorney.email', 'pcastellanos@example.test']);
    expect(bySel['#ctl00_Main_ddlPetitionType']![1]).toMatch(/236\.14/);
  });

  it('with an adapter: the current step, the adapter value first, confidence 1', async () => {
    const { plan: p } = await run('efsp/wizard.html', '#step=parties', { doFill: false });
    expect(p.adapter).toBe('efsp-alder-replica');
    expect(p.step).toBe('parties');
    expect(p.steps.map((s) => [s.selector, s.value, s.confidence])).toEqual([
      ['#partiesFrame |> #filingOnBehalfOf', 'VARGA, ELENA MARISOL (Defendant)', 1],
      ['#partiesFrame |> #leadAttorney', 'Priya N. Castellanos', 1],
      ['#partiesFrame |> #attorneyBarNo', '298765', 1],
    ]);
  });
});

describe('plan asks instead of guessing', () => {
  const body = testCase();

  it('two fields that could take the same case field equally', () => {
    document.body.innerHTML = '<label for="a">E-mail</label><input id="a" name="email1"><label for="b">E-mail</label><input id="b" name="email2">';
    const p = plan(collect(document), body);
    expect(p.steps).toEqual([]);
    expect(p.questions).toEqual([
      { selector: '#a', label: 'E-mail', source: 'client.email', prompt: 'Several fields could take client.email: which one?', choices: ['E-mail', 'E-mail'] },
    ]);
  });

  it('an option list with two equally good matches', () => {
    document.body.innerHTML = '<label for="c">Court</label><select id="c"><option value=""></option><option>Alder County - North</option><option>Alder County - South</option></select>';
    const p = plan(collect(document), body);
    expect(p.questions[0]).toMatchObject({ selector: '#c', source: 'court.county', choices: ['Alder County - North', 'Alder County - South'] });
  });

  it('a case number when the court has none and several cases are in the county', () => {
    const b = { ...body, court: { ...body.court, caseNumber: '' }, events: [...body.events, { ...body.events[0]!, id: 'x', caseNumber: 'AL-20-CR-000001' }] };
    document.body.innerHTML = '<label for="n">Case number</label><input id="n">';
    const p = plan(collect(document), b);
    expect(p.questions[0]).toMatchObject({ prompt: 'Which case is this filing for?', choices: ['AL-19-CR-004512', 'AL-20-CR-000001'] });
  });

  it('never a card for the fees, and nothing for fields of other people', () => {
    document.body.innerHTML = `
      <label for="pm">Payment method</label><select id="pm"><option value=""></option><option>Credit card</option><option>Visa ending 1111</option></select>
      <fieldset><legend>Emergency contact</legend><label for="ec">Name</label><input id="ec"><label for="ep">Phone</label><input id="ep"></fieldset>`;
    const p = plan(collect(document), body);
    expect(p.steps).toEqual([]);
    expect(p.unfilled.map((u) => u.reason)).toEqual(['no fee-waiver option (a card is never chosen)', 'no case field matches', 'no case field matches']);
  });
});

describe('the matcher and option normalising', () => {
  it('weak words count against labels only; strong tokens against names', () => {
    expect(matchField({ kind: 'text', tokens: ['x1'], label: 'Surname' })?.source).toBe('client.lastName');
    expect(matchField({ kind: 'text', tokens: ['def', 'last'], label: '' })?.source).toBe('client.lastName');
    // "name" in a placeholder with a label that says nothing is not enough for a name field.
    expect(matchField({ kind: 'text', tokens: ['q'], label: 'Comments', placeholder: 'Your name' })).toBeNull();
    expect(matchField({ kind: 'text', tokens: [], label: 'State Bar No.' })?.source).toBe('attorney.barNumber');
    expect(matchField({ kind: 'text', tokens: [], label: 'Phone', legend: 'Attorney for petitioner' })?.source).toBe('attorney.phone');
    expect(matchField({ kind: 'text', tokens: [], label: 'City', legend: 'Designee' })).toMatchObject({ source: 'attorney.address.city', party: 'designee' });
    expect(matchField({ kind: 'text', tokens: [], label: 'Name', legend: 'Employer' })).toBeNull();
    expect(matchField({ kind: 'text', tokens: [], label: 'Maiden name' })?.source).toBe('client.maidenName');
  });

  it('recognises date selects by their option ranges', () => {
    const opts = (xs: (string | number)[]) => xs.map((x) => ({ value: String(x), label: String(x) }));
    expect(datePartByOptions(opts(Array.from({ length: 12 }, (_, i) => i + 1)))).toBe('month');
    expect(datePartByOptions(opts(Array.from({ length: 31 }, (_, i) => i + 1)))).toBe('day');
    expect(datePartByOptions(opts(Array.from({ length: 80 }, (_, i) => 2010 - i)))).toBe('year');
    expect(datePartByOptions(opts(['Alder', 'Birch', 'Cedar']))).toBeNull();
  });

  it('matches options through the alias table', () => {
    const o = (pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));
    expect(matchOption(o([['1', 'California'], ['2', 'Nevada']]), 'CA')).toMatchObject({ option: { label: 'California' }, score: 0.95 });
    expect(matchOption(o([['F', 'Female'], ['M', 'Male']]), 'F')).toMatchObject({ option: { label: 'Female' } });
    expect(matchOption(o([['1', 'Brown'], ['2', 'Black']]), 'BRO')).toMatchObject({ option: { label: 'Brown' } });
    expect(matchOption(o([['GRY', 'Gray or Partially Gray']]), 'grey')).toMatchObject({ option: { value: 'GRY' } });
    expect(matchOption(o([['', '-- Select --'], ['a', 'Petition'], ['b', 'Petition Exhibit']]), 'Petition')).toMatchObject({ option: { value: 'a' }, score: 1 });
    expect(matchOption(o([['a', 'X One'], ['b', 'X Two']]), '', { contains: ['x'] })).toEqual({ ambiguous: o([['a', 'X One'], ['b', 'X Two']]) });
  });
});

describe('adapter transforms', () => {
  it('date formats, upper case, initials, code lists, templates, digits', async () => {
    const { applyTransforms } = await import('@/lib/autofill/plan');
    const { caseValues } = await import('@/lib/autofill/sources');
    const values = caseValues(testCase());
    expect(applyTransforms(values['client.dob']!, [{ date: 'MM/DD/YYYY' }], values, 'client.dob')).toBe('07/09/1993');
    expect(applyTransforms(values['client.dob']!, [{ date: 'YYYYMMDD' }], values, 'client.dob')).toBe('19930709');
    expect(applyTransforms(values['client.fullName']!, [{ initials: true }], values, 'client.fullName')).toBe('E. M. V.');
    expect(applyTransforms(values['client.sex']!, [{ codes: { F: '2', M: '1' } }], values, 'client.sex')).toBe('2');
    expect(applyTransforms(values['client.lastName']!, [{ case: 'upper' }, { template: 'PETITIONER {value}' }], values, 'client.lastName')).toBe('PETITIONER VARGA');
    expect(applyTransforms(values['client.phone']!, [{ digits: true }], values, 'client.phone')).toBe('5550142231');
    expect([values['client.dob.month'], values['client.dob.day'], values['client.dob.year'], values['client.initials']]).toEqual(['07', '09', '1993', 'E. M. V.']);
  });

  it('a county of residence is not the court', () => {
    expect(matchField({ kind: 'text', tokens: ['county'], label: 'County', legend: 'Home address' })).toBeNull();
    expect(matchField({ kind: 'select', tokens: ['court', 'location'], label: 'Court location' })?.source).toBe('court.county');
  });
});

describe('split and repeated fields without words of their own', () => {
  const body = testCase();
  it('three date-of-birth boxes and three phone boxes, by size and order', () => {
    document.body.innerHTML = `<fieldset><legend>Date of birth</legend><input name="dob1" maxlength="2"><input name="dob2" maxlength="2"><input name="dob3" maxlength="4"></fieldset>
      <fieldset><legend>Telephone</legend><input name="phone1" maxlength="3"><input name="phone2" maxlength="3"><input name="phone3" maxlength="4"></fieldset>`;
    const p = plan(collect(document), body);
    expect(p.steps.map((s) => [s.source, s.value])).toEqual([
      ['client.dob.month', '07'], ['client.dob.day', '09'], ['client.dob.year', '1993'],
      ['client.phone.area', '555'], ['client.phone.prefix', '014'], ['client.phone.line', '2231'],
    ]);
  });

  it('several alias fields take one other name each', () => {
    document.body.innerHTML = '<label for="a1">Alias 1</label><input id="a1"><label for="a2">Alias 2</label><input id="a2"><label for="a3">Alias 3</label><input id="a3">';
    const p = plan(collect(document), body);
    expect(p.steps.map((s) => [s.source, s.value])).toEqual([['client.aliases[0]', 'Lena Varga'], ['client.aliases[1]', 'Elena Castell']]);
    expect(p.unfilled).toEqual([{ selector: '#a3', label: 'Alias 3', reason: 'the case has only 2 other names' }]);
  });
});
