import type { AdapterInput } from '../schema';

/**
 * The replica records bureau's record-review application (tests/fixtures/portals/doj/). The
 * designee who receives a copy is the attorney. SSN and the honeypot are listed as never-fill
 * on top of the built-in rules, so a page change that defeats detection still cannot fill them.
 */
export const recordsBureauReview: AdapterInput = {
  id: 'records-bureau-review-replica',
  name: 'State Records Bureau (replica): record review application',
  matches: ['http://127.0.0.1/doj/record-review.html*', 'http://localhost/doj/record-review.html*'],
  neverFill: ['#ssn', '#website'],
  steps: [
    {
      id: 'application',
      title: 'Application',
      fields: [
        { selectors: ['#applicant_last'], source: 'client.lastName' },
        { selectors: ['#applicant_first'], source: 'client.firstName' },
        { selectors: ['#applicant_middle'], source: 'client.middleName' },
        { selectors: ['#applicant_aka'], source: 'client.aliases' },
        { selectors: ['select[name="dob_month"]'], source: 'client.dob.month' },
        { selectors: ['select[name="dob_day"]'], source: 'client.dob.day' },
        { selectors: ['select[name="dob_year"]'], source: 'client.dob.year' },
        { selectors: ['input[name="applicant_sex"]'], source: 'client.sex' },
        { selectors: ['#height_ft'], source: 'client.height.feet' },
        { selectors: ['#height_in'], source: 'client.height.inches' },
        { selectors: ['#weight_lbs'], source: 'client.weight' },
        { selectors: ['#eye_color'], source: 'client.eyeColor' },
        { selectors: ['#hair_color'], source: 'client.hairColor' },
        { selectors: ['#pob'], source: 'client.placeOfBirth' },
        { selectors: ['#dl_number'], source: 'client.driversLicense' },
        { selectors: ['#home_street'], source: 'client.address.street' },
        { selectors: ['#home_city'], source: 'client.address.city' },
        { selectors: ['#home_state'], source: 'client.address.state' },
        { selectors: ['#home_zip'], source: 'client.address.zip' },
        { selectors: ['#applicant_phone'], source: 'client.phone' },
        { selectors: ['#applicant_email'], source: 'client.email' },
        { selectors: ['#designee_name'], source: 'attorney.name' },
        { selectors: ['#designee_org'], source: 'attorney.firm' },
        { selectors: ['#designee_street'], source: 'attorney.address.street' },
        { selectors: ['#designee_city'], source: 'attorney.address.city' },
        { selectors: ['#designee_state'], source: 'attorney.address.state' },
        { selectors: ['#designee_zip'], source: 'attorney.address.zip' },
        { selectors: ['#designee_phone'], source: 'attorney.phone' },
        { selectors: ['#fee_waiver'], source: 'filing.feeWaiver' },
      ],
    },
  ],
};
