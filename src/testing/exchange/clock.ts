/**
 * Injectable time source for the simulator. The default reads `Date.now` and the global timer
 * functions at call time, so Vitest's fake timers (`vi.useFakeTimers()`) drive it too.
 */
export interface SimClock {
  /** Current time in unix milliseconds. */
  now(): number;
  /** Schedules `fn` after `ms` milliseconds; returns a handle for {@link SimClock.clearTimeout}. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a scheduled call. */
  clearTimeout(handle: unknown): void;
}

/** The real clock (global `Date.now`, `setTimeout`, `clearTimeout`, looked up on every call). */
export const systemClock: SimClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = globalThis.setTimeout(fn, ms);
    // Simulator timers never keep a process alive on their own.
    (t as { unref?: () => void }).unref?.();
    return t;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Formats unix milliseconds as RFC 3339 with whole seconds (`2023-03-24T17:41:56Z`), as Kraken does. */
export function rfc3339Seconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
