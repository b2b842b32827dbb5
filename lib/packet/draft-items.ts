/**
 * Unfinished drafting: every bracketed placeholder or attorney note left on a laid-out page
 * ("[hearing date]", "[ATTORNEY: ...]"), located by page and pleading line number, so the attorney
 * sees what to complete and a final build can refuse while any remain. A petition is sworn to
 * (Pen. Code § 236.14(b)); a bracket left in it is a statement nobody has made yet.
 */
import type { DrawOp, TextOp } from './layout/types';
import { PLEADING } from './pleading-page';

export interface DraftItem {
  county: string;
  /** The document's title. */
  document: string;
  page: number;
  /** Pleading line number (1-28), the line the placeholder starts on. */
  line: number;
  text: string;
}

/** Brackets that are not placeholders: the "[Proposed]" of an order's title, and check boxes. */
const NOT_PLACEHOLDER = /^\[(?:proposed|\s*|x)\]$/i;
/** A bracketed letter in a quotation ("[i]n") is an alteration, not a blank. */
const ALTERATION = /^\[[a-z]\]$/;
const MAX_TEXT = 160;

function lineOf(y: number): number {
  return Math.max(1, Math.round((PLEADING.firstBaseline - y) / PLEADING.lineHeight) + 1);
}

/**
 * Placeholders on laid-out pages, in reading order. A placeholder that wraps onto later lines is
 * reported once, at the line where it starts.
 * @example placeholdersIn(pages).map((p) => `${p.page}:${p.line} ${p.text}`)
 */
export function placeholdersIn(pages: readonly (readonly DrawOp[])[]): Omit<DraftItem, 'county' | 'document'>[] {
  const out: Omit<DraftItem, 'county' | 'document'>[] = [];
  let open: { page: number; line: number; text: string } | null = null;
  pages.forEach((ops, i) => {
    // The body only: not the line numbers left of the rule, the footer or the header.
    const top = PLEADING.firstBaseline + PLEADING.lineHeight / 2;
    const bottom = PLEADING.firstBaseline - (PLEADING.lines - 1) * PLEADING.lineHeight - PLEADING.lineHeight / 2;
    const texts = ops
      .filter((o): o is TextOp => o.kind === 'text' && o.x > PLEADING.ruleLeft[1] && o.y <= top && o.y >= bottom)
      .sort((a, b) => b.y - a.y || a.x - b.x);
    for (const op of texts) {
      for (const ch of op.text) {
        if (ch === '[') {
          open = { page: i + 1, line: lineOf(op.y), text: '[' };
        } else if (open) {
          open.text += ch;
          if (ch === ']') {
            const text = open.text.replace(/\s+/g, ' ');
            if (!NOT_PLACEHOLDER.test(text) && !ALTERATION.test(text)) out.push({ page: open.page, line: open.line, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…]` : text });
            open = null;
          }
        }
      }
      if (open) open.text += ' ';
    }
  });
  return out;
}

/** One line of the draft list: "Los Angeles County, Proof of Service, p. 1, line 4: [city]". */
export function draftLine(d: DraftItem): string {
  return `${d.county} County, ${d.document}, p. ${d.page}, line ${d.line}: ${d.text}`;
}
