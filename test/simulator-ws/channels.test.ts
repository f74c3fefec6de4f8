import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decimal, LP_ACCOUNT } from "../../src/testing/exchange/index.js";
import { isChannel, type Sim, startSim } from "./helpers.js";

let sim: Sim;
beforeEach(async () => {
  sim = await startSim();
});
afterEach(async () => {
  await sim.close();
});

type Row = Record<string, unknown>;
const first = (m: Row) => (m.data as Row[])[0]!;

describe("public channels deliver typed data", () => {
  it("instrument lists assets and pairs with precisions (PEPE/USD has 10 price decimals)", async () => {
    const c = await sim.connect();
    c.send({ method: "subscribe", params: { channel: "instrument" }, req_id: 1 });
    const ack = await c.waitFor((m) => m.method === "subscribe");
    expect(ack.result).toMatchObject({
      channel: "instrument",
      snapshot: true,
      warnings: ["tick_size is deprecated, use price_increment"],
    });
    const m = await c.waitFor(isChannel("instrument", "snapshot"));
    const data = m.data as { assets: Row[]; pairs: Row[] };
    expect(data.assets.map((a) => a.id)).toContain("BTC");
    const pepe = data.pairs.find((p) => p.symbol === "PEPE/USD")!;
    expect(pepe).toMatchObject({
      base: "PEPE",
      quote: "USD",
      price_precision: 10,
      qty_precision: 5,
      status: "online",
    });
    const btc = data.pairs.find((p) => p.symbol === "BTC/USD")!;
    expect(btc).toMatchObject({
      price_precision: 1,
      qty_precision: 8,
      price_increment: 0.1,
      qty_increment: 1e-8,
    });
    expect(c.frames.find((f) => f.startsWith('{"channel":"instrument"'))).toContain(
      '"qty_increment":0.00000001',
    );
  });

  it("ticker (trades and bbo triggers), trade and every ohlc interval follow the exchange", async () => {
    const c = await sim.connect();
    c.send({ method: "subscribe", params: { channel: "ticker", symbol: ["BTC/USD"] }, req_id: 1 });
    const snap = first(await c.waitFor(isChannel("ticker", "snapshot")));
    for (const k of [
      "bid",
      "bid_qty",
      "ask",
      "ask_qty",
      "last",
      "volume",
      "vwap",
      "low",
      "high",
      "change",
      "change_pct",
    ]) {
      expect(typeof snap[k]).toBe("number");
    }
    expect(snap.symbol).toBe("BTC/USD");
    const bbo = await sim.connect();
    bbo.send({
      method: "subscribe",
      params: { channel: "ticker", symbol: ["BTC/USD"], event_trigger: "bbo" },
      req_id: 2,
    });
    const bboAck = await bbo.waitFor((m) => m.method === "subscribe");
    expect(bboAck.result).toMatchObject({ channel: "ticker", symbol: "BTC/USD", event_trigger: "bbo" });
    await bbo.waitFor(isChannel("ticker", "snapshot"));
    c.send({ method: "subscribe", params: { channel: "trade", symbol: ["BTC/USD"] }, req_id: 3 });
    c.send({ method: "subscribe", params: { channel: "ohlc", symbol: ["BTC/USD"], interval: 1 }, req_id: 4 });
    for (const interval of [5, 15, 30, 60, 240, 1440, 10080, 21600]) {
      c.send({
        method: "subscribe",
        params: { channel: "ohlc", symbol: ["BTC/USD"], interval },
        req_id: 10 + interval,
      });
    }
    await c.waitCount(isChannel("ohlc", "snapshot"), 9);
    expect(c.parsed().some(isChannel("trade", "snapshot"))).toBe(false); // trade snapshot defaults to false

    const book = sim.exchange.book("BTC/USD");
    const better = decimal.add(book.best("buy")!.price, "0.1");
    const price = Number(better);
    // A better bid moves the BBO only.
    sim.exchange.addLiquidity("BTC/USD", "buy", better, "0.5");
    const bboUpdate = first(await bbo.waitFor(isChannel("ticker", "update")));
    expect(bboUpdate.bid).toBe(price);
    // A market sell trades against it.
    sim.exchange.marketTrade("BTC/USD", "sell", "0.25");
    const trade = first(await c.waitFor(isChannel("trade", "update")));
    expect(trade).toMatchObject({
      symbol: "BTC/USD",
      side: "sell",
      qty: 0.25,
      ord_type: "market",
      price: price,
    });
    expect(typeof trade.trade_id).toBe("number");
    expect(String(trade.timestamp)).toMatch(/\.\d{6}Z$/);
    const tick = first(await c.waitFor(isChannel("ticker", "update")));
    expect(tick.last).toBe(price);
    await c.waitCount(isChannel("ohlc", "update"), 9);
    const candles = c.parsed().filter(isChannel("ohlc", "update"));
    expect(new Set(candles.map((m) => first(m).interval))).toEqual(
      new Set([1, 5, 15, 30, 60, 240, 1440, 10080, 21600]),
    );
    const candle = first(candles[0]!);
    expect(candle).toMatchObject({ symbol: "BTC/USD", trades: 1, volume: 0.25, close: price });
    expect(String(candle.interval_begin)).toMatch(/\.\d{9}Z$/);
    expect(typeof candles[0]!.timestamp).toBe("string");
    expect(sim.exchange.orders(LP_ACCOUNT, "open").length).toBeGreaterThan(0);
  });

  it("book snapshots carry the requested depth and exact trimmed numbers", async () => {
    const c = await sim.connect();
    c.send({ method: "subscribe", params: { channel: "book", symbol: ["PEPE/USD"], depth: 10 }, req_id: 1 });
    const ack = await c.waitFor((m) => m.method === "subscribe");
    expect(ack.result).toEqual({ channel: "book", symbol: "PEPE/USD", depth: 10, snapshot: true });
    await c.waitFor(isChannel("book", "snapshot"));
    const text = c.frames.find((f) => f.startsWith('{"channel":"book"'))!;
    const d = first(JSON.parse(text) as Row);
    expect((d.bids as Row[]).length).toBe(10);
    expect((d.asks as Row[]).length).toBe(10);
    // A level with 18 significant digits is printed digit for digit.
    sim.exchange.addLiquidity(
      "PEPE/USD",
      "buy",
      sim.exchange.book("PEPE/USD").best("buy")!.price,
      "1234567890123.45678",
    );
    await c.waitFor(isChannel("book", "update"));
    const updText = c.frames.find((f) => f.startsWith('{"channel":"book","type":"update"'))!;
    expect(updText).toMatch(/"qty":\d{13,}\.\d+/);
    expect(updText).not.toMatch(/e[-+]?\d/i);
  });
});
