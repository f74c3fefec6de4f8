import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bookChecksum } from "../../src/book/checksum.js";
import { decodeBookMessage } from "../../src/book/decode.js";
import { OrderBook } from "../../src/book/order-book.js";
import type { BookFrame, BookLevel } from "../../src/book/types.js";
import { compareDecimal, trimTrailingZeros } from "../../src/util/decimal.js";

/**
 * Reference book built from decimal strings only: a Map keyed by the canonical price text, sorted
 * with the exact string comparison on every read. Slow and obviously right.
 */
class Reference {
  readonly bids = new Map<string, BookLevel>();
  readonly asks = new Map<string, BookLevel>();
  constructor(readonly depth: number) {}

  apply(snapshot: boolean, bids: BookLevel[], asks: BookLevel[]): void {
    if (snapshot) {
      this.bids.clear();
      this.asks.clear();
    }
    for (const [side, levels] of [
      [this.bids, bids],
      [this.asks, asks],
    ] as const) {
      for (const l of levels) {
        const k = canonical(l.price);
        const existing = side.get(k);
        if (/^[0.]+$/.test(l.qty)) side.delete(k);
        else side.set(k, { price: existing?.price ?? l.price, qty: l.qty });
      }
    }
    for (const [side, desc] of [
      [this.bids, true],
      [this.asks, false],
    ] as const) {
      const keep = new Set(
        this.sorted(side, desc)
          .slice(0, this.depth)
          .map((l) => canonical(l.price)),
      );
      for (const k of [...side.keys()]) if (!keep.has(k)) side.delete(k);
    }
  }

  sorted(side: Map<string, BookLevel>, desc: boolean): BookLevel[] {
    return [...side.values()].sort((a, b) => (desc ? -1 : 1) * compareDecimal(a.price, b.price));
  }
}

function canonical(p: string): string {
  const t = trimTrailingZeros(p).replace(/^0+(?=\d)/, "");
  return t === "" ? "0" : t;
}

type Style = "plain" | "padded" | "exp";
/** A price as an integer number of ticks (10^-pp) and the way the literal is written. */
const price = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.constantFrom<Style>("plain", "padded", "exp"));

/** Writes `units` ticks of 10^-pp: trimmed ("0.36"), padded past the precision ("0.3600"), or "36e-2". */
function literal(units: number, pp: number, style: Style): string {
  if (style === "exp") return `${units}e-${pp}`;
  const digits = String(units).padStart(pp + 1, "0");
  const plain = pp === 0 ? digits : `${digits.slice(0, -pp)}.${digits.slice(-pp)}`;
  return style === "padded" ? `${plain}${pp === 0 ? "." : ""}00` : trimTrailingZeros(plain);
}

/** Quantities: zero (delete), small exponents, and 15+ significant digits. */
const qty = fc.oneof(
  fc.constant("0"),
  fc.constant("0.00000000"),
  fc.constant("1e-8"),
  fc.bigInt({ min: 1n, max: 10n ** 20n }).map((v) => {
    const s = v.toString().padStart(11, "0");
    return trimTrailingZeros(`${s.slice(0, -10)}.${s.slice(-10)}`);
  }),
);

const side = (min: number, max: number) => fc.array(fc.tuple(price(min, max), qty), { maxLength: 12 });

function frameText(
  type: string,
  bids: Array<[string, string]>,
  asks: Array<[string, string]>,
  checksum: number,
): string {
  const lv = (rows: Array<[string, string]>) => rows.map(([p, q]) => `{"price":${p},"qty":${q}}`).join(",");
  return `{"channel":"book","type":"${type}","data":[{"symbol":"P/Q","bids":[${lv(bids)}],"asks":[${lv(asks)}],"checksum":${checksum}}]}`;
}

describe("OrderBook property: random update sequences equal a decimal-string reference", () => {
  it("same levels, same order, same checksum after every message", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 12 }),
        // bids below 40 ticks, asks above: the book never crosses; few ticks so prices repeat often
        fc.array(fc.tuple(side(1, 40), side(41, 80)), { minLength: 1, maxLength: 25 }),
        (pp, depth, messages) => {
          const book = new OrderBook({
            symbol: "P/Q",
            depth,
            pricePrecision: pp,
            qtyPrecision: 10,
            checksum: "off",
          });
          const ref = new Reference(depth);
          messages.forEach(([rawBids, rawAsks], i) => {
            const bids = rawBids.map(([[n, style], q]) => [literal(n, pp, style), q] as [string, string]);
            const asks = rawAsks.map(([[n, style], q]) => [literal(n, pp, style), q] as [string, string]);
            const type = i === 0 ? "snapshot" : "update";
            const decoded = decodeBookMessage(frameText(type, bids, asks, 0));
            expect(decoded).not.toBeInstanceOf(Error);
            const data = (decoded as BookFrame).data[0]!;
            ref.apply(i === 0, [...data.bids], [...data.asks]);
            const r = book.applyData(type, data);
            const refBids = ref.sorted(ref.bids, true);
            const refAsks = ref.sorted(ref.asks, false);
            expect(r.ok).toBe(true);
            expect(book.bids(depth)).toEqual(refBids);
            expect(book.asks(depth)).toEqual(refAsks);
            expect(book.checksum()).toBe(bookChecksum(refAsks, refBids, pp, 10));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
