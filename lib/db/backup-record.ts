import type { VacaturDb } from './database';

/**
 * When the last encrypted backup of everything was made, kept in the settings table (not
 * secret: a time). The case list reminds about a backup when there has been none for
 * BACKUP_REMINDER_DAYS (issue 12: a lost profile must not mean lost cases).
 */
const LAST_BACKUP_KEY = 'backup.lastAt';
export const BACKUP_REMINDER_DAYS = 14;

export async function recordBackup(db: VacaturDb, at: string): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

export async function lastBackupAt(db: VacaturDb): Promise<string | undefined> {
  const v = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  return typeof v === 'string' ? v : undefined;
}

/**
 * True when a reminder is due: no backup ever, or the last one `days` or more before `now`.
 * @example backupDue('2026-11-01T00:00:00Z', '2026-12-02T00:00:00Z') // true
 */
export function backupDue(last: string | undefined, now: string, days = BACKUP_REMINDER_DAYS): boolean {
  if (!last) return true;
  return Date.parse(now) - Date.parse(last) >= days * 24 * 60 * 60 * 1000;
}
