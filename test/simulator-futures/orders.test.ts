// Order entry over loopback HTTP: every sendorder type, Kraken's refusal statuses, edits, cancels,
// batches, the dead man's switch and orders/status.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_FUTURES_KEY, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { manualClock, signed, V3 } from "./helpers.js";

const clock = manualClock();
let sim: KrakenSimulator;
const send = (params: Record<string, string>) => signed(sim.futuresUrl, "POST", `${V3}/sendorder`, params);
const get = (path: string, params: Record<string, string> = {}) =>
  signed(sim.futuresUrl, "GET", `${V3}/${path}`, params);
const post = (path: string, params: Record<string, string> = {}) =>
  signed(sim.futuresUrl, "POST", `${V3}/${path}`, params);

beforeAll(async () => {
  sim = await startKrakenSimulator({
    market: false,
    exchange: { clock },
    futures: {
      keys: [{ ...DEMO_FUTURES_KEY, rateLimit: false }],
      accounts: {
        demo: { flex: { USD: "100000", XBT: "1" }, cash: { XBT: "0.5" } },
        maker: { flex: { USD: "1000000" } },
      },
    },
  });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await post("cancelallorders");
  sim.futures.suspended.clear();
});

describe("sendorder", () => {
  it("a limit order below the market rests: placed, with a PLACE event carrying the exact digits", async () => {
    const a = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1234",
      limitPrice: "60000.5",
      cliOrdId: "rest 1/€",
    });
    expect(a.body.sendStatus.status).toBe("placed");
    expect(a.body.sendStatus.cliOrdId).toBe("rest 1/€");
    expect(a.body.sendStatus.orderEvents[0].type).toBe("PLACE");
    expect(a.text).toContain('"quantity":0.1234,"filled":0,"limitPrice":60000.5,');
    const open = await get("openorders");
    expect(open.body.openOrders[0]).toMatchObject({
      order_id: a.body.sendStatus.order_id,
      status: "untouched",
      orderType: "lmt",
    });
  });

  it("a market order fills against the book (EXECUTION events), opens a position and records fills", async () => {
    const before = await get("openpositions");
    const start =
      before.body.openPositions.find((p: { symbol: string }) => p.symbol === "PF_ETHUSD")?.size ?? 0;
    const a = await send({ orderType: "mkt", symbol: "PF_ETHUSD", side: "buy", size: "2.5" });
    expect(a.body.sendStatus.status).toBe("placed");
    const executions = a.body.sendStatus.orderEvents.filter((e: { type: string }) => e.type === "EXECUTION");
    expect(executions.length).toBeGreaterThan(0);
    const filled = executions.reduce((s: number, e: { amount: number }) => s + e.amount, 0);
    expect(filled).toBeCloseTo(2.5, 9);
    const pos = (await get("openpositions")).body.openPositions.find(
      (p: { symbol: string }) => p.symbol === "PF_ETHUSD",
    );
    expect(pos.side).toBe("long");
    expect(pos.size).toBeCloseTo(start + 2.5, 9);
    const fills = (await get("fills")).body.fills;
    expect(fills[0]).toMatchObject({
      symbol: "PF_ETHUSD",
      side: "buy",
      order_id: a.body.sendStatus.order_id,
      fillType: "taker",
    });
  });

  it("refuses with Kraken's statuses and never places the order", async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [
        { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.00001", limitPrice: "60000" },
        "invalidSize",
      ],
      [
        { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "60000.25" },
        "invalidPrice",
      ],
      [{ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.1" }, "invalidPrice"],
      [{ orderType: "stp", symbol: "PF_XBTUSD", side: "sell", size: "0.1" }, "invalidPrice"],
      [
        { orderType: "post", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "70000" },
        "postWouldExecute",
      ],
      [
        { orderType: "ioc", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "50000" },
        "iocWouldNotExecute",
      ],
      [
        { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "100", limitPrice: "60000" },
        "insufficientAvailableFunds",
      ],
      [
        { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "90000" },
        "outsidePriceCollar",
      ],
      [
        {
          orderType: "lmt",
          symbol: "PF_XBTUSD",
          side: "sell",
          size: "0.1",
          limitPrice: "70000",
          reduceOnly: "true",
        },
        "wouldNotReducePosition",
      ],
      [
        {
          orderType: "lmt",
          symbol: "PF_XBTUSD",
          side: "buy",
          size: "0.1",
          limitPrice: "60000",
          cliOrdId: "x".repeat(101),
        },
        "clientOrderIdTooBig",
      ],
    ];
    for (const [params, status] of cases) {
      const a = await send(params);
      expect(a.body.result, JSON.stringify(params)).toBe("success");
      expect(a.body.sendStatus.status, JSON.stringify(params)).toBe(status);
    }
    expect((await get("openorders")).body.openOrders).toHaveLength(0);
    const post = await send({
      orderType: "post",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "70000",
    });
    expect(post.body.sendStatus.orderEvents[0]).toMatchObject({
      type: "REJECT",
      reason: "POST_WOULD_EXECUTE",
    });
  });

  it("marketSuspended, clientOrderIdAlreadyExist and selfFill", async () => {
    sim.futures.suspended.add("PF_XBTUSD");
    const s = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
    });
    expect(s.body.sendStatus.status).toBe("marketSuspended");
    sim.futures.suspended.clear();
    await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.1",
      limitPrice: "65000",
      cliOrdId: "dup",
    });
    const dup = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.1",
      limitPrice: "66000",
      cliOrdId: "dup",
    });
    expect(dup.body.sendStatus.status).toBe("clientOrderIdAlreadyExist");
    // The sell at 65000 (inside the spread) is now the best ask: buying through it would trade with ourselves.
    const self = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "65000",
    });
    expect(self.body.sendStatus.status).toBe("selfFill");
  });

  it("invalid arguments are error envelopes", async () => {
    const a = await send({ orderType: "limit", symbol: "PF_XBTUSD", side: "buy", size: "1" });
    expect(a.body).toMatchObject({ result: "error", error: "invalidArgument" });
    const b = await send({ symbol: "PF_XBTUSD", side: "buy", size: "1" });
    expect(b.body.error).toBe("requiredArgumentMissing");
    const c = await send({ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1e", limitPrice: "1" });
    expect(c.body.error).toBe("invalidArgument");
  });

  it("reduce-only orders trade only what reduces the position", async () => {
    await send({ orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "0.2" });
    const size = (await get("openpositions")).body.openPositions.find(
      (p: { symbol: string }) => p.symbol === "PF_XBTUSD",
    ).size;
    const a = await send({
      orderType: "mkt",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "5",
      reduceOnly: "true",
    });
    expect(a.body.sendStatus.status).toBe("placed");
    const after = (await get("openpositions")).body.openPositions.find(
      (p: { symbol: string }) => p.symbol === "PF_XBTUSD",
    );
    expect(after).toBeUndefined();
    const sold = a.body.sendStatus.orderEvents.reduce(
      (s: number, e: { amount?: number }) => s + (e.amount ?? 0),
      0,
    );
    expect(sold).toBeCloseTo(size, 9);
  });
});

