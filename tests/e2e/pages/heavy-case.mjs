// A case whose packet is heavy to build (issue 12's budget: "a 12-matter packet"), created through
// the background like the bench's cases: 12 candidate matters in three counties, and exhibits that
// pdf-lib must copy into every county's exhibits PDF and combined PDF (a long text PDF, a scan).
import { manyPagePdf } from '../../factories/hostile-files.mjs';

// A 2x2 PNG (an invented "scan").
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

export const HEAVY_CASE_NAME = 'Twelvematters';

/** The case body: 12 PC 647(b) convictions inside the trafficking period, 4 per county. */
export function heavyCaseBody({ exhibitPages = 600 } = {}) {
  const counties = ['Los Angeles', 'Orange', 'San Diego'];
  const events = Array.from({ length: 12 }, (_, i) => ({
    id: `ev-${i + 1}`,
    kind: 'conviction',
    date: `${2011 + (i % 5)}-0${(i % 9) + 1}-1${i % 10}`,
    county: counties[i % 3],
    court: `${counties[i % 3]} County Superior Court`,
    agency: `${counties[i % 3]} Police Department`,
    caseNumber: `M${2011 + (i % 5)}-${1000 + i}`,
    code: 'PC',
    section: '647(b)',
    description: 'Disorderly conduct: prostitution',
    level: 'M',
    disposition: 'Convicted',
    sentence: 'Probation',
  }));
  const pdf = Buffer.from(manyPagePdf(exhibitPages, 'Certified court file, page of record')).toString('base64');
  return {
    client: { firstName: 'Rosa', lastName: HEAVY_CASE_NAME, dob: '1990-02-03' },
    trafficking: { periods: [{ from: '2010-01-01', to: '2016-12-31' }], narrative: '' },
    events,
    evidence: [
      { id: 'ex-court-file', title: 'Certified court file', kind: 'record', file: `data:application/pdf;base64,${pdf}` },
      { id: 'ex-scan', title: 'Shelter letter scan', kind: 'declaration', file: `data:image/png;base64,${PNG}` },
    ],
  };
}

/** Creates the case in the store from a panel page (past the lock), loads the panel again and opens it on the Packet tab. */
export async function openHeavyCase(panel, options) {
  const page = panel.page;
  const body = heavyCaseBody(options);
  const created = await page.evaluate((b) => chrome.runtime.sendMessage({ type: 'cases/create', body: b }), body);
  if (!created.ok) throw new Error(created.error);
  await panel.open(page.url()); // a fresh load lists the new case
  await panel.openCase(HEAVY_CASE_NAME);
  await panel.tab('Packet');
}
