// Makes the fillable-form replicas in tests/fixtures/forms/ with pdf-lib: invented layouts and
// wording, named the way government PDFs are (opaque LiveCycle names, TextFieldN, caption paths),
// tooltips on some fields and only page labels beside others, preprinted read-only fields, a
// signature field, an operator / clerk use block, Sex pairs, split and comb boxes, one XFA layer,
// tooltips only on a field whose widgets are its kids (a radio list, a name printed twice).
// Deterministic: `node scripts/make-form-replicas.mjs [DIR]` writes the same bytes every time.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb } from 'pdf-lib';

const EPOCH = new Date('2026-01-01T00:00:00Z');

async function start(title) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer('vacatur-assist replica');
  doc.setCreationDate(EPOCH);
  doc.setModificationDate(EPOCH);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  const form = doc.getForm();
  const t = (s, x, y, size = 8, b = false) => page.drawText(s, { x, y, size, font: b ? bold : font });
  const box = (x, y, w, h) => page.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
  // Most real forms merge each field with its one widget, so the tooltip sits on the widget too.
  const setTu = (f, tu) => [f.acroField.dict, ...f.acroField.getWidgets().map((w) => w.dict)].forEach((d) => d.set(PDFName.of('TU'), PDFString.of(tu)));
  // A field with several widgets (a radio list, a name repeated on the page) keeps its tooltip on
  // the field, the widgets' parent: the widgets themselves have none.
  const setParentTu = (f, tu) => f.acroField.dict.set(PDFName.of('TU'), PDFString.of(tu));
  /** A text field; `o`: tu, max, comb, ro (preprinted value), multi. */
  const tf = (name, x, y, w, h = 14, o = {}) => {
    const f = form.createTextField(name);
    if (o.max) f.setMaxLength(o.max);
    if (o.comb) f.enableCombing();
    if (o.multi) f.enableMultiline();
    if (o.ro !== undefined) f.setText(o.ro);
    f.addToPage(page, { x, y, width: w, height: h, font, borderWidth: 0.5 });
    if (o.ro !== undefined) f.enableReadOnly();
    if (o.tu) setTu(f, o.tu);
    return f;
  };
  const cb = (name, x, y, tu) => {
    const f = form.createCheckBox(name);
    f.addToPage(page, { x, y, width: 10, height: 10, borderWidth: 0.5 });
    if (tu) setTu(f, tu);
    return f;
  };
  const radio = (name, opts, tu, { parentOnly = false } = {}) => {
    const g = form.createRadioGroup(name);
    for (const [value, x, y] of opts) g.addOptionToPage(value, page, { x, y, width: 10, height: 10, borderWidth: 0.5 });
    if (tu) (parentOnly ? setParentTu : setTu)(g, tu);
    return g;
  };
  /** A digital-signature field: pdf-lib has no builder for one, so the dictionaries are made here. */
  const sig = (name, x, y, w, h, tu) => {
    const widget = doc.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFString.of(name), Rect: [x, y, x + w, y + h], F: 4, P: page.ref, ...(tu ? { TU: PDFString.of(tu) } : {}) });
    const ref = doc.context.register(widget);
    page.node.addAnnot(ref);
    form.acroForm.addField(ref);
    box(x, y, w, h);
  };
  return { doc, page, form, font, t, box, tf, cb, radio, sig, setParentTu };
}

