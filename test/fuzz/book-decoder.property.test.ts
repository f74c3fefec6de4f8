// Property tests of the book decoder and the apply cycle: every price and quantity comes out digit for
// digit as it was written (Kraken's layout, other key orders, whitespace, exponents), a frame that is
// not a valid book frame becomes a KrakenBookDecodeError (never a throw), and a refused frame never
// changes the book it was meant for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import { OrderBook } from "../../src/book/order-book.js";
import type { BookFrame } from "../../src/book/types.js";
import { KrakenBookDecodeError } from "../../src/errors/book.js";
import { fuzzParams } from "../helpers/fuzz.js";

/** A JSON number literal as Kraken may write it: no leading zeros, optional fraction (trailing zeros kept). */
const literal = fc
  .tuple(
    fc.oneof(fc.constant("0"), fc.stringMatching(/^[1-9][0-9]{0,11}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,18}$/), { nil: undefined }),
  )
  .map(([i, f]) => (f === undefined ? i : `${i}.${f}`));
const level = fc.tuple(literal, literal);
const side = fc.uniqueArray(level, { maxLength: 12, selector: ([p]) => p });
const layout = fc.record({ spaced: fc.boolean(), swapped: fc.boolean() });

function frame(
  type: "snapshot" | "update",
  bids: Array<[string, string]>,
  asks: Array<[string, string]>,
  { spaced, swapped }: { spaced: boolean; swapped: boolean },
): string {
  const s = spaced ? " " : "";
  const lv = (rows: Array<[string, string]>) =>
    rows
      .map(([p, q]) =>
        swapped ? `{"qty":${s}${q},${s}"price":${s}${p}}` : `{"price":${s}${p},${s}"qty":${s}${q}}`,
      )
      .join(`,${s}`);
  return `{"channel":"book",${s}"type":"${type}","data":[{"symbol":"BTC/USD","bids":[${lv(bids)}],"asks":[${lv(asks)}],"timestamp":"2026-12-07T10:00:00.000000Z"}]}`;
}

const levelsOf = (m: BookFrame) => {
  const d = m.data[0];
  return [d?.bids.map((l) => [l.price, l.qty]), d?.asks.map((l) => [l.price, l.qty])];
};

describe("book decoder properties", () => {
  it("keeps every price and quantity digit for digit, whatever the layout", () => {
    fc.assert(
      fc.property(side, side, layout, fc.boolean(), (bids, asks, lay, snap) => {
        const m = decodeBookMessage(frame(snap ? "snapshot" : "update", bids, asks, lay));
        expect(m).not.toBeInstanceOf(Error);
        expect(levelsOf(m as BookFrame)).toEqual([bids, asks]);
      }),
      fuzzParams(),
    );
  });

  it("an exponent literal is expanded exactly, never through a double", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,15}$/), fc.integer({ min: 1, max: 20 }), (digits, e) => {
        const m = decodeBookMessage(
          frame("update", [[`${digits}e-${e}`, "1"]], [], { spaced: false, swapped: false }),
        );
        expect(m).not.toBeInstanceOf(Error);
        const price = (m as BookFrame).data[0]?.bids[0]?.price as string;
        const padded = digits.padStart(e + 1, "0");
        const expected = `${padded.slice(0, -e)}.${padded.slice(-e)}`;
        expect(price.replace(/0+$/, "").replace(/\.$/, "")).toBe(
          expected.replace(/0+$/, "").replace(/\.$/, ""),
        );
      }),
      fuzzParams(),
    );
  });

  it("a mutated or cut frame is a decode error or a valid frame, never a throw, and a refused frame leaves the book as it was", () => {
    fc.assert(
      fc.property(
        side,
        side,
        side,
        fc.nat(),
        fc.oneof(
          fc.constant(""),
          fc.constant('"x"'),
          fc.constant("-"),
          fc.constant("{"),
          fc.constant("null"),
          fc.string(),
        ),
        (bids, asks, update, at, junk) => {
          const book = new OrderBook({ symbol: "BTC/USD", depth: 10 });
          const snapshot = decodeBookMessage(
            frame("snapshot", bids, asks, { spaced: false, swapped: false }),
          );
          book.apply(snapshot as BookFrame);
          const before = JSON.stringify([book.bids(10), book.asks(10), book.synced]);
          const good = frame("update", update, [], { spaced: false, swapped: false });
          const cut = at % (good.length + 1);
          const text = good.slice(0, cut) + junk + good.slice(cut + (junk ? 1 : 0));
          let m: unknown;
          expect(() => {
            m = decodeBookMessage(text);
          }).not.toThrow();
          if (m instanceof KrakenBookDecodeError) {
            expect(m.excerpt.length).toBeLessThanOrEqual(201);
            expect(JSON.stringify([book.bids(10), book.asks(10), book.synced])).toBe(before);
            return;
          }
          // accepted: every level it carries is an exact decimal string, and applying it is consistent
          const f = m as BookFrame;
          for (const l of [...(f.data[0]?.bids ?? []), ...(f.data[0]?.asks ?? [])]) {
            expect(typeof l.price).toBe("string");
            expect(l.price).toMatch(/^[0-9]+(\.[0-9]+)?$/);
            expect(l.qty).toMatch(/^[0-9]+(\.[0-9]+)?$/);
          }
          book.apply(f);
          const b = book.bids(10).map((l) => l.price);
          expect(new Set(b).size).toBe(b.length); // no duplicate levels
        },
      ),
      fuzzParams(),
    );
  });
});
