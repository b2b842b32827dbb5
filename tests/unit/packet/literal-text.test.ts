// @vitest-environment node
// Markup characters typed in case data print as typed; the templates' own markup still works (issue 12).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemblePacket, type PacketResult } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { literal, literalStrings } from '@/lib/packet/layout/literal';
import { parseMarkup, plainText } from '@/lib/packet/layout/wrap';
import { sampleBody } from './helpers';

const NARRATIVE = 'He called it **not bold** and signed as __init__ and ***three*** and a ____ blank.';

describe('literal()', () => {
  it('keeps the characters of user text and the markup of the template around it', () => {
    const runs = parseMarkup(`**Heading:** ${literal(NARRATIVE)} __under__`);
    expect(runs.map((r) => r.text).join('')).toBe(`Heading: ${NARRATIVE} under`);
    expect(runs[0]).toEqual({ text: 'Heading:', style: 'bold' });
    expect(runs.find((r) => r.text.includes('not bold'))).toEqual({ text: ` ${NARRATIVE} `, style: 'regular' });
    expect(runs.at(-1)).toEqual({ text: 'under', style: 'regular', underline: true });
  });

  it('leaves text without markup pairs unchanged, and ids as they are', () => {
    expect(literal('Los Angeles, Case No. BA_123 * 2')).toBe('Los Angeles, Case No. BA_123 * 2');
    const data = literalStrings({ id: 'e__1', eventIds: ['e__1'], nexus: 'a **b**', list: ['x__y'], n: 3, flag: true });
    expect(data.id).toBe('e__1');
    expect(data.eventIds).toEqual(['e__1']);
    expect(plainText(data.nexus)).toBe('a **b**');
    expect(plainText(data.list[0]!)).toBe('x__y');
    expect(data.n).toBe(3);
  });
});

describe('case data in the packet PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'literal-text-'));
  let result: PacketResult;
  beforeAll(async () => {
    const body = sampleBody();
    body.trafficking.narrative = NARRATIVE;
    body.client.lastName = 'O__Brien';
    body.events = body.events.map((e, i) => (i === 0 ? { ...e, description: 'Loitering **with intent**', nexus: 'Directed by __him__.' } : e));
    result = await assemblePacket(body, { asOf: '2026-05-01', fonts: loadNodeFonts(), useInitials: false });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function text(template: string): string {
    const doc = result.packets[0]!.documents.find((d) => d.template === template)!;
    const file = join(dir, `${template}.pdf`);
    writeFileSync(file, doc.bytes);
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }

  it('prints the narrative, name, description and nexus as typed', () => {
    const decl = text('declaration-of-petitioner');
    expect(decl).toContain('He called it **not bold** and signed as __init__ and ***three*** and a ____ blank.');
    expect(decl).toContain('O__Brien');
    expect(decl).toContain('Loitering **with intent**');
    expect(decl).toContain('Directed by __him__.');
    expect(decl).not.toContain('\uE000');
  });

  it('keeps titles and bookmarks free of the escape', () => {
    for (const d of result.packets[0]!.documents) expect(d.title).not.toContain('\uE000');
    expect(result.draft.join('\n')).not.toContain('\uE000');
  });

  it("keeps a template's bold heading bold", () => {
    const doc = result.packets[0]!.documents.find((d) => d.template === 'declaration-of-petitioner')!;
    const file = join(dir, 'decl-xml.pdf');
    writeFileSync(file, doc.bytes);
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8' });
    // pdftohtml wraps text set in a bold font in <b>.
    expect(xml).toMatch(/<text [^>]*><b>The Trafficking<\/b><\/text>/);
    expect(xml).toMatch(/<text [^>]*>He called it \*\*not bold\*\* and signed as __init__/);
  });
});
