import type { z } from 'zod';

/** One validation problem, located by a JSON path such as `case.events[2].date`. */
export interface Problem {
  path: string;
  message: string;
}

/** Formats a zod path the way people read JSON: `case.events[2].date`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

export function problemsFrom(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({
    path: jsonPath([...prefix, ...issue.path]),
    message: friendlyMessage(issue),
  }));
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    // Parse with { reportInput: true } so `input` is there to describe what was found instead.
    const got = (issue as { input?: unknown }).input;
    if (got === undefined) return issue.expected === 'nonoptional' ? 'is required' : `is required (${issue.expected})`;
    return `must be ${issue.expected}, not ${describe(got)}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the text ${JSON.stringify(v.length > 30 ? v.slice(0, 30) + '…' : v)}` : typeof v;
}
