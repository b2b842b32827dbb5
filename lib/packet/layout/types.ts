/**
 * Plain data shared by the layout engine and the PDF writer. Layout produces draw operations in
 * PDF points (origin bottom-left, as PDF draws); only lib/packet/pdf.ts turns them into PDF.
 */

export type FontStyle = 'regular' | 'bold';

/** Width in points of `text` set in `style` at `size` points. */
export type Measure = (text: string, style: FontStyle, size: number) => number;

export interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  style: FontStyle;
  size: number;
  underline?: boolean;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export type DrawOp = TextOp | LineOp;

/** A stretch of text in one style. */
export interface Run {
  text: string;
  style: FontStyle;
  underline?: boolean;
}
