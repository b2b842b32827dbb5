import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonText, stripTerminalControls } from '@/lib/cli/terminal-text';
import { runCli } from '../../factories/cli-io';

const dir = mkdtempSync(join(tmpdir(), 'terminal-text-'));

/** Everything the stripper must remove, each inside ordinary text. */
const HOSTILE = [
  '\x1b[2J\x1b[H', // clear the screen, cursor home
  '\x1b[31;1m', // colour
  '\x1b]0;owned\x07', // set the window title (OSC ... BEL)
  '\x1b]8;;https://example.invalid\x1b\\', // hyperlink (OSC ... ST)
  '\x1bPq#0\x1b\\', // DCS string
  '\x1b(B', // charset designation
  '\x9b2K', // 8-bit CSI: erase line
  '\r', // carriage return: overwrite the line
  '\x07\x08\x7f\x85', // bell, backspace, DEL, C1 NEL
  '\u202e\u202a\u2066\u2069', // bidi override, embedding, isolates
];

describe('stripTerminalControls', () => {
  it('removes escape sequences whole and every control character, keeping tabs, newlines and accents', () => {
    expect(stripTerminalControls(`Ana${HOSTILE.join('')} Quintero-Núñez\tline\nnext`)).toBe('Ana Quintero-Núñez\tline\nnext');
    for (const h of HOSTILE) expect(stripTerminalControls(`a${h}b`)).toBe('ab');
  });

  it('removes a lone ESC without eating the text after an unterminated string command', () => {
    expect(stripTerminalControls('x\x1b')).toBe('x');
    expect(stripTerminalControls('x\x1b]0;title')).toBe('x0;title');
  });
});

describe('jsonText', () => {
  it('escapes DEL, C1 and bidi controls that JSON.stringify leaves raw: same data, nothing for a terminal to act on', () => {
    const value = { name: 'Rosa\u202eLi\x85\x9b\x7f', note: 'esc \x1b[2J' };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonText({ a: 1 }, 0)).toBe('{"a":1}');
  });
});

describe('CLI output is cleaned in one place', () => {
  it('screen: a description with control characters prints without them; --json keeps the data', async () => {
    const csv = join(dir, 'counts.csv');
    writeFileSync(csv, `id,date,code,section,description,level,disposition\nr1,2013-05-02,PC,647(b),Loitering\x1b[2J\x1b]0;owned\x07\u202e evil,M,Convicted\n`);
    const text = await runCli(['screen', csv, '--as-of', '2026-03-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('    Loitering evil');
    expect(text.stdout).not.toMatch(/[\x1b\u202e\x07]/);
    const json = await runCli(['screen', csv, '--as-of', '2026-03-01', '--json']);
    expect(json.stdout).not.toMatch(/[\x1b\u202e\x07]/);
    expect(JSON.parse(json.stdout).items[0].description).toBe('Loitering\x1b[2J\x1b]0;owned\x07\u202e evil');
  });

  it('the one-line error message on stderr is cleaned too', async () => {
    const r = await runCli(['validate', join(dir, 'missing\x1b[2J\u202e.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^vacatur validate: cannot read .*missing\.json \(ENOENT\)$/);
    expect(r.stderr).not.toMatch(/[\x1b\u202e]/);
  });

  it('rapsheet: a client name with control characters prints without them', async () => {
    const sheet = readFileSync('tests/fixtures/rapsheets/modern-clean.txt', 'utf8').replace('NAM/01 MARLOWE,TESSA RENEE', 'NAM/01 MARLOWE,TESSA\x1b]0;owned\x07 RE\u202eNEE\x1b[8m');
    const p = join(dir, 'sheet.txt');
    writeFileSync(p, sheet);
    const r = await runCli(['rapsheet', p]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^.*sheet\.txt: RAP sheet for MARLOWE,TESSA RENEE, CII A12345678/);
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/[\x1b\u202e\x07]/);
    // The parsed data still holds them (so the test proves the output writer did the work).
    const json = await runCli(['rapsheet', p, '--json']);
    expect(JSON.stringify(JSON.parse(json.stdout).subject)).toContain('\\u001b');
  });
});
