import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenAmbiguousRequestError, KrakenRest } from "../../src/index.js";
import {
  type Received,
  startTestServer,
  TEST_SECRET,
  type TestServer,
} from "./helpers/kraken-test-server.js";

// A tiny order book on the server side: AddOrder stores the order, then (optionally) kills the connection.
describe("order safety", () => {
  let server: TestServer;
  const orders = new Map<string, { txid: string; status: string }>();
  let dieAfterAdd = true;
  beforeAll(async () => {
    server = await startTestServer({
      handler: (r: Received) => {
        if (r.krakenPath === "/private/AddOrder") {
          const txid = `O${orders.size}-TEST`;
          orders.set(r.params.cl_ord_id as string, { txid, status: "open" });
          if (dieAfterAdd) return { action: "reset" };
          return { json: { error: [], result: { descr: { order: "buy" }, txid: [txid] } } };
        }
        const wanted = r.params.cl_ord_id as string;
        const o = orders.get(wanted);
        if (r.krakenPath === "/private/OpenOrders") {
          const open = o && o.status === "open" ? { [o.txid]: { cl_ord_id: wanted, status: "open" } } : {};
          return { json: { error: [], result: { open } } };
        }
        if (r.krakenPath === "/private/ClosedOrders") {
          const closed =
            o && o.status !== "open" ? { [o.txid]: { cl_ord_id: wanted, status: o.status } } : {};
          return { json: { error: [], result: { closed, count: Object.keys(closed).length } } };
        }
        return { json: { error: [], result: {} } };
      },
    });
  });
  afterAll(() => server.close());

  const order = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "37500", volume: "1.25" } as const;

  it("AddOrder whose connection dies after sending is attempted once and rejects as ambiguous", async () => {
    const rest = new KrakenRest({
      apiKey: "order-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
    dieAfterAdd = true;
    const before = server.count("/private/AddOrder");
    const error = await rest.addOrder(order as never).catch((e: unknown) => e);
    expect(server.count("/private/AddOrder") - before).toBe(1);
    expect(error).toBeInstanceOf(KrakenAmbiguousRequestError);
    const amb = error as KrakenAmbiguousRequestError;
    expect(amb.reachedKraken).toBe("unknown");
    expect(amb.clOrdId).toBe(server.received.at(-1)?.params.cl_ord_id);
    // findOrder tells: the order is open.
    await expect(rest.findOrder({ cl_ord_id: amb.clOrdId as string })).resolves.toMatchObject({
      status: "open",
      txid: expect.stringMatching(/-TEST$/),
    });
    // once it is closed, findOrder falls through to ClosedOrders
    const stored = orders.get(amb.clOrdId as string);
    if (stored) stored.status = "canceled";
    await expect(rest.findOrder({ cl_ord_id: amb.clOrdId as string })).resolves.toMatchObject({
      status: "closed",
    });
    await expect(rest.findOrder({ cl_ord_id: "never-sent" })).resolves.toEqual({ status: "not-found" });
  });

  it("keeps a caller's cl_ord_id or userref and generates none then", async () => {
    const rest = new KrakenRest({
      apiKey: "order-key-2",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
    dieAfterAdd = false;
    await rest.addOrder({ ...order, cl_ord_id: "my-id-1" } as never);
    expect(server.received.at(-1)?.params.cl_ord_id).toBe("my-id-1");
    await rest.addOrder({ ...order, userref: 42 } as never);
    expect(server.received.at(-1)?.params.cl_ord_id).toBeUndefined();
    expect(server.received.at(-1)?.params.userref).toBe("42");
    await rest.addOrder(order as never);
    expect(server.received.at(-1)?.params.cl_ord_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
