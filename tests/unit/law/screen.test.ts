import { describe, expect, it } from 'vitest';
import { screen, screenEvent } from '@/lib/law';
import { CaseEvent, parseCaseFile } from '@/lib/model';
import sample from '@/lib/sample/sample-case.json';
import { AS_OF, TRAFFICKING, ev } from './helpers';

function sampleBody() {
  const r = parseCaseFile(sample);
  if (!r.ok) throw new Error('sample case is invalid');
  return r.body;
}

describe('screen()', () => {
  it('screens the sample case in order, one item per event', () => {
    const body = sampleBody();
    const r = screen(body, { asOf: AS_OF });
    expect(r.items.map((i) => i.eventId)).toEqual(body.events.map((e) => e.id));
    expect(r.items.map((i) => [i.eventId, i.verdict])).toEqual([
      ['ev-2010-juv', 'candidate'],
      ['ev-2011-arr', 'candidate'],
      ['ev-2012-conv', 'candidate'],
      ['ev-2013-gap', 'review'],
      ['ev-2014-theft', 'candidate'],
      ['ev-2014-drug', 'candidate'],
      ['ev-2015-robbery', 'ineligible'],
      ['ev-2015-loiter', 'candidate'],
      ['ev-2018-vc', 'review'],
    ]);
    expect(r.counts).toEqual({ candidate: 6, review: 2, ineligible: 1 });
    const loiter = r.items.find((i) => i.eventId === 'ev-2015-loiter')!;
    expect(loiter.remedies.map((x) => x.id)).toEqual(['PC 236.14', 'PC 653.29']);
    expect(r.items.find((i) => i.eventId === 'ev-2015-robbery')!.violent).toEqual({ paragraph: '9' });
  });

  it('is pure: same input, same output, and the input is not changed', () => {
    const body = sampleBody();
    const before = JSON.stringify(body);
    expect(JSON.stringify(screen(body, { asOf: AS_OF }))).toBe(JSON.stringify(screen(body, { asOf: AS_OF })));
    expect(JSON.stringify(body)).toBe(before);
  });

  it('a stored answer settles the review (the panel recomputes one row with screenEvent)', () => {
    const e = ev({ section: '518', level: 'F' });
    const open = screenEvent(e, TRAFFICKING, { asOf: AS_OF });
    expect(open.verdict).toBe('review');
    expect(open.questions).toEqual([
      { id: 'gang-finding', text: 'Was a criminal street gang allegation (Pen. Code § 186.22) found true for this count?', cite: 'Pen. Code § 667.5(c)(19); § 186.22' },
    ]);
    expect(open.reasons[0]).toEqual({
      text: 'PC 518 is violent only if it would also be a felony violation of § 186.22 (criminal street gang). The record does not show a gang finding: find out from the court file whether one was charged and proved.',
      cite: 'Pen. Code § 667.5(c)(19); § 186.22',
    });
    const no = screenEvent({ ...e, answers: { 'gang-finding': 'no' } }, TRAFFICKING, { asOf: AS_OF });
    expect(no.verdict).toBe('candidate');
    expect(no.questions).toEqual([]);
    expect(no.reasons.slice(0, 2)).toEqual([
      { text: 'The attorney answered "no" to: Was a criminal street gang allegation (Pen. Code § 186.22) found true for this count?', cite: 'Pen. Code § 667.5(c)(19); § 186.22' },
      { text: 'Without a § 186.22 gang finding, PC 518 is not listed in § 667.5(c), so it is a nonviolent offense.', cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(19)' },
    ]);
    const yes = screenEvent({ ...e, answers: { 'gang-finding': 'yes' } }, TRAFFICKING, { asOf: AS_OF });
    expect(yes).toMatchObject({ verdict: 'ineligible', violent: { paragraph: '19' } });
  });

  it('a missing subdivision asks which one', () => {
    const item = screenEvent(ev({ section: '261', level: 'F' }), TRAFFICKING, { asOf: AS_OF });
    expect(item.questions[0]).toEqual({
      id: 'listed-subdivision',
      text: 'Was this count under § 261(a)(2), § 261(a)(6) or § 261(a)(3) if the drugging was pleaded and proved?',
      cite: 'Pen. Code § 667.5(c)(3), (c)(24)',
    });
    expect(item.reasons[0]!.text).toBe(
      '§ 667.5(c) lists only some subdivisions of this section (§ 261(a)(2), § 261(a)(6) or § 261(a)(3) if the drugging was pleaded and proved), and the record shows PC 261 without the subdivision that decides it. Find out the exact subdivision from the court record.',
    );
    expect(screenEvent(ev({ section: '451', level: 'F', answers: { 'listed-subdivision': 'yes' } }), TRAFFICKING, { asOf: AS_OF }).violent).toEqual({ paragraph: '10' });
  });

  it('candidate items have no open questions; review items always do', () => {
    const r = screen(sampleBody(), { asOf: AS_OF });
    for (const item of r.items) {
      if (item.verdict === 'review') expect(item.questions.length).toBeGreaterThan(0);
      else expect(item.questions).toEqual([]);
    }
  });

  it('events without zod defaults are tolerated', () => {
    const bare = { id: 'x', kind: 'conviction', date: '2013-01-01', section: '647(b)', level: 'M' } as unknown as CaseEvent;
    expect(screenEvent(bare, { periods: TRAFFICKING.periods }, { asOf: AS_OF }).verdict).toBe('candidate');
  });

  it('screens 10,000 events quickly (budget 50 ms in Node; generous bound here for shared CI machines)', () => {
    const kinds = [['PC', '647(b)', 'M'], ['HS', '11350(a)', 'F'], ['PC', '211', 'F'], ['PC', '459', 'F'], ['PC', '245(a)(1)', 'F'], ['VC', '14601.1(a)', 'M'], ['PC', '261', 'F'], ['PC', '664/211', 'F'], ['PC', '484(a)', 'M'], ['PC', '136.1(b)(1)', 'F']] as const;
    const events = Array.from({ length: 10_000 }, (_, i) => {
      const [code, section, level] = kinds[i % kinds.length]!;
      return CaseEvent.parse({ id: `b${i}`, kind: i % 3 ? 'conviction' : 'arrest', date: `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, code, section, level, sentence: i % 2 ? '36 months probation' : '' });
    });
    const body = { events, trafficking: TRAFFICKING };
    screen(body, { asOf: AS_OF });
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      const r = screen(body, { asOf: AS_OF });
      times.push(performance.now() - t);
      expect(r.items).toHaveLength(10_000);
    }
    expect(Math.min(...times)).toBeLessThan(250);
  });
});
