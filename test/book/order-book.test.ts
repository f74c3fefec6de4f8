import { describe, expect, it } from "vitest";
import { bookChecksum } from "../../src/book/checksum.js";
import { decodeBookMessage } from "../../src/book/decode.js";
import { OrderBook } from "../../src/book/order-book.js";
import type { BookFrame } from "../../src/book/types.js";
import { KrakenBookChecksumError } from "../../src/errors/book.js";
import { BTC_ASKS, BTC_BIDS, bookFrame, MATIC_ASKS, MATIC_BIDS } from "./vectors.js";

function decode(text: string): BookFrame {
  const m = decodeBookMessage(text);
  if (m instanceof Error || m.channel !== "book") throw new Error("bad frame");
  return m;
}

describe("OrderBook with Kraken's published vectors (decode -> book -> checksum)", () => {
  it("BTC/USD snapshot from trimmed JSON numbers verifies 3310070434", () => {
    const frame = bookFrame("snapshot", "BTC/USD", BTC_BIDS, BTC_ASKS, 3310070434);
    expect(frame).toContain('"price":45281,"qty":0.1}'); // trimmed literals on the wire
    const book = new OrderBook({ symbol: "BTC/USD", depth: 10, pricePrecision: 1, qtyPrecision: 8 });
    expect(book.apply(decode(frame))).toEqual({ ok: true, verified: true });
    expect(book.checksum()).toBe(3310070434);
    expect(book.stats).toMatchObject({ snapshots: 1, verified: 1, mismatches: 0 });
    expect(book.bestBid()).toEqual({ price: "45283.5", qty: "0.1" });
    expect(book.bestAsk()).toEqual({ price: "45285.2", qty: "0.001" });
    expect(book.spread()).toBe("1.7");
    expect(book.mid()).toBe("45284.35");
    expect(book.synced).toBe(true);
  });

  it("MATIC/USD snapshot verifies 2439117997, then the update verifies 2114181697", () => {
    const book = new OrderBook({ symbol: "MATIC/USD", depth: 10, pricePrecision: 4, qtyPrecision: 8 });
    expect(
      book.apply(decode(bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997))),
    ).toEqual({
      ok: true,
      verified: true,
    });
    const upd = decode(bookFrame("update", "MATIC/USD", [["0.5657", "1098.3947558"]], [], 2114181697));
    expect(book.apply(upd)).toEqual({ ok: true, verified: true });
    expect(book.bids(10)[9]).toEqual({ price: "0.5657", qty: "1098.3947558" });
    expect(book.stats).toMatchObject({ snapshots: 1, updates: 1, verified: 2, mismatches: 0 });
  });

  it("a wrong checksum clears the book, counts a mismatch, emits resync and drops updates until a snapshot", () => {
    const book = new OrderBook({ symbol: "MATIC/USD", pricePrecision: 4, qtyPrecision: 8 });
    const resyncs: unknown[] = [];
    book.on("resync", (e) => resyncs.push(e));
    book.apply(decode(bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997)));
    const r = book.apply(decode(bookFrame("update", "MATIC/USD", [["0.5657", "1098.3947558"]], [], 12345)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("checksum-mismatch");
    expect(!r.ok && "error" in r && r.error).toBeInstanceOf(KrakenBookChecksumError);
    expect(book.synced).toBe(false);
    expect(book.bids()).toEqual([]);
    expect(resyncs).toHaveLength(1);
    expect(book.apply(decode(bookFrame("update", "MATIC/USD", [["0.5", "1"]], [], 1)))).toEqual({
      ok: false,
      reason: "unsynced",
    });
    expect(book.stats).toMatchObject({ mismatches: 1, resyncs: 1, dropped: 1 });
    expect(
      book.apply(decode(bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997))).ok,
    ).toBe(true);
    expect(book.synced).toBe(true);
  });

  it("a frame without checksum fails when verifying, passes when checksums are off", () => {
    const on = new OrderBook({ symbol: "BTC/USD", pricePrecision: 1, qtyPrecision: 8 });
    expect(on.apply(decode(bookFrame("snapshot", "BTC/USD", BTC_BIDS, BTC_ASKS)))).toEqual({
      ok: false,
      reason: "missing-checksum",
    });
    const off = new OrderBook({ symbol: "BTC/USD", pricePrecision: 1, qtyPrecision: 8, checksum: "off" });
    expect(off.apply(decode(bookFrame("snapshot", "BTC/USD", BTC_BIDS, BTC_ASKS)))).toEqual({
      ok: true,
      verified: false,
    });
  });

  it("verifies every n-th update only", () => {
    const book = new OrderBook({
      symbol: "BTC/USD",
      pricePrecision: 1,
      qtyPrecision: 8,
      checksum: { every: 3 },
    });
    book.apply(decode(bookFrame("snapshot", "BTC/USD", BTC_BIDS, BTC_ASKS, 3310070434)));
    const verified: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      const bids = BTC_BIDS.map(([p, q]) => ({ price: p, qty: q }));
      bids[0] = { price: "45283.5", qty: `0.${i + 1}` };
      const sum = bookChecksum(
        BTC_ASKS.map(([p, q]) => ({ price: p, qty: q })),
        bids,
        1,
        8,
      );
      const r = book.apply(decode(bookFrame("update", "BTC/USD", [["45283.5", `0.${i + 1}`]], [], sum)));
      verified.push(r.ok && r.verified);
    }
    expect(verified).toEqual([false, false, true, false, false, true]);
  });

  it("detects a crossed book", () => {
    const book = new OrderBook({ symbol: "X/Y", pricePrecision: 1, qtyPrecision: 1, checksum: "off" });
    book.apply(decode(bookFrame("snapshot", "X/Y", [["10", "1"]], [["11", "1"]])));
    const r = book.apply(decode(bookFrame("update", "X/Y", [["11.0", "1"]], [])));
    expect(r).toEqual({ ok: false, reason: "crossed" });
  });
});

