/**
 * Filling AcroForm PDFs: the second (and last) module allowed to import pdf-lib, a sibling of
 * pdf.ts (the conventions test names both). Values are set, appearances are regenerated with an
 * embedded font (Liberation Serif, never the 14 standard fonts: they only encode cp1252, and some
 * viewers show nothing without an appearance stream), an XFA layer is removed with a warning
 * (viewers that read XFA ignore AcroForm values), and the form may be flattened.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFCheckBox, PDFContentStream, PDFDict, PDFDocument, PDFDropdown, PDFHexString, PDFName, PDFNumber, PDFOptionList, PDFRadioGroup, ParseSpeeds, PDFString, PDFTextField, type PDFField } from 'pdf-lib';
import type { FontBytes } from './pdf';

export interface FormFill {
  field: string;
  /** Text, the option / export value for a list or radio, 'true' / 'false' for a checkbox. */
  value: string;
}

export interface FormInfo {
  encrypted: boolean;
  hasXfa: boolean;
  fieldCount: number;
  /** formWidgets() of the same file, read in the same pass (empty when encrypted). */
  widgets: WidgetInfo[];
}

/** One widget of a form field as plain data: what a reader of the form needs besides the page text. */
export interface WidgetInfo {
  /** 1-based page whose annotations list the widget. */
  page: number;
  /** The field's full name (partial names joined with dots). */
  field: string;
  /** FT, inherited: 'Tx' | 'Btn' | 'Ch' | 'Sig' ('' when missing). */
  fieldType: string;
  /** Ff, inherited. */
  flags: number;
  /** TU of the widget, else of its field or the nearest ancestor with one. */
  tooltip: string;
  /** [x1, y1, x2, y2], normalised. */
  rect: [number, number, number, number];
  maxLength?: number;
  /** A checkbox or radio widget: the appearance state that is not Off (its export value). */
  onState?: string;
  /** V, inherited: text, a state name, or a list's selections. */
  value: string | string[];
  /** A list's Opt, inherited: export value and shown text. */
  options: { value: string; label: string }[];
}

export interface FormFillResult {
  bytes: Uint8Array;
  warnings: string[];
  outcomes: { field: string; outcome: 'filled' | 'skipped'; reason?: string }[];
}

/**
 * Forms are small: parse them in one go. pdf-lib's default yields to the event loop every 100
 * objects (50 when saving), and on a busy machine each yield waited longer than the parsing.
 */
const WHOLE = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

const XFA_WARNING = 'the form had an XFA layer: it was removed so that every viewer shows the filled AcroForm fields';

function hasXfa(doc: PDFDocument): boolean {
  const acro = doc.catalog.getAcroForm();
  return !!acro && acro.dict.has(PDFName.of('XFA'));
}

/**
 * Whether a PDF can be filled: encrypted, XFA, number of fields. Throws when the bytes are not a PDF.
 * @example const { encrypted, fieldCount } = await inspectForm(bytes)
 */
export async function inspectForm(bytes: Uint8Array): Promise<FormInfo> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, ...WHOLE });
  const xfa = hasXfa(doc);
  // Counting fields through getForm() would drop the XFA (pdf-lib does so with a console warning).
  const acro = doc.catalog.getAcroForm();
  return { encrypted: doc.isEncrypted, hasXfa: xfa, fieldCount: acro ? acro.getAllFields().length : 0, widgets: doc.isEncrypted ? [] : widgetsOf(doc) };
}

/**
 * Every widget of every form field, page by page in the order the pages list them (the order a
 * viewer tabs through them). Read from the field tree, which also gives a widget without a tooltip
 * its field's or an ancestor's TU: pdfjs reads TU from the widget only, and a field whose widgets
 * are kids (a radio list, a name printed twice) keeps it on the field. (pdfjs also builds every
 * widget's appearance twice to list them, which was half of reading a 120-field form.)
 * @example (await formWidgets(bytes)).find((w) => w.field === 'form1[0].#subform[0].RadioButtonList[1]')?.tooltip // 'Type of request'
 */
export async function formWidgets(bytes: Uint8Array): Promise<WidgetInfo[]> {
  return widgetsOf(await PDFDocument.load(bytes, { ignoreEncryption: true, ...WHOLE }));
}

