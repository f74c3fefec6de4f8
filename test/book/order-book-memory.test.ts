// A book's levels outlive the frames their strings were sliced from. V8 keeps a slice of 13 or more
// characters as a view into the whole frame text, so without copying, every level updated by a frame
// with a long quantity would keep that frame in memory (see util/detach.ts).
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
    // two detached strings and the level object: about 230 bytes; a price sliced from its frame kept
    // the whole ~200-byte frame alive as well
    expect(perLevel).toBeLessThan(300);
  });
});
