import { describe, expect, it } from 'vitest';
import { caseChecklist, exhibitHasFile, petitionMatters, type ChecklistId } from '@/lib/case-checklist';
import { caseStatus, STATUS_MESSAGES } from '@/lib/case-status';
import { ENGLISH, formatIsoDate, formatMessage, loadCatalog, type Catalog } from '@/lib/i18n';
import { renderMsg, type Msg } from '@/lib/i18n/msg';
import { screen } from '@/lib/law';
import { CaseBody, emptyDrafting, type CaseEvent } from '@/lib/model';
import { sampleBody } from '../factories/case-factory';

const AS_OF = '2026-12-01';

/** A message as the panel words it in one language (components/ui/i18n.tsx does the same). */
const wording = (catalog: Catalog, locale: 'en' | 'es') => (m: Msg) =>
  renderMsg(m, { t: (key, ...subs) => formatMessage(catalog, ENGLISH, key, subs), date: (iso) => formatIsoDate(iso, locale) });
const english = wording(ENGLISH, 'en');

/** One item of the checklist, with its message in English as `text`. */
function itemOf(body: CaseBody, id: ChecklistId, asOf = AS_OF) {
  const item = caseChecklist(body, screen(body, { asOf }), asOf).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return { ...item, text: english(item.message) };
}

/** One Los Angeles misdemeanor inside the trafficking period: a candidate. */
function oneMatter(patch: Partial<CaseEvent> = {}): CaseBody {
  return CaseBody.parse({
    client: { firstName: 'Rosa', lastName: 'Invented' },
    trafficking: { periods: [{ from: '2012-01-01', to: '2015-12-31' }] },
    events: [{ id: 'm1', kind: 'conviction', date: '2013-04-02', code: 'PC', section: '647(b)', level: 'M', county: 'Los Angeles', ...patch }],
  });
}

