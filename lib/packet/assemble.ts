/**
 * Builds the petition packets: one per county (all of that county's selected matters in one
 * petition, Cal. Stds. Jud. Admin., std. 4.15(a)(1)), each document as its own PDF (e-filing
 * uploads documents separately) and a combined PDF with a bookmark for every document and exhibit.
 */
import { ProsecutingAgency, emptyDrafting, hearingFor, type CaseBody, type CaseEvent } from '@/lib/model';
import { prosecutorFor, type ProsecutorChoice } from './prosecutor';
import { courtNameFor, sameCounty, petitionerName, periodOf, type DocumentTemplate, type PacketContext } from './documents/context';
import { declarationOfPetitioner } from './documents/declaration-of-petitioner';
import { exhibitIndex } from './documents/exhibit-index';
import { memorandum } from './documents/memorandum';
import { noticeAndPetition } from './documents/notice-and-petition';
import { proofOfService } from './documents/proof-of-service';
import { proposedOrder } from './documents/proposed-order';
import { confidentialIdentification } from './confidential-identification';
import { fullNameExhibitWarnings } from './full-name-exhibits';
import { supportingDeclaration } from './documents/supporting-declaration';
import { EXHIBITS_TEMPLATE, loadExhibits, writeExhibits, type ExhibitLoader, type LoadedExhibits } from './exhibits';
import { fileSlug, uniqueSlugs } from './file-names';
import { layoutPleading } from './layout/document';
import { literal, literalStrings } from './layout/literal';
import { plainText } from './layout/wrap';
import { createMeasure, PdfWriter, type FontBytes, type OutlineItem } from './pdf';
import type { DrawOp } from './layout/types';
import type { Measure } from './layout/types';
import { caption } from './documents/context';
import { draftLine, placeholdersIn, type DraftItem } from './draft-items';
import { guardMatters, overrideWarning, refusalText, type OverriddenMatter, type RefusedMatter } from './guard';

export type Verdict = 'candidate' | 'review' | 'ineligible';

/** The matters to petition for, per county. */
export interface CountySelection {
  county: string;
  /**
   * Juvenile matters (adjudications) go in their own petition to the juvenile court, with its
   * confidentiality (Pen. Code § 236.14(j); Welf. & Inst. Code § 827), never in the adult caption.
   */
  juvenile?: boolean;
  eventIds: string[];
}

export interface PacketDocument {
  name: string;
  title: string;
  template: string;
  bytes: Uint8Array;
  pages: number;
}

export interface CountyPacket {
  county: string;
  /** The juvenile court petition for this county's adjudications (Pen. Code § 236.14(j); Welf. & Inst. Code § 827). */
  juvenile?: boolean;
  combined: { name: string; bytes: Uint8Array; pages: number };
  documents: PacketDocument[];
  /** The event ids petitioned for, in date order. */
  eventIds: string[];
}

export interface PacketResult {
  packets: CountyPacket[];
  /** Things the attorney should know (missing exhibit files, unknown event ids ...). */
  warnings: string[];
  /** What the attorney must complete before filing (an exhibit whose file is not attached ...). No paths. */
  draft: string[];
  /** The placeholders and attorney notes left in each document, per county (also in `draft`). */
  draftItems: DraftItem[];
  /** Selected entries left out because the screening did not make them candidates (no override). */
  refused: RefusedMatter[];
  /** Entries petitioned for on an attorney override recorded on the case (also in `warnings`). */
  overrides: OverriddenMatter[];
}

export interface PacketOptions {
  /** The date the packet is prepared (ISO); used for PDF dates, never the clock. */
  asOf: string;
  /** Defaults to `periodSelection(body)`. */
  selection?: CountySelection[];
  /** Initials instead of the full name in every filing (236.14(q)); default true. */
  useInitials?: boolean;
  /** Exhibit file bytes by evidence id. */
  exhibits?: Map<string, Uint8Array>;
  /** Why the caller could not read an exhibit's file, by evidence id (warning and draft text, never on a page). */
  unreadableExhibits?: Map<string, string>;
  /** Reads an exhibit's file when `exhibits` has none (the side panel fetches the stored file). */
  loadExhibit?: ExhibitLoader;
  fonts: FontBytes;
  /** After each document; `label` says it in words: "Los Angeles: document 3 of 7". */
  onProgress?: (done: number, total: number, label?: string) => void;
  /** Cancels between documents (the panel's Cancel; lib/workers stops a worker at once instead). */
  signal?: AbortSignal;
}

