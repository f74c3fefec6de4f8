/**
 * The `book` (L2) channel: snapshots and updates per (symbol, depth) from the mirrored exchange
 * book of exact decimal strings, with Kraken's CRC32 over the top 10 levels. Each subscriber depth
 * gets the update that takes its window from the last published book to the current one.
 */
import { bookChecksum } from "../../book/checksum.js";
import type { SimPair } from "../exchange/pairs.js";
import { changedOnly, diffLevels, type Level } from "./book-diff.js";
import type { BookMirror } from "./book-mirror.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { rfc3339Micro } from "./time.js";

interface Window {
  readonly bids: readonly Level[];
  readonly asks: readonly Level[];
}

const MAX_DEPTH = 1000;

function windowOf(m: BookMirror): Window {
  return { bids: m.bids.slice(0, MAX_DEPTH), asks: m.asks.slice(0, MAX_DEPTH) };
}

/** Publishes the `book` channel. */
export class BookFeed {
  /** Last published book of each symbol. */
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
    conn.send(this.#frame("snapshot", pair, bids, asks, this.#checksum(pair, asks, bids, false)));
  }

  /** Forgets the last published book of a symbol (its mirror was dropped). */
  forget(symbol: string): void {
    this.#published.delete(symbol);
  }

  /** Publishes the change of a pair's book to every depth subscribed. */
  publish(pair: SimPair, mirror: BookMirror): void {
    const keys = this.hub.keysWithPrefix(`book|${pair.wsname}|`);
    const prev = this.#published.get(pair.wsname);
    if (keys.length === 0) {
      this.#published.delete(pair.wsname);
      return;
    }
    const next = windowOf(mirror);
    this.#published.set(pair.wsname, next);
    if (!prev) return;
    const bidAlive = new Set(next.bids.map((l) => l.price));
    const askAlive = new Set(next.asks.map((l) => l.price));
    const corrupt = this.hub.takeCorrupt("book", pair.wsname);
    const checksum = this.#checksum(pair, next.asks, next.bids, corrupt);
    for (const key of keys) {
      const depth = Number(key.slice(key.lastIndexOf("|") + 1));
      const [pb, nb] = changedOnly(prev.bids.slice(0, depth), next.bids.slice(0, depth));
      const [pa, na] = changedOnly(prev.asks.slice(0, depth), next.asks.slice(0, depth));
      const bids = diffLevels(pb, nb, (p) => bidAlive.has(p));
      const asks = diffLevels(pa, na, (p) => askAlive.has(p));
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
