import type { CaseSummary } from './db';
import type { Request, Reply, ResponseData } from './messages';
import type { Case, Problem } from './model';

/** A failed request, with the user-facing message and any validation problems. */
export class ClientError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

export type Send = (message: Request) => Promise<unknown>;

/** The side panel's view of the case store: typed calls over the message protocol. */
export interface CaseClient {
  list(): Promise<CaseSummary[]>;
  get(id: string): Promise<Case>;
  create(body: unknown): Promise<Case>;
  save(c: Case): Promise<Case>;
  remove(id: string): Promise<Case>;
  restore(c: Case): Promise<Case>;
}

/** Builds a CaseClient over any `send` (runtime.sendMessage in the panel, a direct handler in tests). */
export function caseClient(send: Send): CaseClient {
  async function call<K extends keyof ResponseData>(message: Extract<Request, { type: K }>): Promise<ResponseData[K]> {
    const reply = (await send(message)) as Reply<ResponseData[K]> | undefined;
    if (!reply) throw new ClientError('The extension background did not answer. Reload the panel and try again.');
    if (!reply.ok) throw new ClientError(reply.error, reply.problems ?? []);
    return reply.data;
  }
  return {
    list: () => call({ type: 'cases/list' }),
    get: (id) => call({ type: 'cases/get', id }),
    create: (body) => call({ type: 'cases/create', body }),
    save: (c) => call({ type: 'cases/save', case: c }),
    remove: (id) => call({ type: 'cases/delete', id }),
    restore: (c) => call({ type: 'cases/restore', case: c }),
  };
}
