import { useEffect } from 'react';

interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?(): void;
  onDismiss(): void;
  timeoutMs?: number;
}

/** A short-lived message at the bottom of the panel, with an optional action such as "Undo". */
export function Toast({ message, actionLabel, onAction, onDismiss, timeoutMs = 8000 }: ToastProps) {
  useEffect(() => {
    const t = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [message]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button type="button" className="link" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
      <button type="button" className="link" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
