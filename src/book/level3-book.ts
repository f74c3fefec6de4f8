import { KrakenValidationError } from "../errors/base.js";
import { type BookResyncReason, KrakenBookChecksumError, type KrakenBookError } from "../errors/book.js";
import { Emitter } from "../util/emitter.js";
import { setChecksumPart } from "./checksum.js";
import { ChecksumGate, type ChecksumMode } from "./checksum-policy.js";
import { CRC_CHAIN_START, crcChain, crcChainEnd } from "./crc32.js";
import { addDecimal, midDecimal, subDecimal } from "./decimal-math.js";
import type { ApplyResult, OrderBookEvents } from "./order-book.js";
import { comparePrice, priceKey, searchSide } from "./price-key.js";
import type { BookFrameType, BookLevel, Level3Data, Level3Frame, Level3Order } from "./types.js";

/** Options of a {@link Level3Book}. */
export interface Level3BookOptions {
  symbol: string;
  /** Price levels kept per side: the depth subscribed on the wire (10, 100 or 1000). Default 10. */
  depth?: number;
  /** Default number of levels `bids()`/`asks()` return. Default `depth`. */
  viewDepth?: number;
  pricePrecision?: number;
  qtyPrecision?: number;
  /** Checksum verification: every update (default), every n-th, or off. */
  checksum?: ChecksumMode;
}

/** Counters of a {@link Level3Book}. */
export interface Level3BookStats {
  snapshots: number;
  updates: number;
  verified: number;
  mismatches: number;
  resyncs: number;
  dropped: number;
  /** modify/delete events for orders the book does not hold (the checksum decides if that matters). */
  unknownOrders: number;
}

/** One price level of a level3 book: the orders in queue order (oldest first) and their total. */
export interface Level3PriceLevel {
  readonly price: string;
  /** Sum of the orders' quantities, exact. */
  readonly qty: string;
  readonly orders: ReadonlyArray<Level3Order>;
}

class OrderState {
  /** crcPart of token(price) + token(qty), this order's part of the checksum; see `length`. */
  part = 0;
  /** Length of token(price) + token(qty); -1 until computed and whenever qty changes. */
  length = -1;
  constructor(
    readonly order_id: string,
    public order_qty: string,
    public timestamp: string,
    public level: L3Level,
  ) {}
}

class L3Level {
  readonly orders: OrderState[] = [];
  constructor(
    readonly price: string,
    readonly key: number,
    readonly isBid: boolean,
  ) {}
}

/**
 * A Kraken WS v2 level-3 (individual orders) book: orders per price level in queue order, `add` at
 * the back of its level, `modify` in place, `delete` removing the order (and an emptied level),
 * truncation to the subscribed depth in price levels, and Kraken's level3 CRC32 over every order of
 * the top 10 levels per side. Same resync behaviour as {@link OrderBook}.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2
 * @example
 * const book = new Level3Book({ symbol: "BTC/USD", depth: 10, pricePrecision: 1, qtyPrecision: 8 });
 * book.apply(level3Frame);
 * book.bids(1)[0]?.orders; // queue at the best bid
 */
