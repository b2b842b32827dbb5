import type { AdapterInput } from '../schema';

/**
 * The replica EFSP's "file into existing case" wizard (tests/fixtures/portals/efsp/). Steps are
 * recognised by the visible section; comboboxes are picked by label since option codes differ
 * between courts. The payment step and the separate payment page are never filled.
 */
export const efspAlder: AdapterInput = {
  id: 'efsp-alder-replica',
  name: 'eFile Alder (replica EFSP): file into existing case',
  matches: ['http://127.0.0.1/efsp/*', 'http://localhost/efsp/*'],
  neverFillPages: ['http://127.0.0.1/efsp/payment.html*', 'http://localhost/efsp/payment.html*'],
  neverFillSteps: ['payment'],
  steps: [
    {
      id: 'case',
      title: 'Case information',
      detect: 'section[data-step="case"]',
      fields: [
        { selectors: ['#courtLocation', 'input[aria-controls="courtLocation-list"]'], source: 'court.county', type: '{value}', option: { label: '{value} County - Criminal' } },
        { selectors: ['#caseSearchNumber', 'input[name="CaseSearch.CaseNumber"]'], source: 'court.caseNumber' },
      ],
    },
    {
      id: 'documents',
      title: 'Documents',
      detect: 'section[data-step="documents"]',
      fields: [
        { selectors: ['#filingCode'], source: 'filing.code', type: '{value}', option: { contains: ['(PC {value})'] } },
        { selectors: ['#documentType'], source: 'filing.documentType', type: '{value}', option: { label: '{value}' } },
        { selectors: ['#docDescription', 'input[name="Documents[0].Description"]'], source: 'filing.documentTitle' },
      ],
    },
    {
      id: 'parties',
      title: 'Parties',
      detect: 'section[data-step="parties"]',
      fields: [
        { selectors: ['#partiesFrame |> #filingOnBehalfOf'], source: 'client.lastFirst', transforms: [{ case: 'upper' }], option: { label: '{value} (Defendant)' } },
        { selectors: ['#partiesFrame |> #leadAttorney'], source: 'attorney.name' },
        { selectors: ['#partiesFrame |> #attorneyBarNo'], source: 'attorney.barNumber' },
      ],
    },
    {
      id: 'service',
      title: 'Service contacts',
      detect: 'section[data-step="service"]',
      fields: [{ selectors: ['#serviceContacts >>> #serviceContact'], source: 'filing.serviceContact', option: { label: '{value} - Criminal Division' } }],
    },
    {
      id: 'fees',
      title: 'Fees',
      detect: 'section[data-step="fees"]',
      fields: [{ selectors: ['#paymentAccount'], source: 'filing.feeWaiver', option: { contains: ['fee', 'waiver'] } }],
    },
    { id: 'payment', title: 'Payment', detect: 'section[data-step="payment"]', fields: [] },
    { id: 'review', title: 'Review', detect: 'section[data-step="review"]', fields: [] },
  ],
};
