import { TradingLimits, type TradingTier } from "./trading-limits.js";
import type { SimOrder } from "./types.js";

/**
 * Which trading transactions charge Kraken's per-pair rate counter and with what (order age for
 * amends, edits and cancels). Without an enforced tier every charge is a no-op. A batch or an edit
 * pays up front for the orders it places; `prepaid` runs those placements so they are not charged twice.
 */
export class RateCharges {
  readonly #limits: TradingLimits | undefined;
  #prepaid = false;

  /** `tier` undefined: limits are off. */
  constructor(
    tier: TradingTier | undefined,
    private readonly now: () => number,
  ) {
    this.#limits = tier ? new TradingLimits(tier, now) : undefined;
  }

  /** Tier whose limits are enforced, or undefined when they are off. */
  get tier(): TradingTier | undefined {
    return this.#limits?.tier;
  }

  /** A new order: +1 unless prepaid, and refused at the tier's open-order cap on the pair. */
  add(accountId: string, pair: string, openOnPair: () => number): void {
    if (!this.#limits) return;
    if (!this.#prepaid) this.#limits.charge(accountId, pair, "add");
    this.#limits.checkOpenOrders(openOnPair());
  }

  /** A batch of new orders: half a point per order, charged once for the whole batch. */
  addBatch(accountId: string, pair: string, count: number): void {
    this.#limits?.charge(accountId, pair, "add", 0, count / 2);
  }

  /** An in-place amend of an order. */
  amend(accountId: string, order: SimOrder): void {
    this.#limits?.charge(accountId, order.pair, "amend", this.#age(order));
  }

  /** A cancel-and-replace edit of an order. */
  edit(accountId: string, order: SimOrder): void {
    this.#limits?.charge(accountId, order.pair, "edit", this.#age(order));
  }

  /**
   * The cancels of the orders one request selected (a userref can select several): only the first
   * may be refused, and none while prepaid.
   */
  cancel(accountId: string, orders: readonly SimOrder[]): void {
    for (const [i, o] of orders.entries()) {
      this.#limits?.charge(accountId, o.pair, "cancel", this.#age(o), 1, i === 0 && !this.#prepaid);
    }
  }

  /** One cancel of a batch cancel: charged, but Kraken never refuses a batch cancel. */
  batchCancel(accountId: string, order: SimOrder): void {
    this.#limits?.charge(accountId, order.pair, "cancel", this.#age(order), 1, false);
  }

  /** Runs transactions whose charge was already paid (the orders of a batch, an edit's new order). */
  prepaid<T>(run: () => T): T {
    this.#prepaid = true;
    try {
      return run();
    } finally {
      this.#prepaid = false;
    }
  }

  /** How long an order has rested since it was created or last amended (ms). */
  #age(o: SimOrder): number {
    return this.now() - (o.amends[o.amends.length - 1]?.timestamp ?? o.openedAt);
  }
}
