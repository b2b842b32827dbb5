import { clientDisplayName } from '@/lib/model';
import type { I18n } from '../ui/i18n';

/** What lib/model names a client without a name (in English, for files and the CLI). */
const UNNAMED = clientDisplayName({ firstName: '', middleName: '', lastName: '' });

/** Whether a display name (clientDisplayName, a case summary's name) is the placeholder for no name. */
export const isUnnamed = (name: string) => name === UNNAMED;

/** A client's display name for the panel: "(unnamed client)" in the panel's language when none is entered. */
export function shownName(t: I18n['t'], name: string): string {
  return isUnnamed(name) ? t('case_unnamed') : name;
}
