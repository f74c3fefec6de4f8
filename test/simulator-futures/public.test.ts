// The venue's public market data over loopback HTTP: instruments, tickers, books, trades, funding.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { manualClock, pub, signed, V3 } from "./helpers.js";

const clock = manualClock(Date.UTC(2026, 11, 7, 3, 0, 0));
let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startKrakenSimulator({ market: false, exchange: { clock } });
});
afterAll(() => sim.close());

describe("Derivatives public market data", () => {
  it("lists two perpetuals and a quarterly future expiring a few months after the clock's date", async () => {
    const a = await pub(sim.futuresUrl, `${V3}/instruments`);
    expect(a.status).toBe(200);
    expect(a.body.result).toBe("success");
    const symbols = a.body.instruments.map((i: { symbol: string }) => i.symbol);
    expect(symbols).toEqual(["PF_XBTUSD", "PF_ETHUSD", "FF_XBTUSD_270326"]);
    const ff = a.body.instruments[2];
    expect(ff.lastTradingTime).toBe("2027-03-26T16:00:00.000Z"); // last Friday of March 2027
    expect(ff.type).toBe("flexible_futures");
    expect(a.text).toContain('"tickSize":0.5,');
    expect(a.text).toContain('"contractValueTradePrecision":4');
    expect(a.body.serverTime).toBe("2026-12-07T03:00:00.000Z");
  });

  it("serves instrument statuses, one or all", async () => {
    const all = await pub(sim.futuresUrl, `${V3}/instruments/status`);
    expect(all.body.instrumentStatus).toHaveLength(3);
    const one = await pub(sim.futuresUrl, `${V3}/instruments/PF_ETHUSD/status`);
    expect(one.body).toMatchObject({
      result: "success",
      tradeable: "PF_ETHUSD",
      experiencingDislocation: false,
    });
  });

  it("tickers carry mark, index and funding rates as exact JSON numbers", async () => {
    const a = await pub(sim.futuresUrl, `${V3}/tickers`);
    const eth = a.body.tickers.find((t: { symbol: string }) => t.symbol === "PF_ETHUSD");
    expect(eth).toMatchObject({ tag: "perpetual", pair: "ETH:USD", suspended: false, postOnly: false });
    // Start price 3400.25 and relative rate -0.00000375: fundingRate = -0.0127509375 USD per contract.
    expect(a.text).toContain('"markPrice":3400.25,');
    expect(a.text).toContain('"fundingRate":-0.0127509375,');
    const ff = a.body.tickers.find((t: { symbol: string }) => t.symbol.startsWith("FF_"));
    expect(ff.fundingRate).toBeUndefined();
    expect(a.body.tickers.some((t: { symbol: string }) => t.symbol === "in_xbtusd")).toBe(true);
    const one = await pub(sim.futuresUrl, `${V3}/tickers/PF_XBTUSD`);
    expect(one.body.ticker.symbol).toBe("PF_XBTUSD");
    expect(one.body.ticker.bid).toBeLessThan(one.body.ticker.ask);
  });

  it("order books are sorted best first; unknown symbols are invalidArgument", async () => {
    const a = await pub(sim.futuresUrl, `${V3}/orderbook`, { symbol: "PF_XBTUSD" });
    const { bids, asks } = a.body.orderBook;
    expect(bids.length).toBeGreaterThan(5);
    for (let i = 1; i < bids.length; i++) expect(bids[i][0]).toBeLessThan(bids[i - 1][0]);
    for (let i = 1; i < asks.length; i++) expect(asks[i][0]).toBeGreaterThan(asks[i - 1][0]);
    const bad = await pub(sim.futuresUrl, `${V3}/orderbook`, { symbol: "PF_NOPE" });
    expect(bad.body).toMatchObject({ result: "error", error: "invalidArgument" });
    const missing = await pub(sim.futuresUrl, `${V3}/orderbook`);
    expect(missing.body.error).toBe("requiredArgumentMissing");
  });

  it("trade history lists fills newest first; ticker 24h figures follow them", async () => {
    await signed(sim.futuresUrl, "POST", `${V3}/sendorder`, {
      orderType: "mkt",
      symbol: "PF_ETHUSD",
      side: "buy",
      size: "0.123",
    });
    clock.advance(1000);
    await signed(sim.futuresUrl, "POST", `${V3}/sendorder`, {
      orderType: "mkt",
      symbol: "PF_ETHUSD",
      side: "sell",
      size: "0.1",
    });
    const h = await pub(sim.futuresUrl, `${V3}/history`, { symbol: "PF_ETHUSD" });
    expect(h.body.history.length).toBeGreaterThanOrEqual(2);
    expect(h.body.history[0].side).toBe("sell");
    expect(h.body.history[0].trade_id).toBeGreaterThan(h.body.history[1].trade_id);
    const t = await pub(sim.futuresUrl, `${V3}/tickers/PF_ETHUSD`);
    expect(t.body.ticker.vol24h).toBeCloseTo(0.223, 9);
    expect(t.body.ticker.last).toBe(h.body.history[0].price);
  });

  it("historical funding rates cover the last day, ascending", async () => {
    const a = await pub(sim.futuresUrl, `${V3}/historical-funding-rates`, { symbol: "PF_XBTUSD" });
    expect(a.body.rates).toHaveLength(24);
    expect(a.body.rates[23].timestamp).toBe("2026-12-07T03:00:00.000Z");
    expect(a.text).toContain('"fundingRate":0.8125,"relativeFundingRate":0.0000125}');
  });

  it("unknown paths answer notFound, wrong methods 405", async () => {
    expect((await pub(sim.futuresUrl, `${V3}/nope`)).status).toBe(404);
    expect((await pub(sim.futuresUrl, `${V3}/sendorder`)).status).toBe(405);
  });
});
