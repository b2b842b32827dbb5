/**
 * The plain data that travels between autofill's stages (and by message between the page and
 * the panel): a snapshot of the page's fields, a plan of fill steps, and the outcome per field.
 * Everything here is JSON: no elements, no functions.
 */

/** How a control takes a value. */
export type FieldKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'combobox';

export interface FieldOption {
  value: string;
  label: string;
  /** For radio groups: the selector of this option's own input. */
  selector?: string;
}

export interface CollectedField {
  /** Resolves the control again, through frames (` |> `) and open shadow roots (` >>> `). */
  selector: string;
  kind: FieldKind;
  tag: string;
  /** The input type (text, email, tel, number, date, password ...), '' for select/textarea. */
  type: string;
  name: string;
  id: string;
  /** Name and id split into lower-case words (camelCase, ASP.NET prefixes, brackets removed). */
  tokens: string[];
  /** Best label: for / wrapping label, aria-labelledby, aria-label or title. */
  label: string;
  autocomplete: string;
  placeholder: string;
  /** Text just before the control in the page. */
  before: string;
  /** The table cell to its left, or its column header. */
  cell: string;
  /** The enclosing fieldset's legend, or a role="group"/"radiogroup" label. */
  legend: string;
  maxLength?: number;
  /** select options, radio group members; comboboxes have none until typed into. */
  options?: FieldOption[];
  value: string;
  checked?: boolean;
  /** Index of the form (or frame document) the control belongs to, for grouping. */
  group: number;
  visible: boolean;
  /** Why this field must never be filled (hidden, read-only, SSN, payment ...); absent when fillable. */
  never?: string;
}

export interface FrameNote {
  selector: string;
  reason: string;
}

export interface Snapshot {
  url: string;
  title: string;
  fields: CollectedField[];
  /** True when the page had more than the cap (200) controls. */
  truncated: boolean;
  /** Frames not entered and why (cross-origin, sandboxed). */
  frames: FrameNote[];
  /** For each selector asked about (an adapter's), the collected field it found and whether it is viewable. */
  probes?: Record<string, Probe>;
}

export interface Probe {
  /** The collected field's selector, or the element's own when it is not a control (a step marker). */
  selector: string | null;
  visible: boolean;
}

/** A combobox's option is picked by label: exact when known, else the one option with every word. */
export interface OptionChoice {
  label?: string;
  contains?: string[];
  /** Among several options that contain the words, prefer the one with these. */
  prefer?: string[];
}

export interface FillStep {
  selector: string;
  label: string;
  /** The case field the value came from, e.g. `client.dob.month`, `attorney.barNumber`. */
  source: string;
  /** What is typed, or the option label, or 'true'/'false' for a checkbox or radio. */
  value: string;
  confidence: number;
  reason: string;
  kind: FieldKind;
  option?: OptionChoice;
}

export interface Unfilled {
  selector: string;
  label: string;
  reason: string;
}

export interface Question {
  selector: string;
  label: string;
  source: string;
  prompt: string;
  choices: string[];
}

export interface Plan {
  url: string;
  adapter: string | null;
  step: string | null;
  steps: FillStep[];
  unfilled: Unfilled[];
  questions: Question[];
}

export type Outcome = 'filled' | 'skipped' | 'did-not-stick';

export interface FieldOutcome {
  selector: string;
  label: string;
  outcome: Outcome;
  reason?: string;
  /** For a combobox with several matching options: the labels to choose from. */
  choices?: string[];
  /** What the field held before (value, or 'true' / 'false' for a checkbox or radio): for Undo. */
  previous?: string;
}

export interface FillReport {
  url: string;
  /** Set when nothing was filled at all (the page changed since the plan). */
  refused?: string;
  outcomes: FieldOutcome[];
}
