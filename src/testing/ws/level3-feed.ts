/**
 * The `level3` channel (level3 endpoint): individual resting orders in queue order, add / modify /
 * delete events computed against each depth window, and Kraken's level3 CRC32 (every order of the
 * top 10 levels, in queue order).
 */
import { level3Checksum } from "../../book/checksum.js";
import { remaining } from "../exchange/order-book.js";
import type { SimPair } from "../exchange/pairs.js";
import type { SimOrder } from "../exchange/types.js";
import { diffOrders, type L3Entry, type L3Event, type L3Level } from "./book-diff.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { rfc3339Nano } from "./time.js";

interface Window {
  bids: L3Level[];
  asks: L3Level[];
  ids: Set<string>;
}

const MAX_DEPTH = 1000;

/** When the order was inserted or last amended. */
function orderTime(o: SimOrder): number {
  const last = o.amends[o.amends.length - 1];
  return last ? Math.max(last.timestamp, o.openedAt) : o.openedAt;
}

/** Publishes the `level3` channel. */
export class Level3Feed {
  readonly #published = new Map<string, Window>();
  readonly #dirty = new Set<string>();
  #scheduled = false;

  constructor(private readonly hub: Hub) {}

  /** The current L3 window of a pair. */
  current(pair: SimPair, depth = MAX_DEPTH): Window {
    const book = this.hub.exchange.book(pair.id);
    const ids = new Set<string>();
    const side = (s: "buy" | "sell"): L3Level[] =>
      book
        .side(s)
        .slice(0, depth)
        .map((level) => ({
          price: level.price,
          orders: level.orders.map((o): L3Entry => {
            ids.add(o.id);
            return { id: o.id, price: level.price, qty: remaining(o), timestamp: rfc3339Nano(orderTime(o)) };
          }),
        }));
    return { bids: side("buy"), asks: side("sell"), ids };
  }

  /** Marks a pair's book as changed. */
  touch(pair: SimPair): void {
    if (!this.hub.keysWithPrefix(`level3|${pair.wsname}|`).length) {
      this.#published.delete(pair.wsname);
      return;
    }
    this.#dirty.add(pair.id);
    if (!this.#scheduled) {
      this.#scheduled = true;
      queueMicrotask(() => this.flush());
    }
  }

  /** Sends the snapshot of a new subscription. */
  snapshot(conn: WsConnection, sub: ConnSubscription, pair: SimPair): void {
    const now = this.current(pair);
    if (!this.#published.has(pair.wsname)) this.#published.set(pair.wsname, now);
    const depth = sub.depth ?? 10;
    const bids = now.bids.slice(0, depth);
    const asks = now.asks.slice(0, depth);
    const orders = (levels: L3Level[]): JsonValue =>
      levels.flatMap((l) => l.orders.map((o) => this.#order(o)));
    conn.send(
      writeJson({
        channel: "level3",
        type: "snapshot",
        data: [
          {
            symbol: pair.wsname,
            checksum: int(this.#checksum(pair, asks, bids, false)),
            timestamp: rfc3339Nano(this.hub.now()),
            bids: orders(bids),
            asks: orders(asks),
          },
        ],
      }),
    );
  }

  /** Publishes pending updates. */
  flush(): void {
    this.#scheduled = false;
    for (const id of this.#dirty) {
      const pair = this.hub.exchange.registry.pair(id);
      if (pair) this.#publish(pair);
    }
    this.#dirty.clear();
  }

  #publish(pair: SimPair): void {
    const keys = this.hub.keysWithPrefix(`level3|${pair.wsname}|`);
    const prev = this.#published.get(pair.wsname);
    const next = this.current(pair);
    this.#published.set(pair.wsname, next);
    if (!prev || keys.length === 0) return;
    const corrupt = this.hub.takeCorrupt("level3", pair.wsname);
    const checksum = this.#checksum(pair, next.asks, next.bids, corrupt);
    const resting = (id: string) => next.ids.has(id);
    for (const key of keys) {
      const depth = Number(key.slice(key.lastIndexOf("|") + 1));
      const bids = diffOrders(prev.bids.slice(0, depth), next.bids.slice(0, depth), resting);
      const asks = diffOrders(prev.asks.slice(0, depth), next.asks.slice(0, depth), resting);
      if (bids.length === 0 && asks.length === 0) continue;
      const text = writeJson({
        channel: "level3",
        type: "update",
        data: [
          {
            symbol: pair.wsname,
            checksum: int(checksum),
            timestamp: rfc3339Nano(this.hub.now()),
            bids: bids.map((e) => this.#event(e)),
            asks: asks.map((e) => this.#event(e)),
          },
        ],
      });
      for (const conn of this.hub.subscribers(key)) conn.send(text);
    }
  }

  #order(o: L3Entry): JsonValue {
    return { order_id: o.id, limit_price: num(o.price), order_qty: num(o.qty), timestamp: o.timestamp };
  }

  #event(e: L3Event): JsonValue {
    return {
      event: e.event,
      order_id: e.id,
      limit_price: num(e.price),
      order_qty: num(e.qty),
      timestamp: e.timestamp,
    };
  }

  #checksum(pair: SimPair, asks: readonly L3Level[], bids: readonly L3Level[], corrupt: boolean): number {
    const side = (levels: readonly L3Level[]) =>
      levels.slice(0, 10).map((l) => l.orders.map((o) => ({ limit_price: o.price, order_qty: o.qty })));
    const crc = level3Checksum(side(asks), side(bids), pair.priceDecimals, pair.qtyDecimals);
    return corrupt ? (crc ^ 0x5a5a5a5a) >>> 0 : crc;
  }
}
