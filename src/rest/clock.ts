import { sleep } from "../util/abort.js";

/**
 * Time source of the REST client; injectable so tests can run rate limits without real waiting.
 * @example
 * ```ts
 * let now = Date.now();
 * const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) }; // waits pass instantly
 * const rest = new KrakenRest({ apiKey, apiSecret, clock });
 * ```
 */
export interface Clock {
  /** Wall-clock milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and `setTimeout`. */
export const systemClock: Clock = { now: () => Date.now(), sleep };
