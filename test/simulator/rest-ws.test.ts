import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEY, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { RawClient } from "../simulator-ws/helpers.js";
import { privateCall, publicCall } from "./helpers.js";

// REST and WebSocket see one exchange: a REST token opens the WS auth endpoint, a REST order streams
// on `executions`, a WS order shows up in REST OpenOrders, and the system status reaches both.
describe("REST and WebSocket share the exchange", () => {
  let sim: KrakenSimulator;
  let client: RawClient;
  let token: string;
  beforeAll(async () => {
    sim = await startKrakenSimulator({ market: false, keys: [{ ...DEMO_KEY, rateLimit: false }] });
    token = ((await privateCall(sim.restUrl, "GetWebSocketsToken")).result as { token: string }).token;
    client = await RawClient.connect(sim.wsAuthUrl);
  });
  afterAll(async () => {
    client.socket.close();
    await sim.close();
  });

  it("a REST order appears on the WS executions channel", async () => {
    client.send({
      method: "subscribe",
      params: { channel: "executions", token, snap_orders: true },
      req_id: 1,
    });
    await client.waitFor((m) => m.method === "subscribe" && m.success === true);
    const add = await privateCall(sim.restUrl, "AddOrder", {
      pair: "XBTUSD",
      type: "buy",
      ordertype: "limit",
      price: "50000.0",
      volume: "0.01",
      cl_ord_id: "rest-to-ws",
    });
    const txid = (add.result as { txid: string[] }).txid[0]!;
    const frame = await client.waitFor(
      (m) => m.channel === "executions" && m.type === "update" && JSON.stringify(m.data).includes(txid),
    );
    expect(frame.sequence).toEqual(expect.any(Number));
  });

  it("a WS order appears in REST OpenOrders", async () => {
    client.send({
      method: "add_order",
      params: {
        order_type: "limit",
        side: "sell",
        symbol: "BTC/USD",
        limit_price: 90000,
        order_qty: 0.01,
        token,
        cl_ord_id: "ws-to-rest",
      },
      req_id: 2,
    });
    await client.waitFor((m) => m.method === "add_order" && m.req_id === 2);
    expect(sim.recorder.framesFor("add_order")).toHaveLength(1);
    expect(sim.recorder.framesFor("add_order")[0]?.endpoint).toBe("auth");
    const open = (await privateCall(sim.restUrl, "OpenOrders", { cl_ord_id: "ws-to-rest" })).result as {
      open: object;
    };
    expect(Object.keys(open.open)).toHaveLength(1);
  });

  it("a system status fault reaches REST SystemStatus and the WS status channel", async () => {
    const from = client.frames.length;
    sim.faults.setSystemStatus("cancel_only");
    const status = await client.waitFor((m) => m.channel === "status", 3000, from);
    expect(JSON.stringify(status.data)).toContain("cancel_only");
    expect(((await publicCall(sim.restUrl, "SystemStatus")).result as { status: string }).status).toBe(
      "cancel_only",
    );
    sim.faults.clear();
  });
});
