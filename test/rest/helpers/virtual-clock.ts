import type { Clock } from "../../../src/rest/clock.js";

/**
 * A clock whose sleeps complete in wake-time order without real waiting: each macrotask turn wakes the
 * earliest sleeper and moves virtual time to its wake time. Real I/O keeps running in between.
 */
export function virtualClock(start = 1_700_000_000_000): Clock & { elapsed(): number } {
  let now = start;
  const timers: Array<{ at: number; seq: number; wake: () => void }> = [];
  let seq = 0;
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const t = timers.shift();
    if (!t) return;
    now = Math.max(now, t.at);
    t.wake();
    if (timers.length) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };
  return {
    now: () => now,
    elapsed: () => now - start,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        timers.push({ at: now + ms, seq: seq++, wake: resolve });
        schedule();
      });
    },
  };
}
