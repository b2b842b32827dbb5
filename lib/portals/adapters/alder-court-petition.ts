import type { AdapterInput } from '../schema';

/** The replica court's own ASP.NET WebForms petition form (tests/fixtures/portals/court/petition-filing.html). */
export const alderCourtPetition: AdapterInput = {
  id: 'alder-court-petition-replica',
  name: 'Alder Superior Court (replica): online petition filing',
  matches: ['http://127.0.0.1/court/petition-filing.html*', 'http://localhost/court/petition-filing.html*'],
  neverFill: ['#ctl00_Main_txtCaptcha'],
  steps: [
    {
      id: 'petition',
      title: 'Petition',
      fields: [
        { selectors: ['#ctl00_Main_txtCaseNo', 'input[name="ctl00$Main$txtCaseNo"]'], source: 'court.caseNumber' },
        { selectors: ['#ctl00_Main_ddlPetitionType'], source: 'filing.code', option: { contains: ['{value}'] } },
        { selectors: ['#ctl00_Main_txtDefLast', 'input[name="ctl00$Main$txtDefLast"]'], source: 'client.lastName', transforms: [{ case: 'upper' }] },
        { selectors: ['#ctl00_Main_txtDefFirst'], source: 'client.firstName', transforms: [{ case: 'upper' }] },
        { selectors: ['#ctl00_Main_txtDefMiddle'], source: 'client.middleName', transforms: [{ case: 'upper' }] },
        { selectors: ['#ctl00_Main_txtDefDOB'], source: 'client.dob', transforms: [{ date: 'MMDDYY' }] },
        { selectors: ['#ctl00_Main_txtDefAKA'], source: 'client.aliases', transforms: [{ case: 'upper' }] },
        { selectors: ['#ctl00_Main_txtDefAddr'], source: 'client.address.street' },
        { selectors: ['#ctl00_Main_txtDefCity'], source: 'client.address.city' },
        { selectors: ['#ctl00_Main_ddlDefState'], source: 'client.address.state' },
        { selectors: ['#ctl00_Main_txtDefZip'], source: 'client.address.zip' },
        { selectors: ['#ctl00_Main_txtDefPhoneArea'], source: 'client.phone.area' },
        { selectors: ['#ctl00_Main_txtDefPhonePrefix'], source: 'client.phone.prefix' },
        { selectors: ['#ctl00_Main_txtDefPhoneLine'], source: 'client.phone.line' },
        { selectors: ['#ctl00_Main_txtAttyName'], source: 'attorney.name' },
        { selectors: ['#ctl00_Main_txtAttyBarNo'], source: 'attorney.barNumber' },
        { selectors: ['#ctl00_Main_txtAttyFirm'], source: 'attorney.firm' },
        { selectors: ['#ctl00_Main_txtAttyEmail'], source: 'attorney.email' },
        { selectors: ['#ctl00_Main_txtAttyPhone'], source: 'attorney.phone' },
      ],
    },
  ],
};
