import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { PracticeDefaults, withPracticeDefaults, CaseBody } from '@/lib/model';
import { sampleBody } from '../../factories/case-factory';

const sidePanel = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
const contentScript = () => ({ id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:4173/record-request.html', frameId: 0, tab: { id: 7, url: 'http://127.0.0.1:4173/record-request.html' } });
function send(message: unknown, sender: object = sidePanel()): Promise<any> {
  return new Promise((resolve) => {
    const results = fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
    void Promise.resolve(results).then((r) => {
      if (Array.isArray(r) && r.every((x: unknown) => x === false)) resolve('(ignored)');
    });
  });
}

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
      fakeBrowser.reset();
      Dexie.dependencies.indexedDB = globalThis.indexedDB = new IDBFactory();
      vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
      vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
      background.main();
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