export class Level3Book {
  /** The pair, e.g. "BTC/USD". */
  readonly symbol: string;
  /** Price levels kept per side (the subscribed depth). */
  readonly depth: number;
  /** Default number of levels returned by `bids()` and `asks()`. */
  readonly viewDepth: number;
  #pricePrecision: number | undefined;
  #qtyPrecision: number | undefined;
  readonly #gate: ChecksumGate;
  readonly #events = new Emitter<OrderBookEvents>();
  #bids: L3Level[] = [];
  #asks: L3Level[] = [];
  #orders = new Map<string, OrderState>();
  #synced = false;
  #timestamp: string | undefined;
  readonly #stats: Level3BookStats = {
    snapshots: 0,
    updates: 0,
    verified: 0,
    mismatches: 0,
    resyncs: 0,
    dropped: 0,
    unknownOrders: 0,
  };

  constructor(options: Level3BookOptions) {
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
  get stats(): Level3BookStats {
    return { ...this.#stats };
  }

  /** Price levels and orders currently held. */
  get size(): { bids: number; asks: number; orders: number } {
    return { bids: this.#bids.length, asks: this.#asks.length, orders: this.#orders.size };
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

  /** Applies every entry of a decoded `level3` frame that belongs to this symbol. */
  apply(frame: Level3Frame): ApplyResult {
    let result: ApplyResult = { ok: true, verified: false };
    for (const data of frame.data) {
      if (data.symbol !== this.symbol) continue;
      result = this.applyData(frame.type, data);
      if (!result.ok) return result;
    }
    return result;
  }

  /** Applies one symbol's snapshot or update, truncates by price levels, then verifies. */
  applyData(type: BookFrameType, data: Level3Data): ApplyResult {
    const isSnapshot = type === "snapshot";
    if (isSnapshot) {
      this.#clear();
      this.#stats.snapshots++;
    } else {
      if (!this.#synced) {
        this.#stats.dropped++;
        return { ok: false, reason: "unsynced" };
      }
      this.#stats.updates++;
    }
    this.#applySide(this.#bids, data.bids, true);
    this.#applySide(this.#asks, data.asks, false);
    this.#truncate(this.#bids);
    this.#truncate(this.#asks);
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
    const bid = this.#bids[0];
    const ask = this.#asks[0];
    if (bid !== undefined && ask !== undefined && comparePrice(bid.key, bid.price, ask) >= 0)
      return this.#fail("crossed");
    this.#synced = true;
    this.#events.emit("update", { type, timestamp: data.timestamp, verified });
    return { ok: true, verified };
  }

  #applySide(side: L3Level[], events: ReadonlyArray<Level3Order>, isBid: boolean): void {
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const event = e.event ?? "add";
      const existing = this.#orders.get(e.order_id);
      if (event === "add") {
        if (existing) this.#remove(existing); // defensive: an add for a known id re-queues it
        this.#add(side, e, isBid);
      } else if (!existing) {
        this.#stats.unknownOrders++;
      } else if (event === "delete") {
        this.#remove(existing);
      } else if (
        comparePrice(priceKey(e.limit_price, this.#pricePrecision), e.limit_price, existing.level) !== 0
      ) {
        // Kraken reports an amended price as delete + add; if a modify moves it anyway, requeue it
        this.#remove(existing);
        this.#add(side, e, isBid);
      } else {
        existing.order_qty = e.order_qty;
        existing.timestamp = e.timestamp;
        existing.length = -1;
      }
    }
  }

  #add(side: L3Level[], e: Level3Order, isBid: boolean): void {
    const key = priceKey(e.limit_price, this.#pricePrecision);
    const at = searchSide(side, key, e.limit_price, isBid);
    let level: L3Level;
    if (at >= 0) level = side[at]!;
    else {
      level = new L3Level(e.limit_price, key, isBid);
      side.splice(-at - 1, 0, level);
    }
    const order = new OrderState(e.order_id, e.order_qty, e.timestamp, level);
    level.orders.push(order);
    this.#orders.set(e.order_id, order);
  }

  #remove(order: OrderState): void {
    this.#orders.delete(order.order_id);
    const level = order.level;
    const idx = level.orders.indexOf(order);
    if (idx >= 0) level.orders.splice(idx, 1);
    if (level.orders.length > 0) return;
    const side = level.isBid ? this.#bids : this.#asks;
    const at = searchSide(side, level.key, level.price, level.isBid);
    if (at >= 0 && side[at] === level) side.splice(at, 1);
  }

  #truncate(side: L3Level[]): void {
    if (side.length <= this.depth) return;
    for (let i = this.depth; i < side.length; i++) {
      for (const o of side[i]!.orders) this.#orders.delete(o.order_id);
    }
    side.length = this.depth;
  }

  #clear(): void {
    this.#bids = [];
    this.#asks = [];
    this.#orders = new Map();
  }

  #fail(
    reason: "checksum-mismatch" | "crossed" | "missing-checksum",
    error?: KrakenBookChecksumError,
  ): ApplyResult {
    this.reset(reason, error);
    return error ? { ok: false, reason, error } : { ok: false, reason };
  }

  /** Clears the book and marks it unsynced until the next snapshot; emits `resync`. */
  reset(reason: BookResyncReason, error?: KrakenBookError): void {
    this.#clear();
    this.#synced = false;
    this.#stats.resyncs++;
    this.#events.emit("resync", error ? { reason, error } : { reason });
  }

  /** Sets the pair's precisions; a change on a synced book resets it. Returns whether anything changed. */
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

  /** Kraken's level3 CRC32 of the current top 10 levels; undefined while the precisions are unknown. */
  checksum(): number | undefined {
    const pp = this.#pricePrecision;
    const qp = this.#qtyPrecision;
    if (pp === undefined || qp === undefined) return undefined;
    return crcChainEnd(crcSide(this.#bids, crcSide(this.#asks, CRC_CHAIN_START, pp, qp), pp, qp));
  }

  /** The best `n` bid levels (highest first) with their order queues. */
  bids(n: number = this.viewDepth): Level3PriceLevel[] {
    return this.#levels(this.#bids, n);
  }

  /** The best `n` ask levels (lowest first) with their order queues. */
  asks(n: number = this.viewDepth): Level3PriceLevel[] {
    return this.#levels(this.#asks, n);
  }

  /** One order by id, with its side. */
  order(orderId: string): (Level3Order & { side: "bid" | "ask" }) | undefined {
    const o = this.#orders.get(orderId);
    return o && { ...view(o), side: o.level.isBid ? "bid" : "ask" };
  }

  /** Highest bid level as `{ price, qty }` (qty = total of its orders). */
  bestBid(): BookLevel | undefined {
    const l = this.#bids[0];
    return l && { price: l.price, qty: total(l) };
  }

  /** Lowest ask level as `{ price, qty }`. */
  bestAsk(): BookLevel | undefined {
    const l = this.#asks[0];
    return l && { price: l.price, qty: total(l) };
  }

  /** Best ask minus best bid, exactly. */
  spread(): string | undefined {
    const b = this.#bids[0];
    const a = this.#asks[0];
    return a && b ? subDecimal(a.price, b.price) : undefined;
  }

  /** Midpoint of best bid and best ask, exactly. */
  mid(): string | undefined {
    const b = this.#bids[0];
    const a = this.#asks[0];
    return a && b ? midDecimal(a.price, b.price) : undefined;
  }

  /** Removes every listener (the live book calls this on close). */
  removeAllListeners(): void {
    this.#events.removeAllListeners();
  }

  #levels(side: L3Level[], n: number): Level3PriceLevel[] {
    const len = Math.min(n, side.length);
    const out: Level3PriceLevel[] = new Array(len);
    for (let i = 0; i < len; i++) {
      const l = side[i]!;
      out[i] = { price: l.price, qty: total(l), orders: l.orders.map(view) };
    }
    return out;
  }
}

/** CRC32 chained over every order of the top 10 levels (see OrderBook.checksum). */
function crcSide(side: L3Level[], reg: number, pp: number, qp: number): number {
  const n = Math.min(side.length, 10);
  let c = reg;
  for (let i = 0; i < n; i++) {
    const level = side[i]!;
    for (const o of level.orders) {
      if (o.length < 0) setChecksumPart(o, level.price, o.order_qty, pp, qp);
      c = crcChain(c, o.part, o.length);
    }
  }
  return c;
}

function view(o: OrderState): Level3Order {
  return { order_id: o.order_id, limit_price: o.level.price, order_qty: o.order_qty, timestamp: o.timestamp };
}

function total(level: L3Level): string {
  let sum = "0";
  for (const o of level.orders) sum = addDecimal(sum, o.order_qty);
  return sum;
}
