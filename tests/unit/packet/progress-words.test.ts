// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assemblePacket, selectionFor } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { completedBody } from './completed-case';

describe('packet progress in words (issue 14)', () => {
  it('says which county and which document, then the combined packet, counting to the total', async () => {
    const body = completedBody();
    const seen: [number, number, string | undefined][] = [];
    await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, ['ev-2012-conv', 'ev-2014-theft']), fonts: loadNodeFonts(), onProgress: (d, t, label) => seen.push([d, t, label]) });
    const labels = seen.map(([, , l]) => l);
    expect(labels).toContain('Los Angeles: document 1 of 7');
    expect(labels).toContain('Orange: document 3 of 7');
    expect(labels).toContain('Orange: combined packet');
    expect(seen.map(([d]) => d)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.at(-1)![0]).toBeLessThanOrEqual(seen.at(-1)![1]);
  }, 60_000);
});
