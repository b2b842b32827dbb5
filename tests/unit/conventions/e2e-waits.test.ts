/**
 * End-to-end tests wait on conditions, never on timing or on a value read once. A page updates
 * after a click asynchronously (React renders, the background answers a message), so
 * `assert.equal(await rows.count(), 1)` passes or fails depending on the machine's load: that
 * pattern made "sample case ... undo" fail 2 runs in 3. Playwright's web-first assertions
 * (`await expect(locator).toHaveCount(1)`) retry until the page agrees or the timeout passes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const E2E_DIRS = ['tests/e2e', 'tests/e2e/pages'];

const files = E2E_DIRS.flatMap((d) =>
  readdirSync(join(process.cwd(), d))
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => join(d, f)),
);

/** Reads of page state that do not wait for the page to agree with what is asserted. */
const READ_ONCE_IN_ASSERT = /\bassert\.\w+\(\s*(?:\(\s*)?await [^;]*?\.(count|innerText|textContent|inputValue|isDisabled|isEnabled|isChecked|isVisible|getAttribute)\(/;
const SLEEPS = /\bwaitForTimeout\(|setTimeout\(\s*r(?:esolve)?\s*,\s*\d{3,}/;

it('no e2e assertion reads page state once (use expect(locator).toHave...)', () => {
  const offenders = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
      .filter(({ line }) => READ_ONCE_IN_ASSERT.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(offenders).toEqual([]);
});

it('no e2e test sleeps for a fixed time', () => {
  // fixtures.mjs polls CDP for the side panel target until a deadline: a condition, not a sleep.
  const offenders = files.filter((f) => !f.endsWith('fixtures.mjs') && SLEEPS.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});

it('the check sees the e2e files (guards against an empty walk)', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
  expect('assert.equal(await page.locator("li").count(), 9)').toMatch(READ_ONCE_IN_ASSERT);
});
