import { encodeDataUrl } from '@/lib/data-url';
import type { Case, Evidence, ExhibitRef } from '@/lib/model';

/** A tiny PDF-looking file with a marker that tests search raw storage for (invented content). */
export function pdfBytes(marker: string, size = 0): Uint8Array {
  const head = new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n`);
  const out = new Uint8Array(Math.max(size, head.length));
  out.set(head);
  for (let i = head.length; i < out.length; i++) out[i] = (i * 31) & 0xff;
  return out;
}

/** A 2x2 PNG (an invented "scan"). */
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

export const pdfUrl = (marker: string, size = 0) => encodeDataUrl(pdfBytes(marker, size), 'application/pdf');

export async function sha256(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)).toString('hex');
}

/** An evidence entry (defaults filled as the schema would). */
export function entry(id: string, extra: Partial<Evidence> = {}): Evidence {
  return { id, title: `Exhibit ${id}`, kind: 'official-documentation', description: '', ...extra } as Evidence;
}

/** The file reference of an entry, or undefined. */
export const refOf = (c: Case, id: string): ExhibitRef | undefined => c.evidence.find((e) => e.id === id)?.fileRef;
