// Property tests of the Derivatives v1 frame decoder: the book-update scanner agrees with the exact
// reader on every frame, and no money number of any frame comes out as a float.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFuturesFrame, FUTURES_WS_MONEY_KEYS } from "../../src/futures-ws/decode.js";
import { parseExactJson } from "../../src/util/exact-json.js";
import { fuzzParams } from "../helpers/fuzz.js";

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((d) => d.join(""));
const intPart = fc.oneof(
  fc.constant("0"),
  fc.tuple(fc.constantFrom(..."123456789"), digits(0, 12)).map(([a, b]) => a + b),
);
/** A JSON number literal: plain, with a fraction, or with an exponent. */
const literal = fc
  .tuple(
    fc.boolean(),
    intPart,
    fc.option(digits(1, 12), { nil: undefined }),
    // the exact reader refuses exponents beyond 40 (no money value has one)
    fc.option(
      fc.tuple(
        fc.constantFrom("e", "E"),
        fc.constantFrom("", "+", "-"),
        fc.integer({ min: 0, max: 40 }).map(String),
      ),
      {
        nil: undefined,
      },
    ),
  )
  .map(
    ([neg, i, f, e]) =>
      `${neg ? "-" : ""}${i}${f === undefined ? "" : `.${f}`}${e === undefined ? "" : e.join("")}`,
  );
/**
 * A product id as it appears in the JSON text: mostly a few that repeat, are prefixes of each other or
 * hold escapes (the scanner remembers the last product it read), else a random one.
 */
const product = fc.oneof(
  fc.constantFrom("PF_XBTUSD", "PF_XBTUSDT", "PF_XBT", "PF_A\\\\B", 'PF_A\\"B', "PF_\\u0041"),
  fc.stringMatching(/^[A-Z]{2}_[A-Z0-9]{3,10}$/),
);

/** Exact value of a decimal literal as [BigInt digits, scale], for comparing without a float. */
function exact(s: string): [bigint, number] {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m) throw new Error(`not a decimal: ${s}`);
  const frac = m[3] ?? "";
  let scale = frac.length - Number(m[4] ?? "0");
  let n = BigInt(`${m[1]}${m[2]}${frac}`);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  return [n, n === 0n ? 0 : scale];
}

describe("decodeFuturesFrame", () => {
  it("a book update decodes to its exact digits, the same as the exact reader's", () => {
    fc.assert(
      fc.property(
        product,
        fc.constantFrom("buy", "sell"),
        fc.nat(),
        literal,
        literal,
        fc.nat(),
        (p, side, seq, price, qty, ts) => {
          const text = `{"feed":"book","product_id":"${p}","side":"${side}","seq":${seq},"price":${price},"qty":${qty},"timestamp":${ts}}`;
          const fast = decodeFuturesFrame(text) as Record<string, unknown>;
          const slow = parseExactJson(text, FUTURES_WS_MONEY_KEYS) as Record<string, unknown>;
          expect(fast).toEqual(slow);
          expect(exact(fast.price as string)).toEqual(exact(price));
          expect(exact(fast.qty as string)).toEqual(exact(qty));
          expect([fast.seq, fast.timestamp, fast.product_id]).toEqual([seq, ts, JSON.parse(`"${p}"`)]);
        },
      ),
      fuzzParams(),
    );
  });

  it("every money number of a frame, at any depth, is a string holding the literal's value", () => {
    const key = fc.constantFrom(...FUTURES_WS_MONEY_KEYS, "seq", "time", "id", "dtm");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, literal), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("ticker", "fills", "open_positions", "balances"),
        (fields, feed) => {
          const uniq = [...new Map(fields).entries()];
          const body = uniq.map(([k, v]) => `"${k}":${v}`).join(",");
          const nested = feed === "balances" ? `,"holding":{"usd":${uniq[0]?.[1]}}` : "";
          const text = `{"feed":"${feed}","items":[{${body}}]${nested}}`;
          const f = decodeFuturesFrame(text) as {
            items: Array<Record<string, unknown>>;
            holding?: Record<string, unknown>;
          };
          for (const [k, v] of uniq) {
            const got = f.items[0]?.[k];
            if (FUTURES_WS_MONEY_KEYS.has(k)) expect(exact(got as string)).toEqual(exact(v));
            else expect(got).toBe(JSON.parse(v));
          }
          if (nested) expect(exact(f.holding?.usd as string)).toEqual(exact(uniq[0]?.[1] as string));
        },
      ),
      fuzzParams(),
    );
  });
});
