/**
 * Messages the background sends to every open panel (runtime messages reach extension pages
 * only; content scripts and web pages never see them).
 * - quick-exit: the user pressed the quick-exit shortcut: clear the screen at once and close.
 * - locked: the store locked (idle auto-lock): show the lock screen, drop what is on screen.
 */
/**
 * - changed: a case was created, saved (from any panel), or restored from the trash: an open
 *   editor of it merges the change in; a case list reloads.
 * - deleted: a case went to the trash (or was removed for good): an open editor of it closes.
 */
export type CaseBroadcast = { type: 'panel/changed'; id: string; revision: number } | { type: 'panel/deleted'; id: string };

export type PanelBroadcast = { type: 'panel/quick-exit' } | { type: 'panel/locked' } | CaseBroadcast;

/** Every broadcast type, for the panel's filter of runtime messages. */
export const PANEL_BROADCAST_TYPES: ReadonlySet<string> = new Set<PanelBroadcast['type']>(['panel/quick-exit', 'panel/locked', 'panel/changed', 'panel/deleted']);

/** The manifest command that clears and closes the panel at once. */
export const QUICK_EXIT_COMMAND = 'quick-exit';