/** The pleadings, in filing order. Exhibits (slip sheets + files) come after the exhibit index. */
export const PLEADINGS: DocumentTemplate[] = [noticeAndPetition, memorandum, declarationOfPetitioner, supportingDeclaration, exhibitIndex];
export const AFTER_EXHIBITS: DocumentTemplate[] = [proposedOrder, proofOfService];

/** Juvenile adjudications form their own group in each county (§ 236.14(j); Welf. & Inst. Code § 827). */
const isJuvenile = (e: CaseEvent) => e.kind === 'adjudication';

function groupByCounty(events: CaseEvent[]): CountySelection[] {
  const out: CountySelection[] = [];
  for (const e of events) {
    const county = e.county.trim() || '[county]';
    const juvenile = isJuvenile(e);
    let sel = out.find((s) => sameCounty(s.county, county) && !!s.juvenile === juvenile);
    if (!sel) out.push((sel = juvenile ? { county, juvenile: true, eventIds: [] } : { county, eventIds: [] }));
    sel.eventIds.push(e.id);
  }
  return out;
}

/** A caller's selection may mix adult and juvenile matters: split them (never one adult caption for both). */
function splitJuvenile(body: CaseBody, selection: CountySelection[]): CountySelection[] {
  const byId = new Map(body.events.map((e) => [e.id, e]));
  const out: CountySelection[] = [];
  for (const s of selection) {
    const adult = s.eventIds.filter((id) => !byId.get(id) || !isJuvenile(byId.get(id)!));
    const juvenile = s.eventIds.filter((id) => byId.get(id) && isJuvenile(byId.get(id)!));
    if (adult.length) out.push({ county: s.county, eventIds: adult });
    if (juvenile.length) out.push({ county: s.county, juvenile: true, eventIds: juvenile });
  }
  return out;
}

/**
 * Selection from screening verdicts: every `candidate`, grouped by county in record order.
 * @example defaultSelection(body, new Map(screen(body, { asOf }).items.map((i) => [i.eventId, i.verdict])))
 */
export function defaultSelection(body: CaseBody, verdictByEventId: Map<string, Verdict> | Record<string, Verdict>): CountySelection[] {
  const get = (id: string) => (verdictByEventId instanceof Map ? verdictByEventId.get(id) : verdictByEventId[id]);
  return groupByCounty(body.events.filter((e) => get(e.id) === 'candidate'));
}

/**
 * Fallback selection without the screening engine: arrests, convictions and adjudications dated
 * within a trafficking period. It does not test the nonviolent requirement (236.14(t)(1)):
 * the attorney must review it.
 */
export function periodSelection(body: CaseBody): CountySelection[] {
  return groupByCounty(body.events.filter((e) => periodOf(body, e)));
}

/** The named events, grouped by county (ids that match no event are dropped). */
export function selectionFor(body: CaseBody, eventIds: string[]): CountySelection[] {
  const wanted = new Set(eventIds);
  return groupByCounty(body.events.filter((e) => wanted.has(e.id)));
}

/**
 * The one place case data meets the templates: every user string in the context has passed
 * through literal(), so `**` and `__` typed in a name, narrative or description print as typed
 * while the templates' own markup still works (layout/literal.ts). Text that is not laid out
 * (bookmarks, PDF titles, draft lines) goes back through plainText().
 */
