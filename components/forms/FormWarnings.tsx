/** What the user should know about a form before or after filling it: an XFA layer, values that do not fit. */
export function FormWarnings({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div className="alert alert--warn form-warnings" role="group" aria-label={label}>
      <ul>
        {items.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
