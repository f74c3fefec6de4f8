import { ExchangeError } from "./types.js";

/** Verification tier for the trading-engine limits. */
export type TradingTier = "starter" | "intermediate" | "pro";

/** Kraken's per-pair trading rate counter and open-order cap per tier (rate-limits.md §B). */
export const TRADING_LIMITS: Readonly<
  Record<
    TradingTier,
    { readonly threshold: number; readonly decayPerSecond: number; readonly maxOpenOrders: number }
  >
> = {
  starter: { threshold: 60, decayPerSecond: 1, maxOpenOrders: 60 },
  intermediate: { threshold: 125, decayPerSecond: 2.34, maxOpenOrders: 80 },
  pro: { threshold: 180, decayPerSecond: 3.75, maxOpenOrders: 225 },
};

/** Extra cost by the age of the affected order, for the buckets <5, <10, <15, <45, <90, <300, ≥300 s. */
const AGE_BUCKETS = [5, 10, 15, 45, 90, 300];
const AMEND_AGE = [3, 2, 1, 0, 0, 0, 0];
const EDIT_AGE = [6, 5, 4, 2, 1, 0, 0];
const CANCEL_AGE = [8, 6, 5, 4, 2, 1, 0];

function ageCost(table: number[], ageMs: number): number {
  const s = ageMs / 1000;
  const i = AGE_BUCKETS.findIndex((limit) => s < limit);
  return table[i < 0 ? table.length - 1 : i]!;
}

/** The kind of trading transaction being charged. */
export type TradingTransaction = "add" | "amend" | "edit" | "cancel";

/**
 * The trading-engine rate counter: one per account and pair, shared by REST and WebSocket. A
 * transaction arriving while the counter is at or above the threshold is rejected with
 * `EOrder:Rate limit exceeded`.
 */
export class TradingLimits {
  readonly #levels = new Map<string, { level: number; at: number }>();

  constructor(
    readonly tier: TradingTier,
    private readonly now: () => number,
  ) {}

  /** Current counter of an account on a pair, after decay. */
  level(accountId: string, pair: string): number {
    const key = `${accountId}|${pair}`;
    const t = this.now();
    const entry = this.#levels.get(key) ?? { level: 0, at: t };
    entry.level = Math.max(
      0,
      entry.level - (TRADING_LIMITS[this.tier].decayPerSecond * (t - entry.at)) / 1000,
    );
    entry.at = t;
    this.#levels.set(key, entry);
    return entry.level;
  }

  /**
   * Charges a transaction; `ageMs` is how long the affected order rested since it was created or last
   * amended. `enforce: false` charges without rejecting (batch cancels are always accepted).
   */
  charge(
    accountId: string,
    pair: string,
    kind: TradingTransaction,
    ageMs = 0,
    count = 1,
    enforce = true,
  ): void {
    const level = this.level(accountId, pair);
    if (enforce && level >= TRADING_LIMITS[this.tier].threshold)
      throw new ExchangeError("EOrder:Rate limit exceeded");
    const cost =
      kind === "add"
        ? count
        : kind === "amend"
          ? 1 + ageCost(AMEND_AGE, ageMs)
          : kind === "edit"
            ? 1 + ageCost(EDIT_AGE, ageMs)
            : ageCost(CANCEL_AGE, ageMs);
    this.#levels.get(`${accountId}|${pair}`)!.level = level + cost;
  }

  /** Rejects a new order when the account already has the tier's maximum of open orders on the pair. */
  checkOpenOrders(openOnPair: number): void {
    if (openOnPair >= TRADING_LIMITS[this.tier].maxOpenOrders)
      throw new ExchangeError("EOrder:Orders limit exceeded");
  }
}
