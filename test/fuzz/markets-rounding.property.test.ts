// Property: whatever decimal a caller gives, roundPrice/roundQty return values the pre-send check
// accepts (on the tick, within the decimals, on the step), never move more than one step, and round in
// the asked direction.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOrderRules, Market, Markets } from "../../src/index.js";
import { fuzzParams } from "../helpers/fuzz.js";

const decimal = (maxInt: number, maxFrac: number) =>
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: BigInt(maxInt) }),
      fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: maxFrac }),
    )
    .map(([i, f]) => (f ? `${i}.${f}` : `${i}`));

const market = fc
  .record({
    priceDecimals: fc.integer({ min: 0, max: 10 }),
    qtyDecimals: fc.integer({ min: 0, max: 10 }),
    tickUnits: fc.constantFrom(1, 2, 5, 25),
  })
  .map(({ priceDecimals, qtyDecimals, tickUnits }) => {
    const unit = (d: number, n: number) => {
      const digits = String(n).padStart(d + 1, "0");
      return d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`.replace(/^0+(?=\d)/, "");
    };
    return new Market({
      symbol: "T/USD",
      altname: "TUSD",
      restKey: "TUSD",
      base: "T",
      quote: "USD",
      krakenBase: "T",
      krakenQuote: "ZUSD",
      assetClass: "currency",
      status: "online",
      priceTick: unit(priceDecimals, tickUnits),
      priceDecimals,
      qtyStep: unit(qtyDecimals, 1),
      qtyDecimals,
      ordermin: "0",
      costmin: "0",
      costDecimals: 8,
      marginable: false,
      leverageBuy: [],
      leverageSell: [],
    });
  });

const cmp = (a: string, b: string) => {
  const s = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0);
  const v = (x: string) => BigInt((x.split(".")[0] ?? "0") + (x.split(".")[1] ?? "").padEnd(s, "0"));
  return v(a) < v(b) ? -1 : v(a) > v(b) ? 1 : 0;
};

describe("markets rounding", () => {
  it("roundPrice/roundQty outputs always pass the order check, in the asked direction", () => {
    fc.assert(
      fc.property(
        market,
        decimal(10_000_000, 14),
        decimal(1_000_000, 14),
        fc.constantFrom("down", "up", "nearest" as const),
        (m, price, qty, mode) => {
          const markets = new Markets({ markets: [m], assets: [] });
          const p = m.roundPrice(price, mode);
          const q = m.roundQty(qty, mode);
          if (cmp(p, "0") === 0 || cmp(q, "0") === 0) return; // zero is Kraken's "Invalid price"/minimum, not a rounding question
          expect(() =>
            checkOrderRules(markets, "addOrder", {
              pair: "TUSD",
              ordertype: "limit",
              type: "buy",
              price: p,
              volume: q,
            }),
          ).not.toThrow();
          expect(() =>
            checkOrderRules(markets, "add_order", {
              symbol: "T/USD",
              order_type: "limit",
              side: "buy",
              limit_price: p,
              order_qty: q,
            }),
          ).not.toThrow();
          if (mode === "down") expect(cmp(p, price)).toBeLessThanOrEqual(0);
          if (mode === "up") expect(cmp(p, price)).toBeGreaterThanOrEqual(0);
          expect(m.roundPrice(p, "down")).toBe(p); // idempotent: already on the tick
        },
      ),
      fuzzParams(),
    );
  });

  it("minQtyAt(price) is the smallest quantity on the step meeting ordermin and costmin", () => {
    fc.assert(
      fc.property(
        market,
        decimal(100_000, 8),
        decimal(1_000, 6),
        decimal(100, 6),
        (base, price, costmin, ordermin) => {
          if (cmp(price, "0") === 0) return;
          const m = new Market({ ...base, costmin, ordermin });
          const q = m.minQtyAt(price);
          const markets = new Markets({ markets: [m], assets: [] });
          // passes every quantity rule, ordermin and costmin included
          expect(() =>
            checkOrderRules(markets, "addOrder", {
              pair: "TUSD",
              ordertype: "limit",
              type: "buy",
              price: m.roundPrice(price, "up"),
              volume: q,
            }),
          ).not.toThrow();
          expect(cmp(m.costOf(q, price), costmin)).toBeGreaterThanOrEqual(0);
          expect(cmp(q, ordermin)).toBeGreaterThanOrEqual(0);
          // one step less breaks a minimum (or is not a positive quantity)
          const less = subtract(q, m.qtyStep);
          if (cmp(less, "0") > 0)
            expect(cmp(m.costOf(less, price), costmin) < 0 || cmp(less, ordermin) < 0).toBe(true);
        },
      ),
      fuzzParams(),
    );
  });
});

function subtract(a: string, b: string): string {
  const s = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0);
  const v = (x: string) => BigInt((x.split(".")[0] ?? "0") + (x.split(".")[1] ?? "").padEnd(s, "0"));
  const d = (v(a) - v(b)).toString();
  if (d.startsWith("-")) return "-1";
  const t = d.padStart(s + 1, "0");
  return s === 0 ? t : `${t.slice(0, -s)}.${t.slice(-s)}`;
}
