import type { SaveState } from './use-autosave';
import { useI18n } from './i18n';

/** The always-visible "saved" indicator. Text, not only colour. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  // The reason (state.message) comes from the store and stays in English for now.
  const text =
    state.kind === 'saved'
      ? t('ui_save_saved')
      : state.kind === 'saving'
        ? t('ui_save_saving')
        : state.kind === 'pending'
          ? t('ui_save_pending')
          : state.kind === 'error' && state.retrying
            ? t('ui_save_retrying', state.message)
            : t('ui_save_failed', state.message);
  return (
    <span className={`save-status save-status--${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </span>
  );
}
