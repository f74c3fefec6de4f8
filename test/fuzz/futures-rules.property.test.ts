// Properties of the Derivatives order rules: for any contract and any limit order, the pre-send check
// refuses exactly when the simulator's venue would, with the same status; and roundPrice/roundQty
// outputs (when positive and within the maximum position) always pass it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFuturesOrderRules, fromDerivatives, KrakenOrderRuleError, Markets } from "../../src/index.js";
import { defaultInstruments, type FuturesInstrument } from "../../src/testing/futures/instruments.js";
import { validPrice, validSize } from "../../src/testing/futures/order-rules.js";
import { fuzzParams } from "../helpers/fuzz.js";

const decimal = (maxInt: number, maxFrac: number) =>
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: BigInt(maxInt) }),
      fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: maxFrac }),
    )
    .map(([i, f]) => (f ? `${i}.${f}` : `${i}`));

const base = defaultInstruments(Date.UTC(2026, 11, 7))[0]!;
const contract = fc
  .record({
    tickSize: fc.constantFrom("0.5", "0.01", "0.001", "1", "25", "2.5", "0.0001"),
    sizeDecimals: fc.integer({ min: 0, max: 6 }),
    maxPositionSize: fc.constantFrom("1000000", "1000", "2.5"),
  })
  .map((c): FuturesInstrument => ({ ...base, symbol: "PF_TESTUSD", ...c }));

/** The registry as a client builds it from the venue's `instruments` answer. */
const registry = (i: FuturesInstrument) =>
  new Markets(
    fromDerivatives({
      instruments: [
        {
          symbol: i.symbol,
          tickSize: i.tickSize,
          contractValueTradePrecision: i.sizeDecimals,
          maxPositionSize: i.maxPositionSize,
          tradeable: true,
        },
      ],
    }),
  );

/** The local verdict: undefined when the order passes, else the status it predicts. */
function local(markets: Markets, order: Record<string, unknown>): string | undefined {
  try {
    checkFuturesOrderRules(markets, "sendOrder", order);
    return undefined;
  } catch (e) {
    if (!(e instanceof KrakenOrderRuleError)) throw e;
    return e.krakenError;
  }
}

describe("Derivatives order rules", () => {
  it("refuse a limit order exactly when the venue does, with the venue's status", () => {
    fc.assert(
      fc.property(contract, decimal(200_000, 5), decimal(3_000, 8), (i, price, size) => {
        const order = { orderType: "lmt", symbol: i.symbol, side: "buy", size, limitPrice: price };
        const venue = !validSize(i, size)
          ? "invalidSize"
          : !validPrice(i, price)
            ? "invalidPrice"
            : undefined;
        expect(local(registry(i), order)).toBe(venue);
      }),
      fuzzParams(),
    );
  });

  it("pass every rounded price and size the venue's bounds allow", () => {
    fc.assert(
      fc.property(
        contract,
        decimal(200_000, 8),
        decimal(3_000, 10),
        fc.constantFrom("down", "up", "nearest" as const),
        (i, price, size, mode) => {
          const markets = registry(i);
          const m = markets.get(i.symbol);
          const p = m.roundPrice(price, mode);
          const q = m.roundQty(size, mode);
          if (!/[1-9]/.test(p) || !/[1-9]/.test(q) || !validSize(i, q)) return; // zero, or above the maximum
          const order = { orderType: "lmt", symbol: i.symbol, side: "buy", size: q, limitPrice: p };
          expect(local(markets, order)).toBeUndefined();
          expect(validPrice(i, p)).toBe(true);
        },
      ),
      fuzzParams(),
    );
  });
});
