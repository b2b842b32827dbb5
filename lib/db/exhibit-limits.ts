/**
 * Limits of an exhibit file attached in the panel, shared by the panel (checked before reading
 * the file), the message protocol (checked at the receiver) and the store. No imports, so the
 * panel and the protocol take these without the database code.
 */

/** What the panel may attach: PDF, JPEG and PNG (the packet merges those). */
export const EXHIBIT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/**
 * One file sent from the panel: 25 MB. Runtime messages are JSON with a 64 MiB limit (Chrome),
 * and base64 makes 25 MB into 33.3 MiB, leaving room; a 100 MB exhibit set is four files.
 */
export const MAX_EXHIBIT_FILE_BYTES = 25 * 1024 * 1024;

/** The longest data: URL such a file makes (base64, plus room for the `data:…;base64,` head). */
export const MAX_EXHIBIT_DATA_URL_CHARS = Math.ceil(MAX_EXHIBIT_FILE_BYTES / 3) * 4 + 200;
