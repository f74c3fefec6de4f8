/**
 * Kraken's Derivatives request budgets per key: `/derivatives` endpoints spend from 500 that refill
 * continuously over 10 s; `/history` endpoints from a pool of 100 tokens refilled at 100 per 10 min.
 * A request whose cost does not fit is refused with `apiLimitExceeded` and spends nothing.
 */

/** A continuously refilling budget. */
export class CostBudget {
  #level: number;
  #at: number;

  constructor(
    /** Most the budget holds. */
    readonly capacity: number,
    /** Refill per millisecond. */
    private readonly perMs: number,
    private readonly now: () => number,
  ) {
    this.#level = capacity;
    this.#at = now();
  }

  /** What is left now. */
  available(): number {
    const t = this.now();
    this.#level = Math.min(this.capacity, this.#level + (t - this.#at) * this.perMs);
    this.#at = t;
    return this.#level;
  }

  /** Spends `cost` if it fits; false (and nothing spent) otherwise. */
  spend(cost: number): boolean {
    if (cost <= 0) return true;
    if (this.available() < cost) return false;
    this.#level -= cost;
    return true;
  }
}

/** `/derivatives` budget: 500 per 10 s. */
export const DERIVATIVES_BUDGET = { capacity: 500, windowMs: 10_000 } as const;
/** `/history` pool: 100 tokens, refilled at 100 per 10 minutes. */
export const HISTORY_POOL = { capacity: 100, windowMs: 600_000 } as const;

/** Both budgets of one key. */
export class KeyBudgets {
  readonly derivatives: CostBudget;
  readonly history: CostBudget;

  constructor(now: () => number) {
    this.derivatives = new CostBudget(
      DERIVATIVES_BUDGET.capacity,
      DERIVATIVES_BUDGET.capacity / DERIVATIVES_BUDGET.windowMs,
      now,
    );
    this.history = new CostBudget(HISTORY_POOL.capacity, HISTORY_POOL.capacity / HISTORY_POOL.windowMs, now);
  }
}

/** The account-log cost by its `count` (default 500), per Kraken's table. */
export function accountLogCost(count: number | undefined): number {
  const c = count ?? 500;
  if (c <= 25) return 1;
  if (c <= 50) return 2;
  if (c <= 1000) return 3;
  if (c <= 5000) return 6;
  return 10;
}
