// KrakenWs against the embedded simulator: every channel and trading method on real loopback sockets,
// per-symbol subscribe errors, and the simulator's faults (close codes, stall, garbage, maintenance,
// skipped sequence numbers, a trading request cut off mid-flight).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  KrakenAmbiguousOrderError,
  KrakenSubscribeError,
  KrakenWsRequestError,
} from "../../src/errors/ws.js";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import type { KrakenWs } from "../../src/ws/client.js";
import type { ResyncedEvent } from "../../src/ws/subscriptions/events.js";
import type { SequenceGap } from "../../src/ws/subscriptions/sequence.js";
import { clientFor, nextEvent, take } from "./helpers/client.js";
import type { ScriptServer } from "./helpers/script-server.js";

let sim: KrakenSimulator;
let ws: KrakenWs;
const calls: string[] = [];

beforeEach(async () => {
  sim = await startKrakenSimulator({ market: { autoStart: false, seed: 7 } });
  calls.length = 0;
  ws = clientFor({ publicUrl: sim.wsUrl, authUrl: sim.wsAuthUrl, l3Url: sim.wsL3Url } as ScriptServer, {
    getToken: async () => sim.exchange.tokens.issue("demo", "test-key").token,
    reconcile: {
      openOrders: async () => {
        calls.push("openOrders");
        return {};
      },
      tradesHistory: async () => {
        calls.push("tradesHistory");
        return {};
      },
      balance: async () => {
        calls.push("balance");
        return {};
      },
    },
  });
});
afterEach(async () => {
  await ws.close();
  await sim.close();
});

/** Steps the simulated market until `sub` has received more than `min` messages. */
async function drive(sub: { received: number }, min = 0): Promise<void> {
  for (let n = 0; n < 500 && sub.received <= min; n++) {
    sim.market?.step();
    await new Promise((r) => setTimeout(r, 1));
  }
}

const sentMethods = (method: string) =>
  sim.recorder
    .framesFor(method)
    .filter((f) => f.endpoint === "auth" && (f.message as { method?: string })?.method === method);

