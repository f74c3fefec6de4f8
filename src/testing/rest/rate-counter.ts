import type { SimTier } from "./keys.js";

/** Kraken's REST call counter per tier (rate-limits.md §A): maximum and decay per second. */
export const TIER_LIMITS: Readonly<
  Record<SimTier, { readonly max: number; readonly decayPerSecond: number }>
> = {
  starter: { max: 15, decayPerSecond: 0.33 },
  intermediate: { max: 20, decayPerSecond: 0.5 },
  pro: { max: 20, decayPerSecond: 1 },
};

/**
 * One API key's REST call counter: each call adds its cost, the counter decays continuously, and a
 * call that would push it above the tier maximum is rejected (`EAPI:Rate limit exceeded`).
 */
export class RestCallCounter {
  #level = 0;
  #at: number;

  constructor(
    private readonly tier: SimTier,
    private readonly now: () => number,
  ) {
    this.#at = now();
  }

  /** Current counter value after decay. */
  level(): number {
    const { decayPerSecond } = TIER_LIMITS[this.tier];
    const t = this.now();
    this.#level = Math.max(0, this.#level - (decayPerSecond * (t - this.#at)) / 1000);
    this.#at = t;
    return this.#level;
  }

  /** Adds `cost` if it fits under the tier maximum; returns false when the call must be rejected. */
  consume(cost: number): boolean {
    const level = this.level();
    if (level + cost > TIER_LIMITS[this.tier].max) return false;
    this.#level = level + cost;
    return true;
  }
}
