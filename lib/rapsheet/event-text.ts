import type { RapCount, RapCycle, RapDisposition, RapEvent } from './types';

/** The text fields of a mapped case event: disposition, sentence and notes of a count. */

/** The deciding disposition first, then the rest; dated updates carry their date: "CONVICTED; 2019-01-01: CONV SET ASIDE & DISM PER 1203.4 PC". */
export function dispositionText(count: RapCount, main: RapDisposition | undefined): string {
  const parts: string[] = [];
  const undatedMain = main && count.dispositions.includes(main);
  if (undatedMain) parts.push(main.text);
  for (const d of count.dispositions) if (d !== main) parts.push(d.text);
  for (const u of count.updates) {
    for (const d of u.dispositions) parts.push(u.date ? `${u.date}: ${d.text}` : d.text);
  }
  return parts.join('; ');
}

export function sentenceText(count: RapCount, main: RapDisposition | undefined): string {
  const parts: string[] = [];
  const first = main?.sentence?.text || count.sentence?.text;
  if (first) parts.push(first);
  for (const u of count.updates) {
    for (const d of u.dispositions) {
      if (d !== main && d.sentence) parts.push(u.date ? `from ${u.date}: ${d.sentence.text}` : d.sentence.text);
    }
  }
  return parts.join('; ');
}

export function notesFor(count: RapCount, event: RapEvent, cycle: RapCycle): string[] {
  const notes: string[] = [];
  const all: Array<{ d: RapDisposition; date: string }> = [
    ...count.dispositions.map((d) => ({ d, date: event.date })),
    ...count.updates.flatMap((u) => u.dispositions.map((d) => ({ d, date: u.date || event.date }))),
  ];
  for (const { d, date } of all) {
    const on = date ? ` on ${date}` : '';
    if (d.type === 'set-aside') notes.push(`Conviction set aside and dismissed under PC ${d.section || '1203.4'}${on}.`);
    if (d.type === 'probation-revoked') notes.push(`Probation revoked${on}.`);
    if (d.type === 'sentence-modified') notes.push(`Sentence modified${on}.`);
  }
  for (const r of [...event.notes, ...count.notes]) {
    const on = r.date ? ` on ${r.date}` : '';
    notes.push(
      r.kind === 'arrest-relief-granted'
        ? `Arrest relief granted under PC ${r.section}${on}.`
        : `Relief granted under PC ${r.section}${on}.`,
    );
  }
  if (count.charge?.fromComment) notes.push('Charge read from the COM: CHRG- comment line.');
  // SEE COMMENT FOR CHARGE with no COM: CHRG- line: keep what the comments say, so a summary
  // can show it in place of the placeholder (lib/rapsheet/see-comment.ts).
  if (count.charge?.seeComment && count.comments.length) notes.push(`Sheet comment: "${count.comments.join(' ').replace(/"/g, "'")}".`);
  if (count.flags.length) notes.push(`Flags: ${count.flags.join(' ')}.`);
  if (cycle.strike) notes.push('DOJ marked this cycle POTENTIAL FELONY STRIKE ENTRY.');
  return notes;
}
