import { abortReason } from "../util/abort.js";

/** Releases a lock taken with {@link acquireKeyLock}. Calling it twice is harmless. */
export type ReleaseLock = () => void;

interface LockState {
  held: boolean;
  waiters: Array<() => void>;
}

// One FIFO lock per API key in this realm, so every client sharing a key signs and sends one request at
// a time: nonces then reach Kraken in the order they were issued, even with a nonce window of 0.
const locks = new Map<string, LockState>();

/**
 * Waits for the per-key lock (FIFO). Rejects with the signal's reason if it aborts while waiting.
 */
export function acquireKeyLock(apiKey: string, signal?: AbortSignal): Promise<ReleaseLock> {
  let state = locks.get(apiKey);
  if (!state) {
    state = { held: false, waiters: [] };
    locks.set(apiKey, state);
  }
  const s = state;
  const makeRelease = (): ReleaseLock => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = s.waiters.shift();
      if (next) next();
      else s.held = false;
    };
  };
  if (!s.held) {
    s.held = true;
    return Promise.resolve(makeRelease());
  }
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const grant = () => {
      signal?.removeEventListener("abort", onAbort);
      resolve(makeRelease());
    };
    const onAbort = () => {
      const i = s.waiters.indexOf(grant);
      if (i !== -1) s.waiters.splice(i, 1);
      reject(abortReason(signal as AbortSignal));
    };
    s.waiters.push(grant);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
