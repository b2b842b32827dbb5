/** Types of hostile-files.mjs (shared by unit and end-to-end tests). */
export function manyPagePdf(pages: number, text?: string): Uint8Array;
export function pngBomb(width?: number, height?: number): Uint8Array;
export function truncatedPdf(fraction?: number): Uint8Array;