/** DOJ-RR 101: the Live Scan request to review one's own record. LiveCycle-style names. */
async function recordReview() {
  const f = await start('Request to Review Own Criminal History Record (replica)');
  const { t, tf, radio, sig, box, cb } = f;
  const n = (i) => `form1[0].#subform[0].Field[${i}]`;
  t('STATE DEPARTMENT OF JUSTICE (REPLICA)                                           DOJ-RR 101 (Rev. 03/2026)', 36, 760, 7);
  t('REQUEST TO REVIEW OWN CRIMINAL HISTORY RECORD (LIVE SCAN)', 36, 740, 12, true);
  t('SECTION A - APPLICANT INFORMATION', 36, 712, 9, true);
  t('Last Name', 36, 698); tf(n(0), 36, 680, 170, 14, { tu: 'Applicant last name' });
  t('First Name', 216, 698); tf(n(1), 216, 680, 150, 14, { tu: 'Applicant first name' });
  t('Middle Name', 376, 698); tf(n(2), 376, 680, 120);
  t('Other names used (AKA)', 36, 664); tf(n(3), 36, 646, 460);
  t('Date of Birth', 36, 630);
  t('MM', 36, 620, 6); tf(n(4), 36, 604, 30, 14, { max: 2, comb: true, tu: 'Date of birth - month' });
  t('DD', 72, 620, 6); tf(n(5), 72, 604, 30, 14, { max: 2, comb: true });
  t('YYYY', 108, 620, 6); tf(n(6), 108, 604, 56, 14, { max: 4, comb: true });
  t('Sex', 180, 630);
  radio('form1[0].#subform[0].RadioButtonList[0]', [['M', 180, 606], ['F', 210, 606]]);
  t('M', 193, 607); t('F', 223, 607);
  t('Height', 246, 630); tf(n(7), 246, 604, 40, 14, { max: 3, tu: 'Height (3 digits, e.g. 510)' });
  t('Weight', 296, 630); tf(n(8), 296, 604, 40, 14, { max: 3 });
  t('Eye Color', 346, 630); tf(n(9), 346, 604, 40, 14, { max: 3, tu: 'Eye color (3-letter code)' });
  t('Hair Color', 396, 630); tf(n(10), 396, 604, 40, 14, { max: 3, tu: 'Hair color (3-letter code)' });
  t('Place of Birth', 446, 630); tf(n(11), 446, 604, 130, 14, { tu: 'Place of birth (state or country)' });
  t("Driver's License No.", 36, 588); tf(n(12), 36, 570, 150);
  t('Social Security No. (optional)', 200, 588); tf(n(13), 200, 570, 120, 14, { max: 11, tu: 'Social Security Number' });
  t('Street Address', 36, 554); tf(n(14), 36, 536, 260);
  t('City', 306, 554); tf(n(15), 306, 536, 140);
  t('State', 456, 554); tf(n(16), 456, 536, 30, 14, { max: 2 });
  t('ZIP Code', 496, 554); tf(n(17), 496, 536, 80, 14, { max: 5, comb: true });
  t('Daytime Telephone', 36, 520); tf(n(18), 36, 502, 150);
  t('E-mail', 200, 520); tf(n(19), 200, 502, 260);
  t('SECTION B - TYPE OF REQUEST (check one)', 36, 478, 9, true);
  radio('form1[0].#subform[0].RadioButtonList[1]', [['1', 36, 458], ['2', 180, 458], ['3', 340, 458]], 'Type of request', { parentOnly: true });
  t('Record review', 50, 459); t('Claim of inaccuracy', 194, 459); t('Immigration / visa', 354, 459);
  t('SECTION C - SEND A COPY TO (attorney or designee)', 36, 434, 9, true);
  t('Attorney or designee name', 36, 420); tf(n(20), 36, 402, 220);
  t('State Bar No.', 266, 420); tf(n(21), 266, 402, 90);
  cb('form1[0].#subform[0].CheckBox[0]', 36, 384, 'I certify under penalty of perjury that I am the person named above');
  t('I certify under penalty of perjury that I am the person named above.', 50, 385);
  t('Signature of applicant', 36, 368); sig('form1[0].#subform[0].Signature[0]', 36, 340, 260, 24, 'Applicant signature');
  t('Date', 306, 368); tf(n(22), 306, 346, 90);
  box(30, 200, 552, 120);
  t('FOR LIVE SCAN OPERATOR USE ONLY', 36, 306, 9, true);
  t('ORI', 36, 290); tf(n(23), 36, 272, 100, 14, { ro: 'A0999CARR' });
  t('Billing Number', 150, 290); tf(n(24), 150, 272, 100, 14, { ro: 'RR-2026-01' });
  t('ATI Number', 266, 290); tf(n(25), 266, 272, 120);
  t('Operator Name', 36, 256); tf(n(26), 36, 238, 200);
  t('LSID', 250, 256); tf(n(27), 250, 238, 120);
  return f.doc;
}

