import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decimal } from "../../src/testing/exchange/index.js";
import { isChannel, type RawClient, type Sim, startSim } from "./helpers.js";

let sim: Sim;
beforeEach(async () => {
  sim = await startSim();
});
afterEach(async () => {
  await sim.close();
});

type Row = Record<string, unknown>;

async function call(c: RawClient, method: string, params: Row, reqId: number, count = 1): Promise<Row[]> {
  const from = c.frames.length;
  c.send({ method, params, req_id: reqId });
  await c.waitCount((m) => m.req_id === reqId && m.method === method, count);
  return c
    .parsed()
    .slice(from)
    .filter((m) => m.req_id === reqId && m.method === method);
}

async function privateClient(token: string): Promise<RawClient> {
  const c = await sim.connect("auth");
  const [ex] = await call(
    c,
    "subscribe",
    { channel: "executions", token, snap_orders: true, snap_trades: true },
    1,
  );
  expect(ex).toMatchObject({
    success: true,
    result: { channel: "executions", snap_orders: true, snap_trades: true, maxratecount: 125 },
  });
  const [bal] = await call(c, "subscribe", { channel: "balances", token }, 2);
  expect(bal).toMatchObject({ success: true, result: { channel: "balances", snapshot: true } });
  await c.waitFor(isChannel("balances", "snapshot"));
  return c;
}