function contextFor(raw: CaseBody, sel: CountySelection, opts: PacketOptions, ex: LoadedExhibits, warnings: string[]): PacketContext {
  // Callers that built a body by hand (older tests, scripts) may have no drafting answers yet.
  const body = literalStrings({ ...raw, drafting: raw.drafting ?? emptyDrafting() });
  const county = literal(sel.county);
  const byId = new Map(body.events.map((e) => [e.id, e]));
  const matters: CaseEvent[] = [];
  for (const id of sel.eventIds) {
    const e = byId.get(id);
    if (e) matters.push(e);
    else warnings.push(`${sel.county}: no event with id "${id}"; left out`);
  }
  matters.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const courtHere = sameCounty(body.court.county, county);
  const caseNumbers = courtHere && body.court.caseNumber ? [body.court.caseNumber] : [...new Set(matters.map((m) => m.caseNumber).filter(Boolean))];
  const useInitials = opts.useInitials ?? true;
  const hearing = hearingFor(body.drafting, county, !!sel.juvenile);
  return {
    body,
    county,
    asOf: opts.asOf,
    matters,
    useInitials,
    petitioner: petitionerName(body, useInitials),
    courtName: courtNameFor(body, county, !!sel.juvenile),
    caseNumbers: sel.juvenile ? [...new Set(matters.map((m) => m.caseNumber).filter(Boolean))] : caseNumbers,
    department: hearing?.department.trim() || (courtHere && !sel.juvenile ? body.court.department : ''),
    ...(hearing ? { hearing } : {}),
    juvenile: !!sel.juvenile,
    ...servedAgencies(body, county, matters),
    exhibits: ex.entries.map((e) => ({ ...e, evidence: literalStrings(e.evidence) })),
    documentTitles: [],
  };
}

/** "Los Angeles County District Attorney's Office" and "Los Angeles County District Attorney" are one agency. */
const norm = (s: string) => s.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').replace(/\b(?:the|office|of)\b/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The agencies to serve: the prosecutor of each matter (Pen. Code § 236.14(c)), with its address
 * from the case's agency list when it is there, plus every agency the case lists for the county.
 */
function servedAgencies(body: CaseBody, county: string, matters: CaseEvent[]): { agencies: ProsecutingAgency[]; matterAgencies: Map<string, ProsecutorChoice> } {
  const matterAgencies = new Map(matters.map((m) => [m.id, prosecutorFor(m)] as const));
  const listed = body.prosecutingAgencies;
  const agencies: ProsecutingAgency[] = [];
  const add = (a: ProsecutingAgency) => {
    if (!agencies.some((x) => norm(x.name) === norm(a.name))) agencies.push(a);
  };
  for (const choice of matterAgencies.values()) {
    if (!choice.name) continue;
    add(listed.find((a) => norm(a.name) === norm(choice.name)) ?? ProsecutingAgency.parse({ county, name: choice.name }));
  }
  for (const a of listed) if (sameCounty(a.county, county)) add(a);
  return { agencies, matterAgencies };
}

interface Part {
  title: string;
  template: string;
  file: string;
  /** Laid-out pages of a pleading; undefined for the exhibits. */
  pages?: DrawOp[][];
}

function layoutPart(t: DocumentTemplate, ctx: PacketContext, measure: Measure): Part {
  const title = t.title(ctx);
  const laid = layoutPleading({ caption: caption(ctx, title), blocks: t.build(ctx), footerTitle: plainText(t.footer(ctx)), confidential: true }, measure);
  return { title: plainText(title), template: t.id, file: t.file, pages: laid.pages };
}

/** Writes parts into `w`; returns the bookmarks (page indices relative to `w`'s first page). */
async function writeParts(w: PdfWriter, parts: Part[], ex: LoadedExhibits, measure: Measure): Promise<OutlineItem[]> {
  const outline: OutlineItem[] = [];
  for (const part of parts) {
    const start = w.pageCount;
    if (part.pages) {
      for (const page of part.pages) await w.addOpsPage(page, part.template);
      outline.push({ title: part.title, pageIndex: start });
    } else {
      const children = await writeExhibits(w, ex, measure);
      outline.push({ title: part.title, pageIndex: start, children });
    }
  }
  return outline;
}

/**
 * Builds every county's packet.
 * @example const { packets } = await assemblePacket(body, { asOf: '2026-05-01', fonts: loadNodeFonts() })
 */
