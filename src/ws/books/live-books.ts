// The book classes a live book hands out: an OrderBook or Level3Book whose `close()` the sync sets.
import { Level3Book } from "../../book/level3-book.js";
import { OrderBook } from "../../book/order-book.js";

/**
 * An {@link OrderBook} kept in sync by a KrakenWs; `close()` unsubscribes.
 * @example
 * const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
 * book.bids(5); // [{ price: "45283.5", qty: "0.10000000" }, ...] best first, exact strings
 * await book.close(); // or `await using book = await ws.book(...)`
 */
export class LiveOrderBook extends OrderBook {
  /** @internal */
  closer: () => Promise<void> = async () => {};
  /** Stops this consumer; the wire subscription ends when the last consumer of the book closes. */
  close(): Promise<void> {
    return this.closer();
  }
  /** `await using book = await ws.book(...)` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/**
 * A {@link Level3Book} kept in sync by a KrakenWs; `close()` unsubscribes.
 * @example
 * const ws = new KrakenWs({ getToken: rest.webSocketToken }); // level3 needs a token
 * const l3 = await ws.level3({ symbol: "BTC/USD", depth: 10 });
 * l3.bids(1)[0]?.orders; // [{ order_id, limit_price, order_qty, timestamp }, ...] oldest first
 * await l3.close();
 */
export class LiveLevel3Book extends Level3Book {
  /** @internal */
  closer: () => Promise<void> = async () => {};
  /** Stops this consumer; the wire subscription ends when the last consumer of the book closes. */
  close(): Promise<void> {
    return this.closer();
  }
  /** `await using book = await ws.level3(...)` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/** Either live book. */
export type AnyLiveBook = LiveOrderBook | LiveLevel3Book;
