/**
 * Synthetic California DOJ RAP sheets of any size, for benchmarks and scale tests
 * (a 1 MB sheet is about 1,000 cycles). Deterministic for a given seed; invented people only.
 * No imports from lib/, so scripts can bundle it alone.
 *
 * @example
 * const { text, expected } = syntheticRapSheet({ cycles: 1000, seed: 7 });
 * // expected.convictions === parseRapSheet(text) convictions
 */

import { seededRandom } from './seeded-random';

export { seededRandom };

const CHARGES: Array<[string, string, string, 'F' | 'M' | 'I']> = [
  ['647(B)', 'PC', 'DISORDERLY CONDUCT:PROSTITUTION', 'M'],
  ['653.22(A)', 'PC', 'LOITER W/INTENT COMMIT PROSTITUTION', 'M'],
  ['11350(A)', 'HS', 'POSSESS NARCOTIC CONTROL SUBSTANCE', 'F'],
  ['11377(A)', 'HS', 'POSSESS CONTROLLED SUBSTANCE', 'M'],
  ['484(A)', 'PC', 'THEFT OF PROPERTY', 'M'],
  ['459', 'PC', 'BURGLARY', 'F'],
  ['148(A)(1)', 'PC', 'OBSTRUCT/RESIST PUBLIC OFFICER', 'M'],
  ['530.5(A)', 'PC', 'UNAUTHORIZED USE PERSONAL ID INFORMATION', 'F'],
  ['23152(A)', 'VC', 'DUI ALCOHOL/DRUGS', 'M'],
  ['148.9(A)', 'PC', 'FALSE ID TO PEACE OFFICER', 'I'],
];
const PLACES = ['LOS ANGELES', 'SAN DIEGO', 'ALAMEDA', 'SACRAMENTO', 'FRESNO', 'ORANGE', 'RIVERSIDE', 'KERN'];
const LEVEL_WORD = { F: 'FELONY', M: 'MISDEMEANOR', I: 'INFRACTION' } as const;

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function ymd(rnd: () => number, year: number): string {
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  return `${year}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

export interface SyntheticRapSheet {
  text: string;
  expected: { cycles: number; convictions: number; arrests: number };
}

/** A RAP sheet with `cycles` cycles: arrest, court (convicted and dismissed counts), some updates and custody entries. */
export function syntheticRapSheet({ cycles, seed = 1 }: { cycles: number; seed?: number }): SyntheticRapSheet {
  const rnd = seededRandom(seed);
  const out: string[] = [
    'TO: BNCH FROM: CLETS                01/02/25 10:00:00',
    'RE: QHY.CA0000000.00000000.SYNTHETIC-   DATE:20250102 TIME:10:00:00 RESTRICTED-DO NOT USE FOR EMPLOYMENT,LICENSING OR CERTIFICATION PURPOSES',
    '',
    'CII/A00001111',
    'DOB/19900101 SEX/F RAC/OTHER',
    'HGT/505 WGT/130 EYE/BRO HAIR/BRO POB/CA',
    'NAM/01 EXAMPLE,SYNTHIA',
    '    02 EXAMPLE,SYN',
    '',
  ];
  let convictions = 0;
  let arrests = 0;
  for (let c = 0; c < cycles; c++) {
    const year = 1995 + (c % 29);
    const place = pick(rnd, PLACES);
    const n = 1 + Math.floor(rnd() * 3);
    const charges = Array.from({ length: n }, () => pick(rnd, CHARGES));
    const arrestDate = ymd(rnd, year);
    out.push('* * * *', 'ARR/DET/CITE:         NAM:01', `${arrestDate}  CASO ${place}`, '');
    charges.forEach(([sec, code, desc], i) => {
      out.push(i === 0 ? `CNT:${String(i + 1).padStart(2, '0')}     #${year}-${10000 + c}` : `CNT:${String(i + 1).padStart(2, '0')}`);
      out.push(`  ${sec} ${code}-${desc}`);
      if (i === 0) out.push(`   ARR BY:CAPD ${place}`, `   COM: ADR-${100 + c} MAIN ST, ${place}, CA 9${String(c % 10000).padStart(4, '0')}`);
      out.push(`   COM: SCN-${String(1000000000 + c * 7919).slice(0, 10)}`, '');
    });
    if (rnd() < 0.15) {
      // Arrest only: released or rejected.
      out.push(rnd() < 0.5 ? ' DISPO:RELEASED/DETENTION ONLY' : ' DISPO:PROS REJ-LACK OF SUFFICIENT EVIDENCE');
      arrests += n;
      continue;
    }
    out.push('- - - -', 'COURT:                NAM:01', `${ymd(rnd, year)}  CASC ${place}`, '');
    charges.forEach(([sec, code, desc, lvl], i) => {
      out.push(i === 0 ? `CNT:${String(i + 1).padStart(2, '0')}     #${place.slice(0, 2)}${year}F${1000 + c}` : `CNT:${String(i + 1).padStart(2, '0')}`);
      out.push(`  ${sec} ${code}-${desc}`);
      if (i === 0 || rnd() < 0.5) {
        out.push('*DISPO:CONVICTED', `   CONV STATUS:${LEVEL_WORD[lvl]}`, '   SEN: 012 MONTHS PROBATION, 010 DAYS JAIL, FINE,', '        RESTN');
        out.push(`   COM: DCN-T${String(2345673500434 + c * 31).padStart(13, '0')}000222`);
        convictions++;
        if (rnd() < 0.2) out.push(`${ymd(rnd, year + 3)}`, ' DISPO:CONV SET ASIDE & DISM PER 1203.4 PC');
      } else {
        out.push(' DISPO:DISMISSED/FURTHERANCE OF JUSTICE');
        arrests++;
      }
      out.push('');
    });
    if (rnd() < 0.5) {
      out.push('- - - -', 'CUSTODY:JAIL          NAM:01', `${ymd(rnd, year)}  CASO ${place}`, '', `CNT:01     #J${100000 + c}`);
      out.push(`  ${charges[0]![0]} ${charges[0]![1]}-${charges[0]![2]}`, `   SEN FROM: ${place} CO CRT #${place.slice(0, 2)}${year}F${1000 + c}`);
      out.push('   SEN: 010 DAYS JAIL', '', `${ymd(rnd, year)}`, ' DISPO:RELEASED', '');
    }
    if (rnd() < 0.3) {
      out.push('- - - -', 'PROBATION:            NAM:01', `${ymd(rnd, year)}  CAPR ${place}`, '', `CNT:01     #P-${200000 + c}`);
      out.push(`  ${charges[0]![0]} ${charges[0]![1]}-${charges[0]![2]}`, '   SEN: 012 MONTHS PROBATION', '');
    }
  }
  out.push('* * * END OF MESSAGE * * *', '');
  return { text: out.join('\n'), expected: { cycles, convictions, arrests } };
}

/** A synthetic sheet of at least `bytes` characters (about 1,000 cycles per MB). */
export function syntheticRapSheetOfSize(bytes: number, seed = 1): SyntheticRapSheet {
  const probe = syntheticRapSheet({ cycles: 50, seed }).text.length / 50;
  let cycles = Math.max(1, Math.ceil(bytes / probe));
  let sheet = syntheticRapSheet({ cycles, seed });
  while (sheet.text.length < bytes) {
    cycles = Math.ceil(cycles * 1.05) + 1;
    sheet = syntheticRapSheet({ cycles, seed });
  }
  return sheet;
}
