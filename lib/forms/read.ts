/**
 * readForm(bytes): every AcroForm field of a PDF with what a reader of the paper form sees
 * beside it: name, type, tooltip (TU), max length, comb flag, options and export values, page
 * and rectangle, the text printed to its left, above and (for boxes) to its right, and the
 * section heading it sits under. The fields come from the field tree (lib/packet/pdf-forms, which
 * also finds a tooltip kept on a widget's parent field), the positioned page text from pdfjs,
 * loaded offline by lib/pdfjs.ts. Output is plain JSON.
 */
import { formWidgets, type WidgetInfo } from '../packet/pdf-forms';
import { loadPdfjs } from '../pdfjs';

export type PdfFieldType = 'text' | 'checkbox' | 'radio' | 'choice' | 'signature' | 'button';

export interface PdfWidget {
  page: number;
  /** [x1, y1, x2, y2] in PDF points, origin bottom-left. */
  rect: [number, number, number, number];
  /** Checkbox / radio: the export value this widget sets ("Yes", "M", "Choice2"). */
  exportValue?: string;
  /** Text printed just right of a box (its choice label). */
  right: string;
}

export interface PdfField {
  name: string;
  type: PdfFieldType;
  tooltip: string;
  maxLength?: number;
  comb: boolean;
  readOnly: boolean;
  multiline: boolean;
  /** Choice lists: export value and shown text; radios: one per widget. */
  options: { value: string; label: string }[];
  value: string;
  page: number;
  rect: [number, number, number, number];
  /** Printed text on the same line, left of the widget (up to the previous widget). */
  left: string;
  /** Printed text just above the widget, overlapping it horizontally. */
  above: string;
  /** For checkboxes: the text just right of the box. */
  right: string;
  /** Printed just under the widget (a caption below a signature-style line). */
  below: string;
  /** The nearest section heading above (all-caps line), for whose field it is and official-use blocks. */
  heading: string;
  widgets: PdfWidget[];
}

export interface PdfFormRead {
  pages: number;
  /** Page 1's text, one line per baseline: how known forms are recognised (a form number). */
  firstPageText: string;
  fields: PdfField[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}


const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A heading: an all-caps line of two or more words that is not a field label ("NAME:"). */
function isHeading(s: string): boolean {
  const bare = s.replace(/\([^)]*\)/g, '').trim();
  return /[A-Z]{2,}\W+[A-Z]{2,}/.test(bare) && bare === bare.toUpperCase() && !/:\s*$/.test(bare);
}
/** How far up a heading governs the fields under it (a box of a form's width, not the page). */
const HEADING_REACH = 100;

type Rect = [number, number, number, number];
const overlaps = (a1: number, a2: number, b1: number, b2: number) => Math.min(a2, b2) - Math.max(a1, b1) > 0;

function near(items: Item[], rects: Rect[], r: Rect) {
  const [x1, y1, x2, y2] = r;
  const mid = (y1 + y2) / 2;
  const sameLine = (i: Item) => i.y <= y2 + 2 && i.y + i.h * 0.5 >= y1 - 2 && Math.abs(i.y + i.h / 2 - mid) < Math.max(8, (y2 - y1) / 2 + 2);
  // Left: same line, between the previous widget on that line and this one.
  const wall = Math.max(0, ...rects.filter((o) => o[2] <= x1 + 1 && overlaps(o[1], o[3], y1, y2) && o !== r).map((o) => o[2]));
  const left = items
    .filter((i) => sameLine(i) && i.x + i.w <= x1 + 2 && i.x >= wall - 2 && x1 - (i.x + i.w) < 220)
    .sort((a, b) => a.x - b.x)
    .map((i) => i.str);
  const nextWall = Math.min(1e6, ...rects.filter((o) => o[0] >= x2 - 1 && overlaps(o[1], o[3], y1, y2) && o !== r).map((o) => o[0]));
  const right = items.filter((i) => sameLine(i) && i.x >= x2 - 1 && i.x < nextWall && i.x - x2 < 20).sort((a, b) => a.x - b.x).map((i) => i.str);
  // Above: the nearest line over the widget that overlaps it horizontally.
  const aboveItems = items.filter((i) => i.y > y2 - 1 && i.y - y2 < 15 && overlaps(i.x, i.x + i.w, x1 - 2, x2));
  const top = Math.min(...aboveItems.map((i) => i.y));
  const above = aboveItems.filter((i) => Math.abs(i.y - top) < 2).sort((a, b) => a.x - b.x).map((i) => i.str);
  // Below: Judicial Council forms print some captions under the line ("TYPE OR PRINT NAME").
  const belowItems = items.filter((i) => i.y + i.h <= y1 + 1 && y1 - (i.y + i.h) < 10 && overlaps(i.x, i.x + i.w, x1 - 2, x2));
  const low = Math.max(...belowItems.map((i) => i.y));
  const below = belowItems.filter((i) => Math.abs(i.y - low) < 2).sort((a, b) => a.x - b.x).map((i) => i.str);
  // A heading governs the fields under it: over them, or left of them on a block's first line.
  const heads = items
    .filter((i) => isHeading(clean(i.str)) && i.y > y2 - 1 && i.y - y2 < HEADING_REACH && (overlaps(i.x, i.x + i.w, x1, x2 + 1) || i.x <= x1 + 5))
    .sort((a, b) => a.y - b.y);
  return { left: clean(left.join(' ')), right: clean(right.join(' ')), above: clean(above.join(' ')), below: clean(below.join(' ')), heading: clean(heads[0]?.str ?? '') };
}

