/**
 * Record errors: what a RAP sheet or court print-out says that cannot be right as written. A
 * packet is sworn to (Pen. Code § 236.14(b)), so an entry whose level, section or date cannot be
 * true is never screened as if it were: it becomes a review whose first reason names the problem.
 *   1. An enhancement keyed as the count itself (12022.1, 12022.5 ...): an enhancement adds
 *      punishment to a felony and is not an offense; find the underlying charge.
 *   2. A section the catalog does not know at all: confirm the charge (a typo such as "6477(b)"
 *      would otherwise read as "not listed in § 667.5(c)").
 *   3. A level the section cannot carry (carjacking keyed M; prostitution keyed F).
 *   4. An entry dated on or after the repeal of its section (former § 653.22 after 2022).
 * Each asks a question; an answer of "yes" (the attorney checked the court record and it does say
 * this) lets screening go on, and the answer is kept as a reason.
 */
import { ENHANCEMENT_ONLY_SECTIONS } from '../catalog/enhancements';
import { enhancementsFor, knownBaseInAnyCode } from '../catalog';
import type { EventFacts } from '../facts';
import { QUESTION_IDS, answerOf, answeredReason } from '../questions';
import { isPrefix, parseSection } from '../section';
import type { Question, Reason } from '../types';
import { longDateText } from './dates-text';

export interface RecordCheck {
  /** Set when the entry must be reviewed before anything else is said about it. */
  review: { reasons: Reason[]; questions: Question[] } | null;
  /** Answers that settled a record question, to lead the reasons of the screening. */
  answered: Reason[];
}

const LEVEL_WORD: Record<string, string> = { F: 'a felony', M: 'a misdemeanor', I: 'an infraction' };
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ENHANCEMENT_INDEX = ENHANCEMENT_ONLY_SECTIONS.map((e) => {
  const p = parseSection(e.section, { level: 'F' })!;
  return { ...e, base: p.base, subs: p.subs };
});

/** The enhancement a Penal Code count is keyed as, if any. */
export function enhancementKeyedAsCount(f: EventFacts): { section: string; title: string; violent?: string } | null {
  const s = f.section;
  if (!s || (f.code !== 'PC' && f.code !== '') || s.attempted || s.conspiracy) return null;
  const hit = ENHANCEMENT_INDEX.find((e) => e.base === s.base && isPrefix(e.subs, s.subs));
  if (!hit) return null;
  const violentEnh = enhancementsFor('PC', s.base)?.find((e) => e.violent && !e.before && (isPrefix(e.subs, s.subs) || isPrefix(s.subs, e.subs)));
  return { section: hit.section, title: hit.title, ...(violentEnh?.violent ? { violent: violentEnh.violent } : {}) };
}

function levelsText(levels: readonly string[]): string {
  const words = levels.map((l) => LEVEL_WORD[l]!);
  return words.length === 1 ? `only as ${words[0]}` : `only as ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * The record checks for one California count. Cheap when nothing is wrong (no allocation).
 * @example recordCheck(eventFacts(ev({ code: 'PC', section: '215(a)', level: 'M' }))).review!.reasons[0]!.text
 */
export function recordCheck(f: EventFacts): RecordCheck {
  const s = f.section;
  if (!s) return NONE;
  const answered: Reason[] = [];
  const isPenal = f.code === 'PC' || f.code === '';
  // 1. An enhancement keyed as the count.
  const enh = enhancementKeyedAsCount(f);
  if (enh) {
    // Always a review, and no question settles it: the entry is not an offense, so it is never a
    // matter to petition for on its own. The underlying charge, once entered, is screened itself.
    const cite = enh.violent ? `Pen. Code § 236.14(t)(1); § 667.5(c)(${enh.violent})` : 'Pen. Code § 236.14(t)(1); § 667.5(c)';
    const violentNote = enh.violent ? ` If it was found true, the underlying felony is violent under § 667.5(c)(${enh.violent}) and cannot be vacated under § 236.14.` : '';
    return {
      review: {
        reasons: [
          {
            text: `${cap(f.label)} (${enh.title}) is a sentence enhancement, not an offense: the record shows it in place of the charge it was added to. Find the underlying charge on the court record and enter it as its own count.${violentNote}`,
            cite,
          },
        ],
        questions: [],
      },
      answered,
    };
  }
  // 2. A section the catalog does not know.
  // A conspiracy is screened by its target, which may be in another code (182/11352); a record
  // without a code is known if any code has the section.
  const unknown = f.code === '' ? !knownBaseInAnyCode(s.base) : !f.index;
  if (!enh && !s.conspiracy && (isPenal || f.californiaCode) && unknown) {
    const q: Question = { id: QUESTION_IDS.chargeConfirmed, text: `Does the court record show the charge as ${f.label}?`, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)' };
    const a = answerOf(f.answers, q.id);
    if (a !== 'yes') {
      return {
        review: {
          reasons: [
            {
              text: `${cap(f.label)} is not a section this tool's catalog knows, so it cannot tell whether the record is right. Confirm the charge on the court record (the section may be mistyped); a section that really is not listed in § 667.5(c) is nonviolent.`,
              cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)',
            },
          ],
          questions: [q],
        },
        answered,
      };
    }
    answered.push(answeredReason(q, 'yes'));
  }
  const entry = f.entry;
  // 3. A level the section cannot carry.
  if (entry && (f.level === 'F' || f.level === 'M' || f.level === 'I') && !entry.levels.includes(f.level)) {
    const q: Question = { id: QUESTION_IDS.levelConfirmed, text: `Does the court record show ${f.label} as ${LEVEL_WORD[f.level]}?`, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c); § 17(a)' };
    const a = answerOf(f.answers, q.id);
    if (a !== 'yes') {
      return {
        review: {
          reasons: [
            {
              text: `The record shows ${f.label} as ${LEVEL_WORD[f.level]}, but § ${entry.section} (${entry.title.toLowerCase()}) is punishable ${levelsText(entry.levels)}: the level cannot be right for that section. Check the charge and the level on the court record before relying on this entry.`,
              cite: 'Pen. Code § 236.14(t)(1); § 667.5(c); § 17(a)',
            },
          ],
          questions: [q],
        },
        answered,
      };
    }
    answered.push(answeredReason(q, 'yes'));
  }
  // 4. Dated on or after the repeal of its section.
  const date = f.event.offenseDate || f.date;
  if (entry?.repealed && date !== '' && date >= entry.repealed) {
    const q: Question = {
      id: QUESTION_IDS.repealedConfirmed,
      text: `Does the court record show a conviction under former § ${entry.section} for an offense committed before ${longDateText(entry.repealed)}?`,
      cite: 'Pen. Code § 653.29',
    };
    const a = answerOf(f.answers, q.id);
    if (a !== 'yes') {
      return {
        review: {
          reasons: [
            {
              text: `§ ${entry.section} was repealed effective ${longDateText(entry.repealed)}, and this entry is dated ${date}, after the repeal: the section on the record may be wrong. Find the actual charge on the court record.`,
              cite: 'Pen. Code § 236.14(t)(1); § 653.29',
            },
          ],
          questions: [q],
        },
        answered,
      };
    }
    answered.push(answeredReason(q, 'yes'));
  }
  return answered.length ? { review: null, answered } : NONE;
}

const NONE: RecordCheck = Object.freeze({ review: null, answered: Object.freeze([]) as unknown as Reason[] });
