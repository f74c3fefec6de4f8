import { describe, expect, it } from "vitest";
import { Exchange, type SimClock } from "../../src/testing/exchange/index.js";

function manualClock(): SimClock & { advance(ms: number): void } {
  let now = Date.UTC(2026, 0, 1);
  return {
    now: () => now,
    setTimeout: () => 0,
    clearTimeout: () => {},
    advance: (ms) => {
      now += ms;
    },
  };
}

const order = (price: string) =>
  ({ pair: "XBTUSD", side: "buy", type: "limit", price, qty: "0.001" }) as const;

describe("trading-engine limits (opt-in per tier)", () => {
  it("rejects with EOrder:Rate limit exceeded once the per-pair counter reaches the threshold, then decays", () => {
    const clock = manualClock();
    const ex = new Exchange({ clock, tradingLimits: "starter", seedLevels: 0 });
    const ids = Array.from({ length: 10 }, (_, i) => ex.placeOrder("demo", order(`${50000 + i}.0`)).order.id); // +10
    // Cancelling a just-placed order costs 8: 10 + 7 × 8 = 66 ≥ 60 → the 8th cancel is refused.
    for (const id of ids.slice(0, 7)) ex.cancelOrder("demo", { orderId: id });
    expect(() => ex.cancelOrder("demo", { orderId: ids[7]! })).toThrow("EOrder:Rate limit exceeded");
    expect(() => ex.placeOrder("demo", order("49000.0"))).toThrow("EOrder:Rate limit exceeded");
    // Other pairs have their own counter.
    ex.placeOrder("demo", { pair: "ETHUSD", side: "buy", type: "limit", price: "3000.00", qty: "0.01" });
    clock.advance(7_000); // starter decays 1 per second: 66 → 59
    expect(ex.cancelOrder("demo", { orderId: ids[7]! })).toHaveLength(1);
    // Batch cancels are charged but never refused.
    expect(ex.cancelBatch("demo", [{ orderId: ids[8]! }, { orderId: ids[9]! }])).toBe(2);
    ex.close();
  });

  it("caps open orders per pair with EOrder:Orders limit exceeded", () => {
    const clock = manualClock();
    const ex = new Exchange({ clock, tradingLimits: "starter", seedLevels: 0 });
    for (let i = 0; i < 60; i++) {
      ex.placeOrder("demo", order(`${40000 + i}.0`));
      clock.advance(1_100);
    }
    expect(() => ex.placeOrder("demo", order("39000.0"))).toThrow("EOrder:Orders limit exceeded");
    ex.close();
  });

  it("is off by default", () => {
    const ex = new Exchange({ seedLevels: 0 });
    for (let i = 0; i < 70; i++) ex.placeOrder("demo", order(`${40000 + i}.0`));
    expect(ex.orders("demo", "open")).toHaveLength(70);
    ex.close();
  });
});
