/**
 * Filling AcroForm PDFs: the second (and last) module allowed to import pdf-lib, a sibling of
 * pdf.ts (the conventions test names both). Values are set, appearances are regenerated with an
 * embedded font (Liberation Serif, never the 14 standard fonts: they only encode cp1252, and some
 * viewers show nothing without an appearance stream), an XFA layer is removed with a warning
 * (viewers that read XFA ignore AcroForm values), and the form may be flattened.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFAcroNonTerminal, PDFCheckBox, PDFContentStream, PDFDocument, PDFDropdown, PDFHexString, PDFName, PDFOptionList, PDFRadioGroup, ParseSpeeds, PDFString, PDFTextField, type PDFField } from 'pdf-lib';
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
  /** fieldTooltips() of the same file, read in the same pass (empty when encrypted). */
  tooltips: Record<string, string>;
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
  return { encrypted: doc.isEncrypted, hasXfa: xfa, fieldCount: acro ? acro.getAllFields().length : 0, tooltips: doc.isEncrypted ? {} : tooltipsOf(doc) };
}

/**
 * The tooltip (TU) of every terminal field, found on the field or, failing that, on its nearest
 * ancestor: pdfjs reads TU from the widget dictionary only, and a field whose widgets are kids
 * (a radio list, a name printed twice) keeps its TU on the field, the widgets' parent.
 * Fields without any tooltip are left out.
 * @example (await fieldTooltips(bytes))['form1[0].#subform[0].RadioButtonList[1]'] // 'Type of request'
 */
export async function fieldTooltips(bytes: Uint8Array): Promise<Record<string, string>> {
  return tooltipsOf(await PDFDocument.load(bytes, { ignoreEncryption: true, ...WHOLE }));
}

function tooltipsOf(doc: PDFDocument): Record<string, string> {
  const acro = doc.catalog.getAcroForm();
  const out: Record<string, string> = {};
  if (!acro) return out;
  for (const [field] of acro.getAllFields()) {
    if (field instanceof PDFAcroNonTerminal) continue;
    const name = field.getFullyQualifiedName();
    let tu = '';
    field.ascend((node) => {
      const v = node.dict.lookup(PDFName.of('TU'));
      if (!tu && (v instanceof PDFString || v instanceof PDFHexString)) tu = v.decodeText().trim();
    });
    if (name && tu) out[name] = tu;
  }
  return out;
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
