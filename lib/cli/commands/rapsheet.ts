import { rapSheetToCase } from '../../rapsheet/to-case';
import { loadRapSheet, RapSheetInputError } from '../../rapsheet/load';
import type { RapSheet } from '../../rapsheet/types';
import type { CaseEvent } from '../../model';
import { parseArgs } from '../args';
import { openInput } from '../input-file';
import { BadInput, UsageError, type Command } from '../io';
import { jsonText } from '../terminal-text';

function summary(file: string, sheet: RapSheet, events: CaseEvent[]): string {
  const s = sheet.subject;
  const out: string[] = [];
  const name = s.names[0]?.name ?? '(no name)';
  out.push(`${file}: RAP sheet for ${name}${s.cii ? `, CII ${s.cii}` : ''}${s.dob ? `, DOB ${s.dob}` : ''}${s.sex ? `, sex ${s.sex}` : ''}`);
  if (s.names.length > 1) out.push(`Other names: ${s.names.slice(1).map((n) => n.name).join('; ')}`);
  const entries = sheet.cycles.reduce((a, c) => a + c.events.length, 0);
  const counts = sheet.cycles.reduce((a, c) => a + c.events.reduce((b, e) => b + e.counts.length, 0), 0);
  const by = (k: string) => events.filter((e) => e.kind === k).length;
  out.push(
    `${sheet.cycles.length} cycles, ${entries} entries, ${counts} counts -> ${by('conviction')} convictions, ${by('adjudication')} adjudications, ${by('arrest')} arrests`,
  );
  out.push('');
  for (const e of events) {
    const charge = [e.code, e.section].filter(Boolean).join(' ') || '(no charge)';
    const flags = [e.level, e.attempted ? 'attempt' : '', e.jurisdiction].filter(Boolean).join(', ');
    out.push(
      `  ${(e.date || '????-??-??').padEnd(10)}  ${e.kind.padEnd(12)}  ${charge}${flags ? ` (${flags})` : ''}  ${e.description}` +
        (e.disposition && e.kind === 'arrest' ? `  [${e.disposition}]` : ''),
    );
  }
  if (sheet.warnings.length) {
    out.push('', `Warnings (${sheet.warnings.length}):`);
    for (const w of sheet.warnings) out.push(`  line ${w.line}: ${w.message}`);
  }
  return out.join('\n');
}

export const rapsheet: Command = {
  name: 'rapsheet',
  summary: 'parse a California DOJ RAP sheet (.txt or text PDF): subject, cycles, counts, warnings',
  usage: 'vacatur rapsheet FILE [--json]',
  async run(args, io) {
    const p = parseArgs(args, [], ['json']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one RAP sheet file');
    let sheet: RapSheet;
    try {
      sheet = await loadRapSheet(await (await openInput(io, file, 'rap-sheet')).bytes(), file);
    } catch (e) {
      if (e instanceof RapSheetInputError) throw new BadInput(e.message);
      throw e;
    }
    const { events } = rapSheetToCase(sheet);
    if (p.bools.has('json')) {
      const { subject, cycles, warnings, complete } = sheet;
      io.out(jsonText({ subject, cycles, warnings, complete, caseEvents: events }));
    } else {
      io.out(summary(file, sheet, events));
    }
    return 0;
  },
};
