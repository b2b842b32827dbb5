// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportAdapterPack, validateAdapterPack } from '@/lib/portals/pack';
import { BUILT_IN_ADAPTERS } from '@/lib/portals/registry';

const adapter = { id: 'county-x', name: 'County X', matches: ['https://efile.county-x.test/*'], steps: [{ id: 'one', fields: [{ selectors: ['#last'], source: 'client.lastName' }] }] };
const pack = (adapters: unknown[]) => ({ format: 'vacatur-assist/adapter-pack', version: 1, adapters });

describe('adapter packs', () => {
  it('round-trips the built-in adapters', () => {
    const r = validateAdapterPack(JSON.parse(JSON.stringify(exportAdapterPack(BUILT_IN_ADAPTERS))));
    expect(r).toEqual({ ok: true, adapters: BUILT_IN_ADAPTERS });
  });

  it.each([
    ['not an object', 'x', 'not an adapter pack (expected a JSON object)'],
    ['wrong format', { format: 'zip', version: 1, adapters: [] }, 'not an adapter pack (format must be "vacatur-assist/adapter-pack")'],
    ['a newer version', { ...pack([adapter]), version: 2 }, 'pack version 2 is not one this app reads (1)'],
    ['no adapters', pack([]), 'the pack holds no adapters'],
    ['an unknown case field', pack([{ ...adapter, steps: [{ id: 'one', fields: [{ selectors: ['#x'], source: 'client.password!' }] }] }]), 'adapters[0].steps[0].fields[0].source: must name a case field such as client.lastName'],
    ['case data riding along', pack([{ ...adapter, name: 'for jane@example.test' }]), 'adapters[0].name: holds what looks like case data (an e-mail address); packs carry selectors only'],
    ['a date of birth in an option', pack([{ ...adapter, steps: [{ id: 'one', fields: [{ selectors: ['#d'], source: 'client.dob', option: { label: '1993-07-09' } }] }] }]), 'adapters[0].steps[0].fields[0].option.label: holds what looks like case data (a date); packs carry selectors only'],
    ['extra keys (a value smuggled in)', pack([{ ...adapter, steps: [{ id: 'one', fields: [{ selectors: ['#x'], source: 'client.lastName', value: 'Varga' }] }] }]), 'adapters[0].steps[0].fields[0]: Unrecognized key: "value"'],
    ['a broken selector', pack([{ ...adapter, steps: [{ id: 'one', fields: [{ selectors: ['#ok |> [[['], source: 'client.lastName' }] }] }]), 'adapters[0]: "#ok |> [[[" is not a valid selector'],
    ['a duplicate id', pack([adapter, adapter]), 'adapters[1].id: "county-x" appears twice'],
  ])('refuses %s with the reason', (_name, json, reason) => {
    expect(validateAdapterPack(json)).toEqual({ ok: false, reason });
  });
});
