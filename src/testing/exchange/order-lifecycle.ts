import type { SimClock } from "./clock.js";
import type { OrderBook } from "./order-book.js";
import type { PublicFeed } from "./public-feed.js";
import type { Settlement } from "./settlement.js";
import type { SimOrder } from "./types.js";

/** The terminal states an order can end in. */
export type FinalStatus = "canceled" | "expired" | "closed";

/**
 * How orders end: closing one (off the book, hold released, execution event), and the GTD expiry
 * timers that close them later. The timers are kept so that the exchange can stop them all at once.
 */
export class OrderLifecycle {
  readonly #timers = new Set<unknown>();

  constructor(
    private readonly books: ReadonlyMap<string, OrderBook>,
    private readonly feed: PublicFeed,
    private readonly settlement: Settlement,
    private readonly clock: SimClock,
  ) {}

  /** Arms the GTD expiry of an order, if it has one. */
  scheduleExpiry(order: SimOrder): void {
    if (order.expireAt === undefined) return;
    const handle = this.clock.setTimeout(
      () => {
        this.#timers.delete(handle);
        if (order.status === "open") this.close(order, "expired", "Order expired");
      },
      Math.max(0, order.expireAt - this.clock.now()),
    );
    this.#timers.add(handle);
  }

  /** Takes an open order off the book and closes it with a terminal status. */
  close(order: SimOrder, status: FinalStatus, reason: string): void {
    if (order.status !== "open" && order.status !== "pending") return;
    const book = this.books.get(order.pair)!;
    if (order.price !== undefined && book.remove(order)) this.feed.bookChanged(book, order, "delete");
    order.reason = reason;
    this.finish(order, status);
    this.feed.ticker(order.pair);
  }

  /** Marks an order done (already off the book): releases its hold and reports the final state. */
  finish(order: SimOrder, status: FinalStatus): void {
    order.status = status;
    order.closedAt = this.clock.now();
    this.settlement.releaseHold(order);
    this.settlement.execution(order, status === "closed" ? "filled" : status);
  }

  /** Stops every pending expiry timer. */
  stopTimers(): void {
    for (const h of this.#timers) this.clock.clearTimeout(h);
    this.#timers.clear();
  }
}
