import { compareDecimal, isZero } from "../util/decimal.js";
import { detach } from "../util/detach.js";
import { BookBase, type BookOptions, type OrderBookStats } from "./book-base.js";
import { type ChecksumPart, setChecksumPart } from "./checksum.js";
import { CRC_CHAIN_START, crcChain, crcChainEnd } from "./crc32.js";
import { type Keyed, priceKey } from "./price-key.js";
import type { BookData, BookLevel } from "./types.js";

export type { ApplyResult, OrderBookEvents, OrderBookStats } from "./book-base.js";

/**
 * Options of an {@link OrderBook}.
 * @example
 * const book = new OrderBook({ symbol: "ETH/USD", depth: 25, pricePrecision: 2, qtyPrecision: 8 });
 * book.depth; // 25 levels kept per side; checksums verified on every update (the default)
 */
export type OrderBookOptions = BookOptions;

/**
 * One side's levels as parallel arrays, worst first and best last: most changes happen at the top of
 * the book, and at the end of an array an insert or delete moves few elements even at depth 1000.
 * Parallel arrays instead of an object per level: a level costs its two exact strings and four array
 * slots (keys and checksum parts are unboxed doubles), about half the memory of a level object, and
 * an insert allocates nothing but the strings.
 */
class Side {
  /** Exact price strings. */
  prices: string[] = [];
  /** Exact quantity strings. */
  qtys: string[] = [];
  /** Sort keys (see price-key.ts): exact integers, or NaN for the string comparison. */
  keys: number[] = [];
  /**
   * This level's cached part of the checksum chain, `length * 2^32 + part` of token(price) +
   * token(qty) (see crc32.ts); NaN until computed and whenever the quantity changes.
   */
  crc: number[] = [];
  /** Scratch for {@link OrderBook.top}. */
  readonly best = { price: "", key: 0 };

  constructor(
    /** Stored in descending price order (asks: worst is highest). */
    readonly descending: boolean,
  ) {}

  get length(): number {
    return this.keys.length;
  }

  /**
   * Binary search in storage order (`order` says whether prices descend). Returns the index of the
   * level with this price, or `-(insertionPoint + 1)` when there is none. O(log n), exact.
   */
  search(key: number, price: string, descending: boolean): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as number;
      // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call on the hot path
      let c = key === key && k === k ? key - k : compareDecimal(price, this.prices[mid] as string);
      if (descending) c = -c;
      if (c > 0) lo = mid + 1;
      else if (c < 0) hi = mid - 1;
      else return mid;
    }
    return -(lo + 1);
  }

  // Inserts and deletes move the levels above by hand: nearly all happen a few levels from the end
  // (the top of the book), and four `splice` calls (builtin calls allocating their result arrays) cost
  // more than moving those few levels.
  insert(at: number, price: string, qty: string, key: number): void {
    const { prices, qtys, keys, crc } = this;
    for (let i = keys.length; i > at; i--) {
      prices[i] = prices[i - 1] as string;
      qtys[i] = qtys[i - 1] as string;
      keys[i] = keys[i - 1] as number;
      crc[i] = crc[i - 1] as number;
    }
    prices[at] = price;
    qtys[at] = qty;
    keys[at] = key;
    crc[at] = Number.NaN;
  }

  remove(at: number): void {
    const { prices, qtys, keys, crc } = this;
    for (let i = at + 1; i < keys.length; i++) {
      prices[i - 1] = prices[i] as string;
      qtys[i - 1] = qtys[i] as string;
      keys[i - 1] = keys[i] as number;
      crc[i - 1] = crc[i] as number;
    }
    prices.pop();
    qtys.pop();
    keys.pop();
    crc.pop();
  }

  /** Drops the first (worst) `n` levels. */
  dropWorst(n: number): void {
    this.prices.splice(0, n);
    this.qtys.splice(0, n);
    this.keys.splice(0, n);
    this.crc.splice(0, n);
  }

  /** Reverses a side built best first into storage order, in arrays of exactly its size. */
  settle(): void {
    this.prices = this.prices.reverse().slice();
    this.qtys = this.qtys.reverse().slice();
    this.keys = this.keys.reverse().slice();
    this.crc = this.crc.reverse().slice();
  }
}

// Scratch target of setChecksumPart (synchronous; one suffices).
const PART: ChecksumPart = { part: 0, length: 0 };

/**
 * A Kraken WS v2 level-2 order book that applies snapshots and updates exactly as Kraken defines them
 * (every level of a message in order, qty 0 deletes, truncation to the subscribed depth) and verifies
 * Kraken's CRC32 checksum. Prices and quantities stay exact decimal strings. Each side is kept sorted
 * and searched by binary search on an exact integer key, so an update costs O(log n) comparisons.
 * A failed check clears the book; updates are then dropped until the next snapshot.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * const book = new OrderBook({ symbol: "BTC/USD", depth: 25, pricePrecision: 1, qtyPrecision: 8 });
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof Error) && msg.channel === "book") book.apply(msg);
 * book.bestBid(); // { price: "45283.5", qty: "0.10000000" }
 */
export class OrderBook extends BookBase<BookData, OrderBookStats> {
  #bids = new Side(false);
  #asks = new Side(true);
  // Checksum cache: the chain register after the top 10 asks, and the checksum. An update that
  // changes neither side's top 10 (most updates of a deep book) costs no checksum work at all.
  #asksReg = 0;
  #sum = 0;
  #asksDirty = true;
  #bidsDirty = true;

  constructor(options: OrderBookOptions) {
    super(options, { snapshots: 0, updates: 0, verified: 0, mismatches: 0, resyncs: 0, dropped: 0 });
  }