describe("triggers", () => {
  it("a stop fires when the mark crosses its trigger and sells at market", async () => {
    await send({ orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "0.3" });
    const stop = await send({
      orderType: "stp",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.3",
      stopPrice: "64000",
      triggerSignal: "mark",
      reduceOnly: "true",
      cliOrdId: "stop-1",
    });
    expect(stop.body.sendStatus.status).toBe("placed");
    expect(stop.body.sendStatus.orderEvents[0].orderTrigger).toMatchObject({
      triggerPrice: 64000,
      triggerSide: "trigger_below",
      triggerSignal: "mark_price",
    });
    const open = (await get("openorders")).body.openOrders;
    expect(
      open.find((o: { order_id: string }) => o.order_id === stop.body.sendStatus.order_id).orderType,
    ).toBe("stop");
    sim.futures.setPrices("PF_XBTUSD", { mark: "63900" });
    expect((await get("openorders")).body.openOrders).toHaveLength(0);
    expect(
      (await get("openpositions")).body.openPositions.find(
        (p: { symbol: string }) => p.symbol === "PF_XBTUSD",
      ),
    ).toBeUndefined();
    sim.futures.setPrices("PF_XBTUSD", { index: "65000" });
  });

  it("a take profit waits on the other side; a trailing stop follows the mark up, never down", async () => {
    const tp = await send({
      orderType: "take_profit",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.1",
      stopPrice: "70000",
      limitPrice: "69000",
    });
    expect(tp.body.sendStatus.orderEvents[0].orderTrigger.triggerSide).toBe("trigger_above");
    const ts = await send({
      orderType: "trailing_stop",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.1",
      trailingStopMaxDeviation: "1",
      trailingStopDeviationUnit: "PERCENT",
    });
    expect(ts.body.sendStatus.orderEvents[0].orderTrigger.triggerPrice).toBe(64350); // 65000 − 1 %
    sim.futures.setPrices("PF_XBTUSD", { mark: "66000" });
    const trig = (await get("openorders")).body.openOrders.find(
      (o: { order_id: string }) => o.order_id === ts.body.sendStatus.order_id,
    );
    expect(trig.stopPrice).toBe(65340);
    sim.futures.setPrices("PF_XBTUSD", { mark: "65500" });
    const still = (await get("openorders")).body.openOrders.find(
      (o: { order_id: string }) => o.order_id === ts.body.sendStatus.order_id,
    );
    expect(still.stopPrice).toBe(65340);
    sim.futures.setPrices("PF_XBTUSD", { index: "65000" });
  });
});

