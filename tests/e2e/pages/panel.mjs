// Page object for the side panel (opened as an extension page in a tab).
// Every method waits on a condition (Playwright's auto-waiting locators and `expect`), never on time.
import { expect } from '@playwright/test';

export class PanelPage {
  constructor(page) {
    this.page = page;
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
  async newCase() {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.page.getByRole('form', { name: 'Client' }).waitFor();
  }
  async loadSample() {
    await this.page.getByRole('button', { name: 'Load sample case' }).click();
    await this.page.getByRole('form', { name: 'Client' }).waitFor();
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
  async importFile(path) {
    await this.page.getByTestId('import-case-input').setInputFiles(path);
  }
}
