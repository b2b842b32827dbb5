// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fill } from '@/lib/autofill/fill';
import type { FillStep } from '@/lib/autofill/types';
import { loadReplica, tick } from './replica';
import { run, valueAt } from './helpers';

describe('fill on the replicas (with adapters)', () => {
  it('wizard step 1: the court-location combobox (typed, options awaited, exact label) and the framework-controlled case number', async () => {
    const { doc, report, plan } = await run('efsp/wizard.html');
    expect(plan.step).toBe('case');
    expect(report!.outcomes.map((o) => o.outcome)).toEqual(['filled', 'filled']);
    expect(valueAt(doc, '#courtLocation')).toBe('Alder County - Criminal');
    expect((doc.querySelector('input[name="courtLocationCode"]') as HTMLInputElement).value).toBe('AL-CR');
    const w = doc.defaultView as unknown as { efspWizard: { state: Record<string, string> }; MiniFramework: { render(): void } };
    expect(w.efspWizard.state.caseNumber).toBe('AL-19-CR-004512');
    w.MiniFramework.render();
    expect(valueAt(doc, '#caseSearchNumber')).toBe('AL-19-CR-004512');
  });

  it('a value set the naive way is wiped by the re-render: the replica really is framework-controlled', async () => {
    const dom = await loadReplica('efsp/wizard.html');
    const doc = dom.window.document;
    const input = doc.getElementById('caseSearchNumber') as HTMLInputElement;
    input.value = 'AL-19-CR-004512';
    input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    input.dispatchEvent(new dom.window.Event('blur'));
    await tick(0);
    expect(input.value).toBe('');
  });

  it('per-step save keeps what fill wrote; Next without Save would drop it', async () => {
    const { doc } = await run('efsp/wizard.html', '#step=documents');
    expect(valueAt(doc, '#filingCode')).toBe('Petition to Vacate Conviction or Arrest (PC 236.14)');
    expect(valueAt(doc, '#documentType')).toBe('Petition');
    expect(valueAt(doc, '#docDescription')).toBe('Petition to Vacate Convictions and Arrests (Pen. Code, § 236.14)');
    (doc.querySelector('section[data-step="documents"] button[data-action="save"]') as HTMLButtonElement).click();
    const saved = (doc.defaultView as unknown as { efspWizard: { saved: Record<string, Record<string, string>> } }).efspWizard.saved;
    expect(saved.documents).toMatchObject({ filingCodeId: '118402', documentTypeId: '10', 'Documents[0].Description': 'Petition to Vacate Convictions and Arrests (Pen. Code, § 236.14)' });
  });

  it('wizard step 3 inside the same-origin iframe', async () => {
    const { doc, report } = await run('efsp/wizard.html', '#step=parties');
    expect(report!.outcomes.every((o) => o.outcome === 'filled')).toBe(true);
    expect(valueAt(doc, '#partiesFrame |> #filingOnBehalfOf')).toBe('VARGA, ELENA MARISOL (Defendant)');
    expect(valueAt(doc, '#partiesFrame |> #leadAttorney')).toBe('Priya N. Castellanos');
    expect(valueAt(doc, '#partiesFrame |> #attorneyBarNo')).toBe('298765');
    expect(valueAt(doc, '#partiesFrame |> #partyRole')).toBe('Defendant');
  });

  it('wizard step 4 inside the open shadow root', async () => {
    const { doc } = await run('efsp/wizard.html', '#step=service');
    expect(valueAt(doc, '#serviceContacts >>> #serviceContact')).toBe('Alder County District Attorney - Criminal Division');
  });

  it('fees: the fee waiver, never a card', async () => {
    const { doc } = await run('efsp/wizard.html', '#step=fees');
    expect(valueAt(doc, '#paymentAccount')).toBe('Waiver: fee waiver granted / no fee');
  });

  it('the payment step and the payment page stay empty, with and without adapters', async () => {
    for (const adapter of [true, false]) {
      const step = await run('efsp/wizard.html', '#step=payment', { adapter });
      expect(step.plan.steps).toEqual([]);
      for (const s of ['#cardName', '#cardNumber', '#cardExp', '#cardCvv', '#billStreet', '#billZip', '#billEmail']) expect(valueAt(step.doc, s)).toBe('');
      const page = await run('efsp/payment.html', '', { adapter });
      expect(page.plan.steps).toEqual([]);
    }
  });

  it('the ASP.NET form: MMDDYY date, split phone, state by alias, upper case by the adapter; captcha untouched', async () => {
    const { doc, report } = await run('court/petition-filing.html');
    expect(report!.outcomes.filter((o) => o.outcome !== 'filled')).toEqual([]);
    expect(valueAt(doc, '#ctl00_Main_txtDefLast')).toBe('VARGA');
    expect(valueAt(doc, '#ctl00_Main_txtDefDOB')).toBe('070993');
    expect([valueAt(doc, '#ctl00_Main_txtDefPhoneArea'), valueAt(doc, '#ctl00_Main_txtDefPhonePrefix'), valueAt(doc, '#ctl00_Main_txtDefPhoneLine')]).toEqual(['555', '014', '2231']);
    expect(valueAt(doc, '#ctl00_Main_ddlDefState')).toBe('California');
    expect(valueAt(doc, '#ctl00_Main_ddlPetitionType')).toBe('Vacate Conviction - Human Trafficking Victim (PC 236.14)');
    expect(valueAt(doc, '#ctl00_Main_txtCaptcha')).toBe('');
    expect((doc.getElementById('__VIEWSTATE') as HTMLInputElement).value).toMatch(/^\/wEP/);
  });

  it('the record-review application: DOB in three selects, sex radio, NCIC colours, designee = attorney; SSN, honeypot, CSRF untouched', async () => {
    const { doc } = await run('doj/record-review.html');
    expect([valueAt(doc, 'select[name="dob_month"]'), valueAt(doc, 'select[name="dob_day"]'), valueAt(doc, 'select[name="dob_year"]')]).toEqual(['July', '9', '1993']);
    expect(valueAt(doc, 'input[name="applicant_sex"][value="F"]')).toBe('true');
    expect((doc.getElementById('eye_color') as HTMLSelectElement).value).toBe('BRO');
    expect((doc.getElementById('hair_color') as HTMLSelectElement).value).toBe('BLK');
    expect([valueAt(doc, '#height_ft'), valueAt(doc, '#height_in'), valueAt(doc, '#weight_lbs')]).toEqual(['5', '5', '132']);
    expect(valueAt(doc, '#designee_name')).toBe('Priya N. Castellanos');
    expect(valueAt(doc, '#fee_waiver')).toBe('true');
    expect(valueAt(doc, '#attest')).toBe('false');
    expect(valueAt(doc, '#ssn')).toBe('');
    expect(valueAt(doc, '#website')).toBe('');
    expect((doc.querySelector('input[name="csrf_token"]') as HTMLInputElement).value).toBe('f3c1a9e07b5d4c2e9a8b7c6d5e4f3a2b');
    expect(valueAt(doc, '#mail_street')).toBe('');
  });

  it('fills only the current step: the plan for step 1 does nothing once the wizard moved on', async () => {
    const dom = await loadReplica('efsp/wizard.html');
    const doc = dom.window.document;
    const url = doc.URL;
    dom.window.location.hash = 'step=documents';
    const step: FillStep = { selector: '#caseSearchNumber', label: 'Case Number', source: 'court.caseNumber', value: 'X', confidence: 1, reason: '', kind: 'text' };
    const report = await fill(doc, [step], url);
    expect(report.refused).toBeTruthy();
    expect(valueAt(doc, '#caseSearchNumber')).toBe('');
  });

  it('never clicks Save, Next or Submit', async () => {
    const { doc } = await run('efsp/wizard.html', '#step=fees');
    expect(doc.getElementById('status')!.textContent).toBe('');
    expect(doc.defaultView!.location.hash).toBe('#step=fees');
  });
});