describe('caseChecklist', () => {
  it('lists the ten steps in the order the work is done, each with its tab', () => {
    const body = sampleBody();
    const items = caseChecklist(body, screen(body, { asOf: AS_OF }), AS_OF);
    expect(items.map((i) => [i.id, i.tab])).toEqual([
      ['record', 'Record'],
      ['periods', 'Trafficking'],
      ['review', 'Record'],
      ['nexus', 'Packet'],
      ['court-agency', 'Packet'],
      ['attorney', 'Attorney'],
      ['exhibit-files', 'Packet'],
      ['full-name', 'Packet'],
      ['hearing', 'Packet'],
      ['service', 'Packet'],
    ]);
  });

  describe('record', () => {
    it('is open with no entries, and sends the user to the RAP sheet import', () => {
      const body = CaseBody.parse({ client: {} });
      expect(itemOf(body, 'record')).toMatchObject({ done: false, tab: 'RAP sheet', target: 'rap', text: "Enter the client's record: import the RAP sheet, or add the arrests and convictions." });
    });
    it('is open while no entry is a candidate', () => {
      const body = oneMatter({ date: '2019-01-01' });
      expect(itemOf(body, 'record')).toMatchObject({ done: false, tab: 'Record', target: 'review' });
      expect(itemOf(body, 'record').text).toBe('No entry is a vacatur candidate yet: settle the reviews, or record an attorney override on an entry (Pen. Code § 236.14(a)).');
    });
    it('is done with a candidate, or with an attorney override recorded', () => {
      expect(itemOf(oneMatter(), 'record')).toMatchObject({ done: true, text: '1 matter to petition for.' });
      const overridden = oneMatter({ date: '2019-01-01', packetOverride: { reason: 'Trafficker still in control then (declaration, para. 9).', by: '', on: '' } });
      expect(petitionMatters(overridden, screen(overridden, { asOf: AS_OF })).map((e) => e.id)).toEqual(['m1']);
      expect(itemOf(overridden, 'record').done).toBe(true);
    });
  });

  describe('periods', () => {
    it('is open without a trafficking period', () => {
      const body = oneMatter();
      body.trafficking.periods = [];
      expect(itemOf(body, 'periods')).toMatchObject({
        done: false,
        tab: 'Trafficking',
        text: 'Enter when the client was trafficked: without a period every entry needs review (Pen. Code § 236.14(a), (g)(1)).',
      });
    });
    it('is done with one', () => {
      expect(itemOf(oneMatter(), 'periods')).toMatchObject({ done: true, text: '1 trafficking period entered.' });
    });
  });

  describe('review', () => {
    it('counts unanswered questions of entries that need review', () => {
      // The sample: a 2013 entry in the gap between the periods, and a 2018 entry after them.
      expect(itemOf(sampleBody(), 'review')).toMatchObject({ done: false, target: 'review', text: 'Answer 2 open questions on 2 entries that need review.' });
    });
    it('is done once the questions are answered', () => {
      const body = sampleBody();
      const r = screen(body, { asOf: AS_OF });
      for (const item of r.items.filter((i) => i.verdict === 'review')) {
        const e = body.events.find((x) => x.id === item.eventId)!;
        for (const q of item.questions) e.answers[q.id] = 'yes';
      }
      expect(itemOf(body, 'review')).toMatchObject({ done: true, text: 'No open review questions.' });
    });
    it('treats "not known yet" as still open', () => {
      const body = sampleBody();
      const gap = screen(body, { asOf: AS_OF }).items.find((i) => i.eventId === 'ev-2013-gap')!;
      body.events.find((e) => e.id === 'ev-2013-gap')!.answers[gap.questions[0]!.id] = 'unknown';
      expect(itemOf(body, 'review').done).toBe(false);
    });
  });

  describe('nexus', () => {
    it('is open for matters without a nexus', () => {
      expect(itemOf(oneMatter(), 'nexus')).toMatchObject({ done: false, tab: 'Packet', target: 'nexus', text: 'Write how the matter was a direct result of the trafficking (Pen. Code § 236.14(a), (b)).' });
      const body = sampleBody();
      body.events[0]!.nexus = 'Her trafficker sent her out that night.';
      expect(itemOf(body, 'nexus').text).toBe('Write the nexus of 5 of 6 matters: how each was a direct result of the trafficking (Pen. Code § 236.14(a), (b)).');
    });
    it('is open while there is no matter at all', () => {
      expect(itemOf(CaseBody.parse({ client: {} }), 'nexus').done).toBe(false);
    });
    it('is done when every matter has one', () => {
      expect(itemOf(oneMatter({ nexus: 'Arrested while working a quota her trafficker set.' }), 'nexus')).toMatchObject({ done: true, text: 'Every matter has its nexus to the trafficking.' });
    });
  });

  describe('court-agency', () => {
    it('sends a matter without a county to its entry in the Record tab', () => {
      expect(itemOf(oneMatter({ county: '' }), 'court-agency')).toMatchObject({
        done: false,
        tab: 'Record',
        target: 'event:m1:county',
        text: 'Name the court and the prosecuting agency to serve: 1 matter without a county, so no court (Pen. Code § 236.14(c)).',
      });
    });
    it('names the county whose matter has no prosecuting agency (level unknown in a city with its own prosecutor)', () => {
      const item = itemOf(oneMatter({ level: '', agency: 'Los Angeles Police Department', date: '2013-04-02' }), 'court-agency');
      expect(item).toMatchObject({ done: false, tab: 'Packet', target: 'agency' });
      expect(item.text).toBe('Name the court and the prosecuting agency to serve: Los Angeles: no prosecuting agency for 1 matter (Pen. Code § 236.14(c)).');
    });
    it('is done with suggested agencies, and says to confirm them', () => {
      expect(itemOf(oneMatter(), 'court-agency')).toMatchObject({ done: true, text: 'Every matter has a court and a prosecuting agency (1 agency suggested from the record: confirm it).' });
      expect(itemOf(oneMatter({ prosecutingAgency: 'Los Angeles City Attorney' }), 'court-agency').text).toBe('Every matter has a court and a prosecuting agency.');
    });
  });

  describe('attorney', () => {
    it('names each missing detail', () => {
      const body = oneMatter();
      expect(itemOf(body, 'attorney')).toMatchObject({
        done: false,
        tab: 'Attorney',
        text: 'Attorney details missing: name, State Bar number, office address, phone, email (the first page of every pleading shows them).',
      });
      body.attorney = { ...sampleBody().attorney, phone: '' };
      expect(itemOf(body, 'attorney').text).toBe('Attorney details missing: phone (the first page of every pleading shows them).');
    });
    it('is done when all are there', () => {
      expect(itemOf(sampleBody(), 'attorney')).toMatchObject({ done: true, text: 'Attorney details complete.' });
    });
  });

  describe('exhibit-files', () => {
    it('lists exhibits without a file', () => {
      expect(itemOf(sampleBody(), 'exhibit-files')).toMatchObject({
        done: false,
        target: 'exhibits',
        text: 'Attach the files of 2 exhibits: USCIS Form I-797 approval notice, T nonimmigrant status, Letter from shelter case manager.',
      });
    });
    it('counts a file path, a data URL or a stored file', () => {
      const body = sampleBody();
      body.evidence[0]!.file = 'data:image/png;base64,AAAA';
      Object.assign(body.evidence[1]!, { fileRef: { id: 'f1', name: 'letter.pdf', type: 'application/pdf', size: 10, sha256: 'a'.repeat(64) } });
      expect(exhibitHasFile(body.evidence[1]!)).toBe(true);
      expect(itemOf(body, 'exhibit-files')).toMatchObject({ done: true, text: 'Every exhibit has its file (2).' });
    });
    it('is done with no exhibits, which the statute does not require', () => {
      expect(itemOf(oneMatter(), 'exhibit-files')).toMatchObject({ done: true, text: 'No exhibits listed (official documentation helps but is not required: Pen. Code § 236.14(m)(2)).' });
    });
  });

  describe('full-name', () => {
    it('is open for exhibits that may show the full name', () => {
      expect(itemOf(sampleBody(), 'full-name')).toMatchObject({
        done: false,
        target: 'full-name',
        text: "2 exhibits may show the client's full name: redact them or lodge them under seal (Pen. Code § 236.14(q)).",
      });
    });
    it('is done once each is lodged under seal or marked redacted', () => {
      const body = sampleBody();
      body.drafting = { ...emptyDrafting(), lodgedExhibitIds: ['ex-tvisa'] };
      expect(itemOf(body, 'full-name').text).toMatch(/^1 exhibit may show .* redact it or lodge it under seal/);
      body.evidence[1]!.showsFullName = false;
      expect(itemOf(body, 'full-name')).toMatchObject({ done: true, text: "No exhibit shows the client's full name in the public filing." });
    });
  });

  describe('hearing', () => {
    it('names each petition without a hearing date, juvenile courts apart', () => {
      expect(itemOf(sampleBody(), 'hearing')).toMatchObject({ done: false, text: 'Enter the hearing date the court set: Los Angeles (juvenile court), Orange, Los Angeles.' });
    });
    it('is done when each petition has its date', () => {
      const body = oneMatter();
      body.drafting = { ...emptyDrafting(), hearings: [{ county: 'Los Angeles County', date: '2027-02-03', time: '8:30 a.m.', department: '30', juvenile: false }] };
      expect(itemOf(body, 'hearing')).toMatchObject({ done: true, text: 'Hearing date entered.' });
    });
  });

  describe('service', () => {
    it('is open with no agency listed, or one not served', () => {
      expect(itemOf(oneMatter(), 'service')).toMatchObject({ done: false, text: 'List the prosecuting agencies to serve; each has 45 days from receipt to respond (Pen. Code § 236.14(c)).' });
      expect(itemOf(sampleBody(), 'service').text).toBe("Record service on Los Angeles County District Attorney's Office, Orange County District Attorney's Office (Pen. Code § 236.14(c)).");
    });
    it('is done once every agency is served, with the response date, and flags a passed period', () => {
      const body = sampleBody();
      body.prosecutingAgencies = body.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2026-12-01', serviceMethod: 'personal' }));
      expect(itemOf(body, 'service')).toMatchObject({ done: true, text: "Service recorded. Response due from Los Angeles County District Attorney's Office by 01/15/2027 (Pen. Code § 236.14(c))." });
      expect(itemOf(body, 'service', '2027-01-16').text).toBe('Service recorded. The response period ended 01/15/2027 (Pen. Code § 236.14(d)).');
      expect(itemOf(body, 'service', '2027-01-15').text).toMatch(/Response due .* by 01\/15\/2027/);
    });
    it('asks for the receipt date when service was by mail and receipt is unknown', () => {
      const body = sampleBody();
      body.prosecutingAgencies = body.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2026-12-01', serviceMethod: 'mail' }));
      expect(itemOf(body, 'service').text).toBe('Service recorded. Enter when each agency received it: the 45 days run from receipt (Pen. Code § 236.14(c)).');
    });
  });
});

