// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collect, FIELD_CAP } from '@/lib/autofill/collect';
import { nameTokens } from '@/lib/autofill/text';
import { loadReplica } from './replica';

const byId = (snap: ReturnType<typeof collect>, selector: string) => snap.fields.find((f) => f.selector === selector)!;

describe('collect', () => {
  it('splits names and ids into words: camelCase, ASP.NET containers and prefixes, brackets', () => {
    expect(nameTokens('ctl00$Main$txtDefLast')).toEqual(['def', 'last']);
    expect(nameTokens('ctl00_ContentPlaceHolder1_ddlDefState')).toEqual(['def', 'state']);
    expect(nameTokens('applicant[last_name]')).toEqual(['applicant', 'last', 'name']);
    expect(nameTokens('CaseSearch.CaseNumber')).toEqual(['case', 'search', 'case', 'number']);
    expect(nameTokens('address1')).toEqual(['address']);
  });

  it('reads the ASP.NET form: label in the neighbouring cell, hidden __VIEWSTATE left out, captcha marked', async () => {
    const dom = await loadReplica('court/petition-filing.html');
    const snap = collect(dom.window.document);
    expect(snap.fields.some((f) => /VIEWSTATE|EVENT/.test(f.name))).toBe(false);
    const last = byId(snap, '#ctl00_Main_txtDefLast');
    expect(last).toMatchObject({ kind: 'text', cell: 'Last Name', tokens: ['def', 'last'], maxLength: 40, visible: true });
    expect(last.never).toBeUndefined();
    expect(byId(snap, '#ctl00_Main_txtDefPhonePrefix').cell).toBe('Telephone');
    expect(byId(snap, '#ctl00_Main_txtCaptcha').never).toBe('captcha');
    expect(byId(snap, '#ctl00_Main_ddlDefState').options).toContainEqual({ value: 'CA', label: 'California' });
  });

  it('reads labels by for, wrapping, aria-labelledby and aria-label, legends, autocomplete and radio groups', async () => {
    const dom = await loadReplica('doj/record-review.html');
    const snap = collect(dom.window.document);
    expect(byId(snap, '#applicant_last')).toMatchObject({ label: 'Last name', legend: 'Applicant name', autocomplete: 'family-name' });
    expect(byId(snap, 'select[name="dob_month"]')).toMatchObject({ label: 'Month', legend: 'Date of birth' });
    expect(byId(snap, 'select[name="dob_month"]').options).toHaveLength(13);
    const sex = snap.fields.find((f) => f.kind === 'radio')!;
    expect(sex.label).toBe('Sex');
    expect(sex.options!.map((o) => o.label)).toEqual(['Male', 'Female', 'X (nonbinary)']);
    expect(byId(snap, '#fee_waiver')).toMatchObject({ kind: 'checkbox', label: 'I request a fee waiver (I cannot afford the fee)', checked: false });
    expect(byId(snap, '#ssn').never).toBe('Social Security number');
    expect(byId(snap, '#website').never).toBe('honeypot');
    expect(snap.fields.some((f) => f.name === 'csrf_token')).toBe(false);
  });

  it('goes into the same-origin iframe and the open shadow root, with selectors that cross them', async () => {
    const dom = await loadReplica('efsp/wizard.html', '#step=parties');
    const snap = collect(dom.window.document);
    expect(byId(snap, '#partiesFrame |> #filingOnBehalfOf')).toMatchObject({ kind: 'select', label: 'Filing on behalf of', visible: true });
    expect(byId(snap, '#partiesFrame |> #partyRole').never).toBe('read-only');
    expect(byId(snap, '#serviceContacts >>> #serviceContact')).toMatchObject({ label: 'Service contact', visible: false });
    expect(byId(snap, '#courtLocation')).toMatchObject({ kind: 'combobox', label: 'Location', visible: false });
  });

  it('is plain JSON (it travels by message)', async () => {
    const dom = await loadReplica('efsp/wizard.html');
    const snap = collect(dom.window.document);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it('notes sandboxed and unreachable frames instead of entering them', () => {
    document.body.innerHTML = '<iframe id="a" sandbox="allow-forms"></iframe><input id="x" aria-label="Last name">';
    const snap = collect(document);
    expect(snap.frames).toEqual([{ selector: '#a', reason: 'sandboxed frame' }]);
    expect(snap.fields.map((f) => f.selector)).toEqual(['#x']);
  });

  it(`stops at ${FIELD_CAP} fields and says so`, () => {
    document.body.innerHTML = Array.from({ length: 230 }, (_, i) => `<label>F${i} <input name="f${i}"></label>`).join('');
    const snap = collect(document);
    expect(snap.fields).toHaveLength(FIELD_CAP);
    expect(snap.truncated).toBe(true);
  });

  it('gives elements without a unique id or name a path selector', () => {
    document.body.innerHTML = '<div id="w"><p><input></p><p><input></p></div>';
    const snap = collect(document);
    expect(snap.fields.map((f) => f.selector)).toEqual(['#w > p:nth-of-type(1) > input:nth-of-type(1)', '#w > p:nth-of-type(2) > input:nth-of-type(1)']);
    expect(document.querySelector(snap.fields[1]!.selector)).toBe(document.querySelectorAll('input')[1]);
  });
});
