/**
 * What `vacatur screen` prints: the DESIGN.md § 6 JSON items and the text table. The JSON is
 * written whole for a case file or a RAP sheet and piece by piece for a streamed CSV; both build
 * it from these functions, so the two are the same bytes.
 */
import type { ScreenItem } from '../law';
import { jsonText } from './terminal-text';

/** The DESIGN.md § 6 item: contract fields only, plus `ref` for a CSV id. */
export function contractItem(item: ScreenItem, ref: string | null) {
  return {
    ...(ref !== null ? { ref } : {}),
    event: item.event,
    date: item.date,
    code: item.code,
    section: item.section,
    description: item.description,
    level: item.level,
    verdict: item.verdict,
    remedies: item.remedies.map((r) => ({ id: r.id, fit: r.fit, reasons: r.reasons.map(({ text, cite }) => ({ text, cite })) })),
    reasons: item.reasons.map(({ text, cite }) => ({ text, cite })),
  };
}

/** `{ "items": [...] }` as jsonText writes it (2-space indent), in three parts: open, items, close. */
export const ITEMS_OPEN = '{\n  "items": [';
export const ITEMS_CLOSE = '  ]\n}';
export const NO_ITEMS = '{\n  "items": []\n}';

/**
 * Some items as they stand between ITEMS_OPEN and ITEMS_CLOSE (one per line group, joined by
 * ",\n", no comma after the last): cut from jsonText({ items }) itself, so the streamed document
 * is that one's bytes by construction. At least one item.
 * @example [ITEMS_OPEN, itemsJsonPart(items), ITEMS_CLOSE].join('\n') === jsonText({ items })
 */
export function itemsJsonPart(items: ReturnType<typeof contractItem>[]): string {
  const doc = jsonText({ items });
  return doc.slice(ITEMS_OPEN.length + 1, doc.length - ITEMS_CLOSE.length - 1);
}

/** The text table: one row an item, then its description, reasons and questions. */
export function table(items: ScreenItem[], refs: (string | null)[]): string {
  const rows = items.map((it, i) => [
    String(i + 1),
    refs[i] ?? '',
    it.event,
    it.date || '(no date)',
    [it.code, it.section].filter(Boolean).join(' ') || '(no section)',
    it.level || '-',
    it.verdict.toUpperCase(),
    it.remedies.map((r) => (r.fit === 'maybe' ? `${r.id}?` : r.id)).join(', ') || '-',
  ]);
  const head = ['#', 'ref', 'event', 'date', 'offense', 'lvl', 'verdict', 'remedies (? = maybe)'];
  const showRef = refs.some((r) => r);
  const cols = head.map((_, c) => c).filter((c) => showRef || c !== 1);
  const width = cols.map((c) => Math.max(head[c]!.length, ...rows.map((r) => r[c]!.length)));
  const fmt = (r: string[]) => cols.map((c, k) => (k === cols.length - 1 ? r[c]! : r[c]!.padEnd(width[k]!))).join('  ');
  const out = [fmt(head), fmt(head.map((h) => '-'.repeat(h.length)))];
  items.forEach((it, i) => {
    out.push(fmt(rows[i]!));
    if (it.description) out.push(`    ${it.description}`);
    for (const r of it.reasons) out.push(`    - ${r.text} [${r.cite}]`);
    for (const q of it.questions) out.push(`    ? ${q.text}`);
  });
  return out.join('\n');
}
