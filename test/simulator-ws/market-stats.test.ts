import { describe, expect, it } from "vitest";
import { PairStats } from "../../src/testing/ws/market-stats.js";

const DAY = 86_400_000;

describe("rolling 24 h ticker figures", () => {
  it("tracks volume, vwap, low, high and change and evicts trades older than a day", () => {
    const s = new PairStats(2);
    const t0 = 1_700_000_000_000;
    const trade = (price: string, qty: string, at: number, id: number) =>
      s.record({ symbol: "X/Y", side: "buy", price, qty, ordType: "limit", tradeId: id, timestamp: at });
    expect(s.ticker(t0, "5")).toMatchObject({ last: "5", volume: "0", low: "5", high: "5" });
    trade("10", "1", t0, 1);
    trade("12", "2", t0 + 1000, 2);
    trade("9", "1", t0 + 2000, 3);
    expect(s.ticker(t0 + 3000, "5")).toEqual({
      last: "9",
      volume: "4",
      vwap: "10.75",
      low: "9",
      high: "12",
      change: "-1",
      changePct: "-10",
    });
    // After a day the first trade leaves the window.
    expect(s.ticker(t0 + DAY + 500, "5")).toMatchObject({ volume: "3", low: "9", high: "12", change: "-3" });
    expect(s.ticker(t0 + DAY + 1500, "5")).toMatchObject({ volume: "1", low: "9", high: "9", change: "0" });
    expect(s.ticker(t0 + 2 * DAY, "5")).toMatchObject({ last: "9", volume: "0", low: "9", high: "9" });
  });

  it("keeps candles per interval", () => {
    const s = new PairStats(1);
    const t0 = Date.parse("2026-01-01T00:00:30Z");
    s.record({
      symbol: "X/Y",
      side: "buy",
      price: "10.5",
      qty: "2",
      ordType: "limit",
      tradeId: 1,
      timestamp: t0,
    });
    const touched = s.record({
      symbol: "X/Y",
      side: "sell",
      price: "10.1",
      qty: "1",
      ordType: "market",
      tradeId: 2,
      timestamp: t0 + 60_000,
    });
    expect(touched.get(1)).toMatchObject({ open: "10.1", close: "10.1", trades: 1 });
    expect(touched.get(5)).toMatchObject({
      open: "10.5",
      high: "10.5",
      low: "10.1",
      close: "10.1",
      volume: "3",
      trades: 2,
    });
    expect(s.vwap(touched.get(5)!)).toBe("10.366");
  });
});
