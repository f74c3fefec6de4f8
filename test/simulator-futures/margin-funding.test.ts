// The flex margin account, netted positions, realised and unrealised PnL, leverage preferences,
// funding payments driven by the simulator clock, transfers and withdrawals to the Spot wallet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FUTURES_KEY, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { manualClock, signed, V3 } from "./helpers.js";

const clock = manualClock(Date.UTC(2026, 11, 7, 3, 0, 0));
let sim: KrakenSimulator;
const MAKER = { key: "maker-key", secret: Buffer.alloc(64, 3).toString("base64") };
const demo = (m: "GET" | "POST" | "PUT", path: string, p: Record<string, string> = {}) =>
  signed(sim.futuresUrl, m, `${V3}/${path}`, p);
const maker = (m: "GET" | "POST", path: string, p: Record<string, string> = {}) =>
  signed(sim.futuresUrl, m, `${V3}/${path}`, p, MAKER);

beforeAll(async () => {
  sim = await startKrakenSimulator({
    market: false,
    exchange: { clock },
    futures: {
      liquidity: false,
      keys: [DEMO_FUTURES_KEY, { ...MAKER, accountId: "maker" }],
      accounts: {
        demo: { flex: { USD: "100000", XBT: "1" }, cash: { XBT: "0.5" } },
        maker: { flex: { USD: "1000000" } },
      },
    },
  });
});
afterAll(() => sim.close());

