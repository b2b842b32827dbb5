/** Messages the background sends to every open panel (extension pages listen; content scripts ignore them). */
export type PanelBroadcast = { type: 'panel/quick-exit' };

/** The manifest command that clears and closes the panel at once. */
export const QUICK_EXIT_COMMAND = 'quick-exit';
