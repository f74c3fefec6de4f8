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
 * One side's levels in two flat arrays, worst first and best last (most changes happen at the top of
 * the book, and at the end of an array an insert or delete moves few elements even at depth 1000).
 * Level i is `text[2i]` (exact price), `text[2i + 1]` (exact quantity), `num[2i]` (sort key, see
 * price-key.ts) and `num[2i + 1]` (its cached part of the checksum chain, `length * 2^32 + part` of
 * token(price) + token(qty), see crc32.ts; -1 until computed and whenever the quantity changes).
 * A level costs its two strings and four array slots (the numbers unboxed doubles): about half the
 * memory of a level object, and an insert allocates nothing but the strings.
 */
interface Side {
  text: string[];
  num: number[];
}

/**
 * Binary search of a side in storage order (`descending`: whether prices descend). Returns the index
 * of the level with this price, or `-(insertionPoint + 1)` when there is none. O(log n), exact.
 */
function search({ text, num }: Side, key: number, price: string, descending: boolean): number {
  let lo = 0;
  let hi = num.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = num[2 * mid] as number;
    // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call on the hot path
    let c = key === key && k === k ? key - k : compareDecimal(price, text[2 * mid] as string);
    if (descending) c = -c;
    if (c > 0) lo = mid + 1;
    else if (c < 0) hi = mid - 1;
    else return mid;
  }
  return -(lo + 1);
}

/** A side built best first in storage order, in an array of exactly its size. */
function settle<T>(a: T[]): T[] {
  a.reverse();
  for (let i = 0; i < a.length; i += 2) {
    const t = a[i] as T;
    a[i] = a[i + 1] as T;
    a[i + 1] = t;
  }
  return a.slice();
}

const newSide = (): Side => ({ text: [], num: [] });

// Scratch results of OrderBook.top, overwritten by the next call (the base class reads them at once).
const BEST_BID = { price: "", key: 0 };
const BEST_ASK = { price: "", key: 0 };

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
  #bids = newSide();
  #asks = newSide();
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
    this.#bids = newSide();
    this.#asks = newSide();
    this.#asksDirty = this.#bidsDirty = true;
  }

  /** @internal */
  protected applyLevels(data: BookData, snapshot: boolean): void {
    if (this.#applySide(this.#bids, data.bids, false, snapshot)) this.#bidsDirty = true;
    if (this.#applySide(this.#asks, data.asks, true, snapshot)) this.#asksDirty = true;
    truncate(this.#bids, this.depth);
    truncate(this.#asks, this.depth);
  }

  /**
   * @internal The best level as a scratch object of its side's, overwritten by the next call: the base
   * class reads it at once (the crossed check on every update, spread and mid), so nothing is allocated.
   */
  protected top(bid: boolean): Keyed | undefined {
    const { text, num } = bid ? this.#bids : this.#asks;
    const i = num.length - 2;
    if (i < 0) return undefined;
    const t = bid ? BEST_BID : BEST_ASK;
    t.price = text[i] as string;
    t.key = num[i] as number;
    return t;
  }

  /**
   * Applies levels to one side (stored worst first: `descending` for asks); returns whether its top 10
   * (the checksummed levels) may have changed. A snapshot lists levels best first, so its side is
   * built best first (each level lands at the end) and reversed once.
   */
  #applySide(side: Side, levels: ReadonlyArray<BookLevel>, descending: boolean, snapshot: boolean): boolean {
    const scale = this.pp;
    const order = snapshot ? !descending : descending;
    let top = snapshot;
    for (let i = 0; i < levels.length; i++) {
      const { price, qty } = levels[i] as BookLevel;
      const key = priceKey(price, scale);
      const at = search(side, key, price, order);
      const topFrom = side.num.length / 2 - 10;
      if (isZero(qty)) {
        if (at < 0) continue;
        side.text.splice(2 * at, 2);
        side.num.splice(2 * at, 2);
        if (at >= topFrom) top = true;
      } else if (at >= 0) {
        // the level outlives the frame its strings were sliced from
        side.text[2 * at + 1] = detach(qty);
        side.num[2 * at + 1] = -1;
        if (at >= topFrom) top = true;
      } else {
        const insertAt = -at - 1;
        side.text.splice(2 * insertAt, 0, detach(price), detach(qty));
        side.num.splice(2 * insertAt, 0, key, -1);
        if (insertAt >= topFrom) top = true;
      }
    }
    if (snapshot) {
      side.text = settle(side.text);
      side.num = settle(side.num);
    }
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
    return best(this.#bids);
  }

  /** The lowest ask, or undefined when the side is empty. */
  bestAsk(): BookLevel | undefined {
    return best(this.#asks);
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
    return { bids: this.#bids.num.length / 2, asks: this.#asks.num.length / 2 };
  }
}

/** Drops the worst levels beyond `depth` (Kraken's truncation rule). */
function truncate(side: Side, depth: number): void {
  const excess = side.num.length - 2 * depth;
  if (excess > 0) {
    side.text.splice(0, excess);
    side.num.splice(0, excess);
  }
}

function crcSide({ text, num }: Side, reg: number, pp: number, qp: number): number {
  const end = Math.max(num.length / 2 - 10, 0);
  let c = reg;
  for (let i = num.length / 2 - 1; i >= end; i--) {
    let v = num[2 * i + 1] as number;
    if (v < 0) {
      setChecksumPart(PART, text[2 * i] as string, text[2 * i + 1] as string, pp, qp);
      v = num[2 * i + 1] = PART.length * 2 ** 32 + (PART.part >>> 0);
    }
    // `| 0` keeps the low 32 bits (the part); both halves are exact in a double
    c = crcChain(c, v | 0, Math.floor(v / 2 ** 32));
  }
  return c;
}

/** A copy of a side's best level (no array built for it), or undefined when the side is empty. */
function best({ text: t }: Side): BookLevel | undefined {
  const j = t.length - 2;
  return j < 0 ? undefined : { price: t[j] as string, qty: t[j + 1] as string };
}

function copy({ text: t }: Side, n: number): BookLevel[] {
  const out: BookLevel[] = [];
  for (let j = t.length - 2; j >= 0 && out.length < n; j -= 2)
    out.push({ price: t[j] as string, qty: t[j + 1] as string });
  return out;
}

function numbers({ text: t }: Side, n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let j = t.length - 2; j >= 0 && out.length < n; j -= 2) out.push([Number(t[j]), Number(t[j + 1])]);
  return out;
}
