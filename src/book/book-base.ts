import { KrakenValidationError } from "../errors/base.js";
import { type BookResyncReason, KrakenBookChecksumError, type KrakenBookError } from "../errors/book.js";
import { Emitter } from "../util/emitter.js";
import { ChecksumGate, type ChecksumMode } from "./checksum-policy.js";
import { midDecimal, subDecimal } from "./decimal-math.js";
import { comparePrice, type Keyed } from "./price-key.js";
import type { BookFrameType } from "./types.js";

/**
 * Options shared by {@link OrderBook} and {@link Level3Book}.
 * @example
 * const book = new OrderBook({ symbol: "BTC/USD", depth: 100, viewDepth: 10, pricePrecision: 1,
 *   qtyPrecision: 8 });
 * book.bids().length; // at most 10 (viewDepth); the book keeps 100 levels per side
 */
export interface BookOptions {
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
  /** Receives exceptions thrown by this book's listeners (never rethrown); `console` fits. */
  logger?: { error?(message: string, data?: unknown): void };
}

/**
 * Counters of an {@link OrderBook}.
 * @example
 * const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
 * const { updates, verified, mismatches, resyncs } = book.stats;
 * console.log(`${verified}/${updates} verified, ${mismatches} mismatches, ${resyncs} resyncs`);
 */
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

/**
 * Outcome of applying one message. A failed outcome has already cleared the book.
 * @example
 * const result = book.apply(msg);
 * if (result.ok) console.log("applied, checksum verified:", result.verified);
 * else if (result.reason !== "unsynced") console.warn("book cleared:", result.reason, result.error?.message);
 */
export type ApplyResult =
  | { readonly ok: true; readonly verified: boolean }
  | { readonly ok: false; readonly reason: "unsynced" }
  | {
      readonly ok: false;
      readonly reason: "checksum-mismatch" | "crossed" | "missing-checksum";
      readonly error?: KrakenBookError;
    };

/**
 * Events of an {@link OrderBook} or {@link Level3Book}.
 * @example
 * book.on("update", ({ type, verified }) => console.log(type, verified, book.bestBid()));
 * book.on("resync", ({ reason }) => console.warn("book rebuilt:", reason)); // e.g. "checksum-mismatch"
 * book.on("error", (err) => console.error(err.code, err.message)); // e.g. "book_resync_exhausted"
 */
export interface OrderBookEvents {
  /** A message was applied (and verified where the checksum mode says so). */
  update: { type: BookFrameType; timestamp: string | undefined; verified: boolean };
  /** The book was cleared and waits for a fresh snapshot. */
  resync: { reason: BookResyncReason; error?: KrakenBookError };
  /** A problem that did not end the book (e.g. resync budget exhausted). */
  error: KrakenBookError;
  /**
   * A live book stopped for good: its last consumer closed it, or a failure retrying cannot fix (the
   * client closed, Kraken refused the symbol; reported on `error` first). A plain book never emits it.
   */
  close: undefined;
}

// The outcomes of a good message are shared constants: a book applies one per update, and a new
// object each time was measurable garbage on the hot path (the type keeps them read-only).
const APPLIED: ApplyResult = { ok: true, verified: false };
const VERIFIED: ApplyResult = { ok: true, verified: true };
const UNSYNCED: ApplyResult = { ok: false, reason: "unsynced" };

/** What both books' frames carry per symbol. */
interface SymbolData {
  readonly symbol: string;
  readonly checksum: number | undefined;
  readonly timestamp: string | undefined;
}

/**
 * What {@link OrderBook} and {@link Level3Book} share: options, counters, events, Kraken's apply
 * cycle (snapshot or update, verify the checksum, refuse a crossed book, clear and wait for a fresh
 * snapshot on any failure) and the exact spread and mid. Subclasses keep the levels.
 * @example
 * function watchSpread(book: OrderBook | Level3Book): () => void {
 *   return book.on("update", () => console.log(book.symbol, book.spread(), book.mid())); // "0.1" "45283.55"
 * }
 * book instanceof BookBase; // true for OrderBook, Level3Book and the live books
 */
export abstract class BookBase<Data extends SymbolData, Stats extends OrderBookStats> {
  /** The pair, e.g. "BTC/USD". */
  readonly symbol: string;
  /** Whether the book stopped for good (a live book once `close` was emitted). */
  readonly closed: boolean = false;
  /** Levels kept per side (the subscribed depth). */
  readonly depth: number;
  /** Default number of levels returned by `bids()` and `asks()`. */
  readonly viewDepth: number;
  /** @internal */
  protected pp: number | undefined;
  /** @internal */
  protected qp: number | undefined;
  /** @internal */
  protected readonly counters: Stats;
  readonly #gate: ChecksumGate;
  readonly #events: Emitter<OrderBookEvents>;
  #synced = false;
  #timestamp: string | undefined;

  constructor(options: BookOptions, counters: Stats) {
    const depth = options.depth ?? 10;
    if (!Number.isInteger(depth) || depth < 1)
      throw new KrakenValidationError("depth must be a positive integer", "depth");
    this.symbol = options.symbol;
    this.depth = depth;
    this.viewDepth = Math.min(options.viewDepth ?? depth, depth);
    this.pp = options.pricePrecision;
    this.qp = options.qtyPrecision;
    this.#gate = new ChecksumGate(options.checksum);
    this.counters = counters;
    this.#events = new Emitter((e) => options.logger?.error?.("book listener threw", e));
  }

