import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenConfigError, KrakenValidationError } from "../../src/errors/base.js";
import { KrakenAmbiguousOrderError, KrakenWsRequestError } from "../../src/errors/ws.js";
import type { WebSocketConstructor } from "../../src/runtime/websocket.js";
import { KrakenWs } from "../../src/ws/client.js";
import { clientFor, nextEvent } from "./helpers/client.js";
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

const ok = (result: unknown) => ({ success: true, result });
const sentOn = (method: string) =>
  server.conns.flatMap((c) =>
    c.received.filter((m) => m.method === method).map((m) => m.params as Record<string, unknown>),
  );

describe("trading over WebSocket", () => {
  it("without getToken a private call fails at once with the config error and dials nothing", async () => {
    const dialled: string[] = [];
    const Dial = class {
      constructor(url: string) {
        dialled.push(url);
        throw new Error("must not dial");
      }
    } as unknown as WebSocketConstructor;
    for (const authUrl of [undefined, server.authUrl]) {
      const bare = new KrakenWs({ url: server.publicUrl, ...(authUrl ? { authUrl } : {}), WebSocket: Dial });
      const started = Date.now();
      const err = await bare.cancelAll().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KrakenConfigError);
      expect((err as Error).message).toMatch(/getToken/);
      expect(Date.now() - started).toBeLessThan(500);
      await bare.close();
    }
    expect(dialled).toEqual([]);
  });

  it("round-trips every trading method with typed results on the auth connection", async () => {
    server.trade = {
      add_order: (p) => ok({ order_id: "OA", cl_ord_id: p.cl_ord_id }),
      amend_order: (p) => ok({ amend_id: "AM1", order_id: p.order_id }),
      edit_order: (p) => ok({ order_id: "OB", original_order_id: p.order_id }),
      cancel_order: (p) => (p.order_id as string[]).map((id) => ok({ order_id: id })),
      cancel_all: () => ok({ count: 3 }),
      cancel_all_orders_after: (p) =>
        ok({ currentTime: "now", triggerTime: p.timeout === 0 ? "0" : "later" }),
      batch_add: (p) =>
        ok(
          (p.orders as Array<{ cl_ord_id: string }>).map((o, i) => ({
            order_id: `O${i}`,
            cl_ord_id: o.cl_ord_id,
          })),
        ),
      batch_cancel: (p) => ok({ count: (p.orders as string[]).length }),
    };
    const added = await ws.addOrder({
      order_type: "limit",
      side: "buy",
      symbol: "BTC/USD",
      limit_price: "37500.10",
      order_qty: "1.25",
    });
    expect(added.order_id).toBe("OA");
    expect(added.cl_ord_id).toMatch(/^[0-9a-f-]{36}$/); // generated
    expect(await ws.amendOrder({ order_id: "OA", limit_price: "37501" })).toEqual({
      amend_id: "AM1",
      order_id: "OA",
    });
    expect(await ws.editOrder({ order_id: "OA", symbol: "BTC/USD", order_qty: "2" })).toEqual({
      order_id: "OB",
      original_order_id: "OA",
    });
    expect(await ws.cancelOrder({ order_id: ["O1", "O2"] })).toEqual([
      { order_id: "O1" },
      { order_id: "O2" },
    ]);
    expect(await ws.cancelAll()).toEqual({ count: 3 });
    expect(await ws.cancelAllOrdersAfter(60)).toEqual({ currentTime: "now", triggerTime: "later" });
    const batch = await ws.batchAdd({
      symbol: "BTC/USD",
      orders: [
        { order_type: "limit", side: "buy", limit_price: "1", order_qty: "1" },
        { order_type: "limit", side: "sell", limit_price: "2", order_qty: "1", cl_ord_id: "mine-1" },
      ],
    });
    expect(batch.map((r) => r.order_id)).toEqual(["O0", "O1"]);
    expect(batch[1]?.cl_ord_id).toBe("mine-1");
    expect(await ws.batchCancel({ orders: ["O0", "O1"] })).toEqual({ count: 2 });
    expect(server.conns.map((c) => c.path)).toEqual(["/auth"]);
    for (const m of server.conns[0]?.received ?? [])
      expect((m.params as { token: string }).token).toBe("tok-1");
  });

  it("writes prices and quantities digit for digit as JSON numbers", async () => {
    server.trade = { add_order: () => ok({ order_id: "OA" }) };
    await ws.addOrder({
      order_type: "stop-loss-limit",
      side: "sell",
      symbol: "BTC/USD",
      order_qty: "0.000000010",
      limit_price: "123456789.123456789",
      triggers: { price: "1e-7", price_type: "static" },
      order_userref: 7,
    });
    const raw = server.conns[0]?.raw.find((r) => r.includes("add_order")) ?? "";
    expect(raw).toContain('"order_qty":0.000000010');
    expect(raw).toContain('"limit_price":123456789.123456789');
    expect(raw).toContain('"price":0.0000001');
    expect(raw).not.toContain("cl_ord_id"); // order_userref given: no generated id (mutually exclusive)
  });

  it("validates what Kraken documents before sending anything", async () => {
    const bad: Array<() => Promise<unknown>> = [
      () => ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD", order_qty: "1" }),
      () =>
        ws.addOrder({
          order_type: "market",
          side: "buy",
          symbol: "BTC/USD",
          order_qty: "1",
          cl_ord_id: "a",
          order_userref: 1,
        }),
      () => ws.addOrder({ order_type: "market", side: "sell", symbol: "BTC/USD", cash_order_qty: "10" }),
      () => ws.addOrder({ order_type: "stop-loss", side: "sell", symbol: "BTC/USD", order_qty: "1" }),
      () => ws.addOrder({ order_type: "market", side: "buy", symbol: "BTC/USD", order_qty: "abc" }),
      () =>
        ws.addOrder({
          order_type: "market",
          side: "buy",
          symbol: "BTC/USD",
          order_qty: "1",
          cl_ord_id: "x".repeat(19),
        }),
      () => ws.amendOrder({ order_id: "A", cl_ord_id: "b", limit_price: "1" }),
      () => ws.amendOrder({ order_id: "A" }),
      () => ws.cancelOrder({}),
      () => ws.cancelOrder({ order_id: ["A"], cl_ord_id: ["b"] }),
      () => ws.cancelAllOrdersAfter(86400),
      () =>
        ws.batchAdd({ symbol: "BTC/USD", orders: [{ order_type: "market", side: "buy", order_qty: "1" }] }),
      () =>
        ws.batchAdd({
          symbol: "BTC/USD",
          orders: Array.from({ length: 16 }, () => ({
            order_type: "market" as const,
            side: "buy" as const,
            order_qty: "1",
          })),
        }),
      () => ws.batchCancel({ orders: ["A"] }),
      () => ws.batchCancel({ orders: Array.from({ length: 51 }, (_, i) => `O${i}`) }),
      // a managed switch must count down and be refreshed before it runs out (no 1 ms refresh loop)
      () => ws.deadMansSwitch({ timeoutSec: 0 }),
      () => ws.deadMansSwitch({ timeoutSec: 60, refreshEveryMs: 0 }),
      () => ws.deadMansSwitch({ timeoutSec: 60, refreshEveryMs: -5 }),
      () => ws.deadMansSwitch({ timeoutSec: 60, refreshEveryMs: Number.NaN }),
      () => ws.deadMansSwitch({ timeoutSec: 10, refreshEveryMs: 10_000 }),
    ];
    for (const call of bad) await expect(call()).rejects.toBeInstanceOf(KrakenValidationError);
    expect(server.conns).toHaveLength(0);
  });

  it("rejects with Kraken's error and collects partial cancel results", async () => {
    server.trade = {
      add_order: () => ({ success: false, error: "EOrder:Insufficient funds" }),
      cancel_order: () => [ok({ order_id: "O1" }), { success: false, error: "EOrder:Invalid order" }],
    };
    const err = await ws
      .addOrder({ order_type: "market", side: "buy", symbol: "BTC/USD", order_qty: "1" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenWsRequestError);
    expect((err as KrakenWsRequestError).code).toBe("EOrder:Insufficient funds");
    expect((err as KrakenWsRequestError).reachedKraken).toBe("yes");
    const partial = (await ws
      .cancelOrder({ order_id: ["O1", "O2"] })
      .catch((e: unknown) => e)) as KrakenWsRequestError;
    expect(partial.code).toBe("EOrder:Invalid order");
    expect(partial.succeeded).toEqual([{ order_id: "O1" }]);
  });

  it("rejects a request in flight during a disconnect as ambiguous and never resends it", async () => {
    server.trade = { add_order: () => "hang" };
    const pending = ws
      .addOrder({ order_type: "market", side: "buy", symbol: "BTC/USD", order_qty: "1" })
      .catch((e: unknown) => e);
    await server.waitFor(() => sentOn("add_order").length === 1);
    const reconnected = nextEvent<{ connection: string }>((fn) => ws.on("reconnected", fn));
    await server.dropAll(1006, "/auth");
    const err = (await pending) as KrakenAmbiguousOrderError;
    expect(err).toBeInstanceOf(KrakenAmbiguousOrderError);
    expect(err.reachedKraken).toBe("unknown");
    expect(err.clOrdId).toBe(sentOn("add_order")[0]?.cl_ord_id);
    await reconnected;
    await new Promise((r) => setTimeout(r, 50));
    expect(sentOn("add_order")).toHaveLength(1);
  });

  it("treats a timeout after sending as ambiguous too", async () => {
    server.trade = { add_order: () => "hang" };
    const err = await ws
      .addOrder(
        { order_type: "market", side: "buy", symbol: "BTC/USD", order_qty: "1", cl_ord_id: "abc" },
        { timeoutMs: 50 },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenAmbiguousOrderError);
    expect((err as KrakenAmbiguousOrderError).clOrdId).toBe("abc");
    // the answer arrives after all: reported as a late response that settles the outcome
    const late = nextEvent<{ method: string; success: boolean; result?: unknown }>((fn) =>
      ws.on("lateResponse", fn),
    );
    const conn = server.conns[0];
    const reqId = conn?.received.find((m) => m.method === "add_order")?.req_id;
    if (conn)
      server.send(conn, {
        method: "add_order",
        req_id: reqId,
        success: true,
        result: { order_id: "OX", cl_ord_id: "abc" },
      });
    expect(await late).toMatchObject({
      method: "add_order",
      success: true,
      result: { order_id: "OX", cl_ord_id: "abc" },
    });
  });

  it("refetches the token once when Kraken rejects it", async () => {
    const tokens = ["old", "new"];
    let calls = 0;
    await ws.close();
    const forced: boolean[] = [];
    ws = clientFor(server, {
      getToken: async (o) => {
        forced.push(o?.forceRefresh === true);
        return tokens[Math.min(calls++, 1)] as string;
      },
    });
    server.validTokens = new Set(["new"]);
    server.trade = { cancel_all: () => ok({ count: 0 }) };
    expect(await ws.cancelAll()).toEqual({ count: 0 });
    expect(calls).toBe(2);
    expect(forced).toEqual([false, true]);
    expect(sentOn("cancel_all").map((p) => p.token)).toEqual(["old", "new"]);
  });

  it("runs a managed dead man's switch: refreshes, re-arms after reconnect, disarms on close", async () => {
    server.trade = {
      cancel_all_orders_after: (p) => ok({ currentTime: "now", triggerTime: String(p.timeout) }),
    };
    const dms = await ws.deadMansSwitch({ timeoutSec: 60, refreshEveryMs: 30 });
    expect(dms.active).toBe(true);
    await server.waitFor(() => sentOn("cancel_all_orders_after").length >= 3);
    const before = sentOn("cancel_all_orders_after").length;
    await server.dropAll(1006, "/auth");
    await server.waitFor(() => sentOn("cancel_all_orders_after").length > before);
    await ws.close();
    const timeouts = sentOn("cancel_all_orders_after").map((p) => p.timeout);
    expect(timeouts.at(-1)).toBe(0);
    expect(timeouts.slice(0, -1).every((t) => t === 60)).toBe(true);
    expect(dms.active).toBe(false);
    expect(ws.diagnostics.timers).toBe(0);
  });

  it("a dead man's switch Kraken refused is not re-armed after a reconnect", async () => {
    server.trade = {
      cancel_all_orders_after: () => ({ success: false, error: "EGeneral:Permission denied" }),
      cancel_all: () => ok({ count: 0 }),
    };
    await expect(ws.deadMansSwitch({ timeoutSec: 60, refreshEveryMs: 20 })).rejects.toBeInstanceOf(
      KrakenWsRequestError,
    );
    expect(sentOn("cancel_all_orders_after")).toHaveLength(1);
    const back = new Promise<void>((resolve) =>
      ws.on("reconnected", (e) => e.connection === "auth" && resolve()),
    );
    await server.dropAll(1006, "/auth");
    await back;
    await ws.cancelAll(); // a round trip on the new socket: an onReconnected re-arm would be sent by now
    await new Promise((r) => setTimeout(r, 60));
    expect(sentOn("cancel_all_orders_after")).toHaveLength(1);
    await ws.close(); // and close() has nothing to disarm
    expect(sentOn("cancel_all_orders_after")).toHaveLength(1);
  });

  it("a second dead man's switch replaces the first; disarm() sends timeout 0 once and stops refreshing", async () => {
    server.trade = {
      cancel_all_orders_after: (p) => ok({ currentTime: "now", triggerTime: String(p.timeout) }),
    };
    const first = await ws.deadMansSwitch({ timeoutSec: 60, refreshEveryMs: 20 });
    const second = await ws.deadMansSwitch({ timeoutSec: 30, refreshEveryMs: 20 });
    expect([first.active, second.active]).toEqual([false, true]);
    const armed = sentOn("cancel_all_orders_after").length;
    await server.waitFor(() => sentOn("cancel_all_orders_after").length >= armed + 3);
    // only the second switch refreshes
    expect(
      new Set(
        sentOn("cancel_all_orders_after")
          .slice(armed)
          .map((p) => p.timeout),
      ),
    ).toEqual(new Set([30]));
    await first.disarm(); // replaced: nothing to disarm
    expect(sentOn("cancel_all_orders_after").some((p) => p.timeout === 0)).toBe(false);
    await second.disarm();
    await second.disarm();
    const sent = sentOn("cancel_all_orders_after").map((p) => p.timeout);
    expect(sent.filter((t) => t === 0)).toHaveLength(1);
    expect(second.active).toBe(false);
    expect(second.lastResult?.triggerTime).toBe("0");
    await new Promise((r) => setTimeout(r, 60));
    expect(sentOn("cancel_all_orders_after")).toHaveLength(sent.length); // no refresh after disarm
  });
});
