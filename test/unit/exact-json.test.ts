import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import { KrakenBookDecodeError } from "../../src/errors/book.js";
import { parseExactJson } from "../../src/util/exact-json.js";

const AMOUNTS = new Set(["price", "qty", "limit_price", "order_qty"]);
/** undefined where parseExactJson throws (what the book decoder reports as invalid JSON). */
function scanBookJson(text: string): unknown {
  try {
    return parseExactJson(text, AMOUNTS);
  } catch {
    return undefined;
  }
}

describe("parseExactJson: JSON.parse semantics except the chosen keys' number literals", () => {
  it("agrees with JSON.parse on arbitrary JSON without money keys", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("", " ", "\n\t "), (value, pad) => {
        const text = pad + JSON.stringify(value, null, pad.length > 1 ? 1 : undefined) + pad;
        if (/"(price|qty|limit_price|order_qty)"/.test(text)) return;
        expect(scanBookJson(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it("rejects what JSON.parse rejects", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        if (!ok) expect(scanBookJson(text)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['{"price":01}'],
    ['{"price":1.}'],
    ['{"price":.5}'],
    ['{"price":+1}'],
    ['{"price":1e}'],
    ['{"a":tru}'],
    ['{"a":"x\u0001"}'],
    ['{"a":1,}'],
    ["[1,]"],
    ['{"a":1} x'],
    ['{"a" 1}'],
    ['"unterminated'],
    [""],
  ])("rejects %s", (text) => {
    expect(scanBookJson(text)).toBeUndefined();
  });

  it("keeps plain literals verbatim, expands exponents exactly, decodes escapes in strings", () => {
    expect(
      scanBookJson('{"price":0.10000000,"qty":1E-8,"limit_price":-0,"order_qty":5,"x":0.10000000}'),
    ).toEqual({
      price: "0.10000000",
      qty: "0.00000001",
      limit_price: "-0",
      order_qty: "5",
      x: 0.1,
    });
    expect(scanBookJson('{"symbol":"A\\"B\\u00e9\\\\","qty":2}')).toEqual({ symbol: 'A"Bé\\', qty: "2" });
  });

  it.each([
    ['{"price":1,"qty":2}', { price: "1", qty: "2" }],
    ['{"price":1,"qty":2,"x":3}', { price: "1", qty: "2", x: 3 }],
    ['{"price":1}', { price: "1" }],
    ['{"price":1 , "qty" : 2 }', { price: "1", qty: "2" }],
    ['{"price":1,"x":2}', { price: "1", x: 2 }],
    ['{"price":"1.50","qty":{"a":1}}', { price: "1.50", qty: { a: 1 } }],
  ])("levels in any shape: %s", (text, expected) => {
    expect(scanBookJson(text)).toEqual(expected);
  });

  it("an absurd exponent on a chosen key is rejected, not expanded", () => {
    expect(scanBookJson('{"qty":1e999999}')).toBeUndefined();
    expect(scanBookJson('{"x":1e300}')).toEqual({ x: 1e300 });
  });

  it("absurd nesting is no stack overflow; as a book frame it is a decode error", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    // the in-step walk would recurse 200 000 levels deep: the quoting path, which does not, parses it
    expect(Array.isArray(parseExactJson(deep, AMOUNTS))).toBe(true);
    expect(decodeBookMessage(deep)).toBeInstanceOf(KrakenBookDecodeError);
  });

  it("a __proto__ key is an own property, not a prototype", () => {
    const o = scanBookJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.hasOwn(o, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
