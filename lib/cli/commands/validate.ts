import { importText } from '../../import/read-file';
import { parseCaseFileText } from '../../model';
import { parseArgs } from '../args';
import { openInput } from '../input-file';
import { BadInput, UsageError, type Command } from '../io';
import { jsonText } from '../terminal-text';

export const validate: Command = {
  name: 'validate',
  summary: 'check a case file; print each problem with its JSON path',
  usage: 'vacatur validate CASE.json [--json]',
  async run(args, io) {
    const p = parseArgs(args, [], ['json']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one case file');
    const text = importText(await (await openInput(io, file, 'case-json')).bytes());
    const result = parseCaseFileText(text);
    if (p.bools.has('json')) {
      io.out(jsonText(result.ok ? { valid: true, problems: [] } : { valid: false, problems: result.problems }));
      return result.ok ? 0 : 1;
    }
    if (result.ok) {
      io.out(`${file}: valid case file (${result.body.events.length} events, ${result.body.evidence.length} exhibits)`);
      return 0;
    }
    for (const problem of result.problems) io.out(`${problem.path}: ${problem.message}`);
    throw new BadInput(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  },
};
