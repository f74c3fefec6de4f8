// End to end: KrakenWs delivers money values of ticker, trade, executions and balances as the exact
// strings on the wire (a scripted server with float-hostile literals, then the simulator's PEPE/USD
// pair whose quantities have 15+ significant digits), and a bad money literal is an error event.
import { afterEach, describe, expect, it } from "vitest";
import type { KrakenWsFrameError } from "../../src/errors/ws.js";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { trimTrailingZeros } from "../../src/util/decimal.js";
import type { KrakenWs } from "../../src/ws/client.js";
import type { BalanceData, ExecutionReport, TradeData } from "../../src/ws/types/channels.js";
import { clientFor, take } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let ws: KrakenWs | undefined;
let server: ScriptServer | undefined;
let sim: KrakenSimulator | undefined;
afterEach(async () => {
  await ws?.close();
  await server?.close();
  await sim?.close();
  ws = undefined;
  server = undefined;
  sim = undefined;
});

const digits = (s: string) => s.replace(/[^0-9]/g, "").replace(/^0+/, "").length;
const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && trimTrailingZeros(a) === trimTrailingZeros(b);

describe("lossless frames through the client", () => {
  it("delivers exact strings from a scripted server; a bad money literal is an error event", async () => {
    server = await startScriptServer();
    ws = clientFor(server);
    const errors: KrakenWsFrameError[] = [];
    ws.on("error", (e) => errors.push(e as KrakenWsFrameError));
    const ticker = await ws.subscribe({ channel: "ticker", symbol: ["PEPE/USD"] });
    const conn = server.open("/public")[0];
    if (!conn) throw new Error("no connection");
    const bad = '{"channel":"ticker","type":"update","data":[{"symbol":"PEPE/USD","bid":01}]}';
    server.broadcast("/public", bad);
    server.broadcast(
      "/public",
      '{"channel":"ticker","type":"update","data":[{"symbol":"PEPE/USD","bid":0.00000001234,' +
        '"bid_qty":1234567890123.45678,"ask":1e-8,"ask_qty":0.10000000,"last":0.0000000124,' +
        '"volume":98765432109876.54321,"vwap":0.00000001235,"low":0.0000000120,"high":0.0000000130,' +
        '"change":-0.0000000001,"change_pct":-0.80,"timestamp":"2026-11-25T17:00:00.123456Z"}]}',
    );
    const [msg] = await take(ticker, 1);
    expect(msg?.data[0]).toStrictEqual({
      symbol: "PEPE/USD",
      bid: "0.00000001234",
      bid_qty: "1234567890123.45678",
      ask: "0.00000001",
      ask_qty: "0.10000000",
      last: "0.0000000124",
      volume: "98765432109876.54321",
      vwap: "0.00000001235",
      low: "0.0000000120",
      high: "0.0000000130",
      change: "-0.0000000001",
      change_pct: "-0.80",
      timestamp: "2026-11-25T17:00:00.123456Z",
    });
    expect(errors.map((e) => e.message)).toEqual(["malformed JSON (public)"]);
    expect(ticker.ended).toBe(false);
  });

  it("matches the simulator's PEPE/USD state digit for digit on ticker, trade, executions and balances", async () => {
    sim = await startKrakenSimulator({ market: { autoStart: false, seed: 11 } });
    const s = sim;
    ws = clientFor({ publicUrl: s.wsUrl, authUrl: s.wsAuthUrl, l3Url: s.wsL3Url } as ScriptServer, {
      getToken: async () => s.exchange.tokens.issue("demo", "test-key").token,
    });
    const pair = "PEPE/USD";
    const ticker = await ws.subscribe({ channel: "ticker", symbol: [pair] });
    const [t] = await take(ticker, 1);
    const book = s.exchange.book(pair);
    expect(same(t?.data[0]?.bid, book.bids[0]?.price)).toBe(true);
    expect(same(t?.data[0]?.ask, book.asks[0]?.price)).toBe(true);
    expect(typeof t?.data[0]?.bid_qty).toBe("string");

    const executions = await ws.subscribe({ channel: "executions", snap_orders: true });
    const balances = await ws.subscribe({ channel: "balances" });
    await take(executions, 1);
    const [snapshot] = await take(balances, 1);
    const pepe = snapshot?.data.find((b) => b.asset === "PEPE");
    expect(same(pepe?.balance, s.exchange.account("demo").balance("PEPE"))).toBe(true);

    // a resting buy with a 16-digit quantity and a 10-decimal price: echoed exactly on executions
    const qty = "12345678901.23456";
    const price = "0.0000012345";
    const added = await ws.addOrder({
      order_type: "limit",
      side: "buy",
      symbol: pair,
      order_qty: qty,
      limit_price: price,
    });
    const reports: ExecutionReport[] = [];
    while (!reports.some((r) => r.order_id === added.order_id && r.order_qty !== undefined)) {
      for (const m of await take(executions, 1)) reports.push(...m.data);
    }
    const mine = reports.find((r) => r.order_id === added.order_id && r.order_qty !== undefined);
    expect(same(mine?.order_qty, qty)).toBe(true);
    expect(same(mine?.limit_price, price)).toBe(true);

    // a taker sell into the LP bids: trade, executions fill and balances update carry the exact strings
    const trades = await ws.subscribe({ channel: "trade", symbol: [pair] });
    await ws.addOrder({
      order_type: "market",
      side: "sell",
      symbol: pair,
      order_qty: "1234567890.12345",
    });
    const [tr] = await take(trades, 1);
    const wire = tr?.data as TradeData[];
    expect(wire.length).toBeGreaterThan(0);
    for (const w of wire) {
      const simTrade = s.exchange.publicTrades(pair).find((x) => x.tradeId === w.trade_id);
      expect(typeof w.trade_id).toBe("number");
      expect(same(w.qty, simTrade?.qty)).toBe(true);
      expect(same(w.price, simTrade?.price)).toBe(true);
    }
    expect(Math.max(...wire.map((w) => digits(w.qty)))).toBeGreaterThanOrEqual(15);

    const fills: ExecutionReport[] = [];
    while (!fills.some((r) => r.exec_type === "trade")) {
      for (const m of await take(executions, 1)) fills.push(...m.data);
    }
    for (const f of fills.filter((r) => r.exec_type === "trade")) {
      const simTrade = s.exchange.publicTrades(pair).find((x) => x.tradeId === f.trade_id);
      expect(same(f.last_qty, simTrade?.qty)).toBe(true);
      expect(same(f.last_price, simTrade?.price)).toBe(true);
      expect(typeof f.cost).toBe("string");
    }

    const updates: BalanceData[] = [];
    while (!updates.some((b) => b.asset === "PEPE")) {
      for (const m of await take(balances, 1)) updates.push(...m.data);
    }
    const ledger = s.exchange.account("demo").ledger;
    const entries = updates.filter((b) => b.ledger_id !== undefined);
    expect(entries.length).toBeGreaterThan(0);
    for (const u of entries) {
      const entry = ledger.find((l) => l.id === u.ledger_id);
      expect(same(u.amount, entry?.amount)).toBe(true);
      expect(same(u.balance, entry?.balance)).toBe(true);
      expect(same(u.fee, entry?.fee)).toBe(true);
    }
    const pepeUpdate = updates.find((b) => b.asset === "PEPE");
    expect(digits(pepeUpdate?.balance ?? "")).toBeGreaterThanOrEqual(15);
  });
});
