import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isChannel, isMethod, type RawClient, type Sim, startSim } from "./helpers.js";

let sim: Sim;
beforeEach(async () => {
  sim = await startSim();
});
afterEach(async () => {
  await sim.close();
});

const TIME = '"time_in":"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z","time_out":"[^"]+Z"';

async function request(c: RawClient, msg: Record<string, unknown>, count = 1): Promise<string[]> {
  const from = c.frames.length;
  c.send(msg);
  const out: string[] = [];
  await c.waitFor(() => {
    out.length = 0;
    for (const t of c.frames.slice(from)) if (t.includes(`"req_id":${msg.req_id},`)) out.push(t);
    return out.length >= count;
  });
  return out;
}

describe("subscribe / unsubscribe acks and errors", () => {
  it("acks each symbol and refuses unknown or v1-style symbols with Kraken's error shape", async () => {
    const c = await sim.connect();
    const [ok, bad] = await request(
      c,
      { method: "subscribe", params: { channel: "ticker", symbol: ["BTC/USD", "XBT/USD"] }, req_id: 5 },
      2,
    );
    expect(ok).toMatch(
      new RegExp(
        `^\\{"method":"subscribe","req_id":5,"result":\\{"channel":"ticker","symbol":"BTC/USD","snapshot":true\\},"success":true,${TIME}\\}$`,
      ),
    );
    expect(bad).toMatch(
      new RegExp(
        `^\\{"error":"Currency pair not supported XBT/USD","method":"subscribe","req_id":5,"success":false,"symbol":"XBT/USD",${TIME}\\}$`,
      ),
    );
  });

  it("answers bad params, unknown fields and channels, duplicates and missing subscriptions", async () => {
    const c = await sim.connect();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ channel: "book", symbol: ["BTC/USD"], depth: 7 }, "EGeneral:Invalid arguments"],
      [{ channel: "ohlc", symbol: ["BTC/USD"], interval: 2 }, "EGeneral:Invalid arguments"],
      [{ channel: "ohlc", symbol: ["BTC/USD"] }, "EGeneral:Invalid arguments"],
      [{ channel: "ticker", symbol: [] }, "EGeneral:Invalid arguments"],
      [{ channel: "ticker", symbol: ["BTC/USD"], event_trigger: "quotes" }, "EGeneral:Invalid arguments"],
      [{ channel: "ticker", symbol: ["BTC/USD"], colour: "red" }, "Unsupported field: 'colour'"],
      [{ channel: "candles", symbol: ["BTC/USD"] }, "Subscription name invalid"],
      [{ channel: "executions", token: "x" }, "Subscription name invalid"],
      [{ channel: "status" }, "Symbol(s) not found"],
    ];
    let id = 100;
    for (const [params, error] of cases) {
      const [frame] = await request(c, { method: "subscribe", params, req_id: ++id });
      const m = JSON.parse(frame!) as Record<string, unknown>;
      expect(m.success).toBe(false);
      expect(m.error).toBe(error);
      expect(m.method).toBe("subscribe");
    }
    await request(c, {
      method: "subscribe",
      params: { channel: "book", symbol: ["ETH/USD"], depth: 25 },
      req_id: 1,
    });
    const [dup] = await request(c, {
      method: "subscribe",
      params: { channel: "book", symbol: ["ETH/USD"], depth: 25 },
      req_id: 2,
    });
    expect(JSON.parse(dup!)).toMatchObject({
      success: false,
      error: "Already subscribed",
      symbol: "ETH/USD",
    });
    const [unsub] = await request(c, {
      method: "unsubscribe",
      params: { channel: "book", symbol: ["ETH/USD"], depth: 25 },
      req_id: 3,
    });
    expect(JSON.parse(unsub!)).toMatchObject({
      success: true,
      result: { channel: "book", symbol: "ETH/USD", depth: 25 },
    });
    const [again] = await request(c, {
      method: "unsubscribe",
      params: { channel: "book", symbol: ["ETH/USD"], depth: 25 },
      req_id: 4,
    });
    expect(JSON.parse(again!)).toMatchObject({ success: false, error: "Subscription Not Found" });
  });

  it("checks tokens on private and level3 channels", async () => {
    const auth = await sim.connect("auth");
    const [missing] = await request(auth, {
      method: "subscribe",
      params: { channel: "executions" },
      req_id: 1,
    });
    expect(JSON.parse(missing!)).toMatchObject({ success: false, error: "EGeneral:Invalid arguments" });
    const [bad] = await request(auth, {
      method: "subscribe",
      params: { channel: "balances", token: "nope" },
      req_id: 2,
    });
    expect(JSON.parse(bad!)).toMatchObject({ success: false, error: "EAPI:Invalid token" });
    const l3 = await sim.connect("level3");
    const [l3bad] = await request(l3, {
      method: "subscribe",
      params: { channel: "level3", symbol: ["BTC/USD"], token: "nope" },
      req_id: 3,
    });
    expect(JSON.parse(l3bad!)).toMatchObject({ success: false, error: "EAPI:Invalid token" });
    const [l3ok] = await request(l3, {
      method: "subscribe",
      params: { channel: "level3", symbol: ["BTC/USD"], token: sim.token() },
      req_id: 4,
    });
    expect(JSON.parse(l3ok!)).toMatchObject({
      success: true,
      result: { channel: "level3", symbol: "BTC/USD", depth: 10 },
    });
  });

  it("answers malformed frames and unknown methods without closing", async () => {
    const c = await sim.connect();
    c.send("{nope");
    const m = await c.waitFor((x) => x.success === false);
    expect(String(m.error)).toMatch(/^EGeneral:Invalid arguments/);
    const [unknown] = await request(c, { method: "teleport", req_id: 9 });
    expect(JSON.parse(unknown!)).toMatchObject({
      success: false,
      error: "Method not found",
      method: "teleport",
    });
    c.send({ method: "ping", req_id: 10 });
    await c.waitFor(isMethod("pong"));
  });

  it("sends heartbeats only while subscribed", async () => {
    const c = await sim.connect();
    await new Promise((r) => setTimeout(r, 350));
    expect(c.parsed().some(isChannel("heartbeat"))).toBe(false);
    c.send({ method: "subscribe", params: { channel: "instrument" }, req_id: 1 });
    await c.waitFor(isChannel("heartbeat"));
    expect(c.frames).toContain('{"channel":"heartbeat"}');
  });

  it("enforces the configured request rate", async () => {
    await sim.close();
    sim = await startSim({ ws: { maxRequestsPerSecond: 3 } });
    const c = await sim.connect();
    for (let i = 1; i <= 5; i++) c.send({ method: "ping", req_id: i });
    await c.waitCount((m) => m.req_id !== undefined, 5);
    const limited = c.parsed().filter((m) => m.error === "EGeneral:Too many requests");
    expect(limited.map((m) => m.req_id)).toEqual([4, 5]);
  });

  it("limits level3 subscriptions with Kraken's counter (depth 1000 costs 100 of 200/s)", async () => {
    const l3 = await sim.connect("level3");
    const token = sim.token();
    const frames = await request(
      l3,
      {
        method: "subscribe",
        params: { channel: "level3", symbol: ["BTC/USD", "ETH/USD", "ETH/BTC"], depth: 1000, token },
        req_id: 7,
      },
      3,
    );
    const parsed = frames.map((f) => JSON.parse(f) as Record<string, unknown>);
    expect(parsed.map((m) => m.success)).toEqual([true, true, false]);
    expect(parsed[2]).toMatchObject({ error: "EGeneral:Too many requests", symbol: "ETH/BTC" });
  });
});
