// jsdom ships no types and @types/jsdom is not installed: the little the CLI and tests use.
declare module 'jsdom' {
  export interface JSDOMOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    resources?: 'usable' | { interceptors?: unknown[] };
  }
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
  export function requestInterceptor(fn: (request: Request, context: { element: Element | null }) => Promise<Response | undefined> | Response | undefined): unknown;
}
