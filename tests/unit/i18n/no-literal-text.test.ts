// @vitest-environment node
/**
 * Every word the panel shows comes from the message catalogs (issue 14: English and Spanish), so
 * a converted component holds no words of its own: no JSX text with letters, no string with
 * letters as a JSX child (`{busy ? 'Saving…' : 'Save'}`), and none in an attribute people see or
 * hear (label, placeholder, title, aria-label, alt, hint and the labels passed to other
 * components). Symbols, numbers and citations may stay ("§", "←", " · ", "Pen. Code § 236.14").
 * Every .tsx file under components/ is checked; the few words allowed are language names shown in
 * their own language (a language picker reads "English", "Español" whatever the panel's language).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every component file, found by walking components/ (a new file is checked without being listed). */
function componentFiles(dir = 'components'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? componentFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : []))
    .sort();
}
export const CONVERTED = componentFiles();

/** Words that are the same in every language of the panel: a language's own name (file, text). */
const ALLOWED: readonly { file: string; text: string }[] = [
  { file: 'components/packet/ClientSummaryView.tsx', text: 'English' },
  { file: 'components/packet/ClientSummaryView.tsx', text: 'Español' },
];
const allowed = (file: string, f: Finding) => ALLOWED.some((a) => a.file === file && a.text === f.text);

/** Attributes whose value is shown or read aloud, and the label props of the panel's own widgets. */
const VISIBLE_ATTRIBUTES = new Set(['label', 'placeholder', 'title', 'aria-label', 'aria-description', 'alt', 'hint', 'submitLabel', 'actionLabel', 'message', 'after', 'summary']);

const LETTER = /\p{L}/u;
/** Citations are the same in every language (and in court documents). */
const CITATION = /^\s*\(?(?:Pen\. Code|Cal\. Rules of Court|CRC|§)[\s\d.§(),a-z-]*$/;
const wordy = (text: string) => LETTER.test(text) && !CITATION.test(text);

interface Finding {
  at: string;
  text: string;
}

/** Literal strings an expression may evaluate to (through ?:, &&, ||, ??, parentheses and templates). */
function literalsOf(e: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e];
  if (ts.isTemplateExpression(e)) return [e.head, ...e.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(e)) return literalsOf(e.expression);
  if (ts.isConditionalExpression(e)) return [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(e.operatorToken.kind)) {
    return [...literalsOf(e.left), ...literalsOf(e.right)];
  }
  return [];
}

const textOf = (n: ts.Node): string =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) ? n.text : n.getText();

export function literalText(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (n: ts.Node, text: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    found.push({ at: `${file}:${line + 1}`, text: text.trim() });
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && wordy(n.text)) report(n, n.text);
    // A JSX child `{...}` whose value may be a literal string.
    if (ts.isJsxExpression(n) && n.expression && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) {
      for (const lit of literalsOf(n.expression)) if (wordy(textOf(lit))) report(lit, textOf(lit));
    }
    if (ts.isJsxAttribute(n) && VISIBLE_ATTRIBUTES.has(n.name.getText(sf)) && n.initializer) {
      const init = n.initializer;
      const lits = ts.isStringLiteral(init) ? [init] : ts.isJsxExpression(init) && init.expression ? literalsOf(init.expression) : [];
      for (const lit of lits) if (wordy(textOf(lit))) report(lit, textOf(lit));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('every component shows only words from the catalogs', () => {
  it.each(CONVERTED)('%s', (file) => {
    expect(literalText(file, readFileSync(file, 'utf8')).filter((f) => !allowed(file, f))).toEqual([]);
  });
  it('walks all of components/ (guards against an empty walk)', () => {
    expect(CONVERTED.length).toBeGreaterThan(50);
    expect(CONVERTED).toContain('components/packet/PacketPanel.tsx');
  });
  it('each allowed word is still there (the list shrinks with the code)', () => {
    for (const a of ALLOWED) expect(literalText(a.file, readFileSync(a.file, 'utf8')).map((f) => f.text)).toContain(a.text);
  });
});

describe('the check itself', () => {
  const sample = `
    export const A = ({ busy, n }) => (
      <div title="Pen. Code § 236.14" aria-label={\`Fill \${n}\`}>
        Hello
        {busy ? 'Saving…' : t('ui_save_saved')}
        {' · '}
        <Field label="Name" hint={t('x')} placeholder={n ? 'e.g. 42' : ''} />
        ← {n} §
      </div>
    );`;
  it('finds JSX text, literal children and visible attributes; lets symbols and citations through', () => {
    expect(literalText('sample.tsx', sample).map((f) => f.text)).toEqual(['Fill', 'Hello', 'Saving…', 'Name', 'e.g. 42']);
  });
});
