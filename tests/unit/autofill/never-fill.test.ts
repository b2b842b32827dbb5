// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { collect } from '@/lib/autofill/collect';
import { fill } from '@/lib/autofill/fill';
import type { FillStep } from '@/lib/autofill/types';
import type { Box, Geometry } from '@/lib/autofill/visibility';

const step = (selector: string, value = 'x'): FillStep => ({ selector, label: selector, source: 'client.lastName', value, confidence: 1, reason: 'test', kind: 'text' });

/** Layout for jsdom: boxes by id; everything else a normal 200 x 30 box on a 1000 x 2000 page. */
function geometry(boxes: Record<string, Box>, covered: Record<string, string> = {}): Geometry {
  return {
    box: (el) => boxes[el.id] ?? { left: 10, top: 10, width: 200, height: 30 },
    page: () => ({ width: 1000, height: 2000 }),
    topAt: (el) => (covered[el.id] ? el.ownerDocument.getElementById(covered[el.id]!) : el),
  };
}

async function outcomeOf(html: string, selector: string, g: Geometry = geometry({})) {
  document.body.innerHTML = html;
  const report = await fill(document, [step(selector)], document.URL, { geometry: g });
  return report.outcomes[0]!;
}

describe('never filled', () => {
  beforeEach(() => void (document.body.innerHTML = ''));

  it.each([
    ['display: none', '<input id="t" style="display:none">', 'hidden (display: none)'],
    ['display: none on an ancestor', '<div style="display:none"><input id="t"></div>', 'hidden (display: none)'],
    ['the hidden attribute on an ancestor', '<section hidden><input id="t"></section>', 'hidden'],
    ['visibility: hidden', '<div style="visibility:hidden"><input id="t"></div>', 'hidden (visibility)'],
    ['opacity below 0.1 on it', '<input id="t" style="opacity:0.05">', 'transparent (opacity below 0.1)'],
    ['opacity below 0.1 on an ancestor', '<div style="opacity:0"><div><input id="t"></div></div>', 'transparent (opacity below 0.1)'],
    ['read-only', '<input id="t" readonly>', 'read-only'],
    ['disabled', '<input id="t" disabled>', 'disabled'],
    ['disabled by its fieldset', '<fieldset disabled><input id="t"></fieldset>', 'disabled'],
    ['a password', '<input id="t" type="password">', 'password field'],
    ['an SSN by name', '<input id="t" name="applicantSSN">', 'Social Security number'],
    ['an SSN by label', '<label for="t">Social Security No.</label><input id="t" name="x1">', 'Social Security number'],
    ['a card number by autocomplete', '<input id="t" autocomplete="cc-number">', 'payment card field'],
    ['a CVV by name', '<input id="t" name="cvv">', 'payment card field'],
    ['a card security code by label', '<label for="t">Security code</label><input id="t">', 'payment card field'],
    ['a captcha', '<label for="t">Type the characters you see</label><input id="t" name="code">', 'captcha'],
    ['a honeypot by label', '<label for="t">Leave this field blank</label><input id="t" name="url2">', 'honeypot'],
    ['a honeypot hidden from assistive technology', '<div aria-hidden="true"><input id="t" name="nickname"></div>', 'honeypot (hidden from assistive technology)'],
    ['a honeypot out of the keyboard order', '<input id="t" name="company_url" tabindex="-1">', 'honeypot (removed from keyboard order)'],
  ])('%s', async (_name, html, reason) => {
    expect(await outcomeOf(html, '#t')).toMatchObject({ outcome: 'skipped', reason });
    expect((document.getElementById('t') as HTMLInputElement).value).toBe('');
  });

  it('every other field on a page that shows a card field (billing address included)', async () => {
    const html = '<form><label for="n">Card number</label><input id="n"><label for="s">Billing street</label><input id="s"></form>';
    expect(await outcomeOf(html, '#s')).toMatchObject({ outcome: 'skipped', reason: 'payment page' });
  });

  it('but a hidden card form does not make the visible page a payment page', async () => {
    const html = '<div hidden><input autocomplete="cc-number"></div><label for="s">Street</label><input id="s">';
    expect(await outcomeOf(html, '#s')).toMatchObject({ outcome: 'filled' });
  });

  it.each([
    ['smaller than 10 px', { t: { left: 0, top: 0, width: 200, height: 8 } }, {}, 'smaller than 10 px'],
    ['off the page to the left', { t: { left: -5000, top: 0, width: 200, height: 30 } }, {}, 'off the page'],
    ['below the page', { t: { left: 0, top: 2500, width: 200, height: 30 } }, {}, 'off the page'],
    ['covered by another element', {}, { t: 'cover' }, 'covered by another element'],
  ])('%s (injected layout)', async (_name, boxes, covered, reason) => {
    const html = '<input id="t"><div id="cover"></div>';
    expect(await outcomeOf(html, '#t', geometry(boxes, covered))).toMatchObject({ outcome: 'skipped', reason });
  });

  it('a radio styled away behind a visible label is still filled through it', async () => {
    document.body.innerHTML = '<input type="radio" id="r" name="sex" value="F" style="opacity:0"><label for="r" id="l">Female</label>';
    const report = await fill(document, [{ ...step('#r', 'Female'), kind: 'radio' }], document.URL, { geometry: geometry({ r: { left: 0, top: 0, width: 1, height: 1 } }) });
    expect(report.outcomes[0]).toMatchObject({ outcome: 'filled' });
    expect((document.getElementById('r') as HTMLInputElement).checked).toBe(true);
  });

  it('nothing at all when the page URL changed since the plan', async () => {
    document.body.innerHTML = '<input id="t">';
    const report = await fill(document, [step('#t')], 'http://127.0.0.1/other.html');
    expect(report.refused).toBe('the page changed since the plan was made: nothing was filled');
    expect(report.outcomes[0]).toMatchObject({ outcome: 'skipped' });
    expect((document.getElementById('t') as HTMLInputElement).value).toBe('');
  });

  it('sandboxed frames are not entered', async () => {
    document.body.innerHTML = '<iframe id="f" sandbox="allow-same-origin"></iframe>';
    const report = await fill(document, [step('#f |> #t')], document.URL);
    expect(report.outcomes[0]).toMatchObject({ outcome: 'skipped', reason: 'sandboxed frame' });
  });

  it('collect reports the same reasons, so the panel can say why before Fill', () => {
    document.body.innerHTML = '<input id="a" readonly><input id="b" name="ssn"><input id="c" style="display:none"><input id="d" aria-label="Last name">';
    const snap = collect(document, { geometry: geometry({}) });
    expect(snap.fields.map((f) => [f.selector, f.never ?? ''])).toEqual([
      ['#a', 'read-only'],
      ['#b', 'Social Security number'],
      ['#c', 'not viewable: hidden (display: none)'],
      ['#d', ''],
    ]);
  });
});
