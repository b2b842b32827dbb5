/**
 * Text the CLI prints can carry names, descriptions, file names and messages from input files.
 * A case file or RAP sheet from elsewhere must not be able to drive the attorney's terminal:
 * move the cursor, rewrite earlier lines, set the window title, plant a hyperlink, or reorder
 * what is shown with bidi overrides (the "Trojan Source" trick, CVE-2021-42574).
 */

/**
 * Escape sequences removed whole, so no parameter text is left behind:
 * CSI (`ESC [ ... final`), the string commands OSC/DCS/SOS/PM/APC when terminated (BEL or
 * `ESC \`), the 8-bit CSI (0x9B ... final), and two-byte escapes (`ESC (B`, `ESC 7`, ...).
 * ECMA-48 sections 5.3-5.6 give the byte ranges.
 */
const ESCAPE_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|\x9b[0-?]*[ -/]*[@-~]|\x1b[ -/]*[0-~]/g;

/**
 * Whatever is left: C0 controls except tab and newline (a carriage return can overwrite a
 * line), DEL, C1 controls 0x80-0x9F, and the bidi embeddings, overrides and isolates
 * U+202A-U+202E and U+2066-U+2069.
 */
const CONTROL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const ANY_CONTROL_CHARACTER = new RegExp(CONTROL_CHARACTER.source);

/**
 * The text with terminal escape sequences and control characters removed.
 * @example stripTerminalControls('Ana\x1b[2J\u202eZ') === 'AnaZ'
 */
export function stripTerminalControls(text: string): string {
  // Every escape sequence starts with a control character (ESC or 0x9B): text with none, such as
  // jsonText's output (megabytes a batch from a streamed screen), is returned after one scan.
  if (!ANY_CONTROL_CHARACTER.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, '');
}

/**
 * The characters JSON.stringify leaves raw that a terminal may still act on (DEL, C1, bidi
 * controls), written as `\uXXXX` escapes instead. JSON's structure is ASCII, so these only ever
 * sit inside strings, where the escape means the same character: the data is unchanged and the
 * printed text carries no control character for the output writer to strip.
 */
const RAW_IN_JSON = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(value, null, indent)` that is safe to print on a terminal, losing no data; indent 0 is one line. */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
