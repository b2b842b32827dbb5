// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildClientSummary } from '@/lib/client-summary';
import { completedBody } from './packet/completed-case';

describe('the client summary (plain language, English and Spanish; Pen. Code § 236.14)', () => {
  const body = completedBody();
  const matters = body.events.filter((e) => ['ev-2012-conv', 'ev-2014-theft'].includes(e.id));
  it('English: what will be filed, what vacatur does, what it does not, what happens next', () => {
    const s = buildClientSummary(body, matters, 'en', '2026-12-02');
    const text = JSON.stringify(s);
    expect(s.title).toBe('Your petition to clear your record');
    expect(s.subtitle).toBe('Prepared for D. I. A. on 12/02/2026');
    expect(s.sections.map((x) => x.heading)).toEqual(['What we will ask the court', 'What "vacate" means', 'What it does not change', 'What happens next', 'Questions?']);
    expect(s.sections[0]!.items).toHaveLength(2);
    expect(s.sections[0]!.items![0]).toMatch(/^Conviction · 08\/21\/2012 · .+ · Los Angeles County$/);
    expect(text).toContain('45 days from the day they receive it'); // § 236.14(c)
    expect(text).toContain('Hearing in Los Angeles County: 02/10/2027, 8:30 a.m., Department 100.');
    expect(text).toContain('[§ 236.14(i)]');
    // Never the full name in a paper that may be left lying around.
    expect(text).not.toContain('Alvarado');
  });
  it('Spanish: the same sections, dates day first, the same citations', () => {
    const s = buildClientSummary(body, matters, 'es', '2026-12-02');
    const text = JSON.stringify(s);
    expect(s.title).toBe('Su petición para limpiar sus antecedentes');
    expect(s.subtitle).toBe('Preparado para D. I. A. el 02/12/2026');
    expect(s.sections).toHaveLength(5);
    expect(s.sections[0]!.items![0]).toMatch(/^Condena · 21\/08\/2012 · .+ · condado de Los Angeles$/);
    expect(text).toContain('La fiscalía tiene 45 días');
    expect(text).toContain('Audiencia en el condado de Los Angeles: 10/02/2027');
    const cites = (t: string) => [...t.matchAll(/\[§ 236\.14[^\]]*\]/g)].map((m) => m[0]);
    expect(cites(text)).toEqual(cites(JSON.stringify(buildClientSummary(body, matters, 'en', '2026-12-02'))));
  });
});
