/**
 * The remedy rules in the order screen() reports them: vacatur first, then the remedies made for
 * specific offenses or survivors, then the general fallbacks. Add a remedy with one line here.
 */
import type { RemedyRule } from './context';
import { pc17b } from './pc-17b';
import { pc1170_18 } from './pc-1170-18';
import { pc1170_22 } from './pc-1170-22';
import { pc1203_4 } from './pc-1203-4';
import { pc1203_47 } from './pc-1203-47';
import { pc1203_49 } from './pc-1203-49';
import { pc1203_4a } from './pc-1203-4a';
import { pc1203_41 } from './pc-1203-41';
import { pc1203_42 } from './pc-1203-42';
import { pc1473_7 } from './pc-1473-7';
import { pc236_14 } from './pc-236-14';
import { pc236_15 } from './pc-236-15';
import { pc653_29 } from './pc-653-29';
import { pc851_91 } from './pc-851-91';
import { usc3771A } from './usc-3771a';

export const REMEDY_RULES: readonly RemedyRule[] = [
  pc236_14,
  pc653_29,
  pc1203_49,
  pc1170_22,
  pc1203_47,
  pc236_15,
  usc3771A,
  pc1203_4,
  pc1203_4a,
  pc1203_41,
  pc1203_42,
  pc1170_18,
  pc17b,
  pc851_91,
  pc1473_7,
];

export type { RemedyRule, RuleContext, VacaturAnalysis } from './context';
export { analyzeVacatur } from './pc-236-14';
