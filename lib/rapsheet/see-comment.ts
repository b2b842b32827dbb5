/**
 * "SEE COMMENT FOR CHARGE" is how a RAP sheet says the charge is written in a comment line
 * (R40, california-law.md 9.4). A summary shows the comment instead of the placeholder.
 */

const SEE_COMMENT = /\bSEE\W*COMMENTS?(?:\W*FOR\W*(?:CHARGE|CHRG))?\b/gi;
/** What a summary says when the sheet's comment was not carried into the case. */
export const SEE_THE_COMMENT = "see the sheet's comment";

/** True when the text is or contains the SEE COMMENT placeholder. */
export function saysSeeComment(text: string): boolean {
  SEE_COMMENT.lastIndex = 0;
  return SEE_COMMENT.test(text);
}

/**
 * The sheet's comment text kept in an event's notes: a "Sheet comment: "..."" note
 * (lib/rapsheet/event-text.ts) or a "COM: ..." line copied by staff; '' when there is none.
 * @example sheetCommentOf('Sheet comment: "CHRG 266H PC AMENDED".') // 'CHRG 266H PC AMENDED'
 */
export function sheetCommentOf(notes: string): string {
  const quoted = /\bSheet comment:\s*"([^"]+)"/i.exec(notes);
  if (quoted) return quoted[1]!.trim();
  const com = /(?:^|\s)COM:\s*([^\n]+?)\s*(?=\bCOM:|$|\n)/i.exec(notes);
  return com ? com[1]!.trim() : '';
}

/**
 * Replaces the placeholder with the comment text, or with "see the sheet's comment".
 * @example resolveSeeComment('SEE COMMENT FOR CHARGE', 'CHRG-647(B)(1) PC') // 'CHRG-647(B)(1) PC'
 * @example resolveSeeComment('SEE COMMENT FOR CHARGE', '') // "see the sheet's comment"
 */
export function resolveSeeComment(text: string, comment: string): string {
  if (!saysSeeComment(text)) return text;
  return text.replace(SEE_COMMENT, comment.trim() || SEE_THE_COMMENT).trim();
}
