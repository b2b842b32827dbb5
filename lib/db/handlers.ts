import { Request, type Reply, type ResponseData } from '../messages';
import type { CaseRepository } from './case-repository';
import { StoreError } from './errors';

/**
 * Answers the case-store part of the message protocol. Pure over a repository, so the
 * background is a thin shell and tests need no browser. The background calls it only for
 * extension pages (lib/messaging/sender.ts); content scripts never reach it.
 */
export async function handleStoreRequest(raw: unknown, repo: CaseRepository, version: string): Promise<Reply<unknown>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unknown or malformed message.' };
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'ping':
        return ok<ResponseData['ping']>({ ok: true, version });
      case 'cases/list':
        return ok(await repo.list());
      case 'cases/get':
        return ok(await repo.get(msg.id));
      case 'cases/create':
        return ok(await repo.create(msg.body));
      case 'cases/save':
        return ok(await repo.save(msg.case));
      case 'cases/delete':
        return ok(await repo.remove(msg.id));
      case 'cases/restore':
        return ok(await repo.restore(msg.case));
    }
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, error: e.message, problems: e.problems };
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}

function ok<T>(data: T): Reply<T> {
  return { ok: true, data };
}
