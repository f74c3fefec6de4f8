// Loops that own a live book: open it, yield its states, close it when the loop ends.
import { bookUpdates } from "../../book/book-updates.js";
import type { LiveBookOptions, LiveLevel3Book, LiveLevel3Options, LiveOrderBook } from "./book-sync.js";

/**
 * Opens a live L2 book and yields it after every batch of updates (coalesced, latest state, see
 * {@link bookUpdates}); the loop owns the book and closes it when it ends (`break`, `return`, a
 * throw). The options' `signal` also ends the loop (throwing its reason); opening fails as
 * `ws.book()` does.
 * @example
 * import { watchBook } from "kraken-connector/books";
 * let n = 0;
 * for await (const book of watchBook(ws, { symbol: "BTC/USD", depth: 10 })) {
 *   console.log(book.bestBid()?.price, book.bestAsk()?.price);
 *   if (++n === 5) break; // closes the book
 * }
 */
export function watchBook(
  ws: { book(options: LiveBookOptions): Promise<LiveOrderBook> },
  options: LiveBookOptions,
): AsyncGenerator<LiveOrderBook, void, undefined> {
  return owned(ws.book(options), options.signal);
}

/**
 * {@link watchBook} for a live level 3 book (`ws.level3()`, on the level3 connection: needs a token).
 * @example
 * import { watchLevel3 } from "kraken-connector/books";
 * for await (const l3 of watchLevel3(ws, { symbol: "BTC/USD", depth: 10 })) {
 *   console.log(l3.bids(1)[0]?.orders.length); // orders queued at the best bid
 *   if (l3.stats.updates >= 100) break; // closes the book
 * }
 */
export function watchLevel3(
  ws: { level3(options: LiveLevel3Options): Promise<LiveLevel3Book> },
  options: LiveLevel3Options,
): AsyncGenerator<LiveLevel3Book, void, undefined> {
  return owned(ws.level3(options), options.signal);
}

async function* owned<B extends LiveOrderBook | LiveLevel3Book>(
  open: Promise<B>,
  signal: AbortSignal | undefined,
): AsyncGenerator<B, void, undefined> {
  const book = await open;
  try {
    yield* bookUpdates(book, { signal });
  } finally {
    void book.close(); // like a subscription's `break`: no wait for Kraken's unsubscribe ack
  }
}
