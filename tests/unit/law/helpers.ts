import { CaseEvent, type TraffickingPeriod } from '@/lib/model';

let n = 0;
/** An event with zod defaults applied (invented data only). */
export function ev(partial: Partial<CaseEvent> & { section?: string }): CaseEvent {
  return CaseEvent.parse({ id: `e${++n}`, kind: 'conviction', date: '2013-05-02', code: 'PC', level: 'F', ...partial });
}

export const PERIODS: TraffickingPeriod[] = [{ from: '2012-01-01', to: '2015-12-31' }];
export const TRAFFICKING = { periods: PERIODS, ipvOrSexualViolence: false };
export const AS_OF = '2026-03-01';
