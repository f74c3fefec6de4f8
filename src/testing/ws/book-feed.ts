/**
 * The `book` (L2) channel: snapshots and updates per (symbol, depth) built from the exchange's L3
 * book of exact decimal strings, with Kraken's CRC32 over the top 10 levels. Book events of one
 * synchronous exchange operation are batched into one update per subscriber (flushed in a microtask).
 */
import { bookChecksum } from "../../book/checksum.js";
import type { SimPair } from "../exchange/pairs.js";
import { diffLevels, type Level } from "./book-diff.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { rfc3339Micro } from "./time.js";

interface Window {
  bids: Level[];
  asks: Level[];
}

const MAX_DEPTH = 1000;

/** Publishes the `book` channel. */
export class BookFeed {
  /** Last published book of each symbol (top MAX_DEPTH levels per side). */
  readonly #published = new Map<string, Window>();
  readonly #dirty = new Set<string>();
  #scheduled = false;

  constructor(private readonly hub: Hub) {}

  /** The current aggregated book of a pair, best first. */
  current(pair: SimPair, depth = MAX_DEPTH): Window {
    const book = this.hub.exchange.book(pair.id);
    const map = (rows: Array<[string, string, number, number]>) =>
      rows.map(([price, qty]) => ({ price, qty }));
    return { bids: map(book.aggregated("buy", depth)), asks: map(book.aggregated("sell", depth)) };
  }

  /** Marks a pair's book as changed; an update goes out once the current operation finishes. */
  touch(pair: SimPair): void {
    if (!this.hub.keysWithPrefix(`book|${pair.wsname}|`).length) {
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
    const checksum = this.#checksum(pair, asks, bids, false);
    conn.send(this.#frame("snapshot", pair, bids, asks, checksum));
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
    const keys = this.hub.keysWithPrefix(`book|${pair.wsname}|`);
    const prev = this.#published.get(pair.wsname);
    const next = this.current(pair);
    this.#published.set(pair.wsname, next);
    if (!prev || keys.length === 0) return;
    const bidAlive = new Set(next.bids.map((l) => l.price));
    const askAlive = new Set(next.asks.map((l) => l.price));
    const corrupt = this.hub.takeCorrupt("book", pair.wsname);
    const checksum = this.#checksum(pair, next.asks, next.bids, corrupt);
    for (const key of keys) {
      const depth = Number(key.slice(key.lastIndexOf("|") + 1));
      const bids = diffLevels(prev.bids.slice(0, depth), next.bids.slice(0, depth), (p) => bidAlive.has(p));
      const asks = diffLevels(prev.asks.slice(0, depth), next.asks.slice(0, depth), (p) => askAlive.has(p));
      if (bids.length === 0 && asks.length === 0) continue;
      const text = this.#frame("update", pair, bids, asks, checksum);
      for (const conn of this.hub.subscribers(key)) conn.send(text);
    }
  }

  #checksum(pair: SimPair, asks: readonly Level[], bids: readonly Level[], corrupt: boolean): number {
    const crc = bookChecksum(asks.slice(0, 10), bids.slice(0, 10), pair.priceDecimals, pair.qtyDecimals);
    return corrupt ? (crc ^ 0x5a5a5a5a) >>> 0 : crc;
  }

  #frame(
    type: "snapshot" | "update",
    pair: SimPair,
    bids: readonly Level[],
    asks: readonly Level[],
    checksum: number,
  ): string {
    const levels = (side: readonly Level[]): JsonValue =>
      side.map((l) => ({ price: num(l.price), qty: num(l.qty) }));
    return writeJson({
      channel: "book",
      type,
      data: [
        {
          symbol: pair.wsname,
          bids: levels(bids),
          asks: levels(asks),
          checksum: int(checksum),
          timestamp: rfc3339Micro(this.hub.now()),
        },
      ],
    });
  }
}
