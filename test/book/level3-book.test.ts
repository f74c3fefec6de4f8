import { describe, expect, it } from "vitest";
import { level3Checksum } from "../../src/book/checksum.js";
import { decodeBookMessage } from "../../src/book/decode.js";
import { Level3Book } from "../../src/book/level3-book.js";
import type { Level3Frame } from "../../src/book/types.js";
import { L3_ASKS, L3_BIDS, level3Frame } from "./vectors.js";

function decode(text: string): Level3Frame {
  const m = decodeBookMessage(text);
  if (m instanceof Error || m.channel !== "level3") throw new Error(`bad frame ${String(m)}`);
  return m;
}

const mk = (depth = 10) => new Level3Book({ symbol: "BTC/USD", depth, pricePrecision: 1, qtyPrecision: 8 });

/** The checksum of a book state given as [price, qty] orders per side (reference via checksum.ts). */
function reference(book: Level3Book): number {
  const side = (levels: ReturnType<Level3Book["bids"]>) => levels.map((l) => l.orders);
  return level3Checksum(side(book.asks(10)), side(book.bids(10)), 1, 8);
}

describe("Level3Book with Kraken's L3 vector", () => {
  it("the BTC/USD snapshot from trimmed JSON numbers verifies 1063832831", () => {
    const book = mk();
    expect(book.apply(decode(level3Frame("snapshot", "BTC/USD", L3_BIDS, L3_ASKS, 1063832831)))).toEqual({
      ok: true,
      verified: true,
    });
    expect(book.size).toEqual({ bids: 10, asks: 10, orders: 21 + 14 });
    const best = book.bids(1)[0]!;
    expect(best.price).toBe("44939.4");
    expect(best.orders.map((o) => o.order_id).slice(0, 3)).toEqual([
      "OTCFZG-YOE2Q-LQKNM3",
      "OFGP5R-B3E7G-54EZD6",
      "OMPHVY-IZPJ4-KOKA3P",
    ]);
    expect(best.qty).toBe("3.55788870");
    expect(book.bestAsk()).toEqual({ price: "44939.5", qty: "4.53519654" });
    expect(book.spread()).toBe("0.1");
  });

  it("truncates by price levels: levels past the depth and their orders are dropped", () => {
    const book = new Level3Book({
      symbol: "BTC/USD",
      depth: 5,
      pricePrecision: 1,
      qtyPrecision: 8,
      checksum: "off",
    });
    book.apply(decode(level3Frame("snapshot", "BTC/USD", L3_BIDS, L3_ASKS)));
    expect(book.asks(20).map((l) => l.price)).toEqual(["44939.5", "44950", "44953", "44955", "44959.6"]);
    expect(book.order("OWEOFO-HUCJC-T37MVO")).toBeUndefined();
    expect(book.order("OTVOVS-QLST3-3JG7JI")).toMatchObject({ side: "ask", limit_price: "44959.6" });
    expect(book.size).toEqual({ bids: 5, asks: 5, orders: 16 + 9 });
  });

  it("add appends at the back of the queue, modify keeps the position, delete removes (and empties levels)", () => {
    const book = mk();
    book.apply(decode(level3Frame("snapshot", "BTC/USD", L3_BIDS, L3_ASKS, 1063832831)));
    const ts = "2024-01-08T12:27:00.000000001Z";
    const events: Array<[string, string, string, string, string]> = [
      ["44939.4", "0.5", "ONEW-1", ts, "add"],
      ["44939.4", "0.2", "OFGP5R-B3E7G-54EZD6", ts, "modify"],
      ["44937.1", "0.03346877", "OJPMIN-NXZL5-SOWP6V", ts, "delete"],
    ];
    // expected state computed independently, then its checksum put on the frame
    const probe = new Level3Book({ symbol: "BTC/USD", pricePrecision: 1, qtyPrecision: 8, checksum: "off" });
    probe.apply(decode(level3Frame("snapshot", "BTC/USD", L3_BIDS, L3_ASKS, 1063832831)));
    probe.applyData("update", {
      ...decode(level3Frame("update", "BTC/USD", events, [])).data[0]!,
      checksum: undefined,
    });
    const expected = reference(probe);
    const r = book.apply(decode(level3Frame("update", "BTC/USD", events, [], expected)));
    expect(r).toEqual({ ok: true, verified: true });
    const best = book.bids(1)[0]!;
    expect(best.orders.map((o) => o.order_id)).toEqual([
      "OTCFZG-YOE2Q-LQKNM3",
      "OFGP5R-B3E7G-54EZD6",
      "OMPHVY-IZPJ4-KOKA3P",
      "OAI5QZ-AMPLW-NBNO72",
      "O7VFZI-CTFWH-FF6EIR",
      "O472V3-ZG4EZ-OLD66C",
      "OEK26P-BGPUK-LDHMD2",
      "OSMYPE-S5VOC-YSS3WM",
      "ONEW-1",
    ]);
    expect(best.orders[1]!.order_qty).toBe("0.2");
    expect(book.bids(10).map((l) => l.price)).not.toContain("44937.1");
    expect(book.size.bids).toBe(9);
  });

  it("queue order is part of the checksum: the same orders reordered mismatch", () => {
    const swapped = [...L3_BIDS];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    const book = mk();
    const r = book.apply(decode(level3Frame("snapshot", "BTC/USD", swapped, L3_ASKS, 1063832831)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("checksum-mismatch");
    expect(book.stats).toMatchObject({ mismatches: 1, resyncs: 1 });
    expect(book.synced).toBe(false);
  });

  it("counts modify/delete of unknown orders and drops updates until a snapshot", () => {
    const book = new Level3Book({ symbol: "X/Y", pricePrecision: 1, qtyPrecision: 1, checksum: "off" });
    const upd = decode(level3Frame("update", "X/Y", [["1", "1", "O1", "t", "add"]], []));
    expect(book.apply(upd)).toEqual({ ok: false, reason: "unsynced" });
    book.apply(decode(level3Frame("snapshot", "X/Y", [["1", "1", "O1", "t"]], [["2", "1", "O2", "t"]])));
    book.apply(decode(level3Frame("update", "X/Y", [["1", "1", "NOPE", "t", "delete"]], [])));
    expect(book.stats).toMatchObject({ dropped: 1, unknownOrders: 1, snapshots: 1, updates: 1 });
  });
});
