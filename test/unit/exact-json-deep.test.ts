import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExactJsonDeep } from "../../src/util/exact-json-deep.js";
import { fuzzParams } from "../helpers/fuzz.js";

const NONE = new Set<string>();
const BOOK = new Set(["bids", "asks", "balances"]);

describe("parseExactJsonDeep: every number inside a deep key's value keeps its digits", () => {
  it("keeps array levels and map values exact, leaves other numbers as numbers", () => {
    const text =
      '{"bids":[[50000.50, 1.2500]],"asks":[{"price":1e-8,"qty":0.10}],"balances":{"xbt":0.00000001},' +
      '"serverTime":1700000000000,"fee":0.0005}';
    expect(parseExactJsonDeep(text, new Set(["fee"]), BOOK)).toEqual({
      bids: [["50000.50", "1.2500"]],
      asks: [{ price: "0.00000001", qty: "0.10" }],
      balances: { xbt: "0.00000001" },
      serverTime: 1700000000000,
      fee: "0.0005",
    });
  });

  it("ends a deep value at its closing bracket, through escaped strings and whitespace", () => {
    const text = '{ "bids" : [ [ 1.10 , "a\\"]" ] ] , "n" : 2.50 }';
    expect(parseExactJsonDeep(text, NONE, BOOK)).toEqual({ bids: [["1.10", 'a"]']], n: 2.5 });
  });

  it("rejects what JSON.parse rejects, including numbers it would hide in quotes", () => {
    for (const bad of [
      '{"bids":[1.2.3]}',
      '{"bids":[01]}',
      '{"bids":[1e]}',
      '{"bids":[-]}',
      '{"bids":[1e999]}',
    ])
      expect(() => parseExactJsonDeep(bad, NONE, BOOK), bad).toThrow(SyntaxError);
  });

  it("agrees with JSON.parse on structure, and every deep number's text is the literal written", () => {
    const literal = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 12 }))
      .map(([m, scale]) => {
        const digits = (m < 0n ? -m : m).toString().padStart(scale + 1, "0");
        const s = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
        return m < 0n ? `-${s}` : s;
      });
    fc.assert(
      fc.property(
        fc.array(fc.array(literal, { maxLength: 4 }), { maxLength: 6 }),
        fc.jsonValue(),
        (levels, other) => {
          if (/"(bids|asks|balances)"/.test(JSON.stringify(other))) return; // a deep key inside `other`
          const text = `{"other":${JSON.stringify(other)},"bids":[${levels.map((l) => `[${l.join(",")}]`).join(",")}]}`;
          const parsed = parseExactJsonDeep(text, NONE, BOOK) as { other: unknown; bids: string[][] };
          expect(parsed.bids).toEqual(levels);
          expect(parsed.other).toEqual(JSON.parse(JSON.stringify(other)));
        },
      ),
      fuzzParams(1000),
    );
  });
});
