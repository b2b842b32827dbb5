/**
 * The only module that imports pdf-lib (and fontkit). Everything else in lib/packet works with
 * plain draw operations (layout/types.ts), so the PDF library can be swapped here alone.
 *
 * Fonts: text is set in Liberation Serif (SIL OFL 1.1), a metric match for Times New Roman
 * (CRC 2.105: a font "essentially equivalent to Courier, Times New Roman, or Arial"), embedded
 * and subset so accented and non-Latin names render and stay searchable (the 14 standard PDF
 * fonts only encode cp1252). Bytes come from a loader (fonts-node.ts / fonts-web.ts): never the network.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  ParseSpeeds,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { pngPassesThrough, readJpegSize, readPng, sniffFileKind, type PngInfo } from './image-info';
import type { DrawOp, FontStyle, Measure } from './layout/types';

/** Font files for the packet. `fallbacks` are tried, in order, for characters the serif lacks. */
export interface FontBytes {
  regular: Uint8Array;
  bold?: Uint8Array;
  fallbacks?: Uint8Array[];
}

type FkFont = ReturnType<typeof fontkit.create>;

/**
 * The fontkit pdf-lib gets: parsed fonts are shared between documents (one parse per font file,
 * not one per PDF), and Liberation Serif maps text to glyphs through its cmap without running
 * OpenType shaping. Latin, Greek, Cyrillic and Hebrew need no contextual shaping to read
 * correctly, and pdf-lib ignores shaping's positions anyway; skipping it makes drawing several
 * times faster. Fallback faces (scripts such as Arabic) keep full shaping.
 */
const parsedFonts = new WeakMap<Uint8Array, FkFont>();
const sharedFontkit = {
  ...fontkit,
  create(buffer: Uint8Array, postscriptName?: string): FkFont {
    let font = parsedFonts.get(buffer);
    if (!font) {
      font = fontkit.create(buffer, postscriptName);
      if (/^Liberation/.test(font.familyName ?? '')) {
        const f = font;
        const cache = new Map<string, ReturnType<FkFont['glyphsForString']>>();
        (f as { layout: unknown }).layout = (text: string) => {
          let glyphs = cache.get(text);
          if (!glyphs) {
            glyphs = f.glyphsForString(text);
            if (cache.size < 20000) cache.set(text, glyphs);
          }
          return { glyphs, positions: [] };
        };
      }
      parsedFonts.set(buffer, font);
    }
    return font;
  },
} as typeof fontkit;

interface FontSet {
  faces: FkFont[]; // 0 regular, 1 bold, 2.. fallbacks
  bytes: Uint8Array[];
  widths: Map<string, number>;
}

const fontSets = new WeakMap<FontBytes, FontSet>();

function fontSet(fonts: FontBytes): FontSet {
  let set = fontSets.get(fonts);
  if (!set) {
    const bytes = [fonts.regular, fonts.bold ?? fonts.regular, ...(fonts.fallbacks ?? [])];
    set = { faces: bytes.map((b) => sharedFontkit.create(b)), bytes, widths: new Map() };
    fontSets.set(fonts, set);
  }
  return set;
}

/** Index of the face that draws code point `cp` in `style`: the serif when it has the glyph, else the first fallback that does. */
function faceFor(set: FontSet, style: FontStyle, cp: number): number {
  const primary = style === 'bold' ? 1 : 0;
  if (cp < 0x250 || set.faces[primary]!.hasGlyphForCodePoint(cp)) return primary;
  for (let i = 2; i < set.faces.length; i++) if (set.faces[i]!.hasGlyphForCodePoint(cp)) return i;
  return primary;
}

/** Splits text into stretches that one face can draw. */
function segments(set: FontSet, style: FontStyle, text: string): { face: number; text: string }[] {
  const out: { face: number; text: string }[] = [];
  for (const ch of text) {
    const face = faceFor(set, style, ch.codePointAt(0)!);
    const last = out[out.length - 1];
    if (last && last.face === face) last.text += ch;
    else out.push({ face, text: ch });
  }
  return out;
}

/**
 * A text measurer for the layout engine, using the same faces the PDF will embed.
 * @example const m = createMeasure(fonts); m('Hello', 'regular', 12) // ≈ 27.3
 */
