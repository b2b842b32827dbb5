/**
 * The packet benchmark's input: 12 matters in 3 counties and 40 pages of exhibits, half of them
 * scanned images (5 PNG + 5 JPEG pages at roughly 100-200 KB each, and 10 more image pages), half
 * text PDFs. Invented people only. Deterministic: the same bytes on every run.
 *
 * @example
 *   const input = buildPacketBenchInput();
 *   await assemblePacket(input.body, { asOf: input.asOf, selection: input.selection, exhibits: input.exhibits, fonts });
 */
import { CaseBody, type Evidence } from '@/lib/model';
import type { CountySelection } from '@/lib/packet';
import { makeJpeg, makePdf, makePng } from './exhibit-files';

export interface PacketBenchInput {
  body: CaseBody;
  selection: CountySelection[];
  exhibits: Map<string, Uint8Array>;
  asOf: string;
  /** Total bytes of the exhibit files. */
  exhibitBytes: number;
  exhibitPages: number;
}

const COUNTIES = ['Los Angeles', 'Orange', 'San Diego'];
const OFFENSES = [
  { code: 'PC', section: '647(b)', description: 'Disorderly conduct: prostitution', level: 'M' },
  { code: 'PC', section: '484(a)', description: 'Petty theft', level: 'M' },
  { code: 'HS', section: '11377(a)', description: 'Possession of a controlled substance', level: 'M' },
  { code: 'PC', section: '148.9(a)', description: 'False identification to a peace officer', level: 'M' },
] as const;

export function buildPacketBenchInput(): PacketBenchInput {
  const events: (Record<string, unknown> & { id: string; county: string })[] = [];
  for (let i = 0; i < 12; i++) {
    const county = COUNTIES[i % 3]!;
    const o = OFFENSES[i % 4]!;
    const month = String((i % 12) + 1).padStart(2, '0');
    events.push({
      id: `bench-${i + 1}`,
      kind: i % 5 === 4 ? 'arrest' : 'conviction',
      date: `${2011 + Math.floor(i / 4)}-${month}-1${i % 9}`,
      county,
      court: `${county} County Superior Court`,
      agency: `${county} Police Department`,
      caseNumber: i % 5 === 4 ? '' : `BX${String(10000 + i * 137)}`,
      ...o,
      disposition: i % 5 === 4 ? 'Released, no charges filed' : 'Convicted',
      sentence: i % 2 ? 'Summary probation' : '10 days jail, fine',
      notes: 'The trafficker directed this conduct and took all proceeds; refusal meant violence.',
    });
  }
  const exhibits = new Map<string, Uint8Array>();
  const evidence: Evidence[] = [];
  const add = (id: string, title: string, kind: Evidence['kind'], bytes: Uint8Array) => {
    exhibits.set(id, bytes);
    evidence.push({ id, title, kind, file: `exhibits/${id}`, description: '' });
  };
  // 20 image pages: alternating PNG and JPEG "scans" (PNG 700 x 906 px, JPEG 850 x 1100 px).
  for (let i = 0; i < 20; i++) {
    const png = i % 2 === 0;
    add(`scan-${i + 1}`, `Scanned record ${i + 1}`, i === 0 ? 'official-documentation' : 'record', png ? makePng(700, 906, 1000 + i, 3) : makeJpeg(850, 1100, 1000 + i, 60, 12));
  }
  // 20 PDF pages in four 5-page documents.
  for (let i = 0; i < 4; i++) add(`pdf-${i + 1}`, `Service provider records, part ${i + 1}`, 'declaration', makePdf(5, `Records part ${i + 1}, page`));

  const body = CaseBody.parse({
    client: { firstName: 'Marisol', middleName: 'Ana', lastName: 'Benchmark-Ortega', language: 'es', interpreterNeeded: true },
    attorney: { name: 'Casey Example', barNumber: '300001', firm: 'Example Legal Aid (fictional)', phone: '(555) 555-0100', email: 'casey@example.org', address: { street: '1 Example Plaza', city: 'Los Angeles', state: 'CA', zip: '90012' } },
    trafficking: { periods: [{ from: '2010-01-01', to: '2014-12-31' }], narrative: 'Invented benchmark narrative. '.repeat(40) },
    events,
    evidence,
    court: { county: 'Los Angeles', name: 'Superior Court of California, County of Los Angeles' },
    prosecutingAgencies: COUNTIES.map((county) => ({ county, name: `${county} County District Attorney`, address: { street: '1 Justice Way', city: county, state: 'CA', zip: '90000' }, servedOn: '2026-03-02' })),
  });
  const selection: CountySelection[] = COUNTIES.map((county) => ({ county, eventIds: events.filter((e) => e.county === county).map((e) => e.id) }));
  let exhibitBytes = 0;
  for (const b of exhibits.values()) exhibitBytes += b.length;
  return { body, selection, exhibits, asOf: '2026-05-01', exhibitBytes, exhibitPages: 40 };
}
