// Page object for the side panel (opened as an extension page in a tab).
// Every method waits on a condition (Playwright's auto-waiting locators and `expect`), never on time.
import { expect } from '@playwright/test';

/** The passphrase the e2e tests set on first use (every test profile is encrypted). */
export const E2E_PASSPHRASE = 'juniper canyon lantern 58';

export class PanelPage {
  constructor(page) {
    this.page = page;
  }
  /**
   * Opens the panel page and gets past the lock: on a fresh profile it sets the passphrase
   * (the store is then encrypted), on a locked one it unlocks.
   */
  async open(url) {
    await this.page.goto(url);
    const setup = this.page.getByRole('form', { name: 'Set a passphrase' });
    const unlock = this.page.getByRole('form', { name: 'Unlock' });
    const cases = this.page.getByRole('heading', { name: 'Cases' });
    await expect(setup.or(unlock).or(cases)).toBeVisible();
    if (await setup.isVisible()) await this.setPassphrase(E2E_PASSPHRASE);
    else if (await unlock.isVisible()) await this.unlock(E2E_PASSPHRASE);
    await expect(cases).toBeVisible();
  }
  async setPassphrase(passphrase) {
    const form = this.page.getByRole('form', { name: 'Set a passphrase' });
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByLabel('Passphrase again').fill(passphrase);
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Set passphrase' }).click();
  }
  async unlock(passphrase) {
    const form = this.page.getByRole('form', { name: 'Unlock' });
    await form.getByLabel('Passphrase').fill(passphrase);
    await form.getByRole('button', { name: 'Unlock' }).click();
  }
  get caseRows() {
    return this.page.getByTestId('case-list').locator('li');
  }
  /** The number of cases once the list has loaded (the empty state or the count line is shown). */
  async settledCaseCount() {
    const loaded = this.page.getByTestId('case-count').or(this.page.getByText('No cases yet'));
    await expect(loaded).toBeVisible();
    return this.caseRows.count();
  }
  /** The open case's overview (a case opens on it). */
  get overview() {
    return this.page.getByTestId('overview');
  }
  /** Waits for a case to open (on its overview). */
  async caseOpened() {
    await expect(this.page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  }
  /** Waits for a case to open, then shows its Client tab: what most tests fill first. */
  async showClient() {
    await this.caseOpened();
    await this.tab('Client');
    await this.page.getByRole('form', { name: 'Client' }).waitFor();
  }
  /** Creates a case and shows its Client tab. */
  async newCase() {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.showClient();
  }
  /** Opens the sample case and shows its Client tab (`loadSampleOverview` stays on the overview). */
  async loadSample() {
    await this.loadSampleOverview();
    await this.showClient();
  }
  async loadSampleOverview() {
    await this.page.getByRole('button', { name: 'Load sample case' }).click();
    await this.caseOpened();
  }
  field(label) {
    return this.page.getByLabel(label, { exact: true });
  }
  async waitSaved() {
    await this.page.getByTestId('save-status').filter({ hasText: 'All changes saved' }).waitFor();
  }
  async tab(name) {
    await this.page.getByRole('tab', { name }).click();
  }
  async backToList() {
    await this.page.getByRole('button', { name: '← All cases' }).click();
    await this.page.getByRole('heading', { name: 'Cases' }).waitFor();
  }
  /** Opens the case whose list row shows `name` on its Client tab (waits for the list and the editor). */
  async openCase(name) {
    await this.caseRows.filter({ hasText: name }).getByRole('button').first().click();
    await this.showClient();
  }
  /** The "changed in another panel" choice, when the same field was changed in two panels. */
  get conflict() {
    return this.page.getByTestId('conflict');
  }
  async openTrash() {
    await this.page.getByRole('button', { name: 'Trash', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Trash' }).waitFor();
  }
  /**
   * Imports a case file: an imported case opens, shown on its Client tab; a refused file leaves
   * the list with its message ("... Nothing was changed.").
   */
  async importFile(path) {
    await this.page.getByTestId('import-case-input').setInputFiles(path);
    const opened = this.page.getByRole('tab', { name: 'Overview', selected: true });
    const refused = this.page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await expect(opened.or(refused)).toBeVisible();
    if (await opened.isVisible()) await this.showClient();
  }
}
