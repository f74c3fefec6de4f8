// The Derivatives v1 book: `book_snapshot` then `book` updates applied in `seq` order on the Spot book's
// sorted exact levels. Loaded on the first `fws.book()` (a lazy chunk), like the Spot book code.
import { OrderBook } from "../book/order-book.js";
import type { BookLevel } from "../book/types.js";
import type { FuturesBookSnapshot, FuturesBookUpdate } from "./types.js";

const NO_LEVELS: readonly BookLevel[] = [];
// One update carries one level: a reused level and frame (the book copies what it keeps), so the hot
// path allocates nothing per update.
const LEVEL: { price: string; qty: string } = { price: "", qty: "" };
const ONE: readonly BookLevel[] = [LEVEL];
const UPDATE: {
  symbol: string;
  bids: readonly BookLevel[];
  asks: readonly BookLevel[];
  checksum: undefined;
  timestamp: string | undefined;
} = { symbol: "", bids: NO_LEVELS, asks: NO_LEVELS, checksum: undefined, timestamp: undefined };

/**
 * Options of a Derivatives book.
 * @example
 * const book = await fws.book({ product_id: "PF_XBTUSD", viewDepth: 5 });
 */
export interface FuturesBookOptions {
  /** The product, e.g. "PF_XBTUSD". */
  readonly product_id: string;
  /** Levels `bids()` and `asks()` return by default. Default 25. */
  readonly viewDepth?: number;
  /** Ends the book (and its wire subscription) when aborted. */
  readonly signal?: AbortSignal;
}

/**
 * A live Derivatives v1 book: the Spot book's reading API (`bids(n)`, `asks(n)`, `bestBid()`,
 * `bestAsk()`, `spread()`, `mid()`, `stats`, `on("update")`, `on("resync")`) over Kraken's `seq`
 * numbered updates. A skipped or repeated `seq`, or a crossed book, clears it (`resync` event) and
 * the client asks Kraken for a fresh snapshot of this product only. Kraken sends no checksum on v1,
 * so `verified` is always false.
 * @example
 * const book = await fws.book({ product_id: "PF_XBTUSD" });
 * book.on("update", () => console.log(book.bestBid(), book.bestAsk()));
 * book.on("resync", ({ reason }) => console.warn("rebuilding:", reason)); // "sequence-gap", "crossed"
 */
export class FuturesOrderBook extends OrderBook {
  /** `seq` of the last applied message; undefined until a snapshot arrived. */
  seq: number | undefined;
  /** @internal Ends the live book (set by the client). */
  stop: () => Promise<void> = async () => {};

  constructor(options: FuturesBookOptions) {
    // v1 snapshots carry the whole book: no depth truncation.
    super({
      symbol: options.product_id,
      depth: Number.MAX_SAFE_INTEGER,
      viewDepth: options.viewDepth ?? 25,
      checksum: "off", // v1 books carry none
      // Only the scale of the integer sort keys (prices with more decimals, or huge ones, compare as
      // exact strings instead); Kraken sends no precision on v1 and there is no checksum to compute.
      pricePrecision: 8,
    });
  }

  /** The product of this book. */
  get productId(): string {
    return this.symbol;
  }

  /**
   * Applies a snapshot or an update; returns false when the book was cleared (gap, duplicate,
   * crossed) or is waiting for a snapshot. `timestamp` is the message's timestamp as text when the
   * caller has its digits (turning a 13-digit number back into a string cost more than the rest of
   * an update).
   */
  applyFeed(m: FuturesBookSnapshot | FuturesBookUpdate, timestamp?: string): boolean {
    if (m.feed === "book_snapshot") {
      this.seq = m.seq;
      const r = this.applyData("snapshot", {
        symbol: this.symbol,
        bids: m.bids,
        asks: m.asks,
        checksum: undefined,
        timestamp: String(m.timestamp),
      });
      if (!r.ok) this.seq = undefined;
      return r.ok;
    }
    if (this.seq === undefined) {
      this.counters.dropped++;
      return false;
    }
    if (m.seq !== this.seq + 1) {
      this.seq = undefined;
      this.reset("sequence-gap");
      return false;
    }
    this.seq = m.seq;
    LEVEL.price = m.price;
    LEVEL.qty = m.qty;
    const buy = m.side === "buy";
    UPDATE.symbol = this.symbol;
    UPDATE.bids = buy ? ONE : NO_LEVELS;
    UPDATE.asks = buy ? NO_LEVELS : ONE;
    UPDATE.timestamp = timestamp ?? String(m.timestamp);
    const r = this.applyData("update", UPDATE);
    if (!r.ok) this.seq = undefined;
    return r.ok;
  }

  /** Stops the live book: its wire subscription ends when no one else uses it. */
  close(): Promise<void> {
    this.removeAllListeners();
    return this.stop();
  }
}
