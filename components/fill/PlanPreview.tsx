import type { FillStep, Question } from '@/lib/autofill/types';

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
  const set = (i: number, patch: Partial<EditableStep>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <>
      {questions.length ? (
        <div className="alert alert--warn" role="group" aria-label="Questions before filling">
          <p>Not sure which value goes here; pick one or leave the field alone:</p>
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
            <th scope="col">Fill</th>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={s.selector} onMouseEnter={() => onHover(s.selector)} onMouseLeave={() => onHover(null)}>
              <td>
                <input type="checkbox" aria-label={`Fill ${s.label}`} checked={s.keep} onChange={(e) => set(i, { keep: e.target.checked })} />
              </td>
              <td>{s.label}</td>
              <td>
                <input className="fill-value" aria-label={`Value for ${s.label}`} value={s.value} onChange={(e) => set(i, { value: e.target.value, option: s.option ? { label: e.target.value } : undefined })} />
              </td>
              <td className="muted small" title={s.reason}>
                {s.source} · {Math.round(s.confidence * 100)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
