/** Conventions of lib/law, enforced: every remedy module is registered, tested, and cites its law. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMEDY_RULES } from '@/lib/law';

const remedyDir = join(process.cwd(), 'lib/law/remedies');
const testDir = join(process.cwd(), 'tests/unit/law/remedies');
const NOT_RULES = new Set(['context.ts', 'helpers.ts', 'fallback.ts', 'index.ts']);
const modules = readdirSync(remedyDir).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

describe('lib/law/remedies conventions', () => {
  it('one module per remedy, each registered in REMEDY_RULES', () => {
    expect(modules).toHaveLength(REMEDY_RULES.length);
    const index = readFileSync(join(remedyDir, 'index.ts'), 'utf8');
    for (const m of modules) expect(index).toContain(`from './${m.replace(/\.ts$/, '')}'`);
  });

  it.each(modules)('%s has its own test file asserting reason text', (m) => {
    const test = readFileSync(join(testDir, m.replace(/\.ts$/, '.test.ts')), 'utf8');
    expect(test).toMatch(/text: '/);
    expect(test).toMatch(/cite: '/);
  });

  it.each(modules)('%s cites its statute in every reason', (m) => {
    const src = readFileSync(join(remedyDir, m), 'utf8');
    const cites = [...src.matchAll(/cite: '([^']*)'/g)].map((x) => x[1]!);
    expect(cites.length).toBeGreaterThan(0);
    for (const c of cites) expect(c).toMatch(/^(Pen\. Code § |18 U\.S\.C\. § )/);
  });
});
