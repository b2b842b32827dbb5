import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { focusTarget } from './focus-target';

/** The parts of an open case, in tab order; the overview first (a case opens on it, issue 14). */
export const CASE_TABS = ['Overview', 'Client', 'Attorney', 'Trafficking', 'Record', 'RAP sheet', 'Summary', 'Packet', 'Fill', 'Forms', 'Activity'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export interface NavTarget {
  tab: CaseTab;
  /** What to focus there (see focus-target.ts): a checklist target such as 'nexus' or 'event:<id>:county'. */
  focus?: string;
}

export interface CaseNav {
  /** Opens a tab and focuses the named field in it (the checklist's links, the overview's counts). */
  go(target: NavTarget): void;
  /**
   * The focus key of the last go(), until the user picks a tab themselves. A tab reads it when it
   * mounts: the Record tab filters to the entries it names and opens the one to fix.
   */
  pending: string | null;
}

const Nav = createContext<CaseNav | null>(null);
export const CaseNavProvider = Nav.Provider;

/** The open case's navigation, or null outside a case editor (a component rendered alone in a test). */
export function useCaseNav(): CaseNav | null {
  return useContext(Nav);
}

/**
 * The case editor's tab state: `select` for the tab list (a plain switch), `nav.go` for links that
 * also focus a field. Focus moves after the tab has rendered, inside `panelRef`.
 */
export function useCaseTabs(initial: CaseTab = 'Overview') {
  const [tab, setTab] = useState<CaseTab>(initial);
  const [request, setRequest] = useState<{ focus: string; n: number } | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const count = useRef(0);
  const go = useCallback((t: NavTarget) => {
    setTab(t.tab);
    // A new object each time: the same link clicked twice focuses again.
    setRequest({ focus: t.focus ?? '', n: ++count.current });
  }, []);
  const select = useCallback((t: CaseTab) => {
    setTab(t);
    setRequest(null);
  }, []);
  useEffect(() => {
    if (request && panelRef.current) focusTarget(panelRef.current, request.focus);
  }, [request]);
  const nav = useMemo<CaseNav>(() => ({ go, pending: request?.focus ?? null }), [go, request]);
  return { tab, select, nav, panelRef };
}
