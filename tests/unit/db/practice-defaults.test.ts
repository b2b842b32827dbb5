import { beforeEach, describe, expect, it } from 'vitest';
import { PracticeDefaults, withPracticeDefaults, CaseBody } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';
import { contentScript, send, startBackground } from '../../factories/background-harness';

const OFFICE = PracticeDefaults.parse({
  attorney: { name: 'Robin Q. Oyelaran (fictional)', barNumber: '300001', firm: 'Harbor Survivor Law Project (fictional)', phone: '(562) 555-0101', email: 'robin@example.org', address: { street: '1 Example Plaza', city: 'Long Beach', zip: '90802' } },
  agencies: [{ county: 'Los Angeles', name: 'Long Beach City Prosecutor', address: { street: '411 West Ocean Boulevard', city: 'Long Beach', zip: '90802' } }],
});

describe('office defaults copied into new cases (issue 14)', () => {
  it('withPracticeDefaults fills an empty attorney and agency list, never what the case has', () => {
    const empty = CaseBody.parse({ client: {} });
    const filled = withPracticeDefaults(empty, OFFICE);
    expect(filled.attorney.name).toBe('Robin Q. Oyelaran (fictional)');
    expect(filled.prosecutingAgencies.map((a) => a.name)).toEqual(['Long Beach City Prosecutor']);
    expect(filled.prosecutingAgencies[0]).toMatchObject({ servedOn: '', serviceMethod: '' });
    const own = sampleBody();
    const kept = withPracticeDefaults(own, OFFICE);
    expect(kept.attorney).toEqual(own.attorney);
    expect(kept.prosecutingAgencies).toEqual(own.prosecutingAgencies);
  });

  describe('through the store', () => {
    beforeEach(async () => {
      startBackground();
      await send({ type: 'vault/continue-plain' });
    });
    it('saves and reads the defaults; a new case starts with them', async () => {
      expect((await send({ type: 'defaults/get' })).data).toEqual(PracticeDefaults.parse({}));
      expect((await send({ type: 'defaults/save', defaults: OFFICE })).ok).toBe(true);
      expect((await send({ type: 'defaults/get' })).data.attorney.name).toBe('Robin Q. Oyelaran (fictional)');
      const created = (await send({ type: 'cases/create', body: { client: { firstName: 'Ines' } } })).data;
      expect(created.attorney.firm).toBe('Harbor Survivor Law Project (fictional)');
      expect(created.prosecutingAgencies[0].name).toBe('Long Beach City Prosecutor');
    });
    it('refuses invalid defaults with a message, and a content script cannot read them', async () => {
      const bad = await send({ type: 'defaults/save', defaults: { agencies: 'not a list' } });
      expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
      const fromPage = await send({ type: 'defaults/get' }, contentScript());
      expect(fromPage.ok).not.toBe(true);
    });
  });
});