describe("executions, balances and trading over WebSocket", () => {
  it("a crossing order fills and streams executions and balances with increasing sequences", async () => {
    const token = sim.token();
    const c = await privateClient(token);
    const exSnap = await c.waitFor(isChannel("executions", "snapshot"));
    expect(exSnap.sequence).toBe(1);
    const balSnap = await c.waitFor(isChannel("balances", "snapshot"));
    expect(balSnap.sequence).toBe(1);
    expect((balSnap.data as Row[]).find((b) => b.asset === "USD")).toMatchObject({
      balance: 1000000,
      asset_class: "currency",
    });

    const ask = sim.exchange.book("BTC/USD").best("sell")!.price;
    const limit = decimal.add(ask, "5");
    const [res] = await call(
      c,
      "add_order",
      {
        order_type: "limit",
        side: "buy",
        order_qty: 0.01,
        limit_price: Number(limit),
        symbol: "BTC/USD",
        order_userref: 77,
        token,
      },
      10,
    );
    expect(res).toMatchObject({ success: true, method: "add_order", result: { order_userref: 77 } });
    const orderId = (res!.result as Row).order_id as string;
    expect(orderId).toMatch(/^O[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{6}$/);

    await c.waitFor((m) => m.channel === "executions" && (m.data as Row[])[0]?.exec_type === "filled");
    const reports = c.parsed().filter(isChannel("executions", "update"));
    const types = reports.map((m) => (m.data as Row[])[0]!.exec_type);
    expect(types).toEqual(["pending_new", "new", "trade", "filled"]);
    expect(reports.map((m) => m.sequence)).toEqual([2, 3, 4, 5]);
    const trade = (reports[2]!.data as Row[])[0]!;
    expect(trade).toMatchObject({
      order_id: orderId,
      symbol: "BTC/USD",
      side: "buy",
      last_qty: 0.01,
      last_price: Number(ask),
      liquidity_ind: "t",
      order_userref: 77,
    });
    expect((trade.fees as Row[])[0]).toMatchObject({ asset: "USD" });

    await c.waitCount(isChannel("balances", "update"), 2);
    const bal = c.parsed().filter(isChannel("balances", "update"));
    expect(bal.map((m) => m.sequence)).toEqual([2, 3]);
    const assets = bal.map((m) => (m.data as Row[])[0]!);
    expect(new Set(assets.map((a) => a.asset))).toEqual(new Set(["BTC", "USD"]));
    expect(assets.every((a) => a.type === "trade" && a.ref_id === assets[0]!.ref_id)).toBe(true);
    // REST sees the same state.
    expect(sim.exchange.order(orderId)?.status).toBe("closed");
  });

  it("answers every trading method in Kraken's shapes", async () => {
    const token = sim.token();
    const c = await privateClient(token);
    const bid = sim.exchange.book("BTC/USD").best("buy")!.price;
    const low = decimal.sub(bid, "1000");
    const place = async (id: number, extra: Row = {}) => {
      const [r] = await call(
        c,
        "add_order",
        {
          order_type: "limit",
          side: "buy",
          order_qty: 0.01,
          limit_price: Number(low),
          symbol: "BTC/USD",
          token,
          ...extra,
        },
        id,
      );
      return r!;
    };
    const a = await place(20, { cl_ord_id: "bot-1" });
    expect(a.result).toMatchObject({ cl_ord_id: "bot-1" });
    const aId = (a.result as Row).order_id as string;

    const [amend] = await call(c, "amend_order", { order_id: aId, order_qty: 0.005, token }, 21);
    expect(amend).toMatchObject({ success: true, result: { order_id: aId } });
    expect(String((amend!.result as Row).amend_id)).toMatch(/^A/);

    const [edit] = await call(
      c,
      "edit_order",
      { order_id: aId, symbol: "BTC/USD", order_qty: 0.02, token },
      22,
    );
    expect(edit).toMatchObject({ success: true, result: { original_order_id: aId } });
    const editedId = (edit!.result as Row).order_id as string;
    expect(editedId).not.toBe(aId);

    const b = await place(23);
    const cancels = await call(
      c,
      "cancel_order",
      { order_id: [editedId, (b.result as Row).order_id, "OUNKNO-WNORD-ERIDXX"], token },
      24,
      3,
    );
    expect(cancels.map((r) => r.success)).toEqual([true, true, false]);
    expect(cancels[0]!.result).toEqual({ order_id: editedId });
    expect(cancels[2]!.error).toBe("EOrder:Invalid order");

    const [batch] = await call(
      c,
      "batch_add",
      {
        symbol: "BTC/USD",
        token,
        orders: [
          { order_type: "limit", side: "buy", order_qty: 0.01, limit_price: Number(low), order_userref: 5 },
          { order_type: "limit", side: "buy", order_qty: 0.02, limit_price: Number(low), order_userref: 5 },
        ],
      },
      25,
    );
    expect(batch!.success).toBe(true);
    const results = batch!.result as Row[];
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ order_userref: 5 });
    const [bc] = await call(
      c,
      "batch_cancel",
      { orders: [results[0]!.order_id, results[1]!.order_id], token },
      26,
    );
    expect(bc).toMatchObject({ success: true, result: { count: 2 } });

    await place(27);
    await place(28);
    const [all] = await call(c, "cancel_all", { token }, 29);
    expect(all).toMatchObject({ success: true, result: { count: 2 } });

    const [dms] = await call(c, "cancel_all_orders_after", { timeout: 60, token }, 30);
    expect(String((dms!.result as Row).currentTime)).toMatch(/Z$/);
    expect(String((dms!.result as Row).triggerTime)).toMatch(/Z$/);
    const [off] = await call(c, "cancel_all_orders_after", { timeout: 0, token }, 31);
    expect((off!.result as Row).triggerTime).toBe("0");

    const [val] = await call(
      c,
      "add_order",
      {
        order_type: "limit",
        side: "buy",
        order_qty: 0.01,
        limit_price: Number(low),
        symbol: "BTC/USD",
        validate: true,
        token,
      },
      32,
    );
    expect(val!.result).toEqual({ order_id: "" });
  });

  it("rejects with Kraken's error strings", async () => {
    const token = sim.token();
    const c = await privateClient(token);
    const order = { order_type: "limit", side: "buy", order_qty: 100, limit_price: 60000, symbol: "BTC/USD" };
    const cases: Array<[string, Row, string]> = [
      ["add_order", { ...order, token: "bad" }, "EAPI:Invalid token"],
      ["add_order", { ...order, token }, "EOrder:Insufficient funds"],
      ["add_order", { ...order, order_qty: 0.01, leverage: 2, token }, "Unsupported field: 'leverage'"],
      [
        "add_order",
        { ...order, order_qty: 0.01, limit_price: 60000.05, token },
        "EOrder:Tick size check failed",
      ],
      ["add_order", { ...order, order_qty: 0.00001, token }, "EOrder:Order minimum not met"],
      ["add_order", { ...order, order_qty: 0.01, symbol: "XBT/USD", token }, "EQuery:Unknown asset pair"],
      ["cancel_all_orders_after", { timeout: 86400, token }, "EGeneral:Invalid arguments:timeout"],
      ["cancel_order", { token }, "EGeneral:Invalid arguments:order_id"],
    ];
    let id = 40;
    for (const [method, params, error] of cases) {
      const [r] = await call(c, method, params, ++id);
      expect(r).toMatchObject({ success: false, error, method });
      expect(r!.result).toBeUndefined();
    }
    const pub = await sim.connect();
    const [r] = await call(pub, "add_order", { ...order, token }, 99);
    expect(r).toMatchObject({ success: false, error: "Method not found" });
  });

  it("keeps exact quantities of 18 significant digits", async () => {
    const token = sim.token();
    const c = await privateClient(token);
    const bid = sim.exchange.book("PEPE/USD").best("buy")!.price;
    const from = c.frames.length;
    c.send(
      `{"method":"add_order","params":{"order_type":"limit","side":"sell","order_qty":1234567890.12345,"limit_price":${decimal.add(bid, "0.0000001")},"symbol":"PEPE/USD","token":"${token}"},"req_id":50}`,
    );
    await c.waitFor((m) => m.req_id === 50, 3000, from);
    const r = c.parsed().find((m) => m.req_id === 50)!;
    expect(r.success).toBe(true);
    const order = sim.exchange.order((r.result as Row).order_id as string)!;
    expect(order.qty).toBe("1234567890.12345");
    await c.waitFor((_m, t) => t.includes('"exec_type":"pending_new"'), 3000, from);
    expect(c.frames.find((t) => t.includes('"exec_type":"pending_new"'))).toContain(
      '"order_qty":1234567890.12345',
    );
  });

  it("honours snap_orders/snap_trades and refuses expired tokens", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    await sim.close();
    sim = await startSim({
      exchange: {
        clock: {
          now: () => now,
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
        },
      },
    });
    const token = sim.token();
    sim.exchange.placeOrder("demo", {
      pair: "BTC/USD",
      side: "buy",
      type: "limit",
      qty: "0.01",
      price: "1000",
    });
    const c = await sim.connect("auth");
    await call(c, "subscribe", { channel: "executions", token }, 1);
    const snap = await c.waitFor(isChannel("executions", "snapshot"));
    const rows = snap.data as Row[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      exec_type: "new",
      order_status: "new",
      symbol: "BTC/USD",
      limit_price: 1000,
      order_qty: 0.01,
    });
    now += 16 * 60_000;
    const c2 = await sim.connect("auth");
    const [expired] = await call(c2, "subscribe", { channel: "balances", token }, 2);
    expect(expired).toMatchObject({ success: false, error: "EAPI:Invalid token" });
    // The connection that holds a private subscription keeps using its token.
    const [ok] = await call(c, "cancel_all", { token }, 3);
    expect(ok).toMatchObject({ success: true, result: { count: 1 } });
  });
});