export function createMeasure(fonts: FontBytes): Measure {
  const set = fontSet(fonts);
  return (text, style, size) => {
    let units = 0;
    for (const ch of text) {
      const key = style === 'bold' ? 'b' + ch : ch;
      let w = set.widths.get(key);
      if (w === undefined) {
        const face = set.faces[faceFor(set, style, ch.codePointAt(0)!)]!;
        w = face.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / face.unitsPerEm;
        set.widths.set(key, w);
      }
      units += w;
    }
    return units * size;
  };
}

export interface DocMeta {
  title: string;
  subject?: string;
  keywords?: string[];
  author?: string;
  /** ISO date used for the creation and modification dates (never the clock: callers pass asOf). */
  date: string;
}

/** A file that could be attached as an exhibit, read once and reused for every packet. */
export type LoadedExhibit =
  | { kind: 'pdf'; pages: number; doc: PDFDocument }
  | { kind: 'png'; pages: 1; width: number; height: number; bytes: Uint8Array; png: PngInfo }
  | { kind: 'jpeg'; pages: 1; width: number; height: number; bytes: Uint8Array }
  | { kind: 'error'; pages: 0; message: string };

/**
 * Reads an exhibit file (PDF, PNG or JPEG). Never throws: a damaged or unknown file comes back
 * as `{ kind: 'error' }` so the packet still builds with a slip sheet saying so.
 */
export async function loadExhibitFile(bytes: Uint8Array): Promise<LoadedExhibit> {
  const kind = sniffFileKind(bytes);
  try {
    if (kind === 'pdf') {
      const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
      return { kind: 'pdf', pages: doc.getPageCount(), doc };
    }
    if (kind === 'png') {
      const png = readPng(bytes);
      if (!png) return { kind: 'error', pages: 0, message: 'the PNG file is damaged' };
      return { kind: 'png', pages: 1, width: png.width, height: png.height, bytes, png };
    }
    if (kind === 'jpeg') {
      const size = readJpegSize(bytes);
      if (!size) return { kind: 'error', pages: 0, message: 'the JPEG file is damaged' };
      return { kind: 'jpeg', pages: 1, ...size, bytes };
    }
  } catch (e) {
    return { kind: 'error', pages: 0, message: `the file could not be read (${(e as Error).message})` };
  }
  return { kind: 'error', pages: 0, message: 'the file is not a PDF, PNG or JPEG' };
}

const LETTER: [number, number] = [612, 792];
const BLACK = rgb(0, 0, 0);

function pdfDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/**
 * One PDF being written: pages of draw operations, image pages and pages copied from exhibit PDFs.
 * Every page records the template that made it (a /PieceInfo entry), so a page can be traced
 * back to its module in lib/packet/.
 */
export class PdfWriter {
  private readonly embedded = new Map<number, PDFFont>();
  private readonly set: FontSet;

  private constructor(
    readonly doc: PDFDocument,
    fonts: FontBytes,
    private readonly meta: DocMeta,
  ) {
    this.set = fontSet(fonts);
  }

