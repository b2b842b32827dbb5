// @vitest-environment node
// Packet file names never collide between counties whose names reduce to one slug (issue 12).
import { beforeAll, describe, expect, it } from 'vitest';
import { assemblePacket, fileSlug, uniqueSlugs, type PacketResult } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { sampleBody } from './helpers';

describe('uniqueSlugs', () => {
  it('keeps the first slug and numbers the later ones in order', () => {
    expect(uniqueSlugs(['San-Luis-Obispo', 'San-Luis-Obispo', 'Orange', 'San-Luis-Obispo'])).toEqual(['San-Luis-Obispo', 'San-Luis-Obispo-2', 'Orange', 'San-Luis-Obispo-3']);
  });

  it('treats slugs differing only in case as the same file (Windows, macOS)', () => {
    expect(uniqueSlugs(['Los-Angeles', 'los-angeles'])).toEqual(['Los-Angeles', 'los-angeles-2']);
  });

  it('never hands out a numbered slug that a later county already has', () => {
    expect(uniqueSlugs(['A', 'A', 'A-2'])).toEqual(['A', 'A-2', 'A-2-2']);
  });

  it('is what names with spaces, hyphens and accents reduce to', () => {
    expect(['San Luis Obispo', 'San-Luis Obispo', 'Sán Luis Obispo'].map(fileSlug)).toEqual(['San-Luis-Obispo', 'San-Luis-Obispo', 'San-Luis-Obispo']);
  });
});

describe('packet file names', () => {
  let result: PacketResult;
  beforeAll(async () => {
    const body = sampleBody();
    const counties = new Map([
      ['ev-2012-conv', 'San Luis Obispo'],
      ['ev-2015-loiter', 'San-Luis Obispo'],
      ['ev-2011-arr', 'Sán Luis Obispo'],
    ]);
    body.events = body.events.map((e) => ({ ...e, county: counties.get(e.id) ?? e.county }));
    const selection = [...counties].map(([id, county]) => ({ county, eventIds: [id] }));
    result = await assemblePacket(body, { asOf: '2026-05-01', fonts: loadNodeFonts(), selection });
  }, 60_000);

  it('gives each county its own files, numbered in selection order', () => {
    expect(result.packets.map((p) => p.county)).toEqual(['San Luis Obispo', 'San-Luis Obispo', 'Sán Luis Obispo']);
    expect(result.packets.map((p) => p.combined.name)).toEqual(['San-Luis-Obispo_Packet.pdf', 'San-Luis-Obispo-2_Packet.pdf', 'San-Luis-Obispo-3_Packet.pdf']);
    const names = result.packets.flatMap((p) => [p.combined.name, ...p.documents.map((d) => d.name)]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(result.packets[1]!.documents.every((d) => d.name.startsWith('San-Luis-Obispo-2_'))).toBe(true);
  });
});
