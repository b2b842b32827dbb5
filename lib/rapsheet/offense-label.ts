/**
 * How an offense reads to a person: "PC 647(b)", and for federal law the title before the code,
 * as the United States Code is cited ("18 USC 1546(a)"). A RAP sheet prints federal charges
 * title first ("18 1546(A) US-FRAUD ...", kept by parseChargeLine as code USC, section
 * "18 1546(a)"); staff may type the title into the code ("18 USC") instead. Either way the title
 * is kept: "USC 1546(a)" alone does not say which title.
 */

/** "18 USC", "18 U.S.C.", "USC", "US" (with the title, when there is one). */
const FEDERAL_CODE = /^(?:(\d{1,2})\s*)?U\.?\s?S\.?(?:\s?C\.?)?$/i;
/** A section that starts with its title: "18 1546(a)", "18 USC 1546(a)", "18 U.S.C. § 1546(a)". */
const TITLED_SECTION = /^(\d{1,2})\s+(?:U\.?\s?S\.?\s?C\.?\s*)?(?:§\s*)?(\d.*)$/i;
const CITED_SECTION = /^(\d{1,2})\s*U\.?\s?S\.?\s?C\.?\s*(?:§\s*)?(\d.*)$/i;

/**
 * Code and section as one label; '' when the record names no section.
 * @example offenseLabel('USC', '18 1546(a)') // '18 USC 1546(a)'
 * @example offenseLabel('18 USC', '1546(a)') // '18 USC 1546(a)'
 * @example offenseLabel('PC', '647(b)') // 'PC 647(b)'
 */
export function offenseLabel(code: string, section: string): string {
  const c = code.trim();
  const s = section.trim();
  const cited = CITED_SECTION.exec(s);
  if (cited) return `${cited[1]} USC ${cited[2]}`;
  const fed = FEDERAL_CODE.exec(c);
  if (fed) {
    if (!s) return '';
    if (fed[1]) return `${fed[1]} USC ${s.replace(/^§\s*/, '')}`;
    const titled = TITLED_SECTION.exec(s);
    return titled ? `${titled[1]} USC ${titled[2]}` : `USC ${s}`;
  }
  return [c, s].filter(Boolean).join(' ');
}
