import { CaseBody, type CaseEvent } from '@/lib/model';
import sample from '@/lib/sample/sample-case.json';

/** The embedded demo case's body, parsed (invented people only). */
export function sampleBody(): CaseBody {
  return CaseBody.parse(structuredClone(sample.case));
}

/** A deterministic clock for repositories: ids c1, c2 ... and times one second apart. */
export function testClock(start = Date.UTC(2026, 0, 1)) {
  let n = 0;
  return {
    now: () => new Date(start + n * 1000).toISOString(),
    newId: () => `c${++n}`,
  };
}

const FIRST = ['Ana', 'Bea', 'Cruz', 'Dana', 'Eli', 'Fern', 'Gia', 'Hana', 'Ines', 'Jo', 'Kai', 'Lena'];
const LAST = ['Arroyo', 'Baker', 'Castillo', 'Duarte', 'Ekwueme', 'Flores', 'Garnier', 'Huang', 'Ibarra', 'Jensen'];

/** Many small invented cases for list and benchmark tests. */
export function manyBodies(n: number, eventsEach = 4): CaseBody[] {
  return Array.from({ length: n }, (_, i) =>
    CaseBody.parse({
      client: { firstName: FIRST[i % FIRST.length], lastName: `${LAST[(i * 7) % LAST.length]}-${i}` },
      trafficking: { periods: [{ from: '2012-01-01', to: '2015-12-31' }] },
      events: Array.from({ length: eventsEach }, (_, j): Partial<CaseEvent> => ({
        id: `e${j}`,
        kind: 'conviction',
        date: `201${j % 10}-0${(j % 9) + 1}-15`,
        code: 'PC',
        section: '647(b)',
        level: 'M',
        county: j % 2 ? 'Orange' : 'Los Angeles',
      })),
    }),
  );
}