/** Rebuilds page lines from positioned text (same baseline = one line). */
function lines(items: Item[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const i of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - i.y) <= 2) row.push(i);
    else rows.push([i]);
  }
  return rows.map((r) => r.map((i) => i.str).join(' ')).join('\n');
}

/** Field flags (Ff), PDF 32000-1 tables 221, 226, 228. */
const FF = { readOnly: 1, multiline: 1 << 12, password: 1 << 13, radio: 1 << 15, pushButton: 1 << 16, fileSelect: 1 << 20, comb: 1 << 24 };

function typeOf(w: WidgetInfo): PdfFieldType {
  if (w.fieldType === 'Sig') return 'signature';
  if (w.fieldType === 'Ch') return 'choice';
  if (w.fieldType !== 'Btn') return 'text';
  return w.flags & FF.pushButton ? 'button' : w.flags & FF.radio ? 'radio' : 'checkbox';
}

/**
 * Reads a PDF's form fields and the text beside them: the fields from the field tree
 * (formWidgets, lib/packet/pdf-forms), the page text with pdfjs. Throws pdfjs' error when the
 * bytes are not a readable PDF (a PasswordException for an encrypted one). `widgets`:
 * formWidgets() of the file when the caller has them already (openForm reads them with its checks).
 * @example const { fields } = await readForm(bytes); fields.map((f) => [f.name, f.tooltip || f.left || f.above])
 */
export async function readForm(bytes: Uint8Array, options: { widgets?: WidgetInfo[] } = {}): Promise<PdfFormRead> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({ data: bytes.slice(), useWorkerFetch: false, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const widgets = options.widgets ?? (await formWidgets(bytes));
    const byName = new Map<string, PdfField>();
    let firstPageText = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        items.push({ str: it.str, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, w: it.width, h: it.height || 8 });
      }
      if (p === 1) firstPageText = lines(items);
      const here = widgets.filter((w) => w.page === p);
      const rects = here.map((w) => w.rect);
      here.forEach((w, i) => {
        const rect = rects[i]!.map((n) => Math.round(n * 100) / 100) as Rect;
        const n = near(items, rects, rects[i]!);
        const type = typeOf(w);
        const exportValue = type === 'radio' || type === 'checkbox' ? w.onState : undefined;
        const widget: PdfWidget = { page: p, rect, right: n.right, ...(exportValue !== undefined ? { exportValue } : {}) };
        const existing = byName.get(w.field);
        if (existing) {
          existing.widgets.push(widget);
          if (type === 'radio' && exportValue !== undefined) existing.options.push({ value: exportValue, label: n.right || exportValue });
          return;
        }
        const value = Array.isArray(w.value) ? w.value.join(', ') : w.value;
        const comb = !!(w.flags & FF.comb) && !(w.flags & (FF.multiline | FF.password | FF.fileSelect)) && !!w.maxLength;
        byName.set(w.field, {
          name: w.field,
          type,
          tooltip: clean(w.tooltip),
          ...(w.maxLength ? { maxLength: w.maxLength } : {}),
          comb,
          readOnly: !!(w.flags & FF.readOnly),
          multiline: !!(w.flags & FF.multiline),
          options:
            type === 'choice'
              ? w.options
              : type === 'radio' && exportValue !== undefined
                ? [{ value: exportValue, label: n.right || exportValue }]
                : [],
          value: value === 'Off' ? '' : value,
          page: p,
          rect,
          left: n.left,
          above: n.above,
          right: n.right,
          below: n.below,
          heading: n.heading,
          widgets: [widget],
        });
      });
      page.cleanup();
    }
    return { pages: doc.numPages, firstPageText, fields: [...byName.values()] };
  } finally {
    await task.destroy();
  }
}