/** DOJ-RR 102: the out-of-state (fingerprint card) request. Names TextFieldN, labels on the page only. */
async function outOfState() {
  const f = await start('Out-of-State Record Review Request (replica)');
  const { t, tf, cb, sig, box, page, font, setParentTu } = f;
  const n = (i) => `TextField${i}`;
  t('DOJ-RR 102 (New 06/2026)                                         STATE DEPARTMENT OF JUSTICE (REPLICA)', 36, 760, 7);
  // The applicant's name in the page header (nothing printed beside it) and again under the
  // signature: one field, two widgets, the tooltip on the field only.
  const repeated = tf(n(22), 420, 772, 156, 12);
  repeated.addToPage(page, { x: 100, y: 494, width: 200, height: 14, font, borderWidth: 0.5 });
  setParentTu(repeated, 'Applicant full name');
  t('RECORD REVIEW REQUEST - APPLICANTS OUTSIDE THE STATE', 36, 740, 12, true);
  t('Mail this form with a completed fingerprint card.', 36, 726);
  t('1. YOUR INFORMATION', 36, 704, 9, true);
  t('Last name', 36, 686); tf(n(1), 90, 682, 160);
  t('First name', 260, 686); tf(n(2), 310, 682, 130);
  t('Middle', 450, 686); tf(n(3), 486, 682, 90);
  t('Date of Birth (MM/DD/YYYY)', 36, 662); tf(n(4), 150, 658, 80, 14, { max: 10 });
  t('Sex:', 250, 662); cb('CheckBox1', 272, 660); t('Male', 285, 662); cb('CheckBox2', 312, 660); t('Female', 325, 662);
  t('Height: ft', 370, 662); tf(n(5), 410, 658, 20, 14, { max: 1 }); t('in', 434, 662); tf(n(6), 444, 658, 24, 14, { max: 2 });
  t('Weight', 480, 662); tf(n(7), 512, 658, 40, 14, { max: 3 });
  t('Eyes', 36, 638); tf(n(8), 60, 634, 40, 14, { max: 3 });
  t('Hair', 110, 638); tf(n(9), 132, 634, 40, 14, { max: 3 });
  t('CII No. (if known)', 190, 638); tf(n(10), 262, 634, 110, 14, { max: 9, comb: true });
  t('2. MAILING ADDRESS', 36, 610, 9, true);
  t('Street', 36, 592); tf(n(11), 70, 588, 250);
  t('City', 330, 592); tf(n(12), 352, 588, 120);
  t('State', 480, 592); tf(n(13), 506, 588, 24, 14, { max: 2 });
  t('ZIP', 536, 592); tf(n(14), 554, 588, 40, 14, { max: 5 });
  t('Telephone', 36, 568); tf(n(15), 86, 564, 120);
  t('E-mail', 216, 568); tf(n(16), 250, 564, 120, 14, { max: 20 });
  t('3. SIGNATURE', 36, 540, 9, true);
  t('Signature', 36, 522); sig('Signature1', 80, 512, 220, 22);
  t('Date signed', 320, 522); tf(n(17), 370, 518, 80);
  t('Printed name', 36, 498);
  box(30, 380, 552, 100);
  t('FOR OFFICIAL USE ONLY - DO NOT WRITE BELOW THIS LINE', 36, 466, 9, true);
  t('Date received', 36, 446); tf(n(18), 100, 442, 90);
  t('Receipt No.', 210, 446); tf(n(19), 262, 442, 100);
  t('Name verified by', 36, 420); tf(n(20), 110, 416, 140);
  t('Fee', 270, 420); tf(n(21), 290, 416, 60, 14, { ro: '25.00' });
  return f.doc;
}

