/**
 * The `level3` channel (level3 endpoint): individual resting orders in queue order, add / modify /
 * delete events computed against each depth window, and Kraken's level3 CRC32 (every order of the
 * top 10 levels, in queue order).
 */
import { level3Checksum } from "../../book/checksum.js";
import type { SimPair } from "../exchange/pairs.js";
import { changedOnly, diffOrders, type L3Entry, type L3Event, type L3Level } from "./book-diff.js";
import type { BookMirror } from "./book-mirror.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { rfc3339Nano } from "./time.js";

interface Window {
  readonly bids: readonly L3Level[];
  readonly asks: readonly L3Level[];
}

const MAX_DEPTH = 1000;

function windowOf(m: BookMirror): Window {
  return { bids: m.bids.slice(0, MAX_DEPTH), asks: m.asks.slice(0, MAX_DEPTH) };
}

/** Publishes the `level3` channel. */
export class Level3Feed {
  readonly #published = new Map<string, Window>();

  constructor(private readonly hub: Hub) {}

  /** Starts a subscription: sets the update baseline and sends the snapshot when asked for. */
  subscribed(
    conn: WsConnection,
    sub: ConnSubscription,
    pair: SimPair,
    mirror: BookMirror,
    snapshot: boolean,
  ): void {
    if (!this.#published.has(pair.wsname)) this.#published.set(pair.wsname, windowOf(mirror));
    if (!snapshot) return;
    const depth = sub.depth ?? 10;
    const bids = mirror.bids.slice(0, depth);
    const asks = mirror.asks.slice(0, depth);
    const orders = (levels: readonly L3Level[]): JsonValue =>
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

  /** Forgets the last published book of a symbol (its mirror was dropped). */
  forget(symbol: string): void {
    this.#published.delete(symbol);
  }

  /** Publishes the change of a pair's book to every depth subscribed. */
  publish(pair: SimPair, mirror: BookMirror): void {
    const keys = this.hub.keysWithPrefix(`level3|${pair.wsname}|`);
    const prev = this.#published.get(pair.wsname);
    if (keys.length === 0) {
      this.#published.delete(pair.wsname);
      return;
    }
    const next = windowOf(mirror);
    this.#published.set(pair.wsname, next);
    if (!prev) return;
    const corrupt = this.hub.takeCorrupt("level3", pair.wsname);
    const checksum = this.#checksum(pair, next.asks, next.bids, corrupt);
    const resting = (id: string) => mirror.resting(id);
    for (const key of keys) {
      const depth = Number(key.slice(key.lastIndexOf("|") + 1));
      const [pb, nb] = changedOnly(prev.bids.slice(0, depth), next.bids.slice(0, depth));
      const [pa, na] = changedOnly(prev.asks.slice(0, depth), next.asks.slice(0, depth));
      const bids = diffOrders(pb, nb, resting);
      const asks = diffOrders(pa, na, resting);
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
