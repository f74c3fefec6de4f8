import { KrakenValidationError } from "../errors/base.js";
import { type BookResyncReason, KrakenBookChecksumError, type KrakenBookError } from "../errors/book.js";
import { Emitter } from "../util/emitter.js";
import { setChecksumPart } from "./checksum.js";
import { ChecksumGate, type ChecksumMode } from "./checksum-policy.js";
import { CRC_CHAIN_START, crcChain, crcChainEnd } from "./crc32.js";
import { midDecimal, subDecimal } from "./decimal-math.js";
import { comparePrice, priceKey, searchSide } from "./price-key.js";
import type { BookData, BookFrame, BookFrameType, BookLevel } from "./types.js";

/** Options of an {@link OrderBook}. */
export interface OrderBookOptions {
  symbol: string;
  /** Levels kept per side: the depth subscribed on the wire (Kraken's truncation rule). Default 10. */
  depth?: number;
  /** Default number of levels `bids()`/`asks()` return. Default `depth`. */
  viewDepth?: number;
  /** The pair's `price_precision` (instrument channel); needed for checksums. */
  pricePrecision?: number;
  /** The pair's `qty_precision` (instrument channel); needed for checksums. */
  qtyPrecision?: number;
  /** Checksum verification: every update (default), every n-th, or off. */
  checksum?: ChecksumMode;
}

/** Counters of an {@link OrderBook}. */
export interface OrderBookStats {
  snapshots: number;
  updates: number;
  /** Messages whose checksum was verified and matched. */
  verified: number;
  mismatches: number;
  /** Times the book was thrown away to be rebuilt (mismatch, crossed, reconnect, precision change …). */
  resyncs: number;
  /** Updates dropped because the book was waiting for a fresh snapshot. */
  dropped: number;
}

/** Outcome of applying one message. A failed outcome has already cleared the book. */
export type ApplyResult =
  | { readonly ok: true; readonly verified: boolean }
  | { readonly ok: false; readonly reason: "unsynced" }
  | {
      readonly ok: false;
      readonly reason: "checksum-mismatch" | "crossed" | "missing-checksum";
      readonly error?: KrakenBookError;
    };

