import { cmp, div, isPositive, min, sub } from "./decimal.js";
import type { MarketTape } from "./market-tape.js";
import { type OrderBook, remaining } from "./order-book.js";
import type { OrderLifecycle } from "./order-lifecycle.js";
import { isTriggered } from "./order-rules.js";
import type { SimPair } from "./pairs.js";
import type { PublicFeed } from "./public-feed.js";
import type { Settlement } from "./settlement.js";
import type { SimOrder } from "./types.js";

/** What the engine needs from the money side (Spot: {@link Settlement}; Derivatives: margin and positions). */
export type MatchSettlement = Pick<Settlement, "affordable" | "fill">;
/** What the engine needs from the public tape. */
export type MatchTape = Pick<MarketTape, "nextTradeId" | "record">;
/** What the engine needs from the market-data events. */
export type MatchFeed = Pick<PublicFeed, "bookChanged" | "ticker">;
/** How the engine ends and schedules orders. */
export type MatchLifecycle = Pick<OrderLifecycle, "scheduleExpiry" | "close" | "finish">;

/**
 * Price-time matching of one order against a pair's book: it fills against the best opposite levels,
 * then rests, closes or is cancelled by its time in force. Each fill goes on the public tape, and
 * `traded` lets the exchange react to the new last price (stop triggers). Its collaborators are
 * narrow interfaces so the Spot exchange and the Derivatives venue share the same matching.
 */
export class MatchingEngine {
  constructor(
    private readonly settlement: MatchSettlement,
    private readonly tape: MatchTape,
    private readonly feed: MatchFeed,
    private readonly lifecycle: MatchLifecycle,
    private readonly now: () => number,
    private readonly traded: (pair: string, price: string) => void,
  ) {}

  /**
   * Runs a newly accepted order: triggered types wait for their trigger, a fill-or-kill that cannot
   * fill completely is killed untouched, everything else matches now.
   */
  submit(book: OrderBook, pair: SimPair, order: SimOrder): void {
    if (isTriggered(order.type)) {
      this.lifecycle.scheduleExpiry(order);
      return;
    }
    if (order.timeInForce === "fok" && !this.#fillable(book, order)) {
      // Fill-or-kill that cannot fill completely is accepted and killed without trading.
      this.lifecycle.close(order, "canceled", "Fill or kill");
      return;
    }
    this.execute(book, pair, order);
  }

  /** Matches an open order against the book, then rests or ends what is left of it. */
  execute(book: OrderBook, pair: SimPair, order: SimOrder): void {
    this.#match(book, pair, order);
    this.#afterMatch(book, pair, order);
  }

  /** Whether an order would trade at once against the best opposite level (post-only check). */
  crosses(book: OrderBook, order: SimOrder): boolean {
    const best = book.best(order.side === "buy" ? "sell" : "buy");
    if (!best) return false;
    if (order.price === undefined) return true;
    const c = cmp(order.price, best.price);
    return order.side === "buy" ? c >= 0 : c <= 0;
  }

  #fillable(book: OrderBook, order: SimOrder): boolean {
    let need = order.qty;
    for (const level of book.side(order.side === "buy" ? "sell" : "buy")) {
      if (order.price !== undefined) {
        const c = cmp(level.price, order.price);
        if (order.side === "buy" ? c > 0 : c < 0) break;
      }
      for (const o of level.orders) need = sub(need, remaining(o));
      if (!isPositive(need)) return true;
    }
    return false;
  }

  #match(book: OrderBook, pair: SimPair, taker: SimOrder): void {
    const opposite = taker.side === "buy" ? "sell" : "buy";
    while (taker.status === "open") {
      const level = book.best(opposite);
      if (!level) break;
      if (taker.price !== undefined) {
        const c = cmp(level.price, taker.price);
        if (taker.side === "buy" ? c > 0 : c < 0) break;
      }
      const maker = level.orders[0]!;
      if (maker.accountId === taker.accountId && !taker.lp) {
        // Self-trade prevention, cancel-newest: the arriving order is cancelled.
        this.lifecycle.close(taker, "canceled", "Self trade prevention");
        return;
      }
      let qty = min(remaining(taker), remaining(maker));
      if (taker.cashQty !== undefined) {
        const cashLeft = sub(taker.cashQty, taker.cost);
        qty = min(remaining(maker), div(cashLeft, level.price, pair.qtyDecimals));
        if (!isPositive(qty)) break;
      }
      qty = this.settlement.affordable(taker, pair, level.price, qty);
      if (!isPositive(qty)) break;
      const trade = this.settlement.fill(
        pair,
        taker,
        maker,
        level.price,
        qty,
        this.now(),
        this.tape.nextTradeId(pair.id),
      );
      this.tape.record(trade);
      this.traded(pair.id, trade.price);
      if (!isPositive(remaining(maker))) {
        book.remove(maker);
        this.feed.bookChanged(book, maker, "delete");
        this.lifecycle.finish(maker, "closed");
      } else {
        this.feed.bookChanged(book, maker, "modify");
      }
      if (taker.cashQty === undefined && !isPositive(remaining(taker)))
        this.lifecycle.finish(taker, "closed");
    }
  }

  #afterMatch(book: OrderBook, pair: SimPair, order: SimOrder): void {
    if (order.status !== "open") {
      this.feed.ticker(pair.id);
      return;
    }
    const restable = order.price !== undefined && order.timeInForce !== "ioc" && order.timeInForce !== "fok";
    if (order.cashQty !== undefined || order.type === "market" || !restable) {
      if (order.cashQty !== undefined && isPositive(order.filled)) {
        // A quote-sized order's base quantity is what it bought.
        order.qty = order.filled;
        this.lifecycle.finish(order, "closed");
      } else
        this.lifecycle.close(
          order,
          "canceled",
          order.type === "market" ? "Insufficient liquidity" : "Immediate or cancel",
        );
    } else {
      book.insert(order);
      this.feed.bookChanged(book, order, "add");
      this.lifecycle.scheduleExpiry(order);
    }
    this.feed.ticker(pair.id);
  }
}
