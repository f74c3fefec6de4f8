import { KrakenRateLimitError } from "../errors/index.js";
import type { Clock } from "./clock.js";

/**
 * Kraken verification tier; decides the rate-limit parameters.
 * @example
 * ```ts
 * const tier: KrakenTier = "intermediate";
 * const rest = new KrakenRest({ apiKey, apiSecret, tier }); // REST counter: 20 max, decays 0.5/s
 * ```
 */
export type KrakenTier = "starter" | "intermediate" | "pro";

/**
 * Parameters of a leaky-bucket counter.
 * @example
 * ```ts
 * const { max, decayPerSecond }: CounterLimits = REST_COUNTER_LIMITS.starter; // 15, 0.33
 * const secondsFromFullToEmpty = max / decayPerSecond; // about 45
 * ```
 */
export interface CounterLimits {
  /** Highest counter value Kraken accepts. */
  max: number;
  /** Decay per second. */
  decayPerSecond: number;
}

/**
 * Kraken's REST call counter per tier (rate-limits.md §A).
 * @example
 * ```ts
 * REST_COUNTER_LIMITS.pro; // { max: 20, decayPerSecond: 1 }
 * const rest = new KrakenRest({ apiKey, apiSecret, tier: "pro", rateLimit: { max: 18 } }); // below the cap
 * ```
 */
export const REST_COUNTER_LIMITS: Readonly<Record<KrakenTier, CounterLimits>> = {
  starter: { max: 15, decayPerSecond: 0.33 },
  intermediate: { max: 20, decayPerSecond: 0.5 },
  pro: { max: 20, decayPerSecond: 1 },
};

/**
 * Counter units left free below Kraken's cap. The local counter is charged when a request is sent,
 * Kraken's when it arrives; the headroom absorbs differences in network latency between consecutive
 * calls (0.5 units = 1.5 s of jitter at starter tier, 0.5 s at pro). It costs nothing in steady state,
 * only the very first burst is half a call smaller.
 */
export const DEFAULT_HEADROOM = 0.5;

/**
 * Kraken's REST call counter for one API key, modelled as virtual scheduling: every call reserves its
 * cost at once and learns how long it must wait for the counter to decay below the cap. Callers are
 * served first come, first served, with no polling.
 */
export class RestCallCounter {
  readonly limits: CounterLimits;
  /** Counter units kept free below the cap (see {@link RateLimitHeadroom}). */
  readonly headroom: number;
  #level = 0;
  #updatedAt: number;
  readonly #clock: Clock;

  constructor(limits: CounterLimits, clock: Clock, headroom = DEFAULT_HEADROOM) {
    this.limits = limits;
    this.headroom = Math.min(Math.max(0, headroom), limits.max / 2);
    this.#clock = clock;
    this.#updatedAt = clock.now();
  }

  #decay(): void {
    const now = this.#clock.now();
    const elapsed = Math.max(0, now - this.#updatedAt) / 1000;
    this.#level = Math.max(0, this.#level - elapsed * this.limits.decayPerSecond);
    this.#updatedAt = now;
  }

  /** Current counter level (reservations included). */
  get level(): number {
    this.#decay();
    return this.#level;
  }

  /** Milliseconds until a call of `cost` would fit, without reserving. */
  waitFor(cost: number): number {
    this.#decay();
    const excess = this.#level + cost - (this.limits.max - this.headroom);
    // +1 ms keeps float rounding from sending a call a hair before the counter has room.
    return excess <= 0 ? 0 : Math.ceil((excess / this.limits.decayPerSecond) * 1000) + 1;
  }

  /**
   * Reserves `cost` and waits until it fits (`mode: "wait"`), or throws {@link KrakenRateLimitError}
   * without reserving (`mode: "reject"`). Nothing is signed before this resolves, so a local rejection
   * never burns a nonce.
   */
  async acquire(
    cost: number,
    mode: "wait" | "reject",
    signal?: AbortSignal,
    operationId?: string,
  ): Promise<void> {
    if (cost <= 0) return;
    const wait = this.waitFor(cost);
    if (wait > 0 && mode === "reject") throw new KrakenRateLimitError(wait, { operationId });
    this.#level += cost;
    if (wait === 0) return;
    try {
      await this.#clock.sleep(wait, signal);
    } catch (error) {
      this.#decay();
      this.#level = Math.max(0, this.#level - cost);
      throw error;
    }
  }

  /** Kraken said the counter is full: assume it is at its cap now. */
  saturate(): void {
    this.#decay();
    this.#level = Math.max(this.#level, this.limits.max);
  }
}

// One counter per API key and limits in this realm: clients sharing a key share its counter.
const counters = new Map<string, RestCallCounter>();

/** The shared counter for an API key (created on first use). */
export function sharedRestCounter(
  apiKey: string,
  limits: CounterLimits,
  clock: Clock,
  headroom = DEFAULT_HEADROOM,
): RestCallCounter {
  const id = `${limits.max}/${limits.decayPerSecond}/${apiKey}`;
  let counter = counters.get(id);
  if (!counter) {
    counter = new RestCallCounter(limits, clock, headroom);
    counters.set(id, counter);
  }
  return counter;
}
