import type { Emitter } from "../../util/emitter.js";
import type { MarketTape } from "./market-tape.js";
import { type OrderBook, remaining } from "./order-book.js";
import type { SimPair } from "./pairs.js";
import type { ExchangeEvents, SimOrder } from "./types.js";

/**
 * The market-data events the live books produce: one `book` event per L3 change of a resting order,
 * and the ticker. Matching, closing and amending all change books, so they share this one source
 * rather than each building the payloads.
 */
export class PublicFeed {
  constructor(
    private readonly events: Emitter<ExchangeEvents>,
    private readonly tape: MarketTape,
    private readonly books: ReadonlyMap<string, OrderBook>,
    private readonly pairOf: (id: string) => SimPair,
    private readonly now: () => number,
  ) {}

  /** Emits the L3 `book` event for a resting order that was added, changed in size or removed. */
  bookChanged(book: OrderBook, order: SimOrder, event: "add" | "modify" | "delete"): void {
    this.events.emit("book", {
      pair: order.pair,
      side: order.side,
      event,
      orderId: order.id,
      price: order.price!,
      qty: event === "delete" ? "0" : remaining(order),
      levelQty: book.levelQty(order.side, order.price!),
      timestamp: this.now(),
    });
  }

  /** Emits the pair's ticker (the tape drops it when nothing a ticker shows has changed). */
  ticker(pair: string): void {
    this.tape.ticker(pair, this.books.get(pair)!, this.pairOf(pair).startPrice, this.now());
  }
}
