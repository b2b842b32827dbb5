import { UsageError } from './io';

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
  bools: Set<string>;
}

/**
 * Minimal flag parser: `--name value` for the names in `valued`, `--name` alone for the rest.
 * Unknown flags are a usage error so typos never silently change output.
 */
export function parseArgs(args: string[], valued: string[], booleans: string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Map(), bools: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--') || a === '--') {
      out.positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      out.flags.set(name, [...(out.flags.get(name) ?? []), value]);
    } else if (booleans.includes(name)) {
      out.bools.add(name);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return out;
}

export function oneFlag(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags.get(name);
  if (v && v.length > 1) throw new UsageError(`--${name} given more than once`);
  return v?.[0];
}