  /** The pair's price precision used for checksums. */
  get pricePrecision(): number | undefined {
    return this.pp;
  }

  /** The pair's quantity precision used for checksums. */
  get qtyPrecision(): number | undefined {
    return this.qp;
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
  get stats(): Stats {
    return { ...this.counters };
  }

  /** Adds an event listener (`update`, `resync`, `error`); returns a function that removes it. */
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

  /** Removes every listener. */
  removeAllListeners(): void {
    this.#events.removeAllListeners();
  }

  /**
   * @internal Stops for good: emits `close`, then removes every listener (the live book's sync calls
   * this once).
   */
  end(): void {
    (this as { closed: boolean }).closed = true;
    this.#events.emit("close", undefined);
    this.#events.removeAllListeners();
  }

  /**
   * @internal Keeps `depth` levels per side from the next message on: the depth Kraken acknowledged,
   * which a server may choose over the one asked for (truncating deeper would keep stale levels).
   * `bids()` and `asks()` return at most that many levels, whatever `viewDepth` says.
   */
  keep(depth: number): void {
    (this as { depth: number }).depth = depth;
  }

  /**
   * Applies every entry of a decoded frame that belongs to this symbol. Returns the outcome of the
   * last entry applied (or of the first failure).
   */
  apply(frame: { readonly type: BookFrameType; readonly data: ReadonlyArray<Data> }): ApplyResult {
    let result = APPLIED;
    for (const data of frame.data) {
      if (data.symbol !== this.symbol) continue;
      result = this.applyData(frame.type, data);
      if (!result.ok) return result;
    }
    return result;
  }

  /** Applies one symbol's snapshot or update (Kraken's rules), then verifies. */
  applyData(type: BookFrameType, data: Data): ApplyResult {
    const isSnapshot = type === "snapshot";
    if (isSnapshot) {
      this.clear();
      this.counters.snapshots++;
    } else {
      if (!this.#synced) {
        this.counters.dropped++;
        return UNSYNCED;
      }
      this.counters.updates++;
    }
    this.applyLevels(data, isSnapshot);
    this.#timestamp = data.timestamp;

    let verified = false;
    if (this.#gate.next(isSnapshot) && this.pp !== undefined && this.qp !== undefined) {
      if (data.checksum === undefined) return this.#fail("missing-checksum");
      const computed = this.checksum() as number;
      if (computed !== data.checksum) {
        this.counters.mismatches++;
        return this.#fail(
          "checksum-mismatch",
          new KrakenBookChecksumError(this.symbol, data.checksum, computed),
        );
      }
      this.counters.verified++;
      verified = true;
    }
    const bid = this.top(true);
    const ask = this.top(false);
    if (bid !== undefined && ask !== undefined && comparePrice(bid.key, bid.price, ask) >= 0)
      return this.#fail("crossed");
    this.#synced = true;
    // no event object is built for a book nobody listens to
    if (this.#events.listenerCount("update") > 0)
      this.#events.emit("update", { type, timestamp: data.timestamp, verified });
    return verified ? VERIFIED : APPLIED;
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
    this.clear();
    this.#synced = false;
    this.counters.resyncs++;
    this.#events.emit("resync", error ? { reason, error } : { reason });
  }

  /**
   * Sets the pair's precisions (from the instrument channel). A change on a book that holds data
   * resets it (`resync` with reason "precision-change"); returns whether anything changed.
   */
  setPrecision(pricePrecision: number, qtyPrecision: number): boolean {
    if (pricePrecision === this.pp && qtyPrecision === this.qp) return false;
    const hadData = this.#synced;
    this.pp = pricePrecision;
    this.qp = qtyPrecision;
    if (hadData) this.reset("precision-change");
    return true;
  }

  /** Reports a problem on the book's `error` event (used by the live book). */
  reportError(error: KrakenBookError): void {
    this.#events.emit("error", error);
  }

  /** Best ask minus best bid, exactly ("0.1"); undefined when a side is empty. */
  spread(): string | undefined {
    const b = this.top(true);
    const a = this.top(false);
    return a && b ? subDecimal(a.price, b.price) : undefined;
  }

  /** Midpoint of best bid and best ask, exactly ("45284.35"); undefined when a side is empty. */
  mid(): string | undefined {
    const b = this.top(true);
    const a = this.top(false);
    return a && b ? midDecimal(a.price, b.price) : undefined;
  }

  /** Kraken's CRC32 of the current top 10 levels; undefined while the precisions are unknown. */
  abstract checksum(): number | undefined;

  /** @internal Empties both sides. */
  protected abstract clear(): void;

  /** @internal Applies one message's levels (or orders) to both sides, truncated to the depth. */
  protected abstract applyLevels(data: Data, snapshot: boolean): void;

  /** @internal The best level of a side, or undefined when it is empty. */
  protected abstract top(bid: boolean): Keyed | undefined;
}
