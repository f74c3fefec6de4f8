/** Options for {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay cap for the first attempt, in milliseconds. */
  minDelayMs: number;
  /** Upper bound for any delay, in milliseconds. */
  maxDelayMs: number;
  /** Random source in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
}

/**
 * Exponential backoff with full jitter: a uniform delay in [0, min(max, min * 2^attempt)].
 * Full jitter spreads reconnect storms better than equal or decorrelated jitter.
 * @param attempt zero-based attempt number
 */
export function backoffDelay(
  attempt: number,
  { minDelayMs, maxDelayMs, random = Math.random }: BackoffOptions,
): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