  static async create(fonts: FontBytes, meta: DocMeta): Promise<PdfWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(sharedFontkit);
    applyMeta(doc, meta);
    return new PdfWriter(doc, fonts, meta);
  }

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  private async font(face: number): Promise<PDFFont> {
    let f = this.embedded.get(face);
    if (!f) {
      f = await this.doc.embedFont(this.set.bytes[face]!, { subset: true });
      this.embedded.set(face, f);
    }
    return f;
  }

  /** Adds a letter page drawn from layout operations. */
  async addOpsPage(ops: DrawOp[], template: string): Promise<void> {
    const page = this.doc.addPage(LETTER);
    this.tag(page, template);
    for (const op of ops) {
      if (op.kind === 'line') {
        page.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 }, thickness: op.width, color: BLACK });
        continue;
      }
      let x = op.x;
      for (const seg of segments(this.set, op.style, op.text)) {
        const font = await this.font(seg.face);
        page.drawText(seg.text, { x, y: op.y, size: op.size, font, color: BLACK });
        x += font.widthOfTextAtSize(seg.text, op.size);
      }
      if (op.underline) {
        page.drawLine({ start: { x: op.x, y: op.y - 2 }, end: { x, y: op.y - 2 }, thickness: 0.6, color: BLACK });
      }
    }
  }

  /** Adds a letter page with the image scaled to fit inside half-inch margins, centred. */
  async addImagePage(img: Extract<LoadedExhibit, { kind: 'png' | 'jpeg' }>, template: string): Promise<void> {
    const page = this.doc.addPage(LETTER);
    this.tag(page, template);
    const margin = 36;
    const scale = Math.min((LETTER[0] - 2 * margin) / img.width, (LETTER[1] - 2 * margin) / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    const x = (LETTER[0] - w) / 2;
    const y = (LETTER[1] - h) / 2;
    if (img.kind === 'jpeg') {
      const embedded = await this.doc.embedJpg(img.bytes);
      page.drawImage(embedded, { x, y, width: w, height: h });
      return;
    }
    if (!pngPassesThrough(img.png)) {
      const embedded = await this.doc.embedPng(img.bytes);
      page.drawImage(embedded, { x, y, width: w, height: h });
      return;
    }
    const ref = this.doc.context.register(pngStream(this.doc, img.png));
    const name = page.node.newXObject('Image', ref);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, x, y), drawObject(name), popGraphicsState());
  }

  /** Copies every page of a loaded exhibit PDF. */
  async appendPdf(src: Extract<LoadedExhibit, { kind: 'pdf' }>, template: string): Promise<void> {
    const pages = await this.doc.copyPages(src.doc, src.doc.getPageIndices());
    for (const p of pages) {
      this.doc.addPage(p);
      this.tag(p, template);
    }
  }

  private tag(page: PDFPage, template: string): void {
    const ctx = this.doc.context;
    const data = ctx.obj({ Template: PDFString.of(template) });
    const piece = ctx.obj({ LastModified: PDFString.fromDate(pdfDate(this.meta.date)), Private: data });
    page.node.set(PDFName.of('PieceInfo'), ctx.obj({ VacaturAssist: piece }));
  }

  /** Sets the bookmark tree; page indices are 0-based within this writer. */
  setOutline(items: OutlineItem[]): void {
    addOutline(this.doc, items);
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save({ objectsPerTick: Number.POSITIVE_INFINITY, addDefaultPage: false, updateFieldAppearances: false });
  }
}

function applyMeta(doc: PDFDocument, meta: DocMeta): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords) doc.setKeywords(meta.keywords);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator('Vacatur Assist (lib/packet)');
  doc.setProducer('Vacatur Assist with pdf-lib');
  doc.setCreationDate(pdfDate(meta.date));
  doc.setModificationDate(pdfDate(meta.date));
  doc.setLanguage('en-US');
}

function pngStream(doc: PDFDocument, png: PngInfo) {
  const colors = png.colorType === 2 ? 3 : 1;
  const colorSpace =
    png.colorType === 2
      ? 'DeviceRGB'
      : png.colorType === 0
        ? 'DeviceGray'
        : doc.context.obj([
            PDFName.of('Indexed'),
            PDFName.of('DeviceRGB'),
            PDFNumber.of(png.palette!.length / 3 - 1),
            PDFHexString.of(hex(png.palette!)),
          ]);
  return doc.context.stream(png.idat, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    ColorSpace: colorSpace,
    BitsPerComponent: png.bitDepth,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bitDepth, Columns: png.width },
  });
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** A bookmark: a title and the 0-based page it opens, with optional children. */
export interface OutlineItem {
  title: string;
  pageIndex: number;
  children?: OutlineItem[];
}

function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0) return;
  const ctx = doc.context;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const rootRef = ctx.nextRef();
  const build = (list: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = list.map(() => ctx.nextRef());
    let count = 0;
    list.forEach((item, i) => {
      const page = pageRefs[Math.min(item.pageIndex, pageRefs.length - 1)]!;
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), ctx.obj([page, PDFName.of('Fit')]) as PDFArray);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      count++;
      if (item.children?.length) {
        const sub = build(item.children, refs[i]!);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = build(items, rootRef);
  const root = ctx.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Reads back the template id of every page (for tests and the side panel's page list). */
export async function pageTemplates(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  return doc.getPages().map((p) => {
    const piece = p.node.lookupMaybe(PDFName.of('PieceInfo'), PDFDict);
    const ours = piece?.lookupMaybe(PDFName.of('VacaturAssist'), PDFDict);
    const priv = ours?.lookupMaybe(PDFName.of('Private'), PDFDict);
    const t = priv?.lookupMaybe(PDFName.of('Template'), PDFString);
    return t ? t.decodeText() : '';
  });
}