describe("flex margin account", () => {
  it("starts with collateral after haircuts and all of it available", async () => {
    const a = await demo("GET", "accounts");
    expect(a.text).toContain('"XBT":{"quantity":1,"value":65000,"collateral":63700,"available":1}');
    expect(a.body.accounts.flex).toMatchObject({
      collateralValue: 163700,
      availableMargin: 163700,
      initialMargin: 0,
      pnl: 0,
    });
    expect(a.body.accounts.cash).toEqual({ type: "cashAccount", balances: { xbt: "0.5" } });
  });

  it("a fill opens a position; the mark moves PnL, initial and maintenance margin, and available margin", async () => {
    expect(
      (
        await maker("POST", "sendorder", {
          orderType: "lmt",
          symbol: "PF_XBTUSD",
          side: "sell",
          size: "1",
          limitPrice: "65000",
        })
      ).body.sendStatus.status,
    ).toBe("placed");
    const buy = await demo("POST", "sendorder", {
      orderType: "mkt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "1",
    });
    expect(buy.text).toContain('"type":"EXECUTION"');
    expect(buy.text).toContain('"price":65000,"amount":1,');
    sim.futures.setPrices("PF_XBTUSD", { mark: "66000" });
    const a = await demo("GET", "accounts");
    // Taker fee 0.05 % of 65 000 = 32.5 USD.
    expect(a.text).toContain(
      '"USD":{"quantity":99967.5,"value":99967.5,"collateral":99967.5,"available":99967.5}',
    );
    expect(a.text).toContain(
      '"initialMargin":1320,"initialMarginWithOrders":1320,"maintenanceMargin":660,"balanceValue":164967.5,"portfolioValue":165967.5,"collateralValue":163667.5,"pnl":1000,"unrealizedFunding":0,"totalUnrealized":1000,"totalUnrealizedAsMargin":1000,"availableMargin":163347.5,"marginEquity":164667.5',
    );
    const p = await demo("GET", "openpositions");
    expect(p.body.openPositions).toEqual([
      expect.objectContaining({
        side: "long",
        symbol: "PF_XBTUSD",
        price: 65000,
        size: 1,
        unrealizedFunding: 0,
        pnlCurrency: "USD",
        maxFixedLeverage: null,
      }),
    ]);
  });

  it("isolated leverage raises initial margin; orders reserve margin", async () => {
    await demo("PUT", "leveragepreferences", { symbol: "PF_XBTUSD", maxLeverage: "10" });
    await demo("POST", "sendorder", {
      orderType: "lmt",
      symbol: "PF_ETHUSD",
      side: "buy",
      size: "1.5",
      limitPrice: "3000",
    });
    const a = await demo("GET", "accounts");
    // 66 000 × 10 % = 6600; the ETH bid reserves 1.5 × 3000 × 2 % = 90.
    expect(a.body.accounts.flex).toMatchObject({
      initialMargin: 6600,
      initialMarginWithOrders: 6690,
      maintenanceMargin: 660,
    });
    await demo("PUT", "leveragepreferences", { symbol: "PF_XBTUSD" });
    expect((await demo("GET", "leveragepreferences")).body.leveragePreferences).toEqual([]);
    await demo("POST", "cancelallorders");
  });

  it("reducing realises PnL on the USD balance; the average entry price stays", async () => {
    await maker("POST", "sendorder", {
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.4",
      limitPrice: "66000",
    });
    await demo("POST", "sendorder", { orderType: "mkt", symbol: "PF_XBTUSD", side: "sell", size: "0.4" });
    const a = await demo("GET", "accounts");
    // 99 967.5 + (66 000 − 65 000) × 0.4 − 0.05 % × 26 400 = 100 354.3
    expect(a.text).toContain('"USD":{"quantity":100354.3,');
    const p = (await demo("GET", "openpositions")).body.openPositions[0];
    expect(p).toMatchObject({ size: 0.6, price: 65000 });
    const m = (await maker("GET", "openpositions")).body.openPositions[0];
    expect(m).toMatchObject({ side: "short", size: 0.6 });
  });

  it("funding is paid at each interval of the simulator clock and listed in the history", async () => {
    sim.futures.setPrices("PF_XBTUSD", { index: "65000" }); // mark back to the index: the base rate applies
    clock.advance(3_600_000); // 04:00 boundary
    const a = await demo("GET", "accounts");
    // Long 0.6 pays 0.6 × 0.8125 USD (relative 0.0000125 × index 65 000).
    expect(a.text).toContain('"USD":{"quantity":100353.8125,');
    const m = await maker("GET", "accounts");
    // The short receives it: 1 000 000 − 13 (maker fee) − 400 (loss on 0.4) − 5.28 (maker fee) + 0.4875.
    expect(m.text).toContain('"USD":{"quantity":999582.2075,');
    const rates = await signed(sim.futuresUrl, "GET", `${V3}/historical-funding-rates`, {
      symbol: "PF_XBTUSD",
    });
    expect(rates.body.rates).toHaveLength(25);
    expect(rates.body.rates[24]).toEqual({
      timestamp: "2026-12-07T04:00:00.000Z",
      fundingRate: 0.8125,
      relativeFundingRate: 0.0000125,
    });
    const log = sim.futures.account("demo").log.at(-1);
    expect(log).toMatchObject({
      info: "funding rate change",
      realizedFunding: "-0.4875",
      fundingRate: "0.8125",
    });
  });

  it("transfers between cash and flex, and withdraws to the Spot wallet", async () => {
    expect(
      (await demo("POST", "transfer", { fromAccount: "cash", toAccount: "flex", unit: "xbt", amount: "0.2" }))
        .body.result,
    ).toBe("success");
    const a = await demo("GET", "accounts");
    expect(a.body.accounts.cash.balances).toEqual({ xbt: "0.3" });
    expect(a.text).toContain('"XBT":{"quantity":1.2,');
    const tooMuch = await demo("POST", "transfer", {
      fromAccount: "cash",
      toAccount: "flex",
      unit: "xbt",
      amount: "5",
    });
    expect(tooMuch.body.error).toBe("insufficientFunds");
    const spotBefore = sim.accounts.get("demo").balance("XXBT");
    const w = await demo("POST", "withdrawal", { currency: "xbt", amount: "0.1" });
    expect(w.body.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.accounts.get("demo").balance("XXBT")).toBe(String(Number(spotBefore) + 0.1));
    expect((await demo("GET", "accounts")).body.accounts.cash.balances).toEqual({ xbt: "0.2" });
  });
});