// A key's dictionary or array, or undefined when it is something else (lookupMaybe would throw:
// an appearance /N is a dictionary of states for a box, a stream for a text field).
const dictAt = (d: PDFDict | undefined, key: string) => {
  const v = d?.lookup(PDFName.of(key));
  return v instanceof PDFDict ? v : undefined;
};
const arrayAt = (d: PDFDict | undefined, key: string) => {
  const v = d?.lookup(PDFName.of(key));
  return v instanceof PDFArray ? v : undefined;
};
const parentOf = (d: PDFDict) => dictAt(d, 'Parent');

const text = (o: unknown): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : undefined;

/** The widget, its field and the field's ancestors, nearest first (a looping Parent chain ends). */
function lineage(dict: PDFDict): PDFDict[] {
  const chain: PDFDict[] = [];
  for (let d: PDFDict | undefined = dict; d && !chain.includes(d); d = parentOf(d)) chain.push(d);
  return chain;
}

/** A key of the widget or of the nearest ancestor that has it (PDF 32000-1 12.7.3.1: FT, Ff, V, MaxLen, Opt inherit). */
const inherited = (chain: PDFDict[], key: string): unknown => {
  const name = PDFName.of(key);
  return chain.map((d) => d.lookup(name)).find((v) => v !== undefined);
};

function widgetsOf(doc: PDFDocument): WidgetInfo[] {
  const out: WidgetInfo[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.Annots();
    for (let k = 0; k < (annots?.size() ?? 0); k++) {
      let dict: unknown;
      try {
        dict = annots!.lookup(k);
      } catch {
        continue; // a dangling reference: no widget there
      }
      if (!(dict instanceof PDFDict) || dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Widget')) continue;
      try {
        const w = widgetOf(dict, i + 1);
        if (w) out.push(w);
      } catch {
        // A widget pdf-lib cannot follow (a broken reference in its field chain) is left out, not the form.
      }
    }
  });
  return out;
}

