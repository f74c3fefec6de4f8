import { afterEach, describe, expect, it } from "vitest";
import {
  DEMO_KEY,
  type ExecutionEvent,
  type KrakenSimulator,
  type SimClock,
  startKrakenSimulator,
} from "../../src/testing/index.js";
import { privateCall, publicCall } from "./helpers.js";

/** A manual clock: time moves only when the test advances it. */
function manualClock(start: number): SimClock & { advance(ms: number): void } {
  let now = start;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let next = 1;
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (h) => {
      timers = timers.filter((t) => t.id !== h);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
    },
  };
}

describe("simulator trading over REST", () => {
  let sim: KrakenSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it("starts in well under a second", async () => {
    const t0 = performance.now();
    sim = await startKrakenSimulator();
    const ms = performance.now() - t0;
    console.log(`simulator startup: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(3000);
    expect(sim.restUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+/);
    expect(sim.market).toBeDefined();
  });

  it("a crossing limit order fills: trades, ledgers, balances and sequenced execution events", async () => {
    sim = await startKrakenSimulator({
      market: false,
      exchange: { seedLevels: 0 },
      keys: [{ ...DEMO_KEY, rateLimit: false }],
    });
    sim.accounts.create("maker", { XXBT: "1" });
    sim.exchange.placeOrder("maker", {
      pair: "BTC/USD",
      side: "sell",
      type: "limit",
      price: "64000.0",
      qty: "0.5",
    });
    const events: ExecutionEvent[] = [];
    sim.exchange.on("execution", (e) => {
      if (e.accountId === "demo") events.push(e);
    });
    const add = await privateCall(sim.restUrl, "AddOrder", {
      pair: "XBTUSD",
      type: "buy",
      ordertype: "limit",
      price: "64500.0",
      volume: "0.25",
      userref: 7,
    });
    expect(add.error).toEqual([]);
    const txid = (add.result as { txid: string[] }).txid[0]!;

    const info = (await privateCall(sim.restUrl, "QueryOrders", { txid, trades: true })).result as Record<
      string,
      { status: string; vol_exec: string; cost: string; fee: string; price: string; trades: string[] }
    >;
    expect(info[txid]).toMatchObject({
      status: "closed",
      vol_exec: "0.25000000",
      cost: "16000.0000",
      fee: "64.0000",
      price: "64000.0",
    });

    const history = (await privateCall(sim.restUrl, "TradesHistory")).result as {
      count: number;
      trades: Record<string, { ordertxid: string; price: string; vol: string; maker: boolean }>;
    };
    expect(history.count).toBe(1);
    expect(Object.values(history.trades)[0]).toMatchObject({
      ordertxid: txid,
      price: "64000.0",
      vol: "0.25000000",
      maker: false,
    });

    const ledgers = (await privateCall(sim.restUrl, "Ledgers")).result as {
      ledger: Record<string, { asset: string; amount: string; fee: string; balance: string }>;
    };
    const byAsset = Object.fromEntries(Object.values(ledgers.ledger).map((l) => [l.asset, l]));
    expect(byAsset.XXBT).toMatchObject({ amount: "0.2500000000", balance: "25.2500000000" });
    expect(byAsset.ZUSD).toMatchObject({ amount: "-16000.0000", fee: "64.0000", balance: "983936.0000" });

    const balance = (await privateCall(sim.restUrl, "Balance")).result as Record<string, string>;
    expect(balance).toMatchObject({ XXBT: "25.2500000000", ZUSD: "983936.0000" });

    const trades = (await publicCall(sim.restUrl, "Trades", { pair: "XBTUSD" })).result as Record<
      string,
      unknown[][]
    >;
    expect(trades.XXBTZUSD?.[0]?.slice(0, 2)).toEqual(["64000.0", "0.25000000"]);
    expect(trades.XXBTZUSD?.[0]?.[3]).toBe("b");

    expect(events.map((e) => e.execType)).toEqual(["pending_new", "new", "trade", "filled"]);
    const seqs = events.map((e) => e.sequence);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it("rejects with Kraken's order errors over REST", async () => {
    sim = await startKrakenSimulator({ market: false, keys: [{ ...DEMO_KEY, rateLimit: false }] });
    const add = (p: Record<string, unknown>) =>
      privateCall(sim!.restUrl, "AddOrder", {
        pair: "XBTUSD",
        type: "buy",
        ordertype: "limit",
        price: "60000.0",
        volume: "0.01",
        ...p,
      });
    expect((await add({ volume: "1000" })).error).toEqual(["EOrder:Insufficient funds"]);
    expect((await add({ volume: "0.00001" })).error).toEqual(["EOrder:Order minimum not met"]);
    expect((await add({ price: "60000.05" })).error).toEqual(["EOrder:Tick size check failed"]);
    expect((await add({ pair: "NOPEUSD" })).error).toEqual(["EQuery:Unknown asset pair"]);
    expect((await add({ ordertype: "bogus" })).error).toEqual(["EGeneral:Invalid arguments:ordertype"]);
    const validated = await add({ validate: true });
    expect(validated.result).toEqual({ descr: { order: "buy 0.01000000 XBTUSD @ limit 60000.0" } });
    expect(sim.exchange.orders("demo")).toHaveLength(0);
  });

  it("CancelAllOrdersAfter cancels when the timer expires (injected clock)", async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1));
    sim = await startKrakenSimulator({
      market: false,
      exchange: { clock },
      keys: [{ ...DEMO_KEY, rateLimit: false }],
    });
    await privateCall(sim.restUrl, "AddOrder", {
      pair: "XBTUSD",
      type: "buy",
      ordertype: "limit",
      price: "50000.0",
      volume: "0.01",
    });
    const armed = await privateCall(sim.restUrl, "CancelAllOrdersAfter", { timeout: 30 });
    expect(armed.result).toEqual({
      currentTime: "2026-01-01T00:00:00Z",
      triggerTime: "2026-01-01T00:00:30Z",
    });
    clock.advance(29_000);
    expect(sim.exchange.orders("demo", "open")).toHaveLength(1);
    clock.advance(1_000);
    expect(sim.exchange.orders("demo", "open")).toHaveLength(0);
    const closed = (await privateCall(sim.restUrl, "ClosedOrders")).result as {
      closed: Record<string, { status: string }>;
    };
    expect(Object.values(closed.closed)[0]?.status).toBe("canceled");
  });

  it("serves the meme pair's long quantities exactly", async () => {
    sim = await startKrakenSimulator({ market: false });
    const depth = (await publicCall(sim.restUrl, "Depth", { pair: "PEPEUSD", count: "1" })).result as Record<
      string,
      { asks: string[][] }
    >;
    const [price, qty] = depth.PEPEUSD!.asks[0]!;
    expect(price).toMatch(/^0\.\d{10}$/);
    expect(qty!.replace(".", "").replace(/^0+/, "").length).toBeGreaterThanOrEqual(15);
  });
});

describe("startup failure", () => {
  it("rejects (and leaks nothing) when the fixed REST port is taken", async () => {
    const first = await startKrakenSimulator({ market: false });
    const port = Number(new URL(first.restUrl).port);
    await expect(startKrakenSimulator({ market: false, restPort: port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });
});