describe("executions details", () => {
  it("reports amends, and order_status: false keeps only new/trade/filled/canceled/expired", async () => {
    const token = sim.token();
    const full = await sim.connect("auth");
    await call(full, "subscribe", { channel: "executions", token, snap_orders: false }, 1);
    const terse = await sim.connect("auth");
    await call(
      terse,
      "subscribe",
      { channel: "executions", token, snap_orders: false, order_status: false },
      1,
    );
    const [placed] = await call(
      full,
      "add_order",
      {
        order_type: "limit",
        side: "buy",
        order_qty: 0.02,
        limit_price: 1000,
        symbol: "BTC/USD",
        cl_ord_id: "amend-me",
        token,
      },
      2,
    );
    const id = (placed!.result as Row).order_id as string;
    const [amended] = await call(
      full,
      "amend_order",
      { cl_ord_id: "amend-me", limit_price: 1000.5, token },
      3,
    );
    expect(amended).toMatchObject({ success: true, result: { cl_ord_id: "amend-me" } });
    await call(full, "cancel_order", { cl_ord_id: ["amend-me"], token }, 4);
    await full.waitFor((m) => m.channel === "executions" && (m.data as Row[])[0]?.exec_type === "canceled");
    await terse.waitFor((m) => m.channel === "executions" && (m.data as Row[])[0]?.exec_type === "canceled");
    const kinds = (c: RawClient) =>
      c
        .parsed()
        .filter(isChannel("executions", "update"))
        .map((m) => (m.data as Row[])[0]!.exec_type);
    expect(kinds(full)).toEqual(["pending_new", "new", "amended", "canceled"]);
    expect(kinds(terse)).toEqual(["new", "canceled"]);
    const amend = full
      .parsed()
      .find((m) => m.channel === "executions" && (m.data as Row[])[0]?.exec_type === "amended")!;
    expect((amend.data as Row[])[0]).toMatchObject({
      order_id: id,
      limit_price: 1000.5,
      amended: true,
      cl_ord_id: "amend-me",
    });
    expect(
      terse
        .parsed()
        .filter(isChannel("executions", "update"))
        .map((m) => m.sequence),
    ).toEqual([1, 2]);
  });
});
