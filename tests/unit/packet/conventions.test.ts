/**
 * Conventions of lib/packet, enforced: one module per document, each registered in the packet,
 * each with a unique template id (recorded on every page it makes), each citing the law it
 * relies on, and each covered by the document tests. Only pdf.ts imports pdf-lib.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_EXHIBITS, PLEADINGS } from '@/lib/packet';

const docDir = join(process.cwd(), 'lib/packet/documents');
const modules = readdirSync(docDir).filter((f) => f.endsWith('.ts') && f !== 'context.ts');
const registered = [...PLEADINGS, ...AFTER_EXHIBITS];
const documentTests = readFileSync(join(process.cwd(), 'tests/unit/packet/documents.test.ts'), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('lib/packet conventions', () => {
  it('every document module is registered in the packet, once, with a unique template id', () => {
    expect(registered).toHaveLength(modules.length);
    expect(new Set(registered.map((t) => t.id)).size).toBe(registered.length);
    for (const m of modules) expect(registered.some((t) => t.id === m.replace(/\.ts$/, ''))).toBe(true);
  });

  it.each(modules)('%s cites the statute it relies on', (m) => {
    const src = readFileSync(join(docDir, m), 'utf8');
    expect(src).toMatch(/236\.14|Penal Code|Pen\. Code|Code Civ\. Proc\.|Cal\. Rules of Court/);
  });

  it.each(registered.map((t) => t.id))('template %s is checked by the document tests', (id) => {
    expect(documentTests).toContain(`'${id}'`);
  });

  it('only lib/packet/pdf.ts (and its sibling pdf-forms.ts, for fillable forms) imports pdf-lib', () => {
    const importers = ['lib', 'components', 'entrypoints']
      .flatMap((d) => walk(join(process.cwd(), d)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && /from 'pdf-lib'|from '@pdf-lib\//.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(process.cwd().length + 1));
    expect(importers.sort()).toEqual(['lib/packet/pdf-forms.ts', 'lib/packet/pdf.ts']);
  });
});
