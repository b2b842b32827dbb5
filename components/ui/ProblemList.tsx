import type { Problem } from '@/lib/model';

/** Validation problems, each with the JSON path it concerns. */
export function ProblemList({ title, problems }: { title: string; problems: Problem[] }) {
  return (
    <div className="alert alert--error" role="alert">
      <strong>{title}</strong>
      {problems.length ? (
        <ul>
          {problems.slice(0, 20).map((p, i) => (
            <li key={i}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
          {problems.length > 20 ? <li>…and {problems.length - 20} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