describe('the checklist in Spanish', () => {
  it('words every item from the Spanish catalog, dates day first, citations as written', async () => {
    const spanish = wording(await loadCatalog('es'), 'es');
    const body = sampleBody();
    body.prosecutingAgencies = body.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2026-12-01', serviceMethod: 'personal' }));
    const items = caseChecklist(body, screen(body, { asOf: AS_OF }), AS_OF);
    const byId = new Map(items.map((i) => [i.id, spanish(i.message)]));
    expect(byId.get('review')).toBe('Responda 2 preguntas pendientes en 2 entradas que requieren revisión.');
    expect(byId.get('service')).toBe("Notificación registrada. Los Angeles County District Attorney's Office debe responder a más tardar el 15/01/2027 (Pen. Code § 236.14(c)).");
    expect(byId.get('hearing')).toBe('Ingrese la fecha de audiencia que fijó el tribunal: Los Angeles (tribunal de menores), Orange, Los Angeles.');
    for (const [id, text] of byId) expect([id, text]).not.toEqual([id, expect.stringMatching(/overview_/)]);
  });
});

describe('caseStatus', () => {
  it('is intake until a milestone has a date', () => {
    expect(caseStatus(undefined)).toEqual({ key: 'intake', date: '' });
    expect(caseStatus({ recordRequested: '' })).toEqual({ key: 'intake', date: '' });
  });
  it('is the furthest step with a date, whatever the dates', () => {
    expect(caseStatus({ recordRequested: '2026-01-05', rapReceived: '2026-01-20' })).toEqual({ key: 'rapReceived', date: '2026-01-20' });
    expect(caseStatus({ recordRequested: '2026-03-01', filed: '2026-02-01' })).toEqual({ key: 'filed', date: '2026-02-01' });
    expect(caseStatus({ dojSealingConfirmed: '2027-06-01' }).key).toBe('dojSealingConfirmed');
  });
  it('names every status in words (English and Spanish catalogs)', async () => {
    const spanish = await loadCatalog('es');
    expect(Object.values(STATUS_MESSAGES).map((k) => ENGLISH[k]?.message)).toEqual(['Intake', 'Record requested', 'RAP sheet received', 'Petition filed', 'Agencies served', 'Hearing', 'Order entered', 'DOJ sealing confirmed']);
    for (const k of Object.values(STATUS_MESSAGES)) expect(spanish[k]?.message).toBeTruthy();
  });
});
