// Property: the exact-JSON readers never lose or alter a digit of a money literal (plain literals come
// back exactly as written, exponent literals as the same decimal value without an exponent), whatever
// surrounds them (whitespace, escapes, nesting), and leave every other value as JSON.parse gives it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExactJson } from "../../src/util/exact-json.js";
import { parseExactJsonDeep } from "../../src/util/exact-json-deep.js";
import { fuzzParams } from "../helpers/fuzz.js";

/** A JSON number literal of up to 56 digits, maybe with an exponent within the readers' bound (40). */
const literal = fc
  .record({
    neg: fc.boolean(),
    int: fc.oneof(fc.constant("0"), fc.stringMatching(/^[1-9][0-9]{0,25}$/)),
    frac: fc.option(fc.stringMatching(/^[0-9]{1,30}$/), { nil: undefined }),
    exp: fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.nat(40)), {
      nil: undefined,
    }),
  })
  .map(
    ({ neg, int, frac, exp }) =>
      `${neg ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}${exp ? exp.join("") : ""}`,
  );

/** A literal's value as digits and a power of ten: `n * 10^-scale`. */
function rational(text: string): { n: bigint; scale: number } {
  const [mantissa = "", exp = "0"] = text.split(/[eE]/);
  const [int = "", frac = ""] = mantissa.replace("-", "").split(".");
  const n = BigInt(int + frac) * (mantissa.startsWith("-") ? -1n : 1n);
  return { n, scale: frac.length - Number(exp) };
}

/** Whether `out` is a plain decimal with exactly the value of the literal `raw` (as written if plain). */
function sameDigits(out: unknown, raw: string): boolean {
  if (typeof out !== "string") return false;
  if (!/[eE]/.test(raw)) return out === raw;
  if (!/^-?\d+(\.\d+)?$/.test(out)) return false;
  const a = rational(out);
  const b = rational(raw);
  const scale = Math.max(a.scale, b.scale);
  return a.n * 10n ** BigInt(scale - a.scale) === b.n * 10n ** BigInt(scale - b.scale);
}

const pad = fc.constantFrom("", " ", "\n  ", "\t");
const row = fc.record({
  price: literal,
  qty: literal,
  label: fc.string({ maxLength: 12 }), // quotes, backslashes and control characters: the quoting path
  n: fc.double({ noNaN: true, noDefaultInfinity: true }),
});

describe("exact JSON readers (property)", () => {
  it("parseExactJson keeps every money literal's digits and leaves other values as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), pad, (rows, p) => {
        const items = rows.map(
          (r) =>
            `{${p}"price"${p}:${p}${r.price},"label":${JSON.stringify(r.label)},${p}"n":${JSON.stringify(r.n)},"qty":${r.qty}${p}}`,
        );
        const text = `{"error":[],${p}"result":{"rows":[${items.join(`,${p}`)}]}}`;
        const parsed = parseExactJson(text, new Set(["price", "qty"])) as {
          result: { rows: Array<{ price: string; qty: string; label: string; n: number }> };
        };
        const plain = JSON.parse(text) as typeof parsed;
        expect(parsed.result.rows).toHaveLength(rows.length);
        rows.forEach((r, i) => {
          const got = parsed.result.rows[i];
          expect(sameDigits(got?.price, r.price), `${r.price} became ${got?.price}`).toBe(true);
          expect(sameDigits(got?.qty, r.qty), `${r.qty} became ${got?.qty}`).toBe(true);
          expect(got?.label).toBe(r.label);
          expect(got?.n).toBe(plain.result.rows[i]?.n);
        });
      }),
      fuzzParams(),
    );
  });

  it("parseExactJsonDeep keeps every number inside a deep key's arrays and nothing else changes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(literal, literal), { maxLength: 8 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        pad,
        (levels, n, p) => {
          const bids = levels.map(([a, b]) => `[${p}${a},${p}${b}]`).join(",");
          const text = `{"bids":${p}[${bids}],"n":${JSON.stringify(n)}}`;
          const parsed = parseExactJsonDeep(text, new Set(), new Set(["bids"])) as {
            bids: string[][];
            n: number;
          };
          expect(parsed.n).toBe(JSON.parse(JSON.stringify(n)));
          expect(parsed.bids).toHaveLength(levels.length);
          levels.forEach(([a, b], i) => {
            expect(sameDigits(parsed.bids[i]?.[0], a), `${a} became ${parsed.bids[i]?.[0]}`).toBe(true);
            expect(sameDigits(parsed.bids[i]?.[1], b), `${b} became ${parsed.bids[i]?.[1]}`).toBe(true);
          });
        },
      ),
      fuzzParams(),
    );
  });

  it("an exponent past the bound is a SyntaxError, never a huge string", () => {
    fc.assert(
      fc.property(fc.integer({ min: 41, max: 999_999 }), fc.constantFrom("", "-"), (exp, sign) => {
        expect(() => parseExactJson(`{"price":1e${sign}${exp}}`, new Set(["price"]))).toThrow(SyntaxError);
      }),
      fuzzParams(),
    );
  });
});