describe("OrderBook maintenance rules", () => {
  const lv = (price: string, qty: string) => ({ price, qty });
  const mk = (depth = 3) =>
    new OrderBook({ symbol: "X/Y", depth, pricePrecision: 2, qtyPrecision: 3, checksum: "off" });
  const snap = (b: OrderBook, bids: Array<[string, string]>, asks: Array<[string, string]>) =>
    b.applyData("snapshot", {
      symbol: "X/Y",
      bids: bids.map(([p, q]) => lv(p, q)),
      asks: asks.map(([p, q]) => lv(p, q)),
      checksum: undefined,
      timestamp: undefined,
    });
  const upd = (b: OrderBook, bids: Array<[string, string]>, asks: Array<[string, string]> = []) =>
    b.applyData("update", {
      symbol: "X/Y",
      bids: bids.map(([p, q]) => lv(p, q)),
      asks: asks.map(([p, q]) => lv(p, q)),
      checksum: undefined,
      timestamp: "t",
    });

  it("sorts a snapshot given in any order, best first", () => {
    const b = mk(5);
    snap(
      b,
      [
        ["1.5", "1"],
        ["2", "1"],
        ["1.75", "1"],
      ],
      [
        ["3.1", "1"],
        ["3", "1"],
        ["10", "1"],
      ],
    );
    expect(b.bids().map((l) => l.price)).toEqual(["2", "1.75", "1.5"]);
    expect(b.asks().map((l) => l.price)).toEqual(["3", "3.1", "10"]);
  });

  it("applies every level in order: later entries for the same price win, qty 0 deletes", () => {
    const b = mk(5);
    snap(
      b,
      [
        ["2", "1"],
        ["1", "1"],
      ],
      [["3", "1"]],
    );
    upd(b, [
      ["1.5", "2"],
      ["1.5", "3"],
      ["2.00", "0"],
      ["1.50", "4"],
    ]);
    expect(b.bids()).toEqual([lv("1.5", "4"), lv("1", "1")]);
  });

  it("truncates to the subscribed depth after the whole message (rule 4)", () => {
    const b = mk(3);
    snap(
      b,
      [
        ["5", "1"],
        ["4", "1"],
        ["3", "1"],
      ],
      [["6", "1"]],
    );
    // 4.5 pushes 3 out, then deleting 5 inside the same message leaves room: 3 must still be gone
    // only if the message ends with more than depth levels. Here 4.5 + delete 5 -> 4.5, 4, 3.
    upd(b, [
      ["4.5", "1"],
      ["5", "0"],
    ]);
    expect(b.bids().map((l) => l.price)).toEqual(["4.5", "4", "3"]);
    upd(b, [["4.7", "1"]]);
    expect(b.bids().map((l) => l.price)).toEqual(["4.7", "4.5", "4"]);
    expect(b.size.bids).toBe(3);
  });

  it("equal prices written differently are one level", () => {
    const b = mk(5);
    snap(b, [["45281.0", "1"]], []);
    upd(b, [["45281", "2"]]);
    expect(b.bids()).toEqual([lv("45281.0", "2")]);
  });

  it("exact spread and mid, numeric views for charts", () => {
    const b = mk(5);
    snap(b, [["0.1", "1.5"]], [["0.3", "2"]]);
    expect(b.spread()).toBe("0.2");
    expect(b.mid()).toBe("0.2");
    upd(b, [["0.11", "1"]]);
    expect(b.mid()).toBe("0.205");
    expect(b.levelsAsNumbers(1)).toEqual({ bids: [[0.11, 1]], asks: [[0.3, 2]] });
  });

  it("works without precision (exact string comparison) and with prices beyond 2^53 when scaled", () => {
    const b = new OrderBook({ symbol: "X/Y", depth: 5, checksum: "off" });
    snap(
      b,
      [
        ["0.000000000000000002", "1"],
        ["0.000000000000000010", "1"],
        ["99999999999999999.5", "1"],
      ],
      [],
    );
    expect(b.bids().map((l) => l.price)).toEqual([
      "99999999999999999.5",
      "0.000000000000000010",
      "0.000000000000000002",
    ]);
    upd(b, [["0.00000000000000001", "7"]]);
    expect(b.bids()[1]).toEqual(lv("0.000000000000000010", "7"));
  });

  it("emits update events and a precision change resyncs", () => {
    const b = mk(5);
    const events: string[] = [];
    b.on("update", (e) => events.push(e.type));
    b.on("resync", (e) => events.push(`resync:${e.reason}`));
    snap(b, [["1", "1"]], [["2", "1"]]);
    upd(b, [["1", "2"]]);
    expect(b.setPrecision(2, 3)).toBe(false);
    expect(b.setPrecision(3, 3)).toBe(true);
    expect(events).toEqual(["snapshot", "update", "resync:precision-change"]);
    expect(b.synced).toBe(false);
  });
});
