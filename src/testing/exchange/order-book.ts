import { add, cmp, sub } from "./decimal.js";
import type { Side, SimOrder } from "./types.js";

/** One price level: resting orders in time priority. */
export interface BookLevel {
  readonly price: string;
  readonly orders: SimOrder[];
}

/** Remaining (unfilled) quantity of an order. */
export function remaining(order: SimOrder): string {
  return sub(order.qty, order.filled);
}

/**
 * The L3 book of one pair: resting orders by price level, price-time priority. Bids are kept best
 * (highest) first, asks best (lowest) first.
 */
export class OrderBook {
  readonly bids: BookLevel[] = [];
  readonly asks: BookLevel[] = [];

  /** Levels of one side, best first. */
  side(side: Side): BookLevel[] {
    return side === "buy" ? this.bids : this.asks;
  }

  /** Appends an order at the back of its price level. */
  insert(order: SimOrder): void {
    const levels = this.side(order.side);
    const price = order.price!;
    const better = order.side === "buy" ? 1 : -1;
    let lo = 0;
    let hi = levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = cmp(price, levels[mid]!.price);
      if (c === 0) {
        levels[mid]!.orders.push(order);
        return;
      }
      if (c === better) hi = mid;
      else lo = mid + 1;
    }
    levels.splice(lo, 0, { price, orders: [order] });
  }

  /** Removes an order; returns whether it was resting. */
  remove(order: SimOrder): boolean {
    const levels = this.side(order.side);
    const i = levels.findIndex((l) => l.price === order.price);
    if (i < 0) return false;
    const level = levels[i]!;
    const j = level.orders.indexOf(order);
    if (j < 0) return false;
    level.orders.splice(j, 1);
    if (level.orders.length === 0) levels.splice(i, 1);
    return true;
  }

  /** Aggregated remaining quantity at a price ("0" when empty). */
  levelQty(side: Side, price: string): string {
    const level = this.side(side).find((l) => l.price === price);
    if (!level) return "0";
    let total = "0";
    for (const o of level.orders) total = add(total, remaining(o));
    return total;
  }

  /** Best level of a side, if any. */
  best(side: Side): BookLevel | undefined {
    return this.side(side)[0];
  }

  /** Aggregated levels, best first: `[price, qty, count, newest order time ms]`. */
  aggregated(side: Side, depth: number): Array<[string, string, number, number]> {
    const out: Array<[string, string, number, number]> = [];
    for (const level of this.side(side)) {
      if (out.length >= depth) break;
      let total = "0";
      let newest = 0;
      for (const o of level.orders) {
        total = add(total, remaining(o));
        newest = Math.max(newest, o.openedAt);
      }
      out.push([level.price, total, level.orders.length, newest]);
    }
    return out;
  }

  /** Resting orders of a side in priority order, limited to `depth` price levels. */
  orders(side: Side, depth = Number.POSITIVE_INFINITY): SimOrder[] {
    const out: SimOrder[] = [];
    const levels = this.side(side);
    for (let i = 0; i < levels.length && i < depth; i++) out.push(...levels[i]!.orders);
    return out;
  }
}
