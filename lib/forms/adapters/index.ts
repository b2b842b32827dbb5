/**
 * Known PDF forms as data, in the portal adapter schema: `pdfText` (printed on page 1, a form
 * number) recognises the form; each field's selector is the PDF field's full name.
 */
import type { MilestoneKey } from '../../model';
import { Adapter } from '../../portals/schema';

export const FORM_ADAPTERS: Adapter[] = [
  Adapter.parse({
    id: 'doj-rr-101-replica',
    name: 'DOJ-RR 101 record review request (replica)',
    matches: ['file:///*'],
    pdfText: ['DOJ-RR 101'],
    steps: [
      {
        id: 'form',
        fields: [
          { selectors: ['form1[0].#subform[0].RadioButtonList[1]'], source: 'filing.requestType', option: { contains: ['record', 'review'] } },
          { selectors: ['form1[0].#subform[0].Field[20]'], source: 'attorney.name' },
        ],
      },
    ],
    neverFill: ['form1[0].#subform[0].Field[22]'],
  }),
  Adapter.parse({
    id: 'doj-rr-102-replica',
    name: 'DOJ-RR 102 out-of-state request (replica)',
    matches: ['file:///*'],
    pdfText: ['DOJ-RR 102'],
    steps: [{ id: 'form', fields: [{ selectors: ['TextField4'], source: 'client.dob', transforms: [{ date: 'MM/DD/YYYY' }] }] }],
    neverFill: ['TextField17'],
  }),
  Adapter.parse({
    id: 'va-100-replica',
    name: 'VA-100 petition to vacate (replica)',
    matches: ['file:///*'],
    pdfText: ['VA-100', 'PETITION TO VACATE'],
    steps: [
      {
        id: 'form',
        fields: [
          { selectors: ['VA-100[0].Page1[0].Caption[0].AttyInfo[0].AttyFor[0]'], source: 'client.fullName', transforms: [{ template: 'Petitioner {value}' }] },
          { selectors: ['VA-100[0].Page1[0].Caption[0].AttyInfo[0].Name[0]'], source: 'attorney.name' },
          { selectors: ['VA-100[0].Page1[0].Sig[0].PrintName[0]'], source: 'attorney.name' },
        ],
      },
    ],
  }),
  Adapter.parse({
    id: 'va-110-replica',
    name: 'VA-110 petition to seal arrest (replica)',
    matches: ['file:///*'],
    pdfText: ['VA-110', 'SEAL ARREST'],
    steps: [{ id: 'form', fields: [{ selectors: ['Text11'], source: 'attorney.name' }, { selectors: ['Text12'], source: 'attorney.barNumber' }] }],
  }),
];

/** The adapter whose every `pdfText` is on the first page, or null (the heuristic plan). */
export function adapterForForm(firstPageText: string): Adapter | null {
  const text = firstPageText.replace(/\s+/g, ' ').toUpperCase();
  return FORM_ADAPTERS.find((a) => a.pdfText?.length && a.pdfText.every((t) => text.includes(t.toUpperCase()))) ?? null;
}

/** The case milestone that a filled copy of a known form marks: a DOJ record-review request is the request made. */
export const FORM_MILESTONES: Record<string, MilestoneKey> = {
  'doj-rr-101-replica': 'recordRequested',
  'doj-rr-102-replica': 'recordRequested',
};

export interface KnownForm {
  /** The adapter's id. */
  id: string;
  name: string;
  /** The form number printed on it ("DOJ-RR 101"), for file names. */
  number: string;
  milestone?: MilestoneKey;
}

/**
 * What the panel and the CLI say about a form an adapter knows.
 * @example knownForm(adapterForForm(text)!) // { id: 'doj-rr-101-replica', number: 'DOJ-RR 101', milestone: 'recordRequested', ... }
 */
export function knownForm(adapter: Adapter): KnownForm {
  const milestone = FORM_MILESTONES[adapter.id];
  return { id: adapter.id, name: adapter.name, number: adapter.pdfText?.[0] ?? adapter.id, ...(milestone ? { milestone } : {}) };
}