describe("edit, cancel, batch, cancel-all, dead man's switch, orders/status", () => {
  it("editorder changes price and size; unknown orders are orderForEditNotFound", async () => {
    const a = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
      cliOrdId: "e1",
    });
    const e = await post("editorder", { cliOrdId: "e1", size: "0.25", limitPrice: "60100.5" });
    expect(e.body.editStatus).toMatchObject({ status: "edited", orderId: a.body.sendStatus.order_id });
    expect(e.body.editStatus.orderEvents[0].type).toBe("EDIT");
    expect(e.text).toContain('"quantity":0.25,"filled":0,"limitPrice":60100.5');
    const missing = await post("editorder", { orderId: "00000000-0000-4000-8000-000000000000", size: "1" });
    expect(missing.body.editStatus.status).toBe("orderForEditNotFound");
    const bad = await post("editorder", { cliOrdId: "e1", limitPrice: "60100.25" });
    expect(bad.body.editStatus.status).toBe("invalidPrice");
  });

  it("cancelorder: cancelled, then notFound", async () => {
    const a = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
    });
    const id = a.body.sendStatus.order_id;
    const c = await post("cancelorder", { order_id: id });
    expect(c.body.cancelStatus).toMatchObject({ status: "cancelled", order_id: id });
    expect(c.body.cancelStatus.orderEvents[0].type).toBe("CANCEL");
    const again = await post("cancelorder", { order_id: id });
    expect(again.body.cancelStatus.status).toBe("notFound");
  });

  it("batchorder sends, edits and cancels; signed over the JSON exactly as encoded", async () => {
    await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
      cliOrdId: "b-cancel",
    });
    const json = JSON.stringify({
      batchOrder: [
        {
          order: "send",
          order_tag: "1",
          orderType: "lmt",
          symbol: "PF_XBTUSD",
          side: "buy",
          size: 0.0123,
          limitPrice: 59000.5,
          cliOrdId: "b 1&=+%/é",
        },
        { order: "send", order_tag: "2", orderType: "nope", symbol: "PF_XBTUSD", side: "buy", size: 1 },
        { order: "edit", cliOrdId: "b 1&=+%/é", size: 0.02 },
        { order: "cancel", cliOrdId: "b-cancel" },
      ],
    });
    const a = await post("batchorder", { json });
    expect(a.body.result).toBe("success");
    expect(a.body.batchStatus.map((s: { status: string }) => s.status)).toEqual([
      "placed",
      "invalidOrderType",
      "edited",
      "cancelled",
    ]);
    expect(a.body.batchStatus[0]).toMatchObject({ order_tag: "1", cliOrdId: "b 1&=+%/é" });
    expect(a.text).toContain('"quantity":0.0123,"filled":0,"limitPrice":59000.5');
    const bad = await post("batchorder", { json: "{not json" });
    expect(bad.body.error).toBe("Json Parse Error");
  });

  it("cancelallorders cancels book and trigger orders, per symbol or all", async () => {
    await send({ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "60000" });
    await send({ orderType: "lmt", symbol: "PF_ETHUSD", side: "buy", size: "0.1", limitPrice: "3000" });
    await send({ orderType: "stp", symbol: "PF_ETHUSD", side: "buy", size: "0.1", stopPrice: "3500" });
    const eth = await post("cancelallorders", { symbol: "PF_ETHUSD" });
    expect(eth.body.cancelStatus).toMatchObject({ status: "cancelled", cancelOnly: "PF_ETHUSD" });
    expect(eth.body.cancelStatus.cancelledOrders).toHaveLength(2);
    const rest = await post("cancelallorders");
    expect(rest.body.cancelStatus.cancelledOrders).toHaveLength(1);
    const none = await post("cancelallorders");
    expect(none.body.cancelStatus.status).toBe("noOrdersToCancel");
  });

  it("cancelallordersafter cancels everything when its countdown ends, 0 disarms", async () => {
    await send({ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "60000" });
    const armed = await post("cancelallordersafter", { timeout: "60" });
    const now = clock.now();
    expect(armed.body.status).toEqual({
      currentTime: new Date(now).toISOString(),
      triggerTime: new Date(now + 60_000).toISOString(),
    });
    clock.advance(59_000);
    expect((await get("openorders")).body.openOrders).toHaveLength(1);
    clock.advance(1_000);
    expect((await get("openorders")).body.openOrders).toHaveLength(0);
    const off = await post("cancelallordersafter", { timeout: "0" });
    expect(off.body.status.triggerTime).toBe("0");
  });

  it("orders/status finds orders by id and cliOrdId, and ended ones for 5 s", async () => {
    const a = await send({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
      cliOrdId: "st-1",
    });
    const m = await send({
      orderType: "mkt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.01",
      cliOrdId: "st-2",
    });
    const s = await post("orders/status", { orderIds: a.body.sendStatus.order_id, cliOrdIds: "st-2" });
    const byCli = Object.fromEntries(
      s.body.orders.map((o: { order: { cliOrdId: string } }) => [o.order.cliOrdId, o]),
    );
    expect(byCli["st-1"]).toMatchObject({
      status: "ENTERED_BOOK",
      updateReason: "NEW_USER_ORDER",
      error: null,
    });
    expect(byCli["st-2"]).toMatchObject({ status: "FULLY_EXECUTED", updateReason: "FULL_FILL" });
    expect(m.body.sendStatus.status).toBe("placed");
    clock.advance(5_001);
    const later = await post("orders/status", { cliOrdIds: "st-2" });
    expect(later.body.orders).toHaveLength(0);
  });
});