/** VA-100: a Judicial-Council-style petition form with caption paths and an XFA layer. */
async function courtPetition() {
  const f = await start('VA-100 Petition to Vacate (replica)');
  const { doc, t, tf, cb, sig, box } = f;
  const c = (s) => `VA-100[0].Page1[0].${s}[0]`;
  t('VA-100', 540, 770, 9, true);
  t('ATTORNEY OR PARTY WITHOUT ATTORNEY', 36, 750, 7);
  t('NAME:', 36, 736, 7); tf(c('Caption[0].AttyInfo[0].Name'), 70, 732, 300, 12);
  t('STATE BAR NO.:', 36, 720, 7); tf(c('Caption[0].AttyInfo[0].BarNo'), 100, 716, 80, 12, { tu: 'State Bar number' });
  t('FIRM NAME:', 190, 720, 7); tf(c('Caption[0].AttyInfo[0].Firm'), 236, 716, 134, 12);
  t('STREET ADDRESS:', 36, 704, 7); tf(c('Caption[0].AttyInfo[0].Street'), 104, 700, 266, 12);
  t('CITY:', 36, 688, 7); tf(c('Caption[0].AttyInfo[0].City'), 60, 684, 140, 12);
  t('STATE:', 206, 688, 7); tf(c('Caption[0].AttyInfo[0].State'), 232, 684, 24, 12, { max: 2 });
  t('ZIP CODE:', 262, 688, 7); tf(c('Caption[0].AttyInfo[0].Zip'), 300, 684, 70, 12, { max: 10 });
  t('TELEPHONE NO.:', 36, 672, 7); tf(c('Caption[0].AttyInfo[0].Phone'), 100, 668, 100, 12);
  t('E-MAIL ADDRESS:', 206, 672, 7); tf(c('Caption[0].AttyInfo[0].Email'), 270, 668, 100, 12);
  t('ATTORNEY FOR (name):', 36, 656, 7); tf(c('Caption[0].AttyInfo[0].AttyFor'), 120, 652, 250, 12, { tu: 'Attorney for (name of party)' });
  box(390, 640, 190, 120);
  t('FOR COURT USE ONLY', 440, 748, 8, true);
  tf(c('Caption[0].CourtUse[0].FileStamp'), 400, 660, 170, 70, { multi: true });
  t('SUPERIOR COURT OF CALIFORNIA, COUNTY OF', 36, 630, 7); tf(c('Caption[0].CourtInfo[0].County'), 210, 626, 160, 12, { tu: 'Court county' });
  t('PEOPLE OF THE STATE OF CALIFORNIA v.', 36, 610, 7);
  t('DEFENDANT NAME:', 36, 596, 7); tf(c('Caption[0].Party[0].Defendant'), 110, 592, 260, 12, { tu: 'Defendant name' });
  t('DATE OF BIRTH:', 36, 580, 7); tf(c('Caption[0].Party[0].DOB'), 100, 576, 80, 12);
  t('CASE NUMBER:', 400, 610, 7); tf(c('Caption[0].CaseNumber[0].CaseNumber'), 400, 592, 180, 14, { tu: 'Case number' });
  t('PETITION TO VACATE CONVICTIONS AND ARRESTS (Pen. Code, section 236.14) - REPLICA', 36, 556, 10, true);
  cb(c('Item1[0].Victim'), 36, 530); t('1. Petitioner was arrested for or convicted of the offenses below while a victim of human trafficking.', 50, 531);
  cb(c('Item2[0].Attached'), 36, 512); t('2. Supporting declarations are attached.', 50, 513);
  t('Date:', 36, 480); tf(c('Sig[0].Date'), 60, 476, 90, 12);
  t('TYPE OR PRINT NAME OF ATTORNEY', 36, 440, 7); tf(c('Sig[0].PrintName'), 36, 452, 220, 12);
  t('SIGNATURE OF ATTORNEY', 330, 440, 7); sig(c('Sig[0].Signature'), 330, 452, 240, 18);
  // A LiveCycle form ships an XFA template beside the AcroForm; viewers that read XFA ignore
  // AcroForm values, so a filler must remove it.
  const xfa = doc.context.stream('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="VA-100"/></template></xdp:xdp>');
  f.form.acroForm.dict.set(PDFName.of('XFA'), doc.context.register(xfa));
  return doc;
}

