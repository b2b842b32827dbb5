/**
 * A short guide for attorneys new to vacatur (issue 14), written from the project's law reference
 * (shared/reference/california-law.md, § 1, § 5 and § 9). Every statement cites its subdivision;
 * where the reference could not settle a point it says "needs attorney review". Bundled with the
 * panel, so it reads offline. Not legal advice.
 */
export function Guide() {
  return (
    <details className="guide" data-testid="guide">
      <summary>New to vacatur? A short guide to Pen. Code § 236.14</summary>
      <div className="guide-body">
        <p className="hint">A summary to start from, not legal advice. Read the statute itself before filing.</p>

        <h3>What the statute requires</h3>
        <ul>
          <li>
            <strong>Who can petition:</strong> a person arrested for or convicted of a <em>nonviolent</em> offense committed while they were a victim of human
            trafficking (§ 236.14(a)). Arrests and juvenile adjudications count too; a juvenile who shows the direct result gets a rebuttable presumption that
            the requirements are met (§ 236.14(j)).
          </li>
          <li>
            <strong>Nonviolent</strong> means any offense not listed in § 667.5(c) (§ 236.14(t)(1)). Check every offense and enhancement against the current
            list. Whether an attempt of a listed offense other than murder counts, and which version of § 667.5(c) applies: needs attorney review.
          </li>
          <li>
            <strong>Victim of human trafficking</strong> means the victim of a crime described in § 236.1(a), (b) or (c) (§ 236.14(t)(3)).
          </li>
          <li>
            <strong>Standard of proof:</strong> clear and convincing evidence that the arrest or conviction was the direct result of being a victim of human
            trafficking, showing the person lacked the requisite intent (§ 236.14(a)).
          </li>
          <li>
            <strong>The petition</strong> is made under penalty of perjury and describes all available grounds and evidence (§ 236.14(b)).
          </li>
          <li>
            <strong>Service:</strong> on the prosecuting agency that obtained the conviction, or that has charging jurisdiction over the arrest. It has 45 days
            from receipt of service to respond (§ 236.14(c)). Without an opposition the court deems the petition unopposed and <em>may</em> grant it (§
            236.14(d)).
          </li>
          <li>
            <strong>Findings</strong> the court must make (§ 236.14(g)): (1) the petitioner was a victim of human trafficking when the offense was committed;
            (2) the arrest or conviction was a direct result of being a victim; (3) vacatur is in the best interest of justice. The order sets these out and
            notifies the Department of Justice (§ 236.14(h)).
          </li>
          <li>
            <strong>Timing:</strong> any time after the person stopped being a victim or sought services, whichever is later, subject to safety concerns. The
            right does not expire, and the court may not refuse to hear the petition over unpaid fines and fees or unmet probation conditions (§ 236.14(l)).
          </li>
          <li>
            <strong>Privacy:</strong> the public record of the proceeding must not disclose the petitioner&apos;s full name (§ 236.14(q)). Standard 4.15(b) of
            the Standards of Judicial Administration recommends treating the filings as confidential (advisory).
          </li>
          <li>
            <strong>Hearing and appearance:</strong> a hearing is set if the petition is opposed or the court deems it necessary (§ 236.14(f)). Unopposed, the
            petitioner may appear through counsel; opposed, in person unless the court finds a compelling reason (§ 236.14(n)).
          </li>
          <li>
            <strong>Restitution and fines:</strong> restitution that directly benefits the victim of a nonviolent crime stays unless paid; collection of other
            fines is stayed while the petition is pending (§ 236.14(i)).
          </li>
          <li>
            <strong>Several counties:</strong> the court may consolidate convictions from different jurisdictions into one hearing with the agreement of the
            petitioner and every prosecuting agency involved (§ 236.14(e)). Standard 4.15(a) asks courts to allow one petition for the matters of one
            county and to favor consolidating their hearings.
          </li>
          <li>
            <strong>Denial</strong> for insufficient evidence may be without prejudice, and the court may allow time to cure curable deficiencies (§
            236.14(s)).
          </li>
          <li>
            <strong>Not in the statute:</strong> a fee waiver (the statute has no fee clause) and a required closed hearing. Filing fees: needs attorney review.
            Whether a court wants the petition in each existing case number or as a new petition is local practice: needs attorney review.
          </li>
        </ul>

        <h3>Evidence under § 236.14(m)</h3>
        <ul>
          <li>
            <strong>Official documentation</strong> of the petitioner&apos;s status as a victim may be offered: any document issued by a federal, state or
            local agency that tends to show that status (§ 236.14(m)(1), (m)(2)).
          </li>
          <li>
            It is <strong>not required</strong>: &ldquo;Official documentation shall not be required&rdquo; for an order (§ 236.14(m)(2)). The
            petitioner&apos;s sworn declaration, describing every ground and piece of evidence, is the core of the petition (§ 236.14(b)), and the hearing
            may take evidence and supporting documentation (§ 236.14(f)(2)).
          </li>
          <li>
            The statute lists no other kinds of evidence. The related affirmative defense names certified court and agency records, identification as a
            victim by a peace officer under § 236.2, and certified records of approval notices or enforcement certifications from federal immigration
            proceedings (§ 236.23(c)). Those are useful kinds of exhibits, but that list is not part of § 236.14: whether a given paper persuades the court
            needs attorney review.
          </li>
          <li>
            Exhibits that print the full name (immigration notices, letters) are redacted, or lodged conditionally under seal (§ 236.14(q); Standard 4.15(b)).
          </li>
        </ul>

        <h3>The order of work</h3>
        <ol>
          <li>
            Get the record: the client&apos;s own DOJ record review (Live Scan with form BCIA 8016RR for California residents), and court records for
            offense dates and case numbers. Import the RAP sheet (RAP sheet tab).
          </li>
          <li>
            Enter when the client was trafficked, and write the narrative: who controlled them, how, when it ended, when they sought services (Trafficking
            tab; § 236.14(l)).
          </li>
          <li>
            Screen the record: settle each question on an entry that needs review, and confirm each offense against § 667.5(c) (Record tab; §
            236.14(t)(1)).
          </li>
          <li>For each matter, write how it was a direct result of the trafficking (Packet tab; § 236.14(a), (b)).</li>
          <li>Gather exhibits and attach them; redact or lodge under seal what shows the full name (Packet tab; § 236.14(m), (q)).</li>
          <li>
            Build the packet for each county: petition and declaration, memorandum, proposed order with the findings, proof of service (Packet tab; §
            236.14(b), (g), (h), (k)).
          </li>
          <li>
            File, serve each prosecuting agency, and record the dates: the 45 days run from receipt (§ 236.14(c)). Enter the hearing the court sets (§
            236.14(f)).
          </li>
          <li>
            After the order: agencies seal their records within one year of the arrest or 90 days of the order, whichever is later, and destroy them within
            one year of the order (§ 236.14(k)(2)); the court gives the petitioner a certified copy (§ 236.14(k)(3)); the DOJ notifies the petitioner and
            counsel once it has sealed its records (§ 236.14(k)(4)). Record that date as &ldquo;DOJ sealing confirmed&rdquo;.
          </li>
        </ol>
      </div>
    </details>
  );
}
