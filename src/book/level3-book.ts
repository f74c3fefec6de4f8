import { detach } from "../util/detach.js";
import { BookBase, type BookOptions, type OrderBookStats } from "./book-base.js";
import { setChecksumPart } from "./checksum.js";
import { CRC_CHAIN_START, crcChain, crcChainEnd } from "./crc32.js";
import { addDecimal } from "./decimal-math.js";
import { comparePrice, priceKey, searchSide } from "./price-key.js";
import type { BookLevel, Level3Data, Level3Order } from "./types.js";

/**
 * Options of a {@link Level3Book} (`depth` counts price levels: 10, 100 or 1000 on the wire).
 * @example
 * const l3 = new Level3Book({ symbol: "BTC/USD", depth: 100, pricePrecision: 1, qtyPrecision: 8 });
 * l3.size; // { bids: 0, asks: 0, orders: 0 } until the first snapshot is applied
 */
export type Level3BookOptions = BookOptions;

/**
 * Counters of a {@link Level3Book}.
 * @example
 * const l3 = await ws.level3({ symbol: "BTC/USD", depth: 10 });
 * const { verified, mismatches, unknownOrders } = l3.stats;
 */
export interface Level3BookStats extends OrderBookStats {
  /** modify/delete events for orders the book does not hold (the checksum decides if that matters). */
  unknownOrders: number;
}

/**
 * One price level of a level3 book: the orders in queue order (oldest first) and their total.
 * @example
 * const [best] = l3.bids(1);
 * best?.price; // "45283.5"
 * best?.qty; // "0.35000000", the exact sum of the orders' order_qty
 * best?.orders[0]?.order_id; // first in the queue, e.g. "OTCFZG-YOE2Q-LQKNM3"
 */
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
 * import { decodeBookMessage, Level3Book } from "kraken-connector/books";
 * const book = new Level3Book({ symbol: "BTC/USD", depth: 10, pricePrecision: 1, qtyPrecision: 8 });
 * const msg = decodeBookMessage(frameText); // the text of one `level3` WebSocket frame
 * if (!(msg instanceof Error) && msg.channel === "level3") book.apply(msg);
 * book.bids(1)[0]?.orders; // queue at the best bid
 */
export class Level3Book extends BookBase<Level3Data, Level3BookStats> {
  #bids: L3Level[] = [];
  #asks: L3Level[] = [];
  #orders = new Map<string, OrderState>();

  constructor(options: Level3BookOptions) {
    super(options, {
      snapshots: 0,
      updates: 0,
      verified: 0,
      mismatches: 0,
      resyncs: 0,
      dropped: 0,
      unknownOrders: 0,
    });
  }

  /** Price levels and orders currently held. */
  get size(): { bids: number; asks: number; orders: number } {
    return { bids: this.#bids.length, asks: this.#asks.length, orders: this.#orders.size };
  }

  /** @internal */
  protected clear(): void {
    this.#bids = [];
    this.#asks = [];
    this.#orders = new Map();
  }

  /** @internal */
  protected applyLevels(data: Level3Data): void {
    this.#applySide(this.#bids, data.bids, true);
    this.#applySide(this.#asks, data.asks, false);
    this.#truncate(this.#bids);
    this.#truncate(this.#asks);
  }

  /** @internal */
  protected top(bid: boolean): L3Level | undefined {
    return (bid ? this.#bids : this.#asks)[0];
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
        this.counters.unknownOrders++;
      } else if (event === "delete") {
        this.#remove(existing);
      } else if (comparePrice(priceKey(e.limit_price, this.pp), e.limit_price, existing.level) !== 0) {
        // Kraken reports an amended price as delete + add; if a modify moves it anyway, requeue it
        this.#remove(existing);
        this.#add(side, e, isBid);
      } else {
        existing.order_qty = detach(e.order_qty);
        existing.timestamp = detach(e.timestamp);
        existing.length = -1;
      }
    }
  }

  #add(side: L3Level[], e: Level3Order, isBid: boolean): void {
    const key = priceKey(e.limit_price, this.pp);
    const at = searchSide(side, key, e.limit_price, isBid);
    let level: L3Level;
    if (at >= 0) level = side[at]!;
    else {
      level = new L3Level(detach(e.limit_price), key, isBid);
      side.splice(-at - 1, 0, level);
    }
    // the order outlives the frame its strings were sliced from
    const order = new OrderState(detach(e.order_id), detach(e.order_qty), detach(e.timestamp), level);
    level.orders.push(order);
    this.#orders.set(order.order_id, order);
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

  /** Kraken's level3 CRC32 of the current top 10 levels; undefined while the precisions are unknown. */
  checksum(): number | undefined {
    const pp = this.pp;
    const qp = this.qp;
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
