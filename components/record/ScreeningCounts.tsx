import type { Verdict } from '@/lib/law/types';
import { useI18n } from '../ui/i18n';
import { VERDICT_MESSAGES } from './VerdictBadge';

export type VerdictFilter = Verdict | 'all';

interface Props {
  counts: Record<Verdict, number>;
  total: number;
  filter: VerdictFilter;
  onFilter(f: VerdictFilter): void;
}

/** Counts per verdict; each is also the filter button for that verdict. */
export function ScreeningCounts({ counts, total, filter, onFilter }: Props) {
  const { t } = useI18n();
  const options: { key: VerdictFilter; label: string; n: number }[] = [
    { key: 'all', label: t('record_filter_all'), n: total },
    ...(['candidate', 'review', 'ineligible'] as const).map((v) => ({ key: v, label: t(VERDICT_MESSAGES[v]), n: counts[v] })),
  ];
  return (
    <div className="verdict-filter" role="group" aria-label={t('record_filter')} data-testid="verdict-counts">
      {options.map((o) => (
        <button
          key={o.key}
          type="button"
          aria-pressed={filter === o.key}
          data-focus={`verdict:${o.key}`}
          className={`chip chip--${o.key}${filter === o.key ? ' chip--on' : ''}`}
          onClick={() => onFilter(o.key)}
        >
          {o.label} <strong>{o.n}</strong>
        </button>
      ))}
    </div>
  );
}
