/**
 * The nonviolent test of vacatur: a "nonviolent offense" is "any offense not listed in
 * subdivision (c) of Section 667.5" (Pen. Code § 236.14(t)(1)). Rules R1–R14 of the reference
 * (shared/reference/california-law.md § 9.1), applied in this order:
 *   1. a proved enhancement in § 667.5(c)(7), (8) or (22) makes the count violent (R6);
 *   2. no readable section → review;
 *   3. a misdemeanor or infraction is never listed: § 667.5(c) lists felonies (R2);
 *   4. codes other than the Penal Code are never listed (every § 667.5(c) section is in the PC);
 *   5. Penal Code: conspiracies, attempts (R4, R5), then the listings with their subdivision and
 *      fact conditions (R3, R7–R12), then life terms (R13); anything else is nonviolent (R14).
 */
import { VIOLENT_PARAGRAPHS, enhancementsFor, matchListings, type IndexedEnhancement, type IndexedListing } from '../catalog';
import type { EventFacts } from '../facts';
import { QUESTION_IDS, answerOf, answeredReason } from '../questions';
import { formatSection, isPrefix } from '../section';
import type { Question, Reason } from '../types';
import { recordCheck } from './record-errors';

export interface ViolenceFinding {
  status: 'violent' | 'nonviolent' | 'review';
  /** The § 667.5(c) paragraph, when violent. */
  paragraph: string | null;
  reasons: Reason[];
  questions: Question[];
}

const NONVIOLENT_CITE = 'Pen. Code § 236.14(t)(1); § 667.5(c)';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const violentCite = (p: string) => `Pen. Code § 236.14(t)(1); § 667.5(c)(${p})`;

function violentReason(label: string, paragraph: string): Reason {
  return {
    text: `${cap(label)} is a violent felony: § 667.5(c)(${paragraph}) lists ${VIOLENT_PARAGRAPHS[paragraph]}. Vacatur under § 236.14 covers only nonviolent offenses.`,
    cite: violentCite(paragraph),
  };
}

function notListed(label: string): Reason {
  return { text: `${cap(label)} is not listed in § 667.5(c), so it is a nonviolent offense.`, cite: NONVIOLENT_CITE };
}

const violent = (paragraph: string, reasons: Reason[]): ViolenceFinding => ({ status: 'violent', paragraph, reasons, questions: [] });
const nonviolent = (reasons: Reason[]): ViolenceFinding => ({ status: 'nonviolent', paragraph: null, reasons, questions: [] });
const review = (reasons: Reason[], questions: Question[]): ViolenceFinding => ({ status: 'review', paragraph: null, reasons, questions });

/**
 * Settles a fact question: 'yes' → violent under `paragraph`, 'no' → nonviolent, else review.
 * The answered question is kept as a reason so the screening shows what it relied on.
 */
function ask(f: EventFacts, q: Question, paragraph: string, pending: Reason, noReason: Reason): ViolenceFinding {
  const a = answerOf(f.answers, q.id);
  if (a === 'yes') return violent(paragraph, [answeredReason(q, 'yes'), violentReason(f.label, paragraph)]);
  if (a === 'no') return nonviolent([answeredReason(q, 'no'), noReason]);
  return review([pending], [q]);
}

const CONDITION_SHORT: Record<string, string> = {
  gang: ' with a § 186.22 gang finding',
  'person-present': ' (first degree, with a person present)',
  drugging: ' if the drugging was pleaded and proved',
  'former-section': ' (former section; needs attorney review)',
};

