/**
 * Long texts between the panel and the background, in parts. Runtime messages are JSON with a
 * 64 MiB limit in Chrome, and a backup or hand-off file that carries exhibit files passes it (a
 * 100 MB exhibit set is about 135 MiB of base64). The background keeps an outgoing text and
 * hands it out part by part (`transfer/read`); an incoming one is sent part by part
 * (`transfer/write`) and then named by id in the import message. Texts live in the background's
 * memory only, for a few minutes at most.
 */

/** Characters per part: far below the limit even where JSON escapes a character. */
export const TRANSFER_PART_CHARS = 16 * 1024 * 1024;
/** A text no longer asked for is dropped after this long. */
export const TRANSFER_TTL_MS = 10 * 60 * 1000;
/** The most an incoming text may grow to (a backup of a large store). */
export const MAX_TRANSFER_CHARS = 1024 * 1024 * 1024;

export interface TransferTicket {
  id: string;
  parts: number;
  length: number;
}

interface Held {
  parts: string[];
  at: number;
}

export class Transfers {
  private readonly held = new Map<string, Held>();

  constructor(
    /** Characters per part (tests use small parts). */
    readonly partChars = TRANSFER_PART_CHARS,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  /** Keeps `text` for the panel to read in parts. */
  offer(text: string): TransferTicket {
    this.sweep();
    const parts: string[] = [];
    for (let i = 0; i < text.length; i += this.partChars) parts.push(text.slice(i, i + this.partChars));
    const id = this.newId();
    this.held.set(id, { parts, at: this.now() });
    return { id, parts: parts.length, length: text.length };
  }

  /** One part of an offered text; the last read lets it go. */
  read(id: string, index: number): { text: string; last: boolean } {
    const held = this.held.get(id);
    const text = held?.parts[index];
    if (!held || text === undefined) throw new Error('That transfer is no longer available. Try again.');
    held.at = this.now();
    const last = index === held.parts.length - 1;
    if (last) this.held.delete(id);
    return { text, last };
  }

  /** Appends part `index` (0, 1, 2 … in order) of an incoming text; the first part opens it. */
  write(id: string | undefined, index: number, text: string): { id: string } {
    this.sweep();
    if (index === 0) {
      const fresh = this.newId();
      this.held.set(fresh, { parts: [text], at: this.now() });
      return { id: fresh };
    }
    const held = id === undefined ? undefined : this.held.get(id);
    if (!held || held.parts.length !== index) throw new Error('That upload is no longer available. Try again.');
    if (held.parts.reduce((n, p) => n + p.length, 0) + text.length > MAX_TRANSFER_CHARS) {
      this.held.delete(id!);
      throw new Error('That file is too large to import.');
    }
    held.parts.push(text);
    held.at = this.now();
    return { id: id! };
  }

  /** Takes an incoming text whole (it is forgotten here). */
  take(id: string): string {
    const held = this.held.get(id);
    if (!held) throw new Error('That upload is no longer available. Try again.');
    this.held.delete(id);
    return held.parts.join('');
  }

  private sweep(): void {
    const cutoff = this.now() - TRANSFER_TTL_MS;
    for (const [id, h] of this.held) if (h.at < cutoff) this.held.delete(id);
  }
}
