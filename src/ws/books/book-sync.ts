// The lazily loaded book code: `ws.book()` and `ws.level3()` open (or share) a live book here.

import type { ApplyResult } from "../../book/order-book.js";
import type { BookFrame, Level3Frame } from "../../book/types.js";
import { KrakenValidationError } from "../../errors/base.js";
import { type AnyLiveBook, LiveLevel3Book, LiveOrderBook } from "./live-books.js";
import type { Host, LiveBookOptions, LiveCommonOptions, LiveLevel3Options } from "./live-options.js";
import { BookSync } from "./symbol-sync.js";

// The lazily loaded book code (lazy-chunk.ts) also brings the decoder the router needs for book frames.
export { decodeBookMessage } from "../../book/decode.js";
export { LiveLevel3Book, LiveOrderBook } from "./live-books.js";
export type { LiveBookOptions, LiveLevel3Options, ResyncPolicy } from "./live-options.js";

/**
 * Each client's live books by `channel|symbol`. Live, checksum-verified books on a KrakenWs: `ws.book()` and `ws.level3()` delegate here. Uses only
 * the client's public surface (subscribe, unsubscribe, the `disconnected` event), one wire
 * subscription per symbol, and resyncs one symbol without touching any other subscription.
 */
const syncs = new WeakMap<Host, Map<string, BookSync>>();
const BOOK_DEPTHS = [10, 25, 100, 500, 1000];

/** The book depth subscribed on the wire for `depth` levels wanted. */
export function wireBookDepth(depth: number, headroom = true): number {
  const want = headroom ? Math.min(depth * 2, 1000) : depth;
  return BOOK_DEPTHS.find((d) => d >= want) ?? 1000;
}

/**
 * Opens (or shares) a live L2 book. Resolves when the first snapshot is applied and verified.
 * @example
 * const book = await openBook(ws, { symbol: "BTC/USD", depth: 10 });
 * book.on("update", () => console.log(book.bestBid(), book.bestAsk()));
 */
export async function openBook(host: Host, options: LiveBookOptions): Promise<LiveOrderBook> {
  const depth = options.depth ?? 10;
  if (!Number.isInteger(depth) || depth < 1 || depth > 1000)
    throw new KrakenValidationError("book: depth must be an integer from 1 to 1000", "depth");
  const wire = wireBookDepth(depth, options.headroom ?? true);
  const sync = acquire(host, "book", options, wire, () => {
    const b = new LiveOrderBook({ ...bookOptions(host, options), depth: wire, viewDepth: depth });
    return { book: b, apply: (m) => b.apply(m as BookFrame) };
  });
  await sync.whenReady(options);
  return sync.book as LiveOrderBook;
}

/**
 * Opens (or shares) a live level3 book (authenticated level3 connection). Resolves when the first
 * snapshot is applied and verified.
 */
export async function openLevel3(host: Host, options: LiveLevel3Options): Promise<LiveLevel3Book> {
  const depth = options.depth ?? 10;
  if (![10, 100, 1000].includes(depth))
    throw new KrakenValidationError("level3: depth must be 10, 100 or 1000", "depth");
  const sync = acquire(host, "level3", options, depth, () => {
    const b = new LiveLevel3Book({ ...bookOptions(host, options), depth });
    return { book: b, apply: (m) => b.apply(m as Level3Frame) };
  });
  await sync.whenReady(options);
  return sync.book as LiveLevel3Book;
}

function bookOptions(host: Host, o: LiveCommonOptions) {
  if ((o.pricePrecision === undefined) !== (o.qtyPrecision === undefined))
    throw new KrakenValidationError(
      "give both pricePrecision and qtyPrecision, or neither",
      "pricePrecision",
    );
  return {
    symbol: o.symbol,
    pricePrecision: o.pricePrecision,
    qtyPrecision: o.qtyPrecision,
    checksum: o.checksum,
    logger: { error: (_: string, e: unknown) => host.listenerError(e) },
  };
}

function acquire(
  host: Host,
  channel: "book" | "level3",
  options: LiveCommonOptions,
  wireDepth: number,
  create: () => { book: AnyLiveBook; apply: (msg: unknown) => ApplyResult },
): BookSync {
  if (typeof options.symbol !== "string" || options.symbol.length === 0)
    throw new KrakenValidationError(`${channel}: symbol is required`, "symbol");
  let map = syncs.get(host);
  if (!map) {
    map = new Map();
    syncs.set(host, map);
  }
  const key = `${channel}|${options.symbol}`;
  const existing = map.get(key);
  if (existing) {
    if (existing.wireDepth < wireDepth)
      throw new KrakenValidationError(
        `${channel} ${options.symbol} is already open with a smaller depth; close it first`,
        "depth",
      );
    existing.refs++;
    return existing;
  }
  const { book, apply } = create();
  const sync = new BookSync(host, channel, options, wireDepth, book, apply, () => map.delete(key));
  map.set(key, sync);
  sync.start();
  return sync;
}
