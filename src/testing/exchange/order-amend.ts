import type { Account } from "./account.js";
import { add, cmp, isPositive, normalize } from "./decimal.js";
import type { AmendInput } from "./exchange-options.js";
import type { IdGenerator } from "./ids.js";
import type { MatchingEngine } from "./matching-engine.js";
import { type OrderBook, remaining } from "./order-book.js";
import type { OrderLifecycle } from "./order-lifecycle.js";
import { amendRecord } from "./order-records.js";
import { checkOrderShape, checkPrice, hasLimitPrice, isTriggered } from "./order-rules.js";
import type { SimPair } from "./pairs.js";
import type { PublicFeed } from "./public-feed.js";
import type { Settlement } from "./settlement.js";
import { ExchangeError, type SimOrder } from "./types.js";

/**
 * In-place amends (REST AmendOrder, WS amend_order): the order keeps its id and gets new terms. As on
 * Kraken, a new price or a larger quantity loses the queue position (the order is matched again as if
 * it had just arrived), while a smaller quantity keeps it.
 */
export class OrderAmender {
  constructor(
    private readonly settlement: Settlement,
    private readonly engine: MatchingEngine,
    private readonly lifecycle: OrderLifecycle,
    private readonly feed: PublicFeed,
    private readonly ids: IdGenerator,
    private readonly now: () => number,
  ) {}

  /** Checks and applies an amend of an open order of `account`; returns the amend id. */
  amend(
    order: SimOrder,
    input: AmendInput,
    account: Account,
    pair: SimPair,
    book: OrderBook,
  ): { amendId: string; order: SimOrder } {
    const newPrice =
      input.price !== undefined && hasLimitPrice(order.type)
        ? checkPrice(pair, input.price, "limit_price")
        : order.price;
    if (input.price !== undefined && !hasLimitPrice(order.type) && !order.type.endsWith("-limit")) {
      throw new ExchangeError("EGeneral:Invalid arguments:limit_price");
    }
    let newQty = order.qty;
    if (input.qty !== undefined) {
      checkOrderShape(pair, { pair: pair.id, side: order.side, type: "market", qty: input.qty });
      newQty = normalize(input.qty);
    }
    const probe = { ...order, qty: newQty, price: newPrice, trades: [], amends: [] } as SimOrder;
    if ((input.postOnly || order.postOnly) && newPrice !== order.price && this.engine.crosses(book, probe)) {
      throw new ExchangeError("EOrder:Post only order");
    }
    // Re-check funds for the new remaining size and price.
    const hold = this.settlement.requiredHold(pair, probe, book);
    const held = this.settlement.heldFor(order.id);
    if (hold && cmp(add(account.available(hold.asset), held), hold.amount) < 0) {
      throw new ExchangeError("EOrder:Insufficient funds");
    }
    const losesPriority = newPrice !== order.price || cmp(newQty, order.qty) > 0;
    const resting = losesPriority ? book.remove(order) : order.price !== undefined && order.status === "open";
    order.price = newPrice;
    if (input.triggerPrice !== undefined) order.triggerPrice = normalize(input.triggerPrice);
    if (input.displayQty !== undefined) order.displayQty = normalize(input.displayQty);
    order.qty = cmp(newQty, order.filled) < 0 ? order.filled : newQty;
    this.settlement.releaseHold(order);
    if (hold) this.settlement.addHold(account, order, hold.asset, hold.amount);
    const record = amendRecord(order, "user", this.ids.next("A"), this.now());
    order.amends.push(record);
    this.settlement.execution(order, "amended", { amendId: record.amendId });
    if (!isPositive(remaining(order))) {
      this.lifecycle.close(
        order,
        order.filled === "0" ? "canceled" : "closed",
        "Order quantity amended below filled",
      );
    } else if (resting && losesPriority) {
      this.engine.execute(book, pair, order);
    } else if (resting && !isTriggered(order.type)) {
      // Quantity down keeps the queue position: the order object stays where it is.
      this.feed.bookChanged(book, order, "modify");
      this.feed.ticker(pair.id);
    }
    return { amendId: record.amendId, order };
  }
}
