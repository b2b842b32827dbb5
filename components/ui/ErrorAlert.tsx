/** A failure message, announced to screen readers; nothing when there is none. */
export function ErrorAlert({ message, after }: { message?: string | null; after?: string }) {
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert">
      {message}
      {after ? ` ${after}` : null}
    </div>
  );
}