function listingText(l: IndexedListing): string {
  return `§ ${formatSection(l.base, l.subs)}${l.condition ? CONDITION_SHORT[l.condition] : ''}`;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function paragraphsCite(ls: readonly IndexedListing[]): string {
  const ps = [...new Set(ls.map((l) => l.paragraph))];
  return `Pen. Code § 667.5(c)(${ps[0]})${ps.slice(1).map((p) => `, (c)(${p})`).join('')}`;
}

const FIRST_DEGREE = /\b(?:1ST|FIRST)\b|RESIDEN|INHABIT/i;
const SECOND_DEGREE = /\b(?:2ND|SECOND)\b|COMMERC/i;

function burglary(f: EventFacts, l: IndexedListing): ViolenceFinding {
  const desc = f.event.description ?? '';
  const isSection460a = l.base === '460';
  const first = isSection460a || FIRST_DEGREE.test(desc);
  if (!first && SECOND_DEGREE.test(desc)) {
    return nonviolent([
      {
        text: `${cap(f.label)} is second-degree burglary, which is not listed in § 667.5(c) (only first-degree burglary with a person present is, § 667.5(c)(21)), so it is a nonviolent offense.`,
        cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(21)',
      },
    ]);
  }
  const cite = 'Pen. Code § 667.5(c)(21); § 460(a)';
  const q: Question = first
    ? { id: QUESTION_IDS.personPresent, text: 'Was it charged and proved that a person other than an accomplice was present in the residence during this burglary?', cite }
    : { id: QUESTION_IDS.personPresent, text: 'Was this a first-degree (residential) burglary in which it was charged and proved that a person other than an accomplice was present?', cite };
  const pending: Reason = first
    ? {
        text: 'First-degree burglary is violent only when it was charged and proved that a person other than an accomplice was present in the residence. Find out from the court file whether that allegation was found true.',
        cite,
      }
    : {
        text: 'The record does not show the degree of this burglary. It is violent only if it was first-degree (residential) burglary and it was charged and proved that a person other than an accomplice was present; second-degree burglary is nonviolent. Find out the degree and whether that allegation was found true.',
        cite,
      };
  const no: Reason = { text: `Without a proved person-present allegation, ${f.label} is not listed in § 667.5(c), so it is a nonviolent offense.`, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(21)' };
  return ask(f, q, '21', pending, no);
}

function gang(f: EventFacts, l: IndexedListing): ViolenceFinding {
  const p = l.paragraph;
  const cite = `Pen. Code § 667.5(c)(${p}); § 186.22`;
  const proved = f.enhancements.find((e) => e.known?.gang);
  if (proved) {
    return violent(p, [
      { text: `The record shows a proved criminal street gang enhancement (${proved.label}).`, cite },
      violentReason(f.label, p),
    ]);
  }
  const q: Question = { id: QUESTION_IDS.gangFinding, text: 'Was a criminal street gang allegation (Pen. Code § 186.22) found true for this count?', cite };
  const pending: Reason = {
    text: `${cap(f.label)} is violent only if it would also be a felony violation of § 186.22 (criminal street gang). The record does not show a gang finding: find out from the court file whether one was charged and proved.`,
    cite,
  };
  const no: Reason = { text: `Without a § 186.22 gang finding, ${f.label} is not listed in § 667.5(c), so it is a nonviolent offense.`, cite: `Pen. Code § 236.14(t)(1); § 667.5(c)(${p})` };
  return ask(f, q, p, pending, no);
}

function drugging(f: EventFacts): ViolenceFinding {
  const cite = 'Pen. Code § 667.5(c)(24)';
  const q: Question = {
    id: QUESTION_IDS.drugging,
    text: "Was it pleaded and proved that the defendant caused the victim's intoxication by administering a controlled substance without consent, with intent to commit sexual assault?",
    cite,
  };
  const pending: Reason = {
    text: `${cap(f.label)} is violent only when it was pleaded and proved that the defendant drugged the victim without consent to sexually assault them (§ 667.5(c)(24), effective January 1, 2025). Find out from the court file whether that allegation was proved.`,
    cite,
  };
  const no: Reason = { text: `Without that allegation proved, ${f.label} is not listed in § 667.5(c), so it is a nonviolent offense.`, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(24)' };
  const out = ask(f, q, '24', pending, no);
  if (out.status !== 'nonviolent' && f.date !== '' && f.date < '2025-01-01') {
    out.reasons.push({
      text: '§ 667.5(c)(24) took effect January 1, 2025; whether it applies to an earlier conviction needs attorney review.',
      cite,
    });
  }
  return out;
}

function formerSection(f: EventFacts, l: IndexedListing): ViolenceFinding {
  const cite = `Pen. Code § 667.5(c)(${l.paragraph})`;
  const q: Question = { id: QUESTION_IDS.formerSection, text: `After review, does the attorney treat ${f.label} as listed in § 667.5(c)(${l.paragraph})?`, cite };
  const pending: Reason = { text: `${cap(f.label)} is a ${l.note}. Whether a conviction under the former number counts as listed needs attorney review.`, cite };
  return ask(f, q, l.paragraph, pending, notListed(f.label));
}

function subdivisionQuestion(f: EventFacts, partial: IndexedListing[]): ViolenceFinding {
  const cite = paragraphsCite(partial);
  const alternatives = joinOr(partial.map(listingText));
  const q: Question = { id: QUESTION_IDS.listedSubdivision, text: `Was this count under ${alternatives}?`, cite };
  const pending: Reason = {
    text: `§ 667.5(c) lists only some subdivisions of this section (${alternatives}), and the record shows ${f.label} without the subdivision that decides it. Find out the exact subdivision from the court record.`,
    cite,
  };
  const first = partial.find((l) => !l.condition) ?? partial[0]!;
  return ask(f, q, first.paragraph, pending, notListed(f.label));
}

function attempt(f: EventFacts): ViolenceFinding {
  const bi = f.index;
  const subs = f.section!.subs;
  const attempts = matchListings(bi?.violent, subs, true);
  if (attempts.full[0]) return violent(attempts.full[0].paragraph, [violentReason(f.label, attempts.full[0].paragraph)]);
  const target = matchListings(bi?.violent, subs, false);
  if (target.full.length === 0 && target.partial.length === 0) return nonviolent([notListed(f.label)]);
  const cite = 'Pen. Code § 667.5(c)(12); § 664';
  const q: Question = { id: QUESTION_IDS.attemptViolent, text: `After review, does the attorney treat ${f.label} as a violent felony under § 667.5(c)?`, cite };
  const pending: Reason = {
    text: `${cap(f.label)} is not expressly listed in § 667.5(c), which names only attempted murder (§ 667.5(c)(12)). Whether this attempt counts as a violent felony needs attorney review.`,
    cite,
  };
  const paragraph = (target.full[0] ?? target.partial[0])!.paragraph;
  return ask(f, q, paragraph, pending, { text: `Attempts other than attempted murder are not expressly listed in § 667.5(c), so ${f.label} is treated as a nonviolent offense.`, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(12)' });
}

function conspiracy(f: EventFacts): ViolenceFinding {
  const s = f.section!;
  const label = `conspiracy to commit ${f.label}`;
  if (s.base === '187') {
    return violent('7', [
      {
        text: `Conspiracy to commit murder is punished as first-degree murder, a life term, so ${label} is a violent felony under § 667.5(c)(7). Vacatur under § 236.14 covers only nonviolent offenses.`,
        cite: 'Pen. Code § 236.14(t)(1); § 182(a); § 667.5(c)(7)',
      },
    ]);
  }
  const target = matchListings(f.index?.violent, s.subs, false);
  if (target.full.length === 0 && target.partial.length === 0) return nonviolent([notListed(label)]);
  const cite = 'Pen. Code § 667.5(c); § 182';
  const q: Question = { id: QUESTION_IDS.conspiracyViolent, text: `After review, does the attorney treat this ${label} as a violent felony under § 667.5(c)?`, cite };
  const pending: Reason = { text: `Conspiracy is not itself listed in § 667.5(c). Whether ${label} counts as a violent felony needs attorney review.`, cite };
  const paragraph = (target.full[0] ?? target.partial[0])!.paragraph;
  return ask(f, q, paragraph, pending, notListed(label));
}

function penalCode(f: EventFacts): ViolenceFinding {
  const s = f.section!;
  if (s.conspiracy) return conspiracy(f);
  if (f.attempted) return attempt(f);
  if (s.base === '182') {
    return nonviolent([
      notListed(f.label),
      {
        text: 'If the target of this conspiracy was murder, it is punished as first-degree murder (a life term, § 667.5(c)(7)); check the target offense in the court record.',
        cite: 'Pen. Code § 182(a); § 667.5(c)(7)',
      },
    ]);
  }
  const m = matchListings(f.index?.violent, s.subs, false);
  const plain = m.full.find((l) => !l.condition);
  if (plain) return violent(plain.paragraph, [violentReason(f.label, plain.paragraph)]);
  const conditional = m.full[0];
  if (conditional) {
    switch (conditional.condition) {
      case 'gang':
        return gang(f, conditional);
      case 'person-present':
        return burglary(f, conditional);
      case 'drugging':
        return drugging(f);
      default:
        return formerSection(f, conditional);
    }
  }
  if (m.partial.length > 0) return subdivisionQuestion(f, m.partial);
  const sibling = m.siblings[0];
  if (sibling) {
    return nonviolent([
      {
        text: `${cap(f.label)} is not listed in § 667.5(c): paragraph (c)(${sibling.paragraph}) covers ${VIOLENT_PARAGRAPHS[sibling.paragraph]}, not this subdivision. It is a nonviolent offense.`,
        cite: violentCite(sibling.paragraph),
      },
    ]);
  }
  return nonviolent([notListed(f.label)]);
}

const FIREARM = /FIREARM|\bGUN\b|HANDGUN|PISTOL|REVOLVER|RIFLE|SHOTGUN/i;
const NOT_FIREARM = /NOT\s+A\s+FIREARM|NON-?FIREARM|KNIFE|BLADE|DEADLY WEAPON(?!.*FIREARM)|OTHER WEAPON/i;

/**
 * § 12022.3(a) punishes use of "a firearm or a deadly weapon" in a sex offense, but § 667.5(c)(8)
 * lists only a felony "in which the defendant uses a firearm which use has been charged and
 * proved" under § 12022.3(a). A deadly weapon that is not a firearm does not make the count
 * violent; when the record does not say which weapon, ask.
 */
function firearmFinding(f: EventFacts, raw: string, k: IndexedEnhancement): { violent: ViolenceFinding | null; reasons: Reason[]; questions: Question[] } {
  const cite = `Pen. Code § 667.5(c)(${k.violent}); § 12022.3(a)`;
  const q: Question = { id: QUESTION_IDS.firearmUsed, text: `Was the ${raw.trim() || '§ 12022.3(a)'} enhancement proved for use of a firearm (not another deadly weapon)?`, cite };
  const firearmReason: Reason = {
    text: `The proved enhancement ${raw.trim()} (${k.title}) was for use of a firearm, which makes this a violent felony under § 667.5(c)(${k.violent}). Vacatur under § 236.14 covers only nonviolent offenses.`,
    cite,
  };
  const weaponReason: Reason = {
    text: `The § 12022.3(a) enhancement was for a deadly weapon that is not a firearm; § 667.5(c)(${k.violent}) lists only firearm use under § 12022.3(a), so the enhancement does not make this count violent.`,
    cite,
  };
  const a = answerOf(f.answers, q.id);
  if (a === 'yes') return { violent: violent(k.violent!, [answeredReason(q, 'yes'), firearmReason]), reasons: [], questions: [] };
  if (a === 'no') return { violent: null, reasons: [answeredReason(q, 'no'), weaponReason], questions: [] };
  const text = `${raw} ${f.event.description ?? ''}`;
  if (NOT_FIREARM.test(text)) return { violent: null, reasons: [weaponReason], questions: [] };
  if (FIREARM.test(text)) return { violent: violent(k.violent!, [firearmReason]), reasons: [], questions: [] };
  return {
    violent: null,
    reasons: [{ text: `The enhancement ${raw.trim()} covers use of a firearm or of another deadly weapon; only firearm use makes the count violent under § 667.5(c)(${k.violent}). The record does not say which: find out from the court file.`, cite }],
    questions: [q],
  };
}

/** Pending points raised by proved enhancements that do not settle the question alone. */
function enhancementReviews(f: EventFacts): { reasons: Reason[]; questions: Question[]; violent: ViolenceFinding | null } {
  const reasons: Reason[] = [];
  const questions: Question[] = [];
  for (const e of f.enhancements) {
    const k = e.known;
    if (k?.violent && k.firearmOnly) {
      const weapon = firearmFinding(f, e.raw, k);
      if (weapon.violent) return { reasons, questions, violent: weapon.violent };
      reasons.push(...weapon.reasons);
      questions.push(...weapon.questions);
      continue;
    }
    if (k?.violent && (!k.before || (f.date !== '' && f.date < k.before))) {
      return {
        reasons,
        questions,
        violent: violent(k.violent, [
          {
            text: `The proved enhancement ${e.label} (${k.title}) makes this a violent felony under § 667.5(c)(${k.violent}). Vacatur under § 236.14 covers only nonviolent offenses.`,
            cite: violentCite(k.violent),
          },
        ]),
      };
    }
    if (k?.review) {
      const q: Question = { id: QUESTION_IDS.lifeTerm, text: `After review, does the attorney treat the ${e.label} life term as making this offense violent under § 667.5(c)(7)?`, cite: 'Pen. Code § 667.5(c)(7)' };
      const a = answerOf(f.answers, q.id);
      if (a === 'yes') return { reasons, questions, violent: violent('7', [answeredReason(q, 'yes'), violentReason(f.label, '7')]) };
      if (a === 'no') reasons.push(answeredReason(q, 'no'));
      else {
        reasons.push({ text: `The record shows ${e.label} (${k.title}): ${k.review}.`, cite: 'Pen. Code § 667.5(c)(7)' });
        questions.push(q);
      }
    } else if (!k && e.partial?.violent) {
      const p = e.partial;
      const sub = formatSection(p.base, p.subs);
      const q: Question = { id: QUESTION_IDS.enhancementSubdivision, text: `Was the ${e.label} enhancement proved under § ${sub}?`, cite: `Pen. Code § 667.5(c)(${p.violent})` };
      const a = answerOf(f.answers, q.id);
      if (a === 'yes') return { reasons, questions, violent: violent(p.violent!, [answeredReason(q, 'yes'), violentReason(f.label, p.violent!)]) };
      if (a === 'no') reasons.push(answeredReason(q, 'no'));
      else {
        reasons.push({ text: `The enhancement ${e.label} makes a felony violent only under § ${sub} (§ 667.5(c)(${p.violent})). Find out which subdivision was proved.`, cite: `Pen. Code § 667.5(c)(${p.violent})` });
        questions.push(q);
      }
    }
  }
  return { reasons, questions, violent: null };
}

/**
 * Is this California count a violent felony under § 667.5(c)? The result may be shared between
 * counts of the same offense: treat it as read-only.
 * @example violence(eventFacts({ ...ev, code: 'PC', section: '211', level: 'F' })).status // 'violent'
 */
export function violence(f: EventFacts): ViolenceFinding {
  // Without answers or enhancements the finding depends only on the offense, level, attempt flag
  // and (for § 667.5(c)(24)) whether the date is before 2025: share it between identical counts.
  if (f.enhancements.length > 0 || hasAnswers(f.answers)) return computeViolence(f);
  const rep = f.entry?.repealed;
  const k = `${f.level}|${f.attempted ? 1 : 0}|${f.date !== '' && f.date < '2025-01-01' ? 1 : 0}|${rep && (f.event.offenseDate || f.date) >= rep ? 1 : 0}|${f.label}`;
  let byKey = SHARED.get(f.offense);
  if (!byKey) SHARED.set(f.offense, (byKey = new Map()));
  let out = byKey.get(k);
  if (!out) byKey.set(k, (out = computeViolence(f)));
  return out;
}

const SHARED = new WeakMap<object, Map<string, ViolenceFinding>>();

function hasAnswers(a: Readonly<Record<string, unknown>>): boolean {
  for (const _ in a) return true;
  return false;
}

function computeViolence(f: EventFacts): ViolenceFinding {
  const rec = f.section && f.jurisdiction === 'california' ? recordCheck(f) : null;
  if (rec?.review) return review(rec.review.reasons, rec.review.questions);
  const out = computeRecorded(f);
  if (!rec || rec.answered.length === 0) return out;
  return { ...out, reasons: [...rec.answered, ...out.reasons] };
}

function computeRecorded(f: EventFacts): ViolenceFinding {
  if (!f.section) {
    const shown = f.sectionText ? ` ("${f.sectionText}")` : '';
    return review(
      [{ text: `The record does not show a code section that can be read${shown}. Find out the charge from the court record or the RAP sheet's comment lines.`, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)' }],
      [],
    );
  }
  if (f.level === 'M' || f.level === 'I') return misdemeanor(f);
  const enh = enhancementReviews(f);
  if (enh.violent) return enh.violent;
  let out: ViolenceFinding;
  if (f.code === 'WI' && f.section.base === '602') {
    out = review(
      [
        {
          text: 'The record shows only that the juvenile court took jurisdiction (Welf. & Inst. Code § 602), not the offense. Find out the offense from the juvenile court record.',
          cite: 'Pen. Code § 236.14(j), (t)(1)',
        },
      ],
      [],
    );
  } else if (f.code !== 'PC' && f.californiaCode) {
    out = nonviolent([notListed(f.label)]);
  } else {
    out = penalCode(f);
    if (f.code !== 'PC') out = unknownCode(f, out);
  }
  if (enh.reasons.length === 0) return out;
  if (out.status === 'violent') return out;
  return { status: enh.questions.length > 0 ? 'review' : out.status, paragraph: null, reasons: [...out.reasons, ...enh.reasons], questions: [...out.questions, ...enh.questions] };
}

function misdemeanor(f: EventFacts): ViolenceFinding {
  const word = f.level === 'I' ? 'an infraction' : 'a misdemeanor';
  const reasons: Reason[] = [
    { text: `${cap(f.label)} is ${word} on this record. § 667.5(c) lists only felonies, so it is a nonviolent offense.`, cite: NONVIOLENT_CITE },
  ];
  return nonviolent(reasons);
}

function unknownCode(f: EventFacts, asPenal: ViolenceFinding): ViolenceFinding {
  const what = f.code ? `names a code this tool does not know ("${f.code}")` : 'does not say which code this section belongs to';
  const note: Reason = { text: `The record ${what}; it was screened as a Penal Code section. Confirm the code.`, cite: 'Pen. Code § 667.5(c)' };
  if (asPenal.status !== 'violent') return { ...asPenal, reasons: [note, ...asPenal.reasons] };
  const q: Question = { id: QUESTION_IDS.penalCode, text: `Is ${f.sectionText} a Penal Code section?`, cite: 'Pen. Code § 667.5(c)' };
  const a = answerOf(f.answers, q.id);
  if (a === 'yes') return { ...asPenal, reasons: [answeredReason(q, 'yes'), ...asPenal.reasons] };
  if (a === 'no') return nonviolent([answeredReason(q, 'no'), { text: `Outside the Penal Code, ${f.sectionText} is not listed in § 667.5(c), so it is a nonviolent offense.`, cite: NONVIOLENT_CITE }]);
  return review([note, ...asPenal.reasons], [q]);
}