function widgetOf(dict: PDFDict, page: number): WidgetInfo | null {
  const chain = lineage(dict);
  const field = chain
    .map((d) => text(d.lookup(PDFName.of('T'))))
    .filter((t) => t !== undefined)
    .reverse()
    .join('.');
  if (!field) return null;
  const r = arrayAt(dict, 'Rect');
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = Array.from({ length: 4 }, (_, j) => (r && j < r.size() ? r.lookup(j) : undefined)).map((n) => (n instanceof PDFNumber ? n.asNumber() : 0));
  const rect: WidgetInfo['rect'] = [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
  const tooltip = chain.map((d) => (text(d.lookup(PDFName.of('TU'))) ?? '').trim()).find(Boolean) ?? '';
  const ft = inherited(chain, 'FT');
  const ff = inherited(chain, 'Ff');
  const max = inherited(chain, 'MaxLen');
  const normal = dictAt(dictAt(dict, 'AP'), 'N');
  const onState = normal?.keys().map((n) => n.decodeText()).find((n) => n !== 'Off');
  const v = inherited(chain, 'V');
  const opt = inherited(chain, 'Opt');
  const options: WidgetInfo['options'] = [];
  if (opt instanceof PDFArray) {
    for (let j = 0; j < opt.size(); j++) {
      const o = opt.lookup(j);
      if (o instanceof PDFArray) options.push({ value: text(o.lookup(0)) ?? '', label: text(o.lookup(1)) ?? text(o.lookup(0)) ?? '' });
      else options.push({ value: text(o) ?? '', label: text(o) ?? '' });
    }
  }
  return {
    page,
    field,
    fieldType: ft instanceof PDFName ? ft.decodeText() : '',
    flags: ff instanceof PDFNumber ? ff.asNumber() : 0,
    tooltip,
    rect,
    ...(max instanceof PDFNumber && max.asNumber() > 0 ? { maxLength: max.asNumber() } : {}),
    ...(onState !== undefined ? { onState } : {}),
    value: v instanceof PDFArray ? Array.from({ length: v.size() }, (_, j) => text(v.lookup(j)) ?? '') : (text(v) ?? ''),
    options,
  };
}

function setField(field: PDFField, value: string): string | null {
  if (field.isReadOnly()) return 'read-only';
  if (field instanceof PDFTextField) {
    const max = field.getMaxLength();
    if (max !== undefined && value.length > max) return `"${value}" is longer than the field allows (${max})`;
    field.setText(value);
  } else if (field instanceof PDFCheckBox) {
    if (value === 'true') field.check();
    else field.uncheck();
  } else if (field instanceof PDFRadioGroup) {
    const options = field.getOptions();
    const on = field.acroField.getOnValues().map((n) => n.decodeText());
    const i = on.indexOf(value);
    const option = i >= 0 && options[i] !== undefined ? options[i]! : options.includes(value) ? value : null;
    if (!option) return `no choice "${value}"`;
    field.select(option);
  } else if (field instanceof PDFDropdown || field instanceof PDFOptionList) {
    if (!field.getOptions().includes(value)) return `no option "${value}"`;
    field.select(value);
  } else return 'not a fillable field';
  return null;
}

/**
 * Fills fields by full name and regenerates their appearances with the embedded font.
 * @example const { bytes, warnings } = await fillForm(pdf, [{ field: 'Text1', value: 'Elena Varga' }], { fonts: loadNodeFonts() })
 */
export async function fillForm(bytes: Uint8Array, fills: FormFill[], options: { fonts: FontBytes; flatten?: boolean }): Promise<FormFillResult> {
  const doc = await PDFDocument.load(bytes, WHOLE);
  const warnings: string[] = [];
  if (hasXfa(doc)) {
    doc.catalog.getAcroForm()!.dict.delete(PDFName.of('XFA'));
    doc.catalog.delete(PDFName.of('NeedsRendering'));
    warnings.push(XFA_WARNING);
  }
  doc.registerFontkit(fontkit);
  // Field appearance streams are a few hundred bytes each: written uncompressed. pdf-lib would
  // set up a zlib deflater (some 200 KB of buffers) for each, which was a quarter of a 120-field fill.
  const context = doc.context;
  context.contentStream = (operators, dict = {}) => PDFContentStream.of(context.obj(dict), operators, false);
  const font = await doc.embedFont(options.fonts.regular, { subset: true });
  const form = doc.getForm();
  // One pass over the fields: form.getField(name) walks them all and rebuilds every full name,
  // which made a 120-field fill quadratic.
  const byName = new Map(form.getFields().map((f) => [f.getName(), f]));
  const outcomes: FormFillResult['outcomes'] = [];
  for (const f of fills) {
    const field = byName.get(f.field);
    if (!field) {
      outcomes.push({ field: f.field, outcome: 'skipped', reason: 'no such field' });
      continue;
    }
    try {
      const problem = setField(field, f.value);
      outcomes.push(problem ? { field: f.field, outcome: 'skipped', reason: problem } : { field: f.field, outcome: 'filled' });
    } catch (e) {
      outcomes.push({ field: f.field, outcome: 'skipped', reason: e instanceof Error ? e.message : String(e) });
    }
  }
  form.updateFieldAppearances(font);
  if (options.flatten) form.flatten();
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), warnings, outcomes };
}

/**
 * Every field's value, for round trips: text, the selected option, 'true' / 'false' for checkboxes.
 * @example (await readFormValues(filled))['Text1'] // 'Elena Marisol Varga'
 */
export async function readFormValues(bytes: Uint8Array): Promise<Record<string, string>> {
  const doc = await PDFDocument.load(bytes, WHOLE);
  const acro = doc.catalog.getAcroForm();
  if (!acro) return {};
  const out: Record<string, string> = {};
  const form = doc.getForm();
  for (const field of form.getFields()) {
    const name = field.getName();
    if (field instanceof PDFTextField) out[name] = field.getText() ?? '';
    else if (field instanceof PDFCheckBox) out[name] = String(field.isChecked());
    else if (field instanceof PDFRadioGroup) out[name] = field.getSelected() ?? '';
    else if (field instanceof PDFDropdown || field instanceof PDFOptionList) out[name] = field.getSelected().join(', ');
  }
  return out;
}
