/**
 * Portal adapters as data: which pages they are for, how each step is recognised, which
 * control takes which case field (selector alternatives tried in order) and how the value is
 * written, which tables a summary page's charges are read from, and what is never filled.
 * Built-in adapters, user-taught adapters (teach mode) and imported packs share this schema.
 */
import { z } from 'zod';

/** `scheme://host/path` with `*` wildcards; a pattern without a port matches any port (as in match patterns). */
export const UrlPattern = z
  .string()
  .min(1)
  .max(500)
  .regex(/^(\*|https?|file):\/\/[^/]*\/.*$/, { message: 'must look like scheme://host/path, with * wildcards' });

export const Transform = z.union([
  z.object({ date: z.string().min(1).max(20) }).strict(),
  z.object({ case: z.enum(['upper', 'lower']) }).strict(),
  z.object({ initials: z.literal(true) }).strict(),
  z.object({ codes: z.record(z.string().max(100), z.string().max(200)) }).strict(),
  z.object({ template: z.string().max(300).includes('{value}') }).strict(),
  z.object({ digits: z.literal(true) }).strict(),
]);
export type Transform = z.infer<typeof Transform>;

/** The case fields an adapter may name (the matcher's sources). */
export const SOURCE_PATTERN = /^(client|attorney|court|filing|designee)(\.[A-Za-z]+){1,2}$/;

export const AdapterField = z
  .object({
    /** Selector alternatives, tried in order (` |> ` enters a frame, ` >>> ` a shadow root). */
    selectors: z.array(z.string().min(1).max(500)).min(1).max(10),
    source: z.string().regex(SOURCE_PATTERN, { message: 'must name a case field such as client.lastName' }),
    transforms: z.array(Transform).max(8).default([]),
    /** For comboboxes and selects: the option to pick, by label (`{value}` is the case value). */
    option: z
      .object({
        label: z.string().max(300).optional(),
        contains: z.array(z.string().max(100)).max(10).optional(),
        prefer: z.array(z.string().max(100)).max(10).optional(),
      })
      .strict()
      .optional(),
    /** For a combobox: what to type before the options appear (`{value}` allowed). */
    type: z.string().max(200).optional(),
  })
  .strict();
export type AdapterField = z.infer<typeof AdapterField>;

export const AdapterStep = z
  .object({
    id: z.string().min(1).max(60),
    title: z.string().max(120).default(''),
    /** The step is current when this selector finds a viewable element (absent: always). */
    detect: z.string().max(500).optional(),
    fields: z.array(AdapterField).max(200).default([]),
  })
  .strict();
export type AdapterStep = z.infer<typeof AdapterStep>;

export const ScrapeTable = z
  .object({
    /** The charges table; columns are found by header text unless given as 0-based indexes. */
    charges: z.string().max(500),
    dispositions: z.string().max(500).optional(),
    sentences: z.string().max(500).optional(),
    caseNumber: z.string().max(500).optional(),
    court: z.string().max(500).optional(),
  })
  .strict();
export type ScrapeTable = z.infer<typeof ScrapeTable>;

export const Adapter = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, { message: 'must be lower-case letters, digits and dashes' }),
    name: z.string().min(1).max(120),
    version: z.number().int().min(1).default(1),
    matches: z.array(UrlPattern).min(1).max(20),
    steps: z.array(AdapterStep).max(30).default([]),
    scrape: ScrapeTable.optional(),
    /** Selectors of controls never to fill (beyond the built-in rules). */
    neverFill: z.array(z.string().max(500)).max(100).default([]),
    /** Pages (URL patterns) or steps (detect selectors) where nothing is filled: payment pages. */
    neverFillPages: z.array(UrlPattern).max(20).default([]),
    neverFillSteps: z.array(z.string().max(60)).max(30).default([]),
    /** PDF form adapters (lib/forms): text printed on the form's first page (a form number), all required. */
    pdfText: z.array(z.string().min(3).max(200)).max(10).optional(),
  })
  .strict();
export type Adapter = z.infer<typeof Adapter>;
export type AdapterInput = z.input<typeof Adapter>;
