import { useEffect, useRef, useState } from 'react';
import type { ScreenItem } from '@/lib/law/types';
import type { CaseEvent } from '@/lib/model';
import { QUESTION_IDS } from '@/lib/law/questions';
import { useI18n } from '../ui/i18n';
import { rich } from '../ui/rich';

const FIT_MESSAGES = { candidate: 'record_fit_candidate', maybe: 'record_fit_maybe', no: 'record_fit_no' } as const;

/** What each question is about, in a few words, for an answer shown after its question has gone (never its id). */
const KNOWN_QUESTIONS = new Set<string>(Object.values(QUESTION_IDS));
const topicOf = (id: string) => (KNOWN_QUESTIONS.has(id) ? `record_question_${id.replace(/-/g, '_')}` : 'record_question_other');

interface Props {
  item: ScreenItem;
  event: CaseEvent;
  onAnswer(questionId: string, answer: 'yes' | 'no' | 'unknown'): void;
}

/** Every reason with its citation, the remedies that fit, and the questions that would settle a review. */
export function ScreeningDetail({ item, event, onAnswer }: Props) {
  const { t } = useI18n();
  // An answer moves its question (a settled one leaves the list, a cleared one comes back): focus
  // follows it to where it is now shown, instead of dropping to the page (issue 14).
  const box = useRef<HTMLDivElement>(null);
  const [follow, setFollow] = useState<string | null>(null);
  useEffect(() => {
    if (!follow) return;
    const id = CSS.escape(follow);
    box.current?.querySelector<HTMLElement>(`[data-answered="${id}"] button, [data-question="${id}"] [aria-pressed="true"]`)?.focus();
    setFollow(null);
  }, [follow, event.answers]);
  const answer = (id: string, a: 'yes' | 'no' | 'unknown') => {
    onAnswer(id, a);
    setFollow(id);
  };
  // Settled answers stay visible (with a way back), since a settled question leaves the list.
  const open = new Set(item.questions.map((q) => q.id));
  const answered = Object.entries(event.answers).filter(([id, a]) => a !== 'unknown' && !open.has(id));
  return (
    <div className="screening-detail" ref={box}>
      {item.questions.length ? (
        <fieldset className="questions" data-focus="review">
          <legend>{t('record_questions')}</legend>
          {item.questions.map((q) => (
            // Explicit buttons, not radios: an arrow key in a radio group would commit an answer
            // that changes a legal verdict without the attorney meaning to (issue 14).
            <div key={q.id} className="question" role="group" aria-label={q.text} data-question={q.id}>
              <p>
                {q.text} <cite>{q.cite}</cite>
              </p>
              {(['yes', 'no', 'unknown'] as const).map((a) => (
                <button key={a} type="button" className="answer" aria-pressed={(event.answers[q.id] ?? 'unknown') === a} onClick={() => answer(q.id, a)}>
                  {a === 'unknown' ? t('record_answer_unknown') : a === 'yes' ? t('record_answer_yes') : t('record_answer_no')}
                </button>
              ))}
            </div>
          ))}
        </fieldset>
      ) : null}
      {answered.length ? (
        <div className="answered">
          {answered.map(([id, a]) => (
            <p key={id} data-answered={id}>
              {rich(t, 'record_answered', <strong>{a === 'yes' ? t('record_answered_yes') : t('record_answered_no')}</strong>, t(topicOf(id)))}{' '}
              <button type="button" className="link" onClick={() => answer(id, 'unknown')}>
                {t('record_clear_answer')}
              </button>
            </p>
          ))}
        </div>
      ) : null}
      <h3>{t('record_why')}</h3>
      <ul className="reasons">
        {item.reasons.map((r, i) => (
          <li key={i}>
            {r.text} <cite>{r.cite}</cite>
          </li>
        ))}
      </ul>
      {item.serious ? (
        // On a not-eligible entry the listing is background, not a second verdict (issue 14: a row never reads as a contradiction).
        <p className="hint">
          {t(
            item.verdict === 'ineligible' ? 'record_serious_background' : 'record_serious',
            item.serious.paragraph,
            item.serious.note ? ` (${item.serious.note})` : '',
          )}
        </p>
      ) : null}
      {item.remedies.length ? (
        <>
          <h3>{t('record_remedies')}</h3>
          <ul className="remedies">
            {item.remedies.map((r) => (
              <li key={r.id}>
                <strong>{r.id}</strong> <span className={`fit fit--${r.fit}`}>{t(FIT_MESSAGES[r.fit])}</span>
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