describe('fill outcomes', () => {
  const text = (selector: string, value: string): FillStep => ({ selector, label: selector, source: 'client.lastName', value, confidence: 1, reason: '', kind: 'text' });

  it('reports a value the page rejects as did-not-stick (after one retry) and keeps the previous value for Undo', async () => {
    document.body.innerHTML = '<input id="t" value="old">';
    const input = document.getElementById('t') as HTMLInputElement;
    let writes = 0;
    input.addEventListener('blur', () => {
      writes++;
      input.value = 'old';
    });
    const report = await fill(document, [text('#t', 'Varga')], document.URL, { geometry: { box: () => null, page: () => null, topAt: () => null } });
    expect(report.outcomes[0]).toMatchObject({ outcome: 'did-not-stick', reason: 'the page shows "old" instead' });
    expect(writes).toBe(2);
  });

  it('records what was there before, so the panel can undo', async () => {
    document.body.innerHTML = '<input id="t" value="old"><input type="checkbox" id="c">';
    const report = await fill(document, [text('#t', 'new'), { ...text('#c', 'true'), kind: 'checkbox' }], document.URL);
    expect(report.outcomes.map((o) => o.previous)).toEqual(['old', 'false']);
  });

  it('a combobox with several matching options asks instead of guessing', async () => {
    const dom = await loadReplica('efsp/wizard.html');
    const step: FillStep = { selector: '#courtLocation', label: 'Location', source: 'court.county', value: 'Alder', confidence: 0.8, reason: '', kind: 'combobox', option: { contains: ['alder'] } };
    const report = await fill(dom.window.document, [step], dom.window.document.URL);
    expect(report.outcomes[0]).toMatchObject({ outcome: 'skipped', reason: 'several options match: choose one' });
    expect(report.outcomes[0]!.choices).toEqual(['Alder County - Criminal', 'Alder County - Family Law', 'Alder County - Civil Unlimited']);
  });

  it('a selector that finds nothing is skipped with the reason', async () => {
    document.body.innerHTML = '';
    const report = await fill(document, [text('#nope', 'x')], document.URL);
    expect(report.outcomes[0]).toMatchObject({ outcome: 'skipped', reason: 'not on the page' });
  });
});

