/**
 * Messages the background sends to every open panel (runtime messages reach extension pages
 * only; content scripts and web pages never see them).
 * - quick-exit: the user pressed the quick-exit shortcut: clear the screen at once and close.
 * - locked: the store locked (idle auto-lock): show the lock screen, drop what is on screen.
 */
export type PanelBroadcast = { type: 'panel/quick-exit' } | { type: 'panel/locked' };

/** The manifest command that clears and closes the panel at once. */
export const QUICK_EXIT_COMMAND = 'quick-exit';
