// axe-core in a Playwright page: the standard accessibility engine, injected from node_modules by
// the test (never bundled into the extension). Extension pages forbid inline scripts (CSP
// script-src 'self'), so `addScriptTag({ content })` is refused; `page.evaluate(source)` runs
// through the DevTools protocol, which the page's CSP does not govern.
import { createRequire } from 'node:module';

const axe = createRequire(import.meta.url)('axe-core');

/** Every rule axe has, including those it leaves off by default (AAA contrast, target size, duplicate ids ...). */
const ALL_RULES = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));

/**
 * Runs axe on the page as it is now, with every rule on, and returns the violations: each with
 * its rule id, impact, help text and the elements it concerns (CSS selector and a bit of HTML).
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (rules) => {
    const results = await window.axe.run(document, { rules, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary })),
    }));
  }, ALL_RULES);
}

/** One line a violation, one indented line an element: readable in a failed assertion. */
export function describeViolations(violations) {
  return violations
    .map((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target}  ${n.html}\n      ${(n.summary ?? '').replace(/\n/g, ' ')}`)].join('\n'))
    .join('\n');
}
