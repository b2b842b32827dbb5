/**
 * Cities whose own office prosecutes state-law misdemeanors committed in the city, so that a
 * misdemeanor conviction there was obtained by that office, not the district attorney, and the
 * petition must be served on it (Pen. Code § 236.14(c): "the state or local prosecutorial agency
 * that obtained the conviction"). Data, each entry with its source. The sources are dated: every
 * suggestion made from this list says to confirm it (needs attorney review), and the attorney can
 * change the agency on each matter.
 *
 * [REITER-2011] M. Reiter, "In-House City Attorney's Offices in Southern California" (Aug. 29,
 *   2011), column "Prosecute State Law Misdemeanors?": Yes for Burbank, Hawthorne, Inglewood,
 *   Long Beach (City Prosecutor), Los Angeles, Pasadena.
 *   https://michaelreiterlaw.wordpress.com/2011/08/29/in-house-city-attorneys-offices-in-southern-california/
 * [ISSUE-11] the independent review behind issue 11 names Los Angeles, San Diego, Long Beach,
 *   Santa Monica, Pasadena, Burbank and Inglewood; San Diego and Santa Monica are shipped on that
 *   statement alone (no second source was found): confirm before relying on them.
 */
export interface CityProsecutor {
  city: string;
  county: string;
  /** The office, as it would be named in a caption or proof of service. */
  office: string;
  source: string;
}

export const CITY_PROSECUTORS: readonly CityProsecutor[] = [
  { city: 'Los Angeles', county: 'Los Angeles', office: 'Los Angeles City Attorney', source: 'REITER-2011; ISSUE-11' },
  { city: 'Long Beach', county: 'Los Angeles', office: 'Long Beach City Prosecutor', source: 'REITER-2011; ISSUE-11' },
  { city: 'Pasadena', county: 'Los Angeles', office: 'Pasadena City Attorney/City Prosecutor', source: 'REITER-2011; ISSUE-11' },
  { city: 'Burbank', county: 'Los Angeles', office: 'Burbank City Attorney', source: 'REITER-2011; ISSUE-11' },
  { city: 'Inglewood', county: 'Los Angeles', office: 'Inglewood City Attorney', source: 'REITER-2011; ISSUE-11' },
  { city: 'Hawthorne', county: 'Los Angeles', office: 'Hawthorne City Attorney', source: 'REITER-2011' },
  { city: 'Santa Monica', county: 'Los Angeles', office: 'Santa Monica City Attorney', source: 'ISSUE-11' },
  { city: 'San Diego', county: 'San Diego', office: 'San Diego City Attorney', source: 'ISSUE-11' },
];
