import { isTriggered, triggerCrossed } from "./order-rules.js";
import type { OrderStore } from "./order-store.js";
import type { SimOrder } from "./types.js";

/**
 * Fires stop-loss and take-profit orders whose trigger the last trade price crossed: `fire` then
 * executes the order like a market order (or, for *-limit types, a limit order at `price2`).
 * Trailing stops are not simulated and stay untriggered.
 */
export class StopTriggers {
  /** Set while triggered orders execute: their own trades must not start a nested check. */
  #checking = false;

  constructor(
    private readonly orders: OrderStore,
    private readonly now: () => number,
    private readonly fire: (order: SimOrder) => void,
  ) {}

  /**
   * Fires every open order of the pair that `last` triggers, oldest first. The search restarts after
   * each one, because executing it changes which orders are still open.
   */
  check(pair: string, last: string): void {
    if (this.#checking) return;
    this.#checking = true;
    try {
      for (;;) {
        const order = [...this.orders.all()].find(
          (o) =>
            o.pair === pair &&
            o.status === "open" &&
            o.triggeredAt === undefined &&
            isTriggered(o.type) &&
            !o.type.startsWith("trailing") &&
            triggerCrossed(o, last),
        );
        if (!order) break;
        order.triggeredAt = this.now();
        this.fire(order);
      }
    } finally {
      this.#checking = false;
    }
  }
}
