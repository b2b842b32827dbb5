import type { Problem } from '@/lib/model';
import { useI18n } from './i18n';

/** Validation problems, each with the JSON path it concerns. */
export function ProblemList({ title, problems }: { title: string; problems: Problem[] }) {
  const { t } = useI18n();
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
          {problems.length > 20 ? <li>{t('ui_problems_more', problems.length - 20)}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
