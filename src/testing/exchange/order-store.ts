import type { OrderRef } from "./exchange-options.js";
import type { SimOrder } from "./types.js";

/**
 * Every order the exchange accepted, open or closed, by id (validate-only orders are never stored).
 * Orders stay in acceptance order, so selections list an account's orders oldest first.
 */
export class OrderStore {
  readonly #byId = new Map<string, SimOrder>();

  /** Keeps a newly accepted order. */
  add(order: SimOrder): void {
    this.#byId.set(order.id, order);
  }

  /** An order by id (open or closed), or undefined. */
  get(id: string): SimOrder | undefined {
    return this.#byId.get(id);
  }

  /** Every order, oldest first. */
  all(): IterableIterator<SimOrder> {
    return this.#byId.values();
  }

  /** Orders of an account; `open` selects open/pending, `closed` the rest. */
  ofAccount(accountId: string, which: "open" | "closed" | "all"): SimOrder[] {
    const out: SimOrder[] = [];
    for (const o of this.#byId.values()) {
      if (o.accountId !== accountId) continue;
      const open = o.status === "open" || o.status === "pending";
      if (which === "all" || (which === "open") === open) out.push(o);
    }
    return out;
  }

  /** The open orders of an account that an {@link OrderRef} names (userref may name several). */
  select(accountId: string, ref: OrderRef): SimOrder[] {
    const open = this.ofAccount(accountId, "open");
    if (ref.orderId !== undefined) return open.filter((o) => o.id === ref.orderId);
    if (ref.clOrdId !== undefined) return open.filter((o) => o.clOrdId === ref.clOrdId);
    if (ref.userref !== undefined) return open.filter((o) => o.userref === ref.userref);
    return [];
  }
}
