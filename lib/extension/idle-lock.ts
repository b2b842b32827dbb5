import type { IdleLock } from '../db/handlers';

export const DEFAULT_AUTO_LOCK_MINUTES = 15;

/** What the idle lock needs from the browser; the background passes storage and alarms. */
export interface IdleLockPorts {
  now(): number;
  loadMinutes(): Promise<number | undefined>;
  saveMinutes(minutes: number): Promise<void>;
  /** Kept in session storage: a restarted service worker still knows when the user was last active. */
  loadLastActivity(): Promise<number | undefined>;
  saveLastActivity(at: number): Promise<void>;
  /** Wakes the background at `at` (an alarm), even if the worker was stopped meanwhile. */
  wakeAt(at: number): void;
}

/**
 * Locks the store after a period without the user doing anything in the panel (default 15
 * minutes). Checked on an alarm at the deadline and again before every request, so neither a
 * sleeping service worker nor a missed alarm leaves the store open past its time.
 */
export class IdleAutoLock implements IdleLock {
  minutes = DEFAULT_AUTO_LOCK_MINUTES;
  private lastActivity?: number;

  constructor(
    private readonly ports: IdleLockPorts,
    private readonly lock: () => Promise<void>,
  ) {}

  async init(): Promise<void> {
    this.minutes = (await this.ports.loadMinutes()) ?? DEFAULT_AUTO_LOCK_MINUTES;
    this.lastActivity = await this.ports.loadLastActivity();
  }

  async touch(): Promise<void> {
    this.lastActivity = this.ports.now();
    await this.ports.saveLastActivity(this.lastActivity);
    this.ports.wakeAt(this.deadline()!);
  }

  async setMinutes(minutes: number): Promise<void> {
    this.minutes = minutes;
    await this.ports.saveMinutes(minutes);
    if (this.lastActivity !== undefined) this.ports.wakeAt(this.deadline()!);
  }

  /** Locks when the idle period has passed; true when it did. */
  async lockIfIdle(): Promise<boolean> {
    const deadline = this.deadline();
    if (deadline === undefined || this.ports.now() < deadline) return false;
    await this.lock();
    return true;
  }

  private deadline(): number | undefined {
    return this.lastActivity === undefined ? undefined : this.lastActivity + this.minutes * 60_000;
  }
}
