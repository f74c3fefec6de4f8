import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checksumToken } from "../../src/book/checksum.js";
import { expandExponent, toFixedDecimal } from "../../src/util/decimal.js";

/** The definition (book-checksum.md §3.1), written the slow obvious way. */
const definition = (v: string, p: number) =>
  toFixedDecimal(expandExponent(v), p).replace(".", "").replace(/^0+/, "");

describe("checksumToken (fast path) equals Kraken's definition", () => {
  it("plain and exponent literals, every precision", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^(0|[1-9][0-9]{0,12})(\.[0-9]{1,14})?([eE][-+]?[0-9])?$/),
        fc.integer({ min: 0, max: 12 }),
        (v, p) => {
          expect(checksumToken(v, p)).toBe(definition(v, p));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
