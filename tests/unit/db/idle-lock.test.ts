import { describe, expect, it } from 'vitest';
import { IdleAutoLock, type IdleLockPorts } from '@/lib/extension/idle-lock';

function ports(start = 0) {
  const state = { t: start, minutes: undefined as number | undefined, last: undefined as number | undefined, wakes: [] as number[] };
  const p: IdleLockPorts = {
    now: () => state.t,
    loadMinutes: async () => state.minutes,
    saveMinutes: async (m) => void (state.minutes = m),
    loadLastActivity: async () => state.last,
    saveLastActivity: async (at) => void (state.last = at),
    wakeAt: (at) => void state.wakes.push(at),
  };
  return { p, state };
}

describe('IdleAutoLock', () => {
  it('locks 15 minutes after the last activity by default, not before', async () => {
    const { p, state } = ports();
    let locks = 0;
    const idle = new IdleAutoLock(p, async () => void locks++);
    await idle.init();
    expect(await idle.lockIfIdle()).toBe(false); // never active: nothing to lock yet
    await idle.touch();
    expect(state.wakes).toEqual([15 * 60_000]);
    state.t = 15 * 60_000 - 1;
    expect(await idle.lockIfIdle()).toBe(false);
    state.t = 15 * 60_000;
    expect(await idle.lockIfIdle()).toBe(true);
    expect(locks).toBe(1);
  });

  it('activity pushes the deadline; the setting and the last activity survive a worker restart', async () => {
    const { p, state } = ports();
    const first = new IdleAutoLock(p, async () => {});
    await first.init();
    await first.setMinutes(5);
    await first.touch();
    state.t = 4 * 60_000;
    await first.touch();
    state.t = 8 * 60_000;
    const restarted = new IdleAutoLock(p, async () => {});
    await restarted.init();
    expect(restarted.minutes).toBe(5);
    expect(await restarted.lockIfIdle()).toBe(false);
    state.t = 9 * 60_000;
    expect(await restarted.lockIfIdle()).toBe(true);
  });
});