export async function assemblePacket(body: CaseBody, opts: PacketOptions): Promise<PacketResult> {
  const warnings: string[] = [];
  // Only candidates (or recorded overrides) go into a sworn petition (guard.ts, § 236.14(b)).
  const requested = (opts.selection ?? periodSelection(body)).flatMap((s) => s.eventIds);
  const guard = guardMatters(body, requested, opts.asOf);
  for (const r of guard.refused) warnings.push(`left out: ${refusalText(r)}`);
  for (const o of guard.overridden) warnings.push(overrideWarning(o));
  const allowed = new Set(guard.allowed);
  const selection = splitJuvenile(body, opts.selection ?? periodSelection(body))
    .map((s) => ({ ...s, eventIds: s.eventIds.filter((id) => allowed.has(id)) }))
    .filter((s) => s.eventIds.length > 0);
  const lodged = new Set(body.drafting?.lodgedExhibitIds ?? []);
  warnings.push(...fullNameExhibitWarnings(body.evidence, lodged));
  const measure = createMeasure(opts.fonts);
  const ex = await loadExhibits(body.evidence, opts.exhibits, opts.unreadableExhibits, opts.loadExhibit);
  for (const e of ex.entries) if (lodged.has(e.evidence.id) && e.attached) e.lodged = true;
  warnings.push(...ex.warnings);
  const perCounty = PLEADINGS.length + AFTER_EXHIBITS.length + 2; // documents, exhibits, combined
  const total = selection.length * perCounty;
  let done = 0;
  const tick = (label?: string) => {
    opts.onProgress?.(++done, total, label);
    opts.signal?.throwIfAborted();
  };

  const packets: CountyPacket[] = [];
  const draftItems: DraftItem[] = [];
  const agencyDraft: string[] = [];
  // Counties whose names reduce to one slug still get files of their own (file-names.ts).
  const slugs = uniqueSlugs(selection.map((sel) => fileSlug(sel.county) + (sel.juvenile ? '-Juvenile' : '')));
  for (const [k, sel] of selection.entries()) {
    const ctx = contextFor(body, sel, opts, ex, warnings);
    const slug = slugs[k]!;
    const where = sel.juvenile ? `${sel.county} County juvenile court` : `${sel.county} County`;
    // draftLine() appends " County": "Los Angeles County, ..." / "Los Angeles (juvenile court) County, ...".
    const draftCounty = sel.juvenile ? `${sel.county} (juvenile court)` : sel.county;
    const pleadings = PLEADINGS.filter((t) => t.applies?.(ctx) ?? true);
    const after = AFTER_EXHIBITS.filter((t) => t.applies?.(ctx) ?? true);
    const hasExhibits = ex.entries.length > 0;
    ctx.documentTitles = [...pleadings, ...after.filter((t) => t !== proofOfService)].map((t) => t.title(ctx));
    if (hasExhibits) ctx.documentTitles.splice(pleadings.length, 0, 'Exhibits ' + ex.entries.map((e) => e.letter).join(', '));

    const parts: Part[] = [];
    for (const t of pleadings) parts.push(layoutPart(t, ctx, measure));
    if (hasExhibits) parts.push({ title: 'Exhibits', template: EXHIBITS_TEMPLATE, file: 'Exhibits' });
    for (const t of after) parts.push(layoutPart(t, ctx, measure));
    for (const part of parts) if (part.pages) for (const d of placeholdersIn(part.pages)) draftItems.push({ county: draftCounty, document: part.title, ...d });
    for (const m of ctx.matters) {
      const choice = ctx.matterAgencies.get(m.id)!;
      if (!choice.entered) agencyDraft.push(plainText(`${literal(sel.county)} County: confirm the prosecuting agency for the ${m.kind} of ${m.date || '(no date)'}, ${m.code} ${m.section}${m.caseNumber ? `, case ${m.caseNumber}` : ''}: ${choice.name || '[none]'}; ${choice.basis} (Pen. Code § 236.14(c))`));
    }

    // Each document alone (e-filing uploads them separately) ...
    const documents: PacketDocument[] = [];
    for (const [i, part] of parts.entries()) {
      const w = await PdfWriter.create(opts.fonts, {
        title: `${part.title}: ${plainText(ctx.petitioner)} (${where})`,
        subject: 'Petition for vacatur relief, Penal Code section 236.14',
        keywords: [`template:${part.template}`, 'Pen. Code 236.14', 'CONFIDENTIAL'],
        date: opts.asOf,
      });
      const outline = await writeParts(w, [part], ex, measure);
      if (!part.pages) w.setOutline(outline[0]?.children ?? []);
      documents.push({ name: `${slug}_${String(i + 1).padStart(2, '0')}_${part.file}.pdf`, title: part.title, template: part.template, bytes: await w.save(), pages: w.pageCount });
      tick(`${plainText(literal(sel.county))}${sel.juvenile ? ' (juvenile court)' : ''}: document ${i + 1} of ${parts.length}`);
    }
    // The confidential identification attachment (referred to by the proposed order) is its own
    // document to lodge under seal: never in the combined public packet (Pen. Code § 236.14(q)).
    const idPart = layoutPart(confidentialIdentification, ctx, measure);
    for (const d of placeholdersIn(idPart.pages!)) draftItems.push({ county: draftCounty, document: idPart.title, ...d });
    const idWriter = await PdfWriter.create(opts.fonts, {
      title: `${idPart.title} (${where})`,
      subject: 'CONFIDENTIAL: lodge under seal (Pen. Code section 236.14(q))',
      keywords: [`template:${idPart.template}`, 'Pen. Code 236.14', 'CONFIDENTIAL', 'UNDER SEAL'],
      date: opts.asOf,
    });
    await writeParts(idWriter, [idPart], ex, measure);
    documents.push({ name: `${slug}_00_${idPart.file}.pdf`, title: idPart.title, template: idPart.template, bytes: await idWriter.save(), pages: idWriter.pageCount });
    // Exhibits that show the full name and are lodged under seal: whole, in their own file (§ 236.14(q)).
    if (ex.entries.some((e) => e.lodged)) {
      const sealedWriter = await PdfWriter.create(opts.fonts, {
        title: `Confidential Exhibits, Lodged Conditionally Under Seal (${where})`,
        subject: 'CONFIDENTIAL: lodge under seal (Pen. Code section 236.14(q))',
        keywords: [`template:${EXHIBITS_TEMPLATE}`, 'Pen. Code 236.14', 'CONFIDENTIAL', 'UNDER SEAL'],
        date: opts.asOf,
      });
      sealedWriter.setOutline(await writeExhibits(sealedWriter, ex, measure, true));
      documents.push({ name: `${slug}_00_Confidential-Exhibits_LODGE-UNDER-SEAL.pdf`, title: 'Confidential Exhibits (Lodged Conditionally Under Seal)', template: EXHIBITS_TEMPLATE, bytes: await sealedWriter.save(), pages: sealedWriter.pageCount });
    }
    // ... and all of them in one bookmarked PDF. Drawn again rather than copied, so the fonts are
    // embedded once and the exhibits' bytes appear once.
    const all = await PdfWriter.create(opts.fonts, {
      title: `Petition for Vacatur Relief (Pen. Code, § 236.14): ${plainText(ctx.petitioner)}, ${where}`,
      subject: 'Petition for vacatur relief, Penal Code section 236.14',
      keywords: ['template:packet', 'CONFIDENTIAL'],
      date: opts.asOf,
    });
    all.setOutline(await writeParts(all, parts, ex, measure));
    const combined = await all.save();
    tick(`${plainText(literal(sel.county))}${sel.juvenile ? ' (juvenile court)' : ''}: combined packet`);
    packets.push({ county: sel.county, ...(sel.juvenile ? { juvenile: true } : {}), combined: { name: `${slug}_Packet.pdf`, bytes: combined, pages: all.pageCount }, documents, eventIds: ctx.matters.map((m) => m.id) });
  }
  return { packets, warnings, draft: [...ex.draft, ...agencyDraft, ...draftItems.map(draftLine)], draftItems, refused: guard.refused, overrides: guard.overridden };
}
