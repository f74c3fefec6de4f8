// Every money field of a trading request is checked locally for format and sign before anything is
// sent: a quantity of 0 or -1 never reaches the exchange, and the error names the WebSocket field.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import type { KrakenWs } from "../../src/ws/client.js";
import type { AddOrderParams } from "../../src/ws/types/trading.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer;
let ws: KrakenWs;
beforeEach(async () => {
  server = await startScriptServer();
  ws = clientFor(server);
  server.trade = {
    add_order: (p) => ({ success: true, result: { order_id: "OA", cl_ord_id: p.cl_ord_id } }),
    amend_order: (p) => ({ success: true, result: { amend_id: "AM", order_id: p.order_id } }),
    batch_add: (p) => ({
      success: true,
      result: (p.orders as unknown[]).map((_, i) => ({ order_id: `O${i}` })),
    }),
  };
});
afterEach(async () => {
  await ws.close();
  await server.close();
});

const sent = () => server.conns.flatMap((c) => c.raw.filter((r) => !r.includes('"ping"')));
const limit = {
  order_type: "limit",
  side: "buy",
  symbol: "BTC/USD",
  order_qty: "0.01",
  limit_price: "37500",
} as const;

describe("trading money fields", () => {
  it.each<[string, Partial<AddOrderParams> & Record<string, unknown>, string]>([
    ["order_qty 0", { order_qty: "0" }, "order_qty"],
    ["order_qty -1", { order_qty: "-1" }, "order_qty"],
    ["order_qty 0.000", { order_qty: "0.000" }, "order_qty"],
    ["order_qty 0e5", { order_qty: "0e5" }, "order_qty"],
    ["order_qty as number -1", { order_qty: -1 }, "order_qty"],
    ["order_qty 1,5", { order_qty: "1,5" }, "order_qty"],
    ["order_qty NaN", { order_qty: Number.NaN }, "order_qty"],
    ["limit_price 0", { limit_price: "0" }, "limit_price"],
    ["limit_price -37500", { limit_price: "-37500" }, "limit_price"],
    ["display_qty 0 (iceberg)", { order_type: "iceberg", display_qty: "0" }, "display_qty"],
    [
      "triggers.price -1 (static)",
      { order_type: "stop-loss-limit", triggers: { reference: "last", price: "-1" } },
      "triggers.price",
    ],
    [
      "conditional.limit_price 0",
      { conditional: { order_type: "limit", limit_price: "0" } },
      "conditional.limit_price",
    ],
  ])(
    "%s is refused locally with the WebSocket field named, and nothing is sent",
    async (_name, change, field) => {
      await ws.connect("auth");
      const before = sent().length;
      const err = await ws.addOrder({ ...limit, ...change } as AddOrderParams).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KrakenValidationError);
      expect(err).toMatchObject({ field });
      expect((err as Error).message).toContain(field);
      expect(sent().length).toBe(before);
    },
  );

  it("quantities in amend_order and in every batch_add order are checked too", async () => {
    await ws.connect("auth");
    const before = sent().length;
    await expect(ws.amendOrder({ order_id: "OA", order_qty: "-0.5" })).rejects.toMatchObject({
      field: "order_qty",
    });
    await expect(
      ws.batchAdd({ symbol: "BTC/USD", orders: [{ ...limit }, { ...limit, order_qty: "0" }] }),
    ).rejects.toMatchObject({ field: "order_qty" });
    expect(sent().length).toBe(before);
  });

  it("relative prices keep their sign (pct triggers, trailing-stop-limit offsets) and reach the server exactly", async () => {
    await ws.addOrder({
      order_type: "stop-loss",
      side: "sell",
      symbol: "BTC/USD",
      order_qty: "0.01",
      triggers: { reference: "last", price: "-5", price_type: "pct" },
    });
    await ws.addOrder({
      order_type: "trailing-stop-limit",
      side: "sell",
      symbol: "BTC/USD",
      order_qty: "1e-8",
      limit_price: "0",
      triggers: { reference: "last", price: "1.5", price_type: "pct" },
    });
    const frames = sent().filter((r) => r.includes('"add_order"'));
    expect(frames[0]).toContain('"price":-5,');
    expect(frames[1]).toContain('"order_qty":0.00000001');
    expect(frames[1]).toContain('"limit_price":0');
  });
});
