import { z } from 'zod';
import type { Case } from './model';
import type { CaseSummary } from './db';
import type { Problem } from './model';

/**
 * The one message protocol between the side panel, content scripts and the background.
 * Every request is validated here by the receiver before anything acts on it.
 */
export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('cases/list') }),
  z.object({ type: z.literal('cases/get'), id: z.string().min(1) }),
  z.object({ type: z.literal('cases/create'), body: z.unknown() }),
  z.object({ type: z.literal('cases/save'), case: z.unknown() }),
  z.object({ type: z.literal('cases/delete'), id: z.string().min(1) }),
  z.object({ type: z.literal('cases/restore'), case: z.unknown() }),
  z.object({ type: z.literal('panel/open') }),
]);
export type Request = z.infer<typeof Request>;

/** What each request answers with when it succeeds. */
export interface ResponseData {
  ping: { ok: true; version: string };
  'cases/list': CaseSummary[];
  'cases/get': Case;
  'cases/create': Case;
  'cases/save': Case;
  'cases/delete': Case;
  'cases/restore': Case;
  'panel/open': { opened: boolean; where?: 'sidebar' | 'tab' };
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; problems?: Problem[] };

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;
