/**
 * Public API of lib/law: the offense catalog lookup, the remedy rules and screen().
 * See types.ts for the citation style every reason uses.
 */
export { screen, screenEvent, type ScreenInput } from './screen';
export { lookupOffense, type OffenseInfo } from './lookup';
export { parseSection, formatSection, splitCodeFromSection, type ParsedSection } from './section';
export { normalizeCode, citeSection } from './codes';
export { QUESTION_IDS } from './questions';
export { REMEDY_RULES } from './remedies';
export { VIOLENT_PARAGRAPHS, SERIOUS_PARAGRAPHS } from './catalog';
export type * from './types';