  /** @internal */
  protected clear(): void {
    this.#bids = new Side(false);
    this.#asks = new Side(true);
    this.#asksDirty = this.#bidsDirty = true;
  }

  /** @internal */
  protected applyLevels(data: BookData, snapshot: boolean): void {
    if (this.#applySide(this.#bids, data.bids, snapshot)) this.#bidsDirty = true;
    if (this.#applySide(this.#asks, data.asks, snapshot)) this.#asksDirty = true;
    const depth = this.depth;
    if (this.#bids.length > depth) this.#bids.dropWorst(this.#bids.length - depth);
    if (this.#asks.length > depth) this.#asks.dropWorst(this.#asks.length - depth);
  }

  /**
   * @internal The best level as a scratch object of its side, overwritten by the next call: the base
   * class reads it at once (the crossed check on every update, spread and mid), so nothing is allocated.
   */
  protected top(bid: boolean): Keyed | undefined {
    const side = bid ? this.#bids : this.#asks;
    const i = side.length - 1;
    if (i < 0) return undefined;
    const t = side.best;
    t.price = side.prices[i] as string;
    t.key = side.keys[i] as number;
    return t;
  }

  /**
   * Applies levels to one side; returns whether its top 10 (the checksummed levels) may have changed.
   * A snapshot lists levels best first, so its side is built best first (each level lands at the end)
   * and reversed once.
   */
  #applySide(side: Side, levels: ReadonlyArray<BookLevel>, snapshot: boolean): boolean {
    const scale = this.pp;
    const order = snapshot ? !side.descending : side.descending;
    let top = snapshot;
    for (let i = 0; i < levels.length; i++) {
      const { price, qty } = levels[i] as BookLevel;
      const key = priceKey(price, scale);
      const at = side.search(key, price, order);
      const topFrom = side.length - 10;
      if (isZero(qty)) {
        if (at < 0) continue;
        side.remove(at);
        if (at >= topFrom) top = true;
      } else if (at >= 0) {
        // the level outlives the frame its strings were sliced from
        side.qtys[at] = detach(qty);
        side.crc[at] = Number.NaN;
        if (at >= topFrom) top = true;
      } else {
        const insertAt = -at - 1;
        side.insert(insertAt, detach(price), detach(qty), key);
        if (insertAt >= topFrom) top = true;
      }
    }
    if (snapshot) side.settle();
    return top;
  }

  /** Kraken's CRC32 of the current top 10 levels; undefined while the precisions are unknown. */
  checksum(): number | undefined {
    const pp = this.pp;
    const qp = this.qp;
    if (pp === undefined || qp === undefined) return undefined;
    // CRC32 chained level by level from each level's cached part: same result as over the
    // concatenated string, without building it or hashing unchanged levels again.
    if (this.#asksDirty) {
      this.#asksReg = crcSide(this.#asks, CRC_CHAIN_START, pp, qp);
      this.#asksDirty = false;
      this.#bidsDirty = true;
    }
    if (this.#bidsDirty) {
      this.#sum = crcChainEnd(crcSide(this.#bids, this.#asksReg, pp, qp));
      this.#bidsDirty = false;
    }
    return this.#sum;
  }

  /** The best `n` bids (highest first) as exact strings. Default `viewDepth`. */
  bids(n: number = this.viewDepth): BookLevel[] {
    return copy(this.#bids, n);
  }

  /** The best `n` asks (lowest first) as exact strings. Default `viewDepth`. */
  asks(n: number = this.viewDepth): BookLevel[] {
    return copy(this.#asks, n);
  }

  /** The highest bid, or undefined when the side is empty. */
  bestBid(): BookLevel | undefined {
    return copy(this.#bids, 1)[0];
  }

  /** The lowest ask, or undefined when the side is empty. */
  bestAsk(): BookLevel | undefined {
    return copy(this.#asks, 1)[0];
  }

  /**
   * Numeric view for charts, where exactness is not needed: `[price, qty]` pairs best first.
   * Never feed these numbers back into orders or checksums.
   */
  levelsAsNumbers(n: number = this.viewDepth): {
    bids: Array<[number, number]>;
    asks: Array<[number, number]>;
  } {
    return { bids: numbers(this.#bids, n), asks: numbers(this.#asks, n) };
  }

  /** Levels currently held per side. */
  get size(): { bids: number; asks: number } {
    return { bids: this.#bids.length, asks: this.#asks.length };
  }
}

function crcSide(side: Side, reg: number, pp: number, qp: number): number {
  const end = Math.max(side.length - 10, 0);
  const cache = side.crc;
  let c = reg;
  for (let i = side.length - 1; i >= end; i--) {
    let v = cache[i] as number;
    // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call on the hot path
    if (v !== v) {
      setChecksumPart(PART, side.prices[i] as string, side.qtys[i] as string, pp, qp);
      v = cache[i] = PART.length * 2 ** 32 + (PART.part >>> 0);
    }
    // `| 0` keeps the low 32 bits (the part); both halves are exact in a double
    c = crcChain(c, v | 0, Math.floor(v / 2 ** 32));
  }
  return c;
}

function copy(side: Side, n: number): BookLevel[] {
  const len = Math.min(n, side.length);
  const out = new Array<BookLevel>(len);
  const last = side.length - 1;
  for (let i = 0; i < len; i++)
    out[i] = { price: side.prices[last - i] as string, qty: side.qtys[last - i] as string };
  return out;
}

function numbers(side: Side, n: number): Array<[number, number]> {
  const len = Math.min(n, side.length);
  const out = new Array<[number, number]>(len);
  const last = side.length - 1;
  for (let i = 0; i < len; i++) out[i] = [Number(side.prices[last - i]), Number(side.qtys[last - i])];
  return out;
}
