import { isZero } from "../util/decimal.js";
import { detach } from "../util/detach.js";
import { BookBase, type BookOptions, type OrderBookStats } from "./book-base.js";
import { setChecksumPart } from "./checksum.js";
import { CRC_CHAIN_START, crcChain, crcChainEnd } from "./crc32.js";
import { priceKey, searchSide } from "./price-key.js";
import type { BookData, BookLevel } from "./types.js";

export type { ApplyResult, OrderBookEvents, OrderBookStats } from "./book-base.js";

/**
 * Options of an {@link OrderBook}.
 * @example
 * const book = new OrderBook({ symbol: "ETH/USD", depth: 25, pricePrecision: 2, qtyPrecision: 8 });
 * book.depth; // 25 levels kept per side; checksums verified on every update (the default)
 */
export type OrderBookOptions = BookOptions;

/** A price level as stored: exact strings plus the sort key and its cached part of the checksum. */
class Level {
  /** crcPart of token(price) + token(qty), this level's part of the checksum; see `length`. */
  part = 0;
  /** Length of token(price) + token(qty); -1 until computed and whenever qty changes. */
  length = -1;
  constructor(
    readonly price: string,
    public qty: string,
    readonly key: number,
  ) {}
}

/**
 * A Kraken WS v2 level-2 order book that applies snapshots and updates exactly as Kraken defines them
 * (every level of a message in order, qty 0 deletes, truncation to the subscribed depth) and verifies
 * Kraken's CRC32 checksum. Prices and quantities stay exact decimal strings. Each side is a sorted
 * array searched by binary search on an exact integer key, so an update costs O(log n) comparisons.
 * A failed check clears the book; updates are then dropped until the next snapshot.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * const book = new OrderBook({ symbol: "BTC/USD", depth: 25, pricePrecision: 1, qtyPrecision: 8 });
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof Error) && msg.channel === "book") book.apply(msg);
 * book.bestBid(); // { price: "45283.5", qty: "0.10000000" }
 */
export class OrderBook extends BookBase<BookData, OrderBookStats> {
  // Each side is stored worst first, best last: most changes happen at the top of the book, and at
  // the end of an array an insert or delete moves few elements even at depth 1000.
  #bids: Level[] = [];
  #asks: Level[] = [];
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
    this.#bids = [];
    this.#asks = [];
    this.#asksDirty = this.#bidsDirty = true;
  }

  /** @internal */
  protected applyLevels(data: BookData, snapshot: boolean): void {
    if (this.#applySide(this.#bids, data.bids, false, snapshot)) this.#bidsDirty = true;
    if (this.#applySide(this.#asks, data.asks, true, snapshot)) this.#asksDirty = true;
    truncate(this.#bids, this.depth);
    truncate(this.#asks, this.depth);
  }

  /** @internal */
  protected top(bid: boolean): Level | undefined {
    const side = bid ? this.#bids : this.#asks;
    return side[side.length - 1];
  }

  /**
   * Applies levels to one side (stored worst first: `descending` for asks); returns whether its top 10
   * (the checksummed levels) may have changed. A snapshot lists levels best first, so its side is
   * built best first (each level lands at the end) and reversed once.
   */
  #applySide(
    side: Level[],
    levels: ReadonlyArray<BookLevel>,
    descending: boolean,
    snapshot: boolean,
  ): boolean {
    const scale = this.pp;
    const order = snapshot ? !descending : descending;
    let top = snapshot;
    for (let i = 0; i < levels.length; i++) {
      const { price, qty } = levels[i]!;
      const key = priceKey(price, scale);
      const at = searchSide(side, key, price, order);
      const topFrom = side.length - 10;
      if (isZero(qty)) {
        if (at < 0) continue;
        side.splice(at, 1);
        if (at >= topFrom) top = true;
      } else if (at >= 0) {
        const level = side[at]!;
        level.qty = detach(qty);
        level.length = -1;
        if (at >= topFrom) top = true;
      } else {
        const insertAt = -at - 1;
        // the level outlives the frame its strings were sliced from
        const level = new Level(detach(price), detach(qty), key);
        if (insertAt === side.length) side.push(level);
        else side.splice(insertAt, 0, level);
        if (insertAt >= topFrom) top = true;
      }
    }
    if (snapshot) side.reverse();
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
    const l = this.#bids.at(-1);
    return l && { price: l.price, qty: l.qty };
  }

  /** The lowest ask, or undefined when the side is empty. */
  bestAsk(): BookLevel | undefined {
    const l = this.#asks.at(-1);
    return l && { price: l.price, qty: l.qty };
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

/** Drops the worst levels beyond `depth` (Kraken's truncation rule). */
function truncate(side: Level[], depth: number): void {
  const excess = side.length - depth;
  if (excess === 1) side.shift();
  else if (excess > 0) side.splice(0, excess);
}

function crcSide(side: Level[], reg: number, pp: number, qp: number): number {
  const end = Math.max(side.length - 10, 0);
  let c = reg;
  for (let i = side.length - 1; i >= end; i--) {
    const l = side[i]!;
    if (l.length < 0) setChecksumPart(l, l.price, l.qty, pp, qp);
    c = crcChain(c, l.part, l.length);
  }
  return c;
}

function copy(side: Level[], n: number): BookLevel[] {
  const len = Math.min(n, side.length);
  const out = new Array<BookLevel>(len);
  for (let i = 0; i < len; i++) {
    const l = side[side.length - 1 - i]!;
    out[i] = { price: l.price, qty: l.qty };
  }
  return out;
}

function numbers(side: Level[], n: number): Array<[number, number]> {
  const len = Math.min(n, side.length);
  const out = new Array<[number, number]>(len);
  for (let i = 0; i < len; i++) {
    const l = side[side.length - 1 - i]!;
    out[i] = [Number(l.price), Number(l.qty)];
  }
  return out;
}
