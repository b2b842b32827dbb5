import { cleanRapSheetText } from './clean';
import { parseLines } from './parse';
import type { RapSheet } from './types';

export type * from './types';
export { cleanRapSheetText } from './clean';
export { tokenize } from './tokenize';
export { parseLines, parseTokens } from './parse';
export { rapSheetToCase, type RapCaseEntry, type RapCaseMapping } from './to-case';
export { mergeRapSheetIntoCase, type RapMergeResult } from './merge';

/**
 * Parses the text of a California DOJ RAP sheet: clean -> tokenize -> parse (tokens are made
 * line by line as the parser reads them, so none outlives its use). Never throws on
 * bad input; `isRapSheet` is false for text that is not a RAP sheet at all, and `warnings`
 * cite 1-based line numbers of the input.
 * @example
 * const sheet = parseRapSheet(text);
 * if (!sheet.isRapSheet) showError(sheet.warnings[0].message);
 * const { events, client } = rapSheetToCase(sheet);
 */
export function parseRapSheet(text: string): RapSheet {
  return parseLines(cleanRapSheetText(text).lines);
}
