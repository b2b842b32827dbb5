import { describe, expect, it } from 'vitest';
import { CLIENT_FIELD_LABELS, clientFieldLabels } from '@/lib/rapsheet/merge';

describe('client fields filled from a RAP sheet are named for people (issue 14)', () => {
  it('no code name reaches the screen', () => {
    expect(clientFieldLabels(['placeOfBirth', 'cii', 'driversLicense'])).toBe("place of birth, CII number, driver's license");
    for (const label of Object.values(CLIENT_FIELD_LABELS)) expect(label).not.toMatch(/[a-z][A-Z]/);
  });
});
