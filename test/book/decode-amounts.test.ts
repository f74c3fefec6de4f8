// The validating path of decodeBookMessage: amounts the scanner did not see as plain unsigned numbers
// (exponents, quoted strings) are checked as non-negative decimals, with a bounded exponent.
import { describe, expect, it } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import type { BookFrame } from "../../src/book/types.js";
import { KrakenBookDecodeError } from "../../src/errors/book.js";

const frame = (qty: string) =>
  `{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":1,"qty":${qty}}],"asks":[],"checksum":1}]}`;

function qtyOf(qty: string): string | KrakenBookDecodeError {
  const msg = decodeBookMessage(frame(qty));
  return msg instanceof KrakenBookDecodeError ? msg : ((msg as BookFrame).data[0]?.bids[0]?.qty ?? "");
}

describe("decodeBookMessage: validated amounts", () => {
  it.each([
    ["1e40", `1${"0".repeat(40)}`],
    ["1e-40", `0.${"0".repeat(39)}1`],
    ["1E+2", "100"],
    ["2.50e1", "25.0"],
    ['"0.5"', "0.5"],
    ['"12"', "12"],
    ['"3e-2"', "0.03"],
  ])("accepts %s as %s", (literal, expected) => {
    expect(qtyOf(literal)).toBe(expected);
  });

  it.each([
    ["1e41"],
    ["1e-41"],
    ["1e0001"],
    ['"1."'],
    ['".5"'],
    ['"-1"'],
    ['""'],
    ['"1e"'],
    ['"0x10"'],
    ['" 1"'],
  ])("rejects %s", (literal) => {
    expect(qtyOf(literal)).toBeInstanceOf(KrakenBookDecodeError);
  });
});
