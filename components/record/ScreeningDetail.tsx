import type { ScreenItem } from '@/lib/law/types';
import type { CaseEvent } from '@/lib/model';

const FIT_LABEL = { candidate: 'fits', maybe: 'may fit', no: 'does not fit' } as const;

interface Props {
  item: ScreenItem;
  event: CaseEvent;
  onAnswer(questionId: string, answer: 'yes' | 'no' | 'unknown'): void;
}

/** Every reason with its citation, the remedies that fit, and the questions that would settle a review. */
export function ScreeningDetail({ item, event, onAnswer }: Props) {
  // Settled answers stay visible (with a way back), since a settled question leaves the list.
  const open = new Set(item.questions.map((q) => q.id));
  const answered = Object.entries(event.answers).filter(([id, a]) => a !== 'unknown' && !open.has(id));
  return (
    <div className="screening-detail">
      {item.questions.length ? (
        <fieldset className="questions" data-focus="review">
          <legend>To settle this, find out:</legend>
          {item.questions.map((q) => (
            // Explicit buttons, not radios: an arrow key in a radio group would commit an answer
            // that changes a legal verdict without the attorney meaning to (issue 14).
            <div key={q.id} className="question" role="group" aria-label={q.text}>
              <p>
                {q.text} <cite>{q.cite}</cite>
              </p>
              {(['yes', 'no', 'unknown'] as const).map((a) => (
                <button key={a} type="button" className="answer" aria-pressed={(event.answers[q.id] ?? 'unknown') === a} onClick={() => onAnswer(q.id, a)}>
                  {a === 'unknown' ? 'Not known yet' : a === 'yes' ? 'Yes' : 'No'}
                </button>
              ))}
            </div>
          ))}
        </fieldset>
      ) : null}
      {answered.length ? (
        <div className="answered">
          {answered.map(([id, a]) => (
            <p key={id}>
              You answered <strong>{a}</strong> ({id.replace(/-/g, ' ')}).{' '}
              <button type="button" className="link" onClick={() => onAnswer(id, 'unknown')}>
                Clear answer
              </button>
            </p>
          ))}
        </div>
      ) : null}
      <h3>Why</h3>
      <ul className="reasons">
        {item.reasons.map((r, i) => (
          <li key={i}>
            {r.text} <cite>{r.cite}</cite>
          </li>
        ))}
      </ul>
      {item.serious ? (
        <p className="hint">
          Listed as a serious felony in Pen. Code § 1192.7(c)({item.serious.paragraph}){item.serious.note ? ` (${item.serious.note})` : ''}. That does not bar vacatur.
        </p>
      ) : null}
      {item.remedies.length ? (
        <>
          <h3>Remedies to consider</h3>
          <ul className="remedies">
            {item.remedies.map((r) => (
              <li key={r.id}>
                <strong>{r.id}</strong> <span className={`fit fit--${r.fit}`}>{FIT_LABEL[r.fit]}</span>
                <ul>
                  {r.reasons.map((x, i) => (
                    <li key={i}>
                      {x.text} <cite>{x.cite}</cite>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
