import type { SaveState } from './use-autosave';

/** The always-visible "saved" indicator. Text, not only colour. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? 'All changes saved'
      : state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'pending'
          ? 'Unsaved changes…'
          : state.kind === 'error' && state.retrying
            ? `Not saved: ${state.message} Retrying…`
            : `Not saved: ${state.message}`;
  return (
    <span className={`save-status save-status--${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </span>
  );
}
