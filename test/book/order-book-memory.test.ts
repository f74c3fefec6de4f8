// A book's levels outlive the frames their strings were sliced from. V8 keeps a slice of 13 or more
// characters as a view into the whole frame text, so without copying, every level updated by a frame
// with a long quantity would keep that frame in memory (see util/detach.ts). The last test holds the
// memory of deep books to a bound against the same snapshots as JSON.parse objects.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import { OrderBook } from "../../src/book/order-book.js";
import type { BookFrame } from "../../src/book/types.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapUsed = () => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};

const DEPTH = 1000;
const price = (i: number) => `0.${String(10_000_000 + i).padStart(10, "0")}`; // PEPE-like, 10 decimals
const qty = (i: number, round: number) => `${12345678901 + round}.${String(i).padStart(8, "0")}`; // 20 digits
// a long timestamp and padding make each frame a few hundred bytes, as Kraken's are
const frame = (type: string, bids: string) =>
  `{"channel":"book","type":"${type}","data":[{"symbol":"PEPE/USD","bids":[${bids}],"asks":[],"checksum":0,"timestamp":"2026-12-06T14:00:00.123456789Z"}]}`;

describe("OrderBook memory", () => {
  it("levels updated by long-quantity frames do not keep those frames alive", () => {
    const BOOKS = 20;
    const books = Array.from({ length: BOOKS }, (_, b) => {
      const book = new OrderBook({
        symbol: "PEPE/USD",
        depth: DEPTH,
        pricePrecision: 10,
        qtyPrecision: 8,
        checksum: "off",
      });
      const levels = Array.from({ length: DEPTH }, (_, i) => `{"price":${price(i)},"qty":${qty(i, b)}}`);
      book.apply(decodeBookMessage(frame("snapshot", levels.join(","))) as BookFrame);
      return book;
    });
    const before = heapUsed();
    // every level gets a new quantity from a frame of its own (frames are dropped right after use)
    for (const [b, book] of books.entries()) {
      for (let i = 0; i < DEPTH; i++) {
        const text = frame("update", `{"price":${price(i)},"qty":${qty(i, b + 100)}}`);
        book.apply(decodeBookMessage(text) as BookFrame);
      }
    }
    const perLevel = (heapUsed() - before) / (BOOKS * DEPTH);
    expect(books[0]?.bids(1)[0]?.qty).toBe(qty(DEPTH - 1, 100)); // the best bid has the highest price
    // a detached 20-digit quantity replaces the snapshot's: about as many bytes as before; a slice kept
    // its whole ~200-byte update frame alive
    expect(perLevel).toBeLessThan(100);
  });

  it("levels inserted by frames with long prices do not keep those frames alive", () => {
    const BOOKS = 20;
    // 13+ characters: V8 would keep such a price as a view into its frame
    const longPrice = (i: number) => `0.0${String(100_000_000_000 + i)}`; // "0.0100000000007", 12 decimals
    const books = Array.from({ length: BOOKS }, () => {
      const book = new OrderBook({
        symbol: "PEPE/USD",
        depth: DEPTH,
        pricePrecision: 13,
        qtyPrecision: 8,
        checksum: "off",
      });
      book.apply(decodeBookMessage(frame("snapshot", "")) as BookFrame);
      return book;
    });
    const before = heapUsed();
    for (const [b, book] of books.entries()) {
      for (let i = 0; i < DEPTH; i++) {
        const text = frame("update", `{"price":${longPrice(i)},"qty":${qty(i, b)}}`);
        book.apply(decodeBookMessage(text) as BookFrame);
      }
    }
    const perLevel = (heapUsed() - before) / (BOOKS * DEPTH);
    expect(books[0]?.size.bids).toBe(DEPTH);
    expect(books[0]?.bids(1)[0]?.price).toBe(longPrice(DEPTH - 1));
    // two detached strings, the level's slots and the arrays' spare capacity: about 180 bytes; a
    // price sliced from its frame kept the whole ~200-byte frame alive as well (about 360 bytes)
    expect(perLevel).toBeLessThan(240);
  });

  it("50 books at depth 1000 take at most 1.2x their snapshots kept as JSON.parse objects", () => {
    // BTC/USD-like snapshots: price precision 1, quantities with 8 decimals, 1000 levels per side
    const snapshot = (b: number) => {
      const side = (sign: number) =>
        Array.from({ length: DEPTH }, (_, i) => {
          const p = 450_000 + sign * (1 + 3 * i);
          return `{"price":${Math.floor(p / 10)}.${p % 10},"qty":${(i + b) % 5}.${String(((i + 1) * 104_729 + b) % 1e8).padStart(8, "0")}}`;
        }).join(",");
      return `{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[${side(-1)}],"asks":[${side(1)}],"checksum":0,"timestamp":"2026-12-07T12:00:00.123456Z"}]}`;
    };
    const texts = Array.from({ length: 50 }, (_, b) => snapshot(b));
    const h0 = heapUsed();
    const books = texts.map((t) => {
      const book = new OrderBook({
        symbol: "BTC/USD",
        depth: DEPTH,
        pricePrecision: 1,
        qtyPrecision: 8,
        checksum: "off", // the snapshots carry no real checksum
      });
      book.apply(decodeBookMessage(t) as BookFrame);
      book.checksum(); // the checksum cache is part of what a live book holds
      return book;
    });
    const h1 = heapUsed();
    const parsed = texts.map((t) => JSON.parse(t) as unknown);
    const h2 = heapUsed();
    expect(books.every((b) => b.size.bids === DEPTH && b.size.asks === DEPTH)).toBe(true);
    expect(parsed).toHaveLength(50);
    // measured 1.13x; the same levels as an object each with two strings and checksum fields were 1.66x
    expect((h1 - h0) / (h2 - h1)).toBeLessThan(1.2);
  });
});
