import type { AdapterInput } from '../schema';

/** The replica court's criminal case summary (tests/fixtures/portals/court/case-summary.html): scraped, never filled. */
export const alderCaseSummary: AdapterInput = {
  id: 'alder-case-summary-replica',
  name: 'Alder Superior Court (replica): criminal case summary',
  matches: ['http://127.0.0.1/court/case-summary.html*', 'http://localhost/court/case-summary.html*'],
  scrape: { charges: '#charges', dispositions: '#dispositions', sentences: '#sentences', caseNumber: '#caseNumber', court: '#courtLocation' },
};