describe('comboboxes built elsewhere', () => {
  it('finds a popup portalled to the end of the body with no aria-controls', async () => {
    document.body.innerHTML = '<label for="cb">Court</label><input id="cb" role="combobox" aria-expanded="false">';
    const input = document.getElementById('cb') as HTMLInputElement;
    input.addEventListener('input', () => {
      setTimeout(() => {
        document.querySelector('#pop')?.remove();
        const list = document.createElement('ul');
        list.id = 'pop';
        list.setAttribute('role', 'listbox');
        for (const label of ['Alder County - Criminal', 'Alder County - Family Law']) {
          const li = document.createElement('li');
          li.setAttribute('role', 'option');
          li.textContent = label;
          li.addEventListener('click', () => (input.value = label));
          list.append(li);
        }
        document.body.append(list);
      }, 30);
    });
    const report = await fill(document, [{ selector: '#cb', label: 'Court', source: 'court.county', value: 'Alder', confidence: 0.8, reason: '', kind: 'combobox', option: { contains: ['alder'], prefer: ['criminal'] } }], document.URL);
    expect(report.outcomes[0]).toMatchObject({ outcome: 'filled' });
    expect(input.value).toBe('Alder County - Criminal');
  });
});

describe('undo', () => {
  it('the previous values put back: a radio unchecked, a combobox cleared without waiting for options', async () => {
    const dom = await loadReplica('efsp/wizard.html');
    const doc = dom.window.document;
    const report = await fill(doc, [{ selector: '#courtLocation', label: 'Location', source: 'court.county', value: '', confidence: 1, reason: 'undo', kind: 'combobox' }], doc.URL, { optionTimeoutMs: 50 });
    expect(report.outcomes[0]).toMatchObject({ outcome: 'filled' });
    document.body.innerHTML = '<label><input type="radio" id="f" name="s" value="F" checked> Female</label>';
    const r2 = await fill(document, [{ selector: '#f', label: 'Sex', source: 'client.sex', value: 'false', confidence: 1, reason: 'undo', kind: 'radio' }], document.URL);
    expect(r2.outcomes[0]).toMatchObject({ outcome: 'filled' });
    expect((document.getElementById('f') as HTMLInputElement).checked).toBe(false);
  });
});
