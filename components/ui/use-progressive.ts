import { useEffect, useState } from 'react';

/**
 * How many rows of a long list to render now: `first` in the tab's first frame, then all of them
 * once that frame is painted. A 300-entry case lays out its lists in 50-130 ms in a 400 px panel;
 * the first screenfuls come at once and the rest a frame later, so a tab opens within its 100 ms
 * budget (issue 14) and the user never waits on rows they cannot see yet.
 * `all` (a link that must reach a row far down) renders everything at once.
 * @example const limit = useProgressiveLimit(40); rows.slice(0, limit)
 */
export function useProgressiveLimit(first: number, all = false): number {
  const [limit, setLimit] = useState(all ? Infinity : first);
  useEffect(() => {
    if (limit === Infinity) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the first frame is painted.
    const frame = requestAnimationFrame(() => void (timer = setTimeout(() => setLimit(Infinity), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit]);
  return limit;
}