describe("against the simulator", () => {
  it("streams every public channel with typed messages", async () => {
    const ticker = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const book = await ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 10 });
    const ohlc = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 1 });
    const instrument = await ws.subscribe({ channel: "instrument" });
    const trade = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"], snapshot: true });
    await drive(ticker);
    const [t] = await take(ticker, 1);
    expect(t?.data[0]?.symbol).toBe("BTC/USD");
    expect(typeof t?.data[0]?.bid).toBe("string"); // lossless
    await drive(book);
    const [b] = await take(book, 1);
    expect(b?.type).toBe("snapshot");
    expect(typeof b?.data[0]?.bids[0]?.price).toBe("string"); // lossless
    await drive(ohlc);
    expect((await take(ohlc, 1))[0]?.data[0]?.interval).toBe(1);
    const [i] = await take(instrument, 1);
    expect(i?.data.pairs.some((p) => p.symbol === "BTC/USD")).toBe(true);
    await drive(trade);
    const [tr] = await take(trade, 1);
    expect(tr?.channel).toBe("trade");
    const level3 = await ws.subscribe({ channel: "level3", symbol: ["BTC/USD"] });
    await drive(level3);
    expect(typeof (await take(level3, 1))[0]?.data[0]?.checksum).toBe("number");
  });

  it("rejects a multi-symbol subscribe with Kraken's per-symbol errors", async () => {
    const err = await ws
      .subscribe({ channel: "ticker", symbol: ["BTC/USD", "XBT/USD"] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenSubscribeError);
    expect((err as KrakenSubscribeError).errors.map((e) => e.symbol)).toEqual(["XBT/USD"]);
    expect(ws.diagnostics.wireSubscriptions).toBe(0);
  });

  it("round-trips every trading method and sees the orders on executions", async () => {
    const executions = await ws.subscribe({ channel: "executions", snap_orders: true });
    const balances = await ws.subscribe({ channel: "balances" });
    expect((await take(executions, 1))[0]?.type).toBe("snapshot");
    expect((await take(balances, 1))[0]?.data.length).toBeGreaterThan(0);
    const added = await ws.addOrder({
      order_type: "limit",
      side: "buy",
      symbol: "BTC/USD",
      limit_price: "1000.0",
      order_qty: "0.01",
    });
    expect(added.order_id).toMatch(/\S/);
    const amended = await ws.amendOrder({ order_id: added.order_id, limit_price: "1001.0" });
    expect(amended.amend_id).toMatch(/\S/);
    const edited = await ws.editOrder({ order_id: added.order_id, symbol: "BTC/USD", order_qty: "0.02" });
    expect(edited.original_order_id).toBe(added.order_id);
    const cancelled = await ws.cancelOrder({ order_id: [edited.order_id] });
    expect(cancelled).toHaveLength(1);
    const batch = await ws.batchAdd({
      symbol: "BTC/USD",
      orders: [
        { order_type: "limit", side: "buy", limit_price: "1000.0", order_qty: "0.01" },
        { order_type: "limit", side: "buy", limit_price: "1000.5", order_qty: "0.01" },
      ],
    });
    expect(batch).toHaveLength(2);
    expect((await ws.batchCancel({ orders: batch.map((o) => o.order_id) })).count).toBe(2);
    await ws.addOrder({
      order_type: "limit",
      side: "buy",
      symbol: "BTC/USD",
      limit_price: "1000.0",
      order_qty: "0.01",
    });
    expect((await ws.cancelAll()).count).toBe(1);
    const dms = await ws.cancelAllOrdersAfter(60);
    expect(typeof dms.currentTime).toBe("string");
    await ws.cancelAllOrdersAfter(0);
    const reports = await take(executions, 3);
    expect(reports.every((m) => m.channel === "executions" && typeof m.sequence === "number")).toBe(true);
    const err = await ws
      .addOrder({
        order_type: "limit",
        side: "buy",
        symbol: "BTC/USD",
        limit_price: "1000.0",
        order_qty: "100000",
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenWsRequestError);
    expect((err as KrakenWsRequestError).code).toMatch(/^EOrder:/);
  });

  for (const code of [1001, 1006, 1011]) {
    it(`recovers from a simulator close (${code}) with every subscription restored`, async () => {
      const ticker = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD", "ETH/USD"] });
      const executions = await ws.subscribe({ channel: "executions" });
      await take(executions, 1);
      await drive(ticker);
      await take(ticker, 1);
      const back = Promise.all(
        ["public", "auth"].map((c) =>
          nextEvent((fn) => ws.on("reconnected", (e) => e.connection === c && fn(e))),
        ),
      );
      sim.faults.ws.close({ code });
      await back;
      const subs = sim.faults.ws.connections().flatMap((c) => c.subscriptions);
      expect(subs.join(" ")).toMatch(/BTC\/USD/);
      expect(subs.join(" ")).toMatch(/executions/);
      expect((await take(executions, 1))[0]?.type).toBe("snapshot"); // fresh snapshot after resubscribe
      await drive(ticker, ticker.received);
      expect((await take(ticker, 1))[0]?.channel).toBe("ticker");
    });
  }

  it("survives a stall, garbage frames and maintenance", async () => {
    await ws.close();
    ws = clientFor({ publicUrl: sim.wsUrl, authUrl: sim.wsAuthUrl, l3Url: sim.wsL3Url } as ScriptServer, {
      pingIntervalMs: 30,
      pongTimeoutMs: 60,
    });
    const ticker = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const errors: unknown[] = [];
    ws.on("error", (e) => errors.push(e));
    sim.faults.ws.sendMalformed();
    sim.faults.ws.sendUnknown();
    const lost = nextEvent<{ reason: string }>((fn) => ws.on("disconnected", fn));
    const back = nextEvent((fn) => ws.on("reconnected", fn));
    sim.faults.ws.stall({ endpoint: "public" });
    expect((await lost).reason).toBe("pong timeout");
    sim.faults.ws.resume();
    await back;
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const status = nextEvent<{ data: { system: string } }>((fn) => ws.on("status", fn));
    sim.faults.ws.setSystemStatus("maintenance");
    expect((await status).data.system).toBe("maintenance");
    sim.faults.ws.setSystemStatus("online");
    await drive(ticker);
    expect((await take(ticker, 1))[0]?.channel).toBe("ticker");
  });

  it("raises gap on a skipped sequence number and reconciles through REST", async () => {
    const executions = await ws.subscribe({ channel: "executions" });
    await take(executions, 1);
    const gap = nextEvent<SequenceGap>((fn) => ws.on("gap", fn));
    const resynced = nextEvent<ResyncedEvent>((fn) => ws.on("resynced", fn));
    sim.faults.ws.skipSequence({ accountId: "demo", count: 1 });
    await ws.addOrder({
      order_type: "limit",
      side: "buy",
      symbol: "BTC/USD",
      limit_price: "1000.0",
      order_qty: "0.01",
    });
    expect(await gap).toMatchObject({ channel: "executions", reason: "sequence" });
    expect((await resynced).channel).toBe("executions");
    expect(calls.sort()).toEqual(["openOrders", "tradesHistory"]);
  });

  it("rejects a trading request cut off by a disconnect as ambiguous and never resends it", async () => {
    await ws.subscribe({ channel: "executions" });
    sim.faults.ws.delay(300, { endpoint: "auth" });
    const pending = ws
      .addOrder({
        order_type: "limit",
        side: "buy",
        symbol: "BTC/USD",
        limit_price: "1000.0",
        order_qty: "0.01",
      })
      .catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const back = nextEvent((fn) => ws.on("reconnected", (e) => e.connection === "auth" && fn(e)));
    sim.faults.ws.close({ endpoint: "auth", code: 1006 });
    const err = (await pending) as KrakenAmbiguousOrderError;
    expect(err).toBeInstanceOf(KrakenAmbiguousOrderError);
    const sent = sentMethods("add_order");
    expect(sent).toHaveLength(1);
    expect(err.clOrdId).toBe(
      (sent[0]?.message as { params?: { cl_ord_id?: string } } | undefined)?.params?.cl_ord_id,
    );
    sim.faults.ws.clear();
    await back;
    await new Promise((r) => setTimeout(r, 50));
    expect(sentMethods("add_order")).toHaveLength(1);
  });
});
