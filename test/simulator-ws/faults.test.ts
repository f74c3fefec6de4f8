import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { decimal } from "../../src/testing/exchange/index.js";
import { isChannel, isMethod, type RawClient, type Sim, startSim } from "./helpers.js";
import { checksumFromText, ReferenceBook } from "./reference-book.js";

let sim: Sim;
beforeEach(async () => {
  sim = await startSim();
});
afterEach(async () => {
  await sim.close();
});

type Row = Record<string, unknown>;

async function pingPong(c: RawClient, reqId: number, timeoutMs = 2000): Promise<boolean> {
  const from = c.frames.length;
  c.send({ method: "ping", req_id: reqId });
  return c
    .waitFor((m) => m.method === "pong" && m.req_id === reqId, timeoutMs, from)
    .then(() => true)
    .catch(() => false);
}

describe("WebSocket faults", () => {
  it("closes sockets of one endpoint or one connection with a given code", async () => {
    const a = await sim.connect();
    const b = await sim.connect();
    const auth = await sim.connect("auth");
    const list = sim.ws.faults.connections("public");
    expect(list).toHaveLength(2);
    expect(sim.ws.faults.close({ connection: list[0]!.index, code: 4001, reason: "bye" })).toBe(1);
    expect(await a.closed()).toBe(4001);
    expect(b.closeCode).toBeUndefined();
    expect(sim.ws.faults.close({ endpoint: "auth", code: 1006 })).toBe(1);
    expect(await auth.closed()).toBe(1006);
    expect(await pingPong(b, 1)).toBe(true);
  });

  it("stalls a socket (open, silent) until resumed, and delays frames", async () => {
    const c = await sim.connect();
    sim.ws.faults.stall({ endpoint: "public" });
    expect(await pingPong(c, 1, 400)).toBe(false);
    expect(c.socket.readyState).toBe(WebSocket.OPEN);
    sim.ws.faults.resume();
    expect(await pingPong(c, 2)).toBe(true);
    sim.ws.faults.delay(250);
    const t0 = Date.now();
    expect(await pingPong(c, 3)).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
  });

  it("corrupts the next checksum of a symbol only", async () => {
    const c = await sim.connect();
    c.send({ method: "subscribe", params: { channel: "book", symbol: ["BTC/USD"], depth: 10 }, req_id: 1 });
    await c.waitFor(isChannel("book", "snapshot"));
    const bid = sim.exchange.book("BTC/USD").best("buy")!.price;
    sim.ws.faults.corruptChecksum("BTC/USD");
    sim.exchange.addLiquidity("BTC/USD", "buy", decimal.add(bid, "0.1"), "0.3");
    await c.waitCount(isChannel("book", "update"), 1);
    sim.exchange.addLiquidity("BTC/USD", "buy", decimal.add(bid, "0.2"), "0.4");
    await c.waitCount(isChannel("book", "update"), 2);
    const book = new ReferenceBook(10);
    const results: boolean[] = [];
    for (const text of c.frames.filter((f) => f.startsWith('{"channel":"book"'))) {
      book.apply(text, text.includes('"snapshot"'));
      results.push(book.checksum(1, 8) === checksumFromText(text));
    }
    expect(results).toEqual([true, false, true]);
  });

  it("skips a private sequence number once", async () => {
    const c = await sim.connect("auth");
    const token = sim.token();
    c.send({ method: "subscribe", params: { channel: "balances", token }, req_id: 1 });
    await c.waitFor(isChannel("balances", "snapshot"));
    sim.ws.faults.skipSequence({ accountId: "demo" });
    sim.exchange.deposit("demo", "USD", "10");
    sim.exchange.deposit("demo", "USD", "20");
    await c.waitCount(isChannel("balances", "update"), 2);
    expect(
      c
        .parsed()
        .filter(isChannel("balances"))
        .map((m) => m.sequence),
    ).toEqual([1, 3, 4]);
  });

  it("sends malformed and unknown frames", async () => {
    const c = await sim.connect();
    expect(sim.ws.faults.sendMalformed({ endpoint: "public" })).toBe(1);
    expect(sim.ws.faults.sendUnknown()).toBe(1);
    sim.ws.faults.sendRaw('{"channel":"book","type":"update","data":[]}');
    await c.waitCount(() => true, 4);
    expect(() => JSON.parse(c.frames[1]!)).toThrow();
    expect(JSON.parse(c.frames[2]!)).toMatchObject({ channel: "sim_unknown" });
    expect(c.frames[3]).toBe('{"channel":"book","type":"update","data":[]}');
  });

  it("switches system status: status frames everywhere and trading follows", async () => {
    const pub = await sim.connect();
    const auth = await sim.connect("auth");
    const token = sim.token();
    sim.ws.faults.setSystemStatus("maintenance");
    for (const c of [pub, auth]) {
      const m = await c.waitFor(
        (x) => x.channel === "status" && (x.data as Row[])[0]!.system === "maintenance",
      );
      expect(m.type).toBe("update");
    }
    const order = {
      order_type: "limit",
      side: "buy",
      order_qty: 0.01,
      limit_price: 1000,
      symbol: "BTC/USD",
      token,
    };
    auth.send({ method: "add_order", params: order, req_id: 5 });
    expect(await auth.waitFor((m) => m.req_id === 5)).toMatchObject({
      success: false,
      error: "EService:Unavailable",
    });
    sim.ws.faults.setSystemStatus("cancel_only");
    auth.send({ method: "add_order", params: order, req_id: 6 });
    expect(await auth.waitFor((m) => m.req_id === 6)).toMatchObject({
      success: false,
      error: "EService:Market in cancel_only mode",
    });
    const late = await sim.connect();
    const first = await late.waitFor(isChannel("status"));
    expect((first.data as Row[])[0]!.system).toBe("cancel_only");
  });

  it("rejects the next requests of a method with any Kraken error, records every frame", async () => {
    const auth = await sim.connect("auth");
    const token = sim.token();
    sim.ws.faults.rejectMethod("add_order", "EOrder:Rate limit exceeded", 1);
    const order = {
      order_type: "limit",
      side: "buy",
      order_qty: 0.01,
      limit_price: 1000,
      symbol: "BTC/USD",
      token,
    };
    auth.send({ method: "add_order", params: order, req_id: 1 });
    expect(await auth.waitFor((m) => m.req_id === 1)).toMatchObject({
      success: false,
      error: "EOrder:Rate limit exceeded",
      method: "add_order",
    });
    auth.send({ method: "add_order", params: order, req_id: 2 });
    expect(await auth.waitFor((m) => m.req_id === 2)).toMatchObject({ success: true });
    sim.ws.faults.rejectMethod("subscribe", "EGeneral:Temporary lockout");
    const pub = await sim.connect();
    pub.send({ method: "subscribe", params: { channel: "instrument" }, req_id: 3 });
    expect(await pub.waitFor(isMethod("subscribe"))).toMatchObject({
      success: false,
      error: "EGeneral:Temporary lockout",
    });
    const texts = sim.ws.received.map((f) => f.text);
    expect(texts.filter((t) => t.includes('"add_order"'))).toHaveLength(2);
    expect(sim.ws.received.find((f) => f.text.includes('"req_id":3'))).toMatchObject({
      kind: "ws",
      endpoint: "public",
    });
  });

  it("refuses upgrades with an HTTP status until cleared", async () => {
    sim.ws.faults.refuseConnections("public", 503);
    const err = await new Promise<string>((resolve) => {
      const s = new WebSocket(sim.ws.wsUrl);
      s.on("error", (e) => resolve(String(e.message)));
      s.on("open", () => resolve("opened"));
    });
    expect(err).toMatch(/503/);
    sim.ws.faults.clear();
    const c = await sim.connect();
    await c.waitFor(isChannel("status"));
  });
});
