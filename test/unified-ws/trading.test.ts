// KrakenUnifiedWs order entry against the simulator: every derivatives trading method into the same
// matching engine as Derivatives REST, the Unified checks made before anything is sent, and the
// order-safety rule (an order in flight when the socket drops is never resent and is ambiguous).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import { KrakenAmbiguousOrderError, KrakenWsRequestError } from "../../src/errors/ws.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import type { KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { futuresClient } from "../futures/helpers.js";
import { startSim, unifiedClient } from "./helpers.js";

let sim: KrakenSimulator;
let ws: KrakenUnifiedWs;
beforeEach(async () => {
  sim = await startSim();
  ws = unifiedClient(sim);
});
afterEach(async () => {
  await ws.close();
  await sim.close();
});

const sentCount = (method: string) =>
  sim.unifiedReceived.filter((f) => (JSON.parse(f.text) as { method?: string }).method === method).length;
const bid = (cl_ord_id: string, limit_price: string) =>
  ({ order_type: "limit", side: "buy", limit_price, order_qty: "0.01", cl_ord_id }) as const;

describe("Unified order entry", () => {
  it("add, amend, cancel: the venue (and Derivatives REST) sees the order and its changes", async () => {
    const placed = await ws.addOrder({
      asset_class: "derivatives",
      symbol: "PF_XBTUSD",
      ...bid("uws-1", "50000"),
    });
    expect(placed.cl_ord_id).toBe("uws-1");
    const rest = futuresClient(sim);
    const open = await rest.getOpenOrders();
    expect(JSON.stringify(open)).toContain(placed.order_id);
    const amended = await ws.amendOrder({
      asset_class: "derivatives",
      cl_ord_id: "uws-1",
      limit_price: "50500.5",
    });
    expect(typeof amended.amend_id).toBe("string");
    expect(sim.futures.orders.get(placed.order_id)?.price).toBe("50500.5");
    const cancelled = await ws.cancelOrder({ asset_class: "derivatives", order_id: [placed.order_id] });
    expect(cancelled.map((c) => c.order_id)).toEqual([placed.order_id]);
    expect(sim.futures.orders.get(placed.order_id)?.status).toBe("canceled");
  });

  it("batch add, batch cancel, cancel all and cancel-after", async () => {
    const placed = await ws.batchAdd({
      asset_class: "derivatives",
      symbol: "PF_XBTUSD",
      orders: [bid("b-1", "50000"), bid("b-2", "50001")],
    });
    expect(placed.map((p) => p.cl_ord_id)).toEqual(["b-1", "b-2"]);
    expect(
      await ws.batchCancel({ asset_class: "derivatives", orders: placed.map((p) => p.order_id) }),
    ).toEqual({ count: 2 });
    await ws.addOrder({ asset_class: "derivatives", symbol: "PF_ETHUSD", ...bid("c-1", "1000") });
    expect(await ws.cancelAll()).toEqual({ count: 1 });
    const armed = await ws.cancelAllOrdersAfter(60);
    expect(armed.triggerTime).not.toBe("0");
    expect((await ws.cancelAllOrdersAfter(0)).triggerTime).toBe("0");
  });

  it("a venue refusal is a request error carrying Kraken's status word", async () => {
    const err = await ws
      .addOrder({
        asset_class: "derivatives",
        symbol: "PF_XBTUSD",
        ...bid("big-1", "50000"),
        order_qty: "100000",
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenWsRequestError);
    expect((err as Error).message).toMatch(/invalidSize|insufficientAvailableFunds/);
  });

  it("checks locally and sends nothing: asset_class, iceberg, cash quantity, relative limit price, edit_order", async () => {
    const o = { symbol: "PF_XBTUSD", ...bid("v-1", "50000") };
    const bad: Array<() => Promise<unknown>> = [
      () => ws.addOrder(o),
      () => ws.addOrder({ ...o, asset_class: "futures" as "spot" }),
      () => ws.addOrder({ ...o, asset_class: "derivatives", order_type: "iceberg", display_qty: "0.001" }),
      () =>
        ws.addOrder({
          asset_class: "derivatives",
          symbol: "PF_XBTUSD",
          order_type: "market",
          side: "buy",
          cash_order_qty: "100",
        }),
      () => ws.addOrder({ ...o, asset_class: "derivatives", margin: true }),
      () => ws.amendOrder({ cl_ord_id: "v-1", limit_price: "1" }),
      () => ws.cancelOrder({ order_id: ["x"] }),
      () => ws.batchCancel({ orders: ["a", "b"] }),
      () =>
        ws.batchAdd({
          asset_class: "derivatives",
          symbol: "PF_XBTUSD",
          orders: [bid("v-2", "1"), { ...bid("v-3", "1"), order_type: "iceberg", display_qty: "0.001" }],
        }),
      () => ws.editOrder({ order_id: "x", symbol: "PF_XBTUSD" }),
    ];
    for (const call of bad) await expect(call()).rejects.toBeInstanceOf(KrakenValidationError);
    expect(sim.unifiedReceived).toEqual([]);
  });

  it("an order in flight when the socket drops is ambiguous with its cl_ord_id and never resent", async () => {
    await ws.connect("auth");
    sim.faults.unified.dropAfterApply("add_order");
    const err = await ws
      .addOrder({ asset_class: "derivatives", symbol: "PF_XBTUSD", ...bid("amb-1", "50000") })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenAmbiguousOrderError);
    expect((err as KrakenAmbiguousOrderError).clOrdIds).toEqual(["amb-1"]);
    // it did reach the venue; the client reconnects but does not send it again
    expect([...sim.futures.orders.values()].some((o) => o.clOrdId === "amb-1")).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    await ws.connect("auth");
    expect(sentCount("add_order")).toBe(1);
  });
});
