import type { FillStep, Question } from '@/lib/autofill/types';
import { useI18n } from '../ui/i18n';
import { sourceLabel } from './source-label';

export interface EditableStep extends FillStep {
  keep: boolean;
}

interface Props {
  steps: EditableStep[];
  questions: Question[];
  onChange(steps: EditableStep[]): void;
  onAnswer(question: Question, choice: string): void;
  onHover(selector: string | null): void;
}

/** Every planned fill: keep it or not, its value (editable), where it came from, how sure the match is. */
export function PlanPreview({ steps, questions, onChange, onAnswer, onHover }: Props) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<EditableStep>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <>
      {questions.length ? (
        <div className="alert alert--warn" role="group" aria-label={t('fill_questions')}>
          <p>{t('fill_questions_intro')}</p>
          {questions.map((q) => (
            <div key={q.selector} className="fill-question">
              <strong>{q.label || q.selector}</strong>: {q.prompt}{' '}
              {q.choices.map((c) => (
                <button key={c} type="button" onClick={() => onAnswer(q, c)}>
                  {c}
                </button>
              ))}
            </div>
          ))}
        </div>
      ) : null}
      <table className="fill-plan" data-testid="fill-plan">
        <thead>
          <tr>
            <th scope="col">{t('fill_col_fill')}</th>
            <th scope="col">{t('fill_col_field')}</th>
            <th scope="col">{t('fill_col_value')}</th>
            <th scope="col">{t('fill_col_from')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={s.selector} onMouseEnter={() => onHover(s.selector)} onMouseLeave={() => onHover(null)}>
              <td>
                <input type="checkbox" aria-label={t('fill_keep_label', s.label)} checked={s.keep} onChange={(e) => set(i, { keep: e.target.checked })} />
              </td>
              <td>{s.label}</td>
              <td>
                <input className="fill-value" aria-label={t('fill_value_label', s.label)} value={s.value} onChange={(e) => set(i, { value: e.target.value, option: s.option ? { label: e.target.value } : undefined })} />
              </td>
              <td className="muted small" title={s.reason} data-source={s.source}>
                {sourceLabel(t, s.source)} · {Math.round(s.confidence * 100)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