/** Events of an {@link OrderBook}. */
export interface OrderBookEvents {
  /** A message was applied (and verified where the checksum mode says so). */
  update: { type: BookFrameType; timestamp: string | undefined; verified: boolean };
  /** The book was cleared and waits for a fresh snapshot. */
  resync: { reason: BookResyncReason; error?: KrakenBookError };
  /** A problem that did not end the book (e.g. resync budget exhausted). */
  error: KrakenBookError;
}

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
export class OrderBook {
  /** The pair, e.g. "BTC/USD". */
  readonly symbol: string;
  /** Levels kept per side (the subscribed depth). */
  readonly depth: number;
  /** Default number of levels returned by `bids()` and `asks()`. */
  readonly viewDepth: number;
  #pricePrecision: number | undefined;
  #qtyPrecision: number | undefined;
  readonly #gate: ChecksumGate;
  readonly #events = new Emitter<OrderBookEvents>();
  // Each side is stored worst first, best last: most changes happen at the top of the book, and at
  // the end of an array an insert or delete moves few elements even at depth 1000.
  #bids: Level[] = [];
  #asks: Level[] = [];
  #synced = false;
  #timestamp: string | undefined;
  // Checksum cache: the chain register after the top 10 asks, and the checksum. An update that
  // changes neither side's top 10 (most updates of a deep book) costs no checksum work at all.
  #asksReg = 0;
  #sum = 0;
  #asksDirty = true;
  #bidsDirty = true;
  readonly #stats: OrderBookStats = {
    snapshots: 0,
    updates: 0,
    verified: 0,
    mismatches: 0,
    resyncs: 0,
    dropped: 0,
  };

  constructor(options: OrderBookOptions) {
    const depth = options.depth ?? 10;
    if (!Number.isInteger(depth) || depth < 1)
      throw new KrakenValidationError("depth must be a positive integer", "depth");
    this.symbol = options.symbol;
    this.depth = depth;
    this.viewDepth = Math.min(options.viewDepth ?? depth, depth);
    this.#pricePrecision = options.pricePrecision;
    this.#qtyPrecision = options.qtyPrecision;
    this.#gate = new ChecksumGate(options.checksum);
  }

  /** The pair's price precision used for checksums. */
  get pricePrecision(): number | undefined {
    return this.#pricePrecision;
  }

  /** The pair's quantity precision used for checksums. */
  get qtyPrecision(): number | undefined {
    return this.#qtyPrecision;
  }

  /** Whether the book holds a snapshot and every check since passed. */
  get synced(): boolean {
    return this.#synced;
  }

  /** Timestamp of the last applied message. */
  get timestamp(): string | undefined {
    return this.#timestamp;
  }

  /** A copy of the counters. */
  get stats(): OrderBookStats {
    return { ...this.#stats };
  }

  /** Adds an event listener; returns a function that removes it. */
  on<K extends keyof OrderBookEvents>(event: K, fn: (payload: OrderBookEvents[K]) => void): () => void {
    return this.#events.on(event, fn);
  }

  /** Adds a listener called once. */
  once<K extends keyof OrderBookEvents>(event: K, fn: (payload: OrderBookEvents[K]) => void): () => void {
    return this.#events.once(event, fn);
  }

  /** Removes a listener. */
  off<K extends keyof OrderBookEvents>(event: K, fn: (payload: OrderBookEvents[K]) => void): void {
    this.#events.off(event, fn);
  }

  /**
   * Applies every entry of a decoded `book` frame that belongs to this symbol. Returns the outcome of
   * the last entry applied (or of the first failure).
   */
  apply(frame: BookFrame): ApplyResult {
    let result: ApplyResult = { ok: true, verified: false };
    for (const data of frame.data) {
      if (data.symbol !== this.symbol) continue;
      result = this.applyData(frame.type, data);
      if (!result.ok) return result;
    }
    return result;
  }

  /** Applies one symbol's snapshot or update (Kraken's rules), then verifies. */
  applyData(type: BookFrameType, data: BookData): ApplyResult {
    const isSnapshot = type === "snapshot";
    if (isSnapshot) {
      this.#bids = [];
      this.#asks = [];
      this.#stats.snapshots++;
    } else {
      if (!this.#synced) {
        this.#stats.dropped++;
        return { ok: false, reason: "unsynced" };
      }
      this.#stats.updates++;
    }
    if (this.#applySide(this.#bids, data.bids, false, isSnapshot)) this.#bidsDirty = true;
    if (this.#applySide(this.#asks, data.asks, true, isSnapshot)) this.#asksDirty = true;
    truncate(this.#bids, this.depth);
    truncate(this.#asks, this.depth);
    this.#timestamp = data.timestamp;

    let verified = false;
    if (
      this.#gate.next(isSnapshot) &&
      this.#pricePrecision !== undefined &&
      this.#qtyPrecision !== undefined
    ) {
      if (data.checksum === undefined) return this.#fail("missing-checksum");
      const computed = this.checksum() as number;
      if (computed !== data.checksum) {
        this.#stats.mismatches++;
        return this.#fail(
          "checksum-mismatch",
          new KrakenBookChecksumError(this.symbol, data.checksum, computed),
        );
      }
      this.#stats.verified++;
      verified = true;
    }
    const bid = this.#bids.at(-1);
    const ask = this.#asks.at(-1);
    if (bid !== undefined && ask !== undefined && comparePrice(bid.key, bid.price, ask) >= 0)
      return this.#fail("crossed");
    this.#synced = true;
    this.#events.emit("update", { type, timestamp: data.timestamp, verified });
    return { ok: true, verified };
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
    const scale = this.#pricePrecision;
    const order = snapshot ? !descending : descending;
    let top = snapshot;
    for (let i = 0; i < levels.length; i++) {
      const { price, qty } = levels[i]!;
      const key = priceKey(price, scale);
      const at = searchSide(side, key, price, order);
      const topFrom = side.length - 10;
      if (isZeroQty(qty)) {
        if (at < 0) continue;
        side.splice(at, 1);
        if (at >= topFrom) top = true;
      } else if (at >= 0) {
        const level = side[at]!;
        level.qty = qty;
        level.length = -1;
        if (at >= topFrom) top = true;
      } else {
        const insertAt = -at - 1;
        if (insertAt === side.length) side.push(new Level(price, qty, key));
        else side.splice(insertAt, 0, new Level(price, qty, key));
        if (insertAt >= topFrom) top = true;
      }
    }
    if (snapshot) side.reverse();
    return top;
  }

  #fail(
    reason: "checksum-mismatch" | "crossed" | "missing-checksum",
    error?: KrakenBookChecksumError,
  ): ApplyResult {
    this.reset(reason, error);
    return error ? { ok: false, reason, error } : { ok: false, reason };
  }

  /**
   * Clears the book and marks it unsynced: updates are dropped until the next snapshot. Emits
   * `resync` (the live book resubscribes for a fresh snapshot when this happens).
   */
  reset(reason: BookResyncReason, error?: KrakenBookError): void {
    this.#bids = [];
    this.#asks = [];
    this.#asksDirty = this.#bidsDirty = true;
    this.#synced = false;
    this.#stats.resyncs++;
    this.#events.emit("resync", error ? { reason, error } : { reason });
  }

  /**
   * Sets the pair's precisions (from the instrument channel). A change on a book that holds data
   * resets it (`resync` with reason "precision-change"); returns whether anything changed.
   */
  setPrecision(pricePrecision: number, qtyPrecision: number): boolean {
    if (pricePrecision === this.#pricePrecision && qtyPrecision === this.#qtyPrecision) return false;
    const hadData = this.#synced;
    this.#pricePrecision = pricePrecision;
    this.#qtyPrecision = qtyPrecision;
    if (hadData) this.reset("precision-change");
    return true;
  }

  /** Reports a problem on the book's `error` event (used by the live book). */
  reportError(error: KrakenBookError): void {
    this.#events.emit("error", error);
  }

  /** Kraken's CRC32 of the current top 10 levels; undefined while the precisions are unknown. */
  checksum(): number | undefined {
    const pp = this.#pricePrecision;
    const qp = this.#qtyPrecision;
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

  /** Best ask minus best bid, exactly ("0.1"); undefined when a side is empty. */
  spread(): string | undefined {
    const b = this.#bids.at(-1);
    const a = this.#asks.at(-1);
    return a && b ? subDecimal(a.price, b.price) : undefined;
  }

  /** Midpoint of best bid and best ask, exactly ("45284.35"); undefined when a side is empty. */
  mid(): string | undefined {
    const b = this.#bids.at(-1);
    const a = this.#asks.at(-1);
    return a && b ? midDecimal(a.price, b.price) : undefined;
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

  /** Removes every listener (the live book calls this on close). */
  removeAllListeners(): void {
    this.#events.removeAllListeners();
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

function isZeroQty(qty: string): boolean {
  for (let i = 0; i < qty.length; i++) {
    const c = qty.charCodeAt(i);
    if (c >= 49 && c <= 57) return false;
  }
  return true;
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