/** VA-110: a request to seal an arrest record; Text1.. names with tooltips, a county list, a clerk block. */
async function sealArrest() {
  const f = await start('VA-110 Petition to Seal Arrest (replica)');
  const { t, tf, cb, radio, sig, box, form, page } = f;
  t('VA-110', 540, 770, 9, true);
  t('PETITION TO SEAL ARREST AND RELATED RECORDS (Pen. Code, section 851.91) - REPLICA', 36, 744, 10, true);
  t('1. PETITIONER', 36, 720, 9, true);
  t('Full name', 36, 702); tf('Text1', 90, 698, 260, 14, { tu: 'Petitioner full name' });
  t('Date of birth', 360, 702); tf('Text2', 420, 698, 80, 14, { max: 8, tu: 'Date of birth (MMDDYYYY)' });
  t('Gender', 36, 680);
  radio('Group1', [['Choice1', 80, 678], ['Choice2', 130, 678], ['Choice3', 180, 678]]);
  t('Male', 93, 680); t('Female', 143, 680); t('X', 193, 680);
  t('Address', 36, 658); tf('Text3', 80, 654, 270, 14, { tu: 'Street address' });
  t('City', 360, 658); tf('Text4', 384, 654, 110);
  t('ZIP', 500, 658); tf('Text5', 520, 654, 56, 14, { max: 5, comb: true });
  t('Phone', 36, 636); tf('Text6', 70, 632, 110);
  t('CII number', 200, 636); tf('Text7', 254, 632, 100, 14, { max: 9, tu: 'CII number' });
  t('2. ARREST TO BE SEALED', 36, 606, 9, true);
  t('County of arrest', 36, 588);
  const dd = form.createDropdown('Dropdown1');
  dd.addOptions(['', 'Alder', 'Brightwater', 'Cedar Flats']);
  dd.addToPage(page, { x: 120, y: 584, width: 120, height: 14, borderWidth: 0.5 });
  dd.acroField.getWidgets()[0].dict.set(PDFName.of('TU'), PDFString.of('Court county'));
  dd.acroField.dict.set(PDFName.of('TU'), PDFString.of('Court county'));
  t('Case number', 260, 588); tf('Text8', 320, 584, 120, 14, { max: 12 });
  t('Date of arrest', 36, 566); tf('Text9', 100, 562, 80);
  t('Arresting agency', 200, 566); tf('Text10', 280, 562, 160);
  cb('Check Box1', 36, 540, 'No conviction resulted'); t('The arrest did not result in a conviction.', 50, 541);
  t('3. ATTORNEY (if any)', 36, 516, 9, true);
  t('Attorney name', 36, 498); tf('Text11', 100, 494, 200);
  t('Bar number', 310, 498); tf('Text12', 360, 494, 80);
  t('Signature of petitioner or attorney', 36, 470); sig('Sig1', 36, 446, 240, 20);
  box(30, 300, 552, 110);
  t('CLERK USE ONLY', 36, 396, 9, true);
  t('Filed date', 36, 378); tf('Text13', 90, 374, 100);
  t('Clerk name', 210, 378); tf('Text14', 262, 374, 150);
  t('Court code', 36, 354); tf('Text15', 90, 350, 80, 14, { ro: 'ALD-SC-07' });
  return f.doc;
}

export const REPLICAS = {
  'doj-rr-101-record-review.pdf': recordReview,
  'doj-rr-102-out-of-state.pdf': outOfState,
  'va-100-petition-vacate.pdf': courtPetition,
  'va-110-seal-arrest.pdf': sealArrest,
};

/** Writes every replica into `dir`; returns the file paths. */
export async function makeReplicas(dir) {
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const [name, make] of Object.entries(REPLICAS)) {
    const doc = await make();
    const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
    writeFileSync(join(dir, name), bytes);
    out.push(join(dir, name));
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = process.argv[2] ?? join(root, 'tests/fixtures/forms');
  for (const p of await makeReplicas(dir)) console.log(p);
}
