import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { level3Checksum } from "../../src/book/checksum.js";
import { Level3Book } from "../../src/book/level3-book.js";
import type { Level3Order } from "../../src/book/types.js";
import { compareDecimal } from "../../src/util/decimal.js";

type Ev = {
  event: "add" | "modify" | "delete";
  order_id: string;
  limit_price: string;
  order_qty: string;
  timestamp: string;
};

/** Reference level3 side: price -> orders in queue order, plain arrays and exact string comparison. */
class RefSide {
  readonly levels = new Map<string, Array<{ id: string; qty: string }>>();
  constructor(readonly desc: boolean) {}
  find(id: string): [string, number] | undefined {
    for (const [p, orders] of this.levels) {
      const i = orders.findIndex((o) => o.id === id);
      if (i >= 0) return [p, i];
    }
    return undefined;
  }
  sorted(): Array<[string, Array<{ id: string; qty: string }>]> {
    return [...this.levels].sort((a, b) => (this.desc ? -1 : 1) * compareDecimal(a[0], b[0]));
  }
}

function applyRef(sides: [RefSide, RefSide], isBid: boolean, e: Ev): void {
  const side = isBid ? sides[0] : sides[1];
  const where = sides[0].find(e.order_id) ?? sides[1].find(e.order_id);
  const owner = sides[0].find(e.order_id) ? sides[0] : sides[1];
  const remove = () => {
    if (!where) return;
    const orders = owner.levels.get(where[0])!;
    orders.splice(where[1], 1);
    if (orders.length === 0) owner.levels.delete(where[0]);
  };
  if (e.event === "add") {
    remove();
    const list = side.levels.get(e.limit_price) ?? [];
    list.push({ id: e.order_id, qty: e.order_qty });
    side.levels.set(e.limit_price, list);
  } else if (!where) {
    // unknown order: ignored
  } else if (e.event === "delete") remove();
  else if (where[0] !== e.limit_price || owner !== side) {
    remove();
    const list = side.levels.get(e.limit_price) ?? [];
    list.push({ id: e.order_id, qty: e.order_qty });
    side.levels.set(e.limit_price, list);
  } else owner.levels.get(where[0])![where[1]]!.qty = e.order_qty;
}

function truncate(side: RefSide, depth: number): void {
  for (const [p] of side.sorted().slice(depth)) side.levels.delete(p);
}

const ids = fc.constantFrom("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8");
const ev = (lo: number, hi: number) =>
  fc.record({
    event: fc.constantFrom<"add" | "modify" | "delete">("add", "add", "modify", "delete"),
    order_id: ids,
    limit_price: fc.integer({ min: lo, max: hi }).map((n) => (n / 10).toFixed(1)),
    order_qty: fc.integer({ min: 1, max: 10 ** 9 }).map((n) => (n / 1e8).toFixed(8)),
    timestamp: fc.constant("2024-01-08T12:26:39.526146327Z"),
  });

describe("Level3Book property: random add/modify/delete sequences equal a plain reference", () => {
  it("same queues, same levels, same level3 checksum after every message", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.array(ev(1, 40), { maxLength: 6 }), fc.array(ev(41, 80), { maxLength: 6 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (depth, messages) => {
          const book = new Level3Book({
            symbol: "P/Q",
            depth,
            pricePrecision: 1,
            qtyPrecision: 8,
            checksum: "off",
          });
          const ref: [RefSide, RefSide] = [new RefSide(true), new RefSide(false)];
          book.applyData("snapshot", {
            symbol: "P/Q",
            bids: [],
            asks: [],
            checksum: undefined,
            timestamp: undefined,
          });
          for (const [bids, asks] of messages) {
            for (const e of bids) applyRef(ref, true, e);
            for (const e of asks) applyRef(ref, false, e);
            truncate(ref[0], depth);
            truncate(ref[1], depth);
            const r = book.applyData("update", {
              symbol: "P/Q",
              bids,
              asks,
              checksum: undefined,
              timestamp: "t",
            });
            expect(r.ok).toBe(true);
            const view = (levels: ReturnType<Level3Book["bids"]>) =>
              levels.map((l) => [l.price, l.orders.map((o: Level3Order) => [o.order_id, o.order_qty])]);
            const refView = (side: RefSide) =>
              side.sorted().map(([p, os]) => [p, os.map((o) => [o.id, o.qty])]);
            expect(view(book.bids(depth))).toEqual(refView(ref[0]));
            expect(view(book.asks(depth))).toEqual(refView(ref[1]));
            const orders = (side: RefSide) =>
              side.sorted().map(([p, os]) => os.map((o) => ({ limit_price: p, order_qty: o.qty })));
            expect(book.checksum()).toBe(level3Checksum(orders(ref[1]), orders(ref[0]), 1, 8));
            expect(book.size.orders).toBe(
              [...ref[0].levels.values(), ...ref[1].levels.values()].reduce((n, l) => n + l.length, 0),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
