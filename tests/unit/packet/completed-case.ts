import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Drafting, type CaseBody } from '@/lib/model';
import { sampleBody } from './helpers';

/** A one-page PDF exhibit, written to `dir` (the sample case names its exhibits but carries no files). */
const TINY_PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/**
 * The sample case with everything an attorney completes before filing: offense dates and nexus
 * for the matters used here, service, the hearing per petition, and every drafting answer.
 * `exhibitDir` receives the exhibit files (their paths go in `file`, as the CLI reads them);
 * without it each exhibit carries its file as a data: URL (as the panel's case files do).
 */
export function completedBody(exhibitDir?: string): CaseBody {
  const body = sampleBody();
  const done = new Set(['ev-2012-conv', 'ev-2014-theft', 'ev-2010-juv']);
  body.events = body.events.map((e) =>
    done.has(e.id)
      ? {
          ...e,
          offenseDate: e.kind === 'arrest' ? '' : e.date,
          nexus: 'The man who controlled me set a nightly quota and took every dollar; I did this because he said he would hurt my sister if I came back with less.',
          prosecutingAgency: e.county === 'Orange' ? "Orange County District Attorney's Office" : e.kind === 'adjudication' ? "Los Angeles County District Attorney's Office" : 'Los Angeles City Attorney',
        }
      : e,
  );
  body.prosecutingAgencies = [
    ...body.prosecutingAgencies.map((a) => ({ ...a, servedOn: '2026-11-02', serviceMethod: 'mail' as const, receivedOn: '2026-11-05' })),
    { county: 'Los Angeles', name: 'Los Angeles City Attorney', address: { street: '200 North Main Street', city: 'Los Angeles', state: 'CA', zip: '90012' }, servedOn: '2026-11-02', serviceMethod: 'personal' as const, receivedOn: '', serviceEmail: '' },
  ];
  body.evidence = body.evidence.map((e, i) => {
    if (!exhibitDir) return { ...e, file: `data:application/pdf;base64,${Buffer.from(TINY_PDF).toString('base64')}`, showsFullName: false };
    const file = join(exhibitDir, `exhibit-${i}.pdf`);
    writeFileSync(file, TINY_PDF);
    return { ...e, file, showsFullName: false };
  });
  body.drafting = Drafting.parse({
    hearings: [
      { county: 'Los Angeles', date: '2027-02-10', time: '8:30 a.m.', department: '100' },
      { county: 'Los Angeles', date: '2027-02-17', time: '9:00 a.m.', department: '250', juvenile: true },
      { county: 'Orange', date: '2027-03-03', time: '1:30 p.m.', department: 'C5' },
    ],
    servicesSoughtOn: '2013-02-01',
    servicesSoughtFrom: 'a shelter program for survivors (fictional)',
    factsSummary: 'Petitioner was recruited at sixteen and controlled by force and threats until January 2013 (Decl. of Petitioner, ¶¶ 3-6).',
    victimBasis: 'The facts describe trafficking under section 236.1, subdivisions (a) and (c) (Decl. of Petitioner, ¶¶ 3-6).',
    nonviolentConfirmed: true,
    bestInterest: 'Petitioner has worked steadily since 2014 and the records block housing and work (Decl. of Petitioner, ¶ 9).',
    declarationInOwnWords: true,
    signingCity: 'Los Angeles',
    interpreterName: 'Rosa M. Delgado (fictional)',
    interpreterCredential: 'a certified court interpreter, No. 300000',
    restitution: 'none',
    otherRecordAgenciesChecked: true,
    sealedLodgingConfirmed: true,
    juvenileProcedureConfirmed: true,
    server: { name: 'Casey R. Moreno (fictional)', county: 'Los Angeles', city: 'Los Angeles', email: 'service@example.org' },
    supportingDeclarationTemplate: false,
  });
  return body;
}
