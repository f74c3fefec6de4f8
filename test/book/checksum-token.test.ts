import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChecksumPart, checksumToken, setChecksumPart } from "../../src/book/checksum.js";
import { crcPart } from "../../src/book/crc32.js";
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

  it("setChecksumPart feeds token(price) + token(qty) without building them: same part, same length", () => {
    const value = fc.stringMatching(/^(0|[1-9][0-9]{0,12})(\.[0-9]{1,14})?([eE][-+]?[0-9])?$/);
    fc.assert(
      fc.property(
        value,
        value,
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 70 }),
        (p, q, pp, qp) => {
          const token = definition(p, pp) + definition(q, qp);
          const target: ChecksumPart = { part: 0, length: -1 };
          setChecksumPart(target, p, q, pp, qp);
          expect(target).toEqual({ part: crcPart(token), length: token.length });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("setChecksumPart: cut, padded, leading zeros and all-zero values", () => {
    const cases: Array<[string, string, number, number, string]> = [
      ["45283.5", "0.10000000", 1, 8, "45283510000000"],
      ["0.5666", "4831.75496356", 4, 8, "5666483175496356"],
      ["0.00001234", "1", 8, 0, "12341"],
      ["100", "0.123456789", 2, 8, "1000012345678"],
      ["0", "0.000", 2, 3, ""],
    ];
    for (const [p, q, pp, qp, token] of cases) {
      const target: ChecksumPart = { part: 0, length: -1 };
      setChecksumPart(target, p, q, pp, qp);
      expect(target).toEqual({ part: crcPart(token), length: token.length });
    }
  });
});
