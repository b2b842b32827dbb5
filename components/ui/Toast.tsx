import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from './i18n';

export type DismissReason = 'timeout' | 'closed';

interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?(): void;
  /** 'timeout' when the time ran out, 'closed' when the user closed it (× or Escape). */
  onDismiss(reason: DismissReason): void;
  timeoutMs?: number;
  /** Moves focus to the action when the toast appears (an Undo right after a removal). */
  focusAction?: boolean;
}

/**
 * A short-lived message at the bottom of the panel, with an optional action such as "Undo". It
 * stays while the keyboard focus or the pointer is on it (WCAG 2.2.1: an action must not vanish
 * while someone is reaching for it); Escape closes it.
 */
export function Toast({ message, actionLabel, onAction, onDismiss, timeoutMs = 8000, focusAction = false }: ToastProps) {
  const { t } = useI18n();
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  const action = useRef<HTMLButtonElement>(null);
  const holding = held.focus || held.pointer;
  useEffect(() => {
    if (holding) return;
    const timer = setTimeout(() => dismiss.current('timeout'), timeoutMs);
    return () => clearTimeout(timer);
  }, [message, holding, timeoutMs]);
  useEffect(() => {
    if (focusAction) action.current?.focus();
  }, [message, focusAction]);
  return (
    <div
      className="toast"
      role="status"
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDismiss('closed');
      }}
    >
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button ref={action} type="button" className="link" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
      <button type="button" className="link" aria-label={t('toast_dismiss')} onClick={() => onDismiss('closed')}>
        ×
      </button>
    </div>
  );
}

export interface UndoOffer {
  /** What was removed, in words: "Removed the entry PC 647(b), 2012-08-21." */
  message: string;
  /** Puts it back (and moves focus to it). */
  undo(): void;
  /** Where focus goes when the user closes the offer without undoing (the removed row is gone). */
  afterClose?(): void;
}

/**
 * One Undo toast for a list editor: `offer` after a removal (a newer offer replaces the older,
 * whose removal then stands), `toast` rendered once. Focus goes to Undo, so a keyboard user can
 * take it back at once; the toast stays while focused.
 */
export function useUndoToast(): { offer(o: UndoOffer): void; toast: ReactNode } {
  const { t } = useI18n();
  const [current, setCurrent] = useState<(UndoOffer & { n: number }) | null>(null);
  const count = useRef(0);
  const offer = useCallback((o: UndoOffer) => setCurrent({ ...o, n: ++count.current }), []);
  const toast = current ? (
    <Toast
      key={current.n}
      message={current.message}
      actionLabel={t('app_undo')}
      focusAction
      onAction={() => {
        setCurrent(null);
        current.undo();
      }}
      onDismiss={(reason) => {
        setCurrent(null);
        if (reason === 'closed') current.afterClose?.();
      }}
    />
  ) : null;
  return { offer, toast };
}
