import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import { KrakenSubscribeError, KrakenWsOverflowError } from "../../src/errors/ws.js";
import type { KrakenWs } from "../../src/ws/client.js";
import { clientFor, take, tickerFrame } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer;
let ws: KrakenWs;
beforeEach(async () => {
  server = await startScriptServer();
  ws = clientFor(server);
});
afterEach(async () => {
  await ws.close();
  await server.close();
});

describe("subscribe", () => {
  it("reports a throwing subscription listener to the logger; every subscription keeps receiving", async () => {
    const logged: unknown[][] = [];
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on("uncaughtException", onUncaught);
    const quiet = clientFor(server, { logger: { error: (...args: unknown[]) => logged.push(args) } });
    try {
      const bad = await quiet.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
      const good = await quiet.subscribe({ channel: "ticker", symbol: ["ETH/USD"] });
      const seen: string[] = [];
      bad.on("message", (m) => {
        seen.push(String(m.data[0]?.last));
        throw new Error("listener bug");
      });
      server.push("/public", "ticker", tickerFrame("BTC/USD", 1), "BTC/USD");
      server.push("/public", "ticker", tickerFrame("ETH/USD", 2), "ETH/USD");
      server.push("/public", "ticker", tickerFrame("BTC/USD", 3), "BTC/USD");
      expect((await take(good, 1))[0]?.data[0]?.last).toBe("2");
      await server.waitFor(() => seen.length === 2);
      expect(seen).toEqual(["1", "3"]);
      expect(bad.ended).toBe(false);
      await new Promise((r) => setTimeout(r, 20));
      expect(uncaught).toEqual([]);
      expect(logged.map((a) => (a[1] as Error).message)).toEqual(["listener bug", "listener bug"]);
    } finally {
      process.off("uncaughtException", onUncaught);
      await quiet.close();
    }
  });

  it("opens the public connection lazily and streams typed messages", async () => {
    expect(ws.connectionState("public")).toBe("idle");
    const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    expect(ws.connectionState("public")).toBe("open");
    expect(server.conns.map((c) => c.path)).toEqual(["/public"]);
    server.push("/public", "ticker", tickerFrame("BTC/USD", 100, "snapshot"), "BTC/USD");
    server.push("/public", "ticker", tickerFrame("BTC/USD", 101), "BTC/USD");
    const msgs = await take(sub, 2);
    expect(msgs.map((m) => m.data[0]?.last)).toEqual(["100", "101"]);
    expect(msgs[0]?.type).toBe("snapshot");
  });

  it("checks every per-symbol ack and rolls back the symbols that succeeded", async () => {
    server.rejectSymbols.set("XBT/USD", "Currency pair not supported XBT/USD");
    const err = await ws
      .subscribe({ channel: "ticker", symbol: ["BTC/USD", "XBT/USD", "ETH/USD"] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenSubscribeError);
    expect((err as KrakenSubscribeError).errors).toEqual([
      { symbol: "XBT/USD", error: "Currency pair not supported XBT/USD" },
    ]);
    await server.waitFor(() => server.conns[0]?.subs.size === 0);
    expect(ws.diagnostics.wireSubscriptions).toBe(0);
    expect(ws.diagnostics.consumers).toBe(0);
  });

  it("shares one wire subscription between identical consumers (reference counted)", async () => {
    const a = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const b = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD", "ETH/USD"] });
    const subscribes = () => server.conns[0]?.received.filter((m) => m.method === "subscribe") ?? [];
    expect(subscribes().map((m) => (m.params as { symbol: string[] }).symbol)).toEqual([
      ["BTC/USD"],
      ["ETH/USD"],
    ]);
    server.push("/public", "ticker", tickerFrame("BTC/USD", 5), "BTC/USD");
    expect((await take(a, 1))[0]?.data[0]?.last).toBe("5");
    expect((await take(b, 1))[0]?.data[0]?.last).toBe("5");
    await a.unsubscribe();
    expect(server.conns[0]?.received.filter((m) => m.method === "unsubscribe")).toHaveLength(0);
    await b.unsubscribe();
    const unsub = server.conns[0]?.received.filter((m) => m.method === "unsubscribe") ?? [];
    expect(unsub.map((m) => (m.params as { symbol: string[] }).symbol)).toEqual([["BTC/USD", "ETH/USD"]]);
    expect(server.duplicates).toBe(0);
  });

  it("rejects conflicting key params on one channel+symbol and invalid params before sending", async () => {
    await ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 10 });
    await expect(ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 25 })).rejects.toBeInstanceOf(
      KrakenValidationError,
    );
    await expect(ws.subscribe({ channel: "ticker", symbol: [] })).rejects.toBeInstanceOf(
      KrakenValidationError,
    );
    await expect(
      ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 2 as 1 }),
    ).rejects.toBeInstanceOf(KrakenValidationError);
  });

  it("sends every parameter Kraken documents", async () => {
    await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"], event_trigger: "bbo", snapshot: false });
    await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 5, snapshot: true });
    await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"], snapshot: true });
    await ws.subscribe({
      channel: "instrument",
      include_tokenized_assets: true,
      execution_venue: "international",
    });
    await ws.subscribe({
      channel: "executions",
      snap_orders: true,
      snap_trades: true,
      order_status: false,
      ratecounter: true,
    });
    await ws.subscribe({ channel: "balances", snapshot: true, rebased: false });
    await ws.subscribe({ channel: "level3", symbol: ["BTC/USD"], depth: 100 });
    const sent = server.conns.flatMap((c) => c.received.map((m) => ({ path: c.path, params: m.params })));
    expect(sent).toEqual([
      {
        path: "/public",
        params: { channel: "ticker", event_trigger: "bbo", snapshot: false, symbol: ["BTC/USD"] },
      },
      { path: "/public", params: { channel: "ohlc", interval: 5, snapshot: true, symbol: ["BTC/USD"] } },
      { path: "/public", params: { channel: "trade", snapshot: true, symbol: ["BTC/USD"] } },
      {
        path: "/public",
        params: { channel: "instrument", execution_venue: "international", include_tokenized_assets: true },
      },
      {
        path: "/auth",
        params: {
          channel: "executions",
          order_status: false,
          ratecounter: true,
          snap_orders: true,
          snap_trades: true,
          token: "tok-1",
        },
      },
      { path: "/auth", params: { channel: "balances", rebased: false, snapshot: true, token: "tok-1" } },
      { path: "/l3", params: { channel: "level3", depth: 100, symbol: ["BTC/USD"], token: "tok-1" } },
    ]);
  });

  it("applies the overflow policy: drop-oldest keeps the newest, error ends the iteration", async () => {
    const old = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] }, { bufferSize: 2 });
    const strict = await ws.subscribe(
      { channel: "ticker", symbol: ["ETH/USD"] },
      { bufferSize: 2, overflow: "error" },
    );
    for (let i = 1; i <= 4; i++) {
      server.push("/public", "ticker", tickerFrame("BTC/USD", i), "BTC/USD");
      server.push("/public", "ticker", tickerFrame("ETH/USD", i), "ETH/USD");
    }
    await server.waitFor(() => old.received === 4 && strict.ended);
    expect((await take(old, 2)).map((m) => m.data[0]?.last)).toEqual(["3", "4"]);
    expect(old.dropped).toBe(2);
    const it2 = strict[Symbol.asyncIterator]();
    expect((await it2.next()).value?.data[0]?.last).toBe("1");
    expect((await it2.next()).value?.data[0]?.last).toBe("2");
    await expect(it2.next()).rejects.toBeInstanceOf(KrakenWsOverflowError);
  });

  it("offers event callbacks beside iteration, AbortSignal and asyncDispose", async () => {
    const seen: string[] = [];
    const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    sub.on("message", (m) => seen.push(m.data[0]?.last ?? "none"));
    server.push("/public", "ticker", tickerFrame("BTC/USD", 7), "BTC/USD");
    await server.waitFor(() => seen.length === 1);
    expect(seen).toEqual(["7"]);

    const ac = new AbortController();
    const aborted = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] }, { signal: ac.signal });
    const pending = take(aborted, 1).catch((e: unknown) => e);
    ac.abort(new Error("stop"));
    expect(await pending).toMatchObject({ message: "stop" });
    await server.waitFor(() => !server.conns[0]?.subs.has("trade|BTC/USD"));

    {
      await using disposable = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 1 });
      expect(disposable.ended).toBe(false);
    }
    await server.waitFor(() => !server.conns[0]?.subs.has("ohlc|BTC/USD"));
  });

  it("routes ohlc by interval and splits a mixed-symbol frame", async () => {
    const one = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 1 });
    const five = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 5 });
    const candle = (interval: number) => ({
      symbol: "BTC/USD",
      open: 1,
      high: 2,
      low: 0.5,
      close: 1.5,
      vwap: 1.2,
      trades: 3,
      volume: 4,
      interval_begin: "2026-01-01T00:00:00.000000000Z",
      interval,
    });
    server.push("/public", "ohlc", { channel: "ohlc", type: "update", data: [candle(5)] }, "BTC/USD");
    server.push("/public", "ohlc", { channel: "ohlc", type: "update", data: [candle(1)] }, "BTC/USD");
    expect((await take(five, 1))[0]?.data[0]?.interval).toBe(5);
    expect((await take(one, 1))[0]?.data[0]?.interval).toBe(1);

    const btc = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
    const eth = await ws.subscribe({ channel: "trade", symbol: ["ETH/USD"] });
    const trade = (symbol: string) => ({
      symbol,
      side: "buy",
      qty: 1,
      price: 2,
      ord_type: "limit",
      trade_id: 1,
      timestamp: "t",
    });
    server.push(
      "/public",
      "trade",
      { channel: "trade", type: "update", data: [trade("BTC/USD"), trade("ETH/USD")] },
      "BTC/USD",
    );
    expect((await take(btc, 1))[0]?.data.map((d) => d.symbol)).toEqual(["BTC/USD"]);
    expect((await take(eth, 1))[0]?.data.map((d) => d.symbol)).toEqual(["ETH/USD"]);
  });

  it("delivers an empty executions snapshot (no open orders) as a valid message", async () => {
    const sub = await ws.subscribe({ channel: "executions" });
    server.push("/auth", "executions", { channel: "executions", type: "snapshot", sequence: 1, data: [] });
    expect((await take(sub, 1))[0]).toEqual({
      channel: "executions",
      type: "snapshot",
      sequence: 1,
      data: [],
    });
  });

  it("decodes book frames losslessly (prices and quantities as exact strings)", async () => {
    const sub = await ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 10 });
    server.broadcast(
      "/public",
      '{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[{"price":45283.50000,"qty":0.10000000}],' +
        '"asks":[{"price":45285.2,"qty":123456789.123456789012}],"checksum":3310070434,"timestamp":"t"}]}',
    );
    const [msg] = await take(sub, 1);
    expect(msg?.data[0]?.bids[0]).toEqual({ price: "45283.50000", qty: "0.10000000" });
    expect(msg?.data[0]?.asks[0]?.qty).toBe("123456789.123456789012");
  });
});
