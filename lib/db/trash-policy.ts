/** How long a deleted case waits in the trash before it and its key are destroyed (issue 12). No imports: the panel shows it too. */
export const TRASH_DAYS = 30;
