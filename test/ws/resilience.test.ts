import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KrakenError } from "../../src/errors/base.js";
import { KrakenWsConnectionError, KrakenWsFrameError } from "../../src/errors/ws.js";
import type { KrakenWs } from "../../src/ws/client.js";
import type { ResyncedEvent } from "../../src/ws/subscriptions/events.js";
import type { SequenceGap } from "../../src/ws/subscriptions/sequence.js";
import { clientFor, nextEvent, take, tickerFrame } from "./helpers/client.js";
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

const reconnected = (connection: string) =>
  nextEvent<{ connection: string }>((fn) =>
    ws.on("reconnected", (e) => e.connection === connection && fn(e)),
  );

describe("recovery", () => {
  for (const code of [1000, 1001, 1006, 1011, 1012, 4000]) {
    it(`reconnects after close code ${code}, resubscribes everything and streams continue`, async () => {
      const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD", "ETH/USD"] });
      const resubscribed = nextEvent((fn) => sub.on("resubscribed", fn));
      const back = reconnected("public");
      await server.dropAll(code);
      await back;
      expect(await resubscribed).toEqual({ reason: "reconnect" });
      const fresh = server.open("/public")[0];
      expect([...(fresh?.subs ?? [])].sort()).toEqual(["ticker|BTC/USD", "ticker|ETH/USD"]);
      server.push("/public", "ticker", tickerFrame("ETH/USD", 9), "ETH/USD");
      expect((await take(sub, 1))[0]?.data[0]?.last).toBe("9");
    });
  }

  it("treats close code 1008 as final: no reconnect, subscriptions end with the error", async () => {
    const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const errors: KrakenError[] = [];
    ws.on("error", (e) => errors.push(e));
    const pending = take(sub, 1).catch((e: unknown) => e);
    await server.dropAll(1008);
    const err = await pending;
    expect(err).toBeInstanceOf(KrakenWsConnectionError);
    expect((err as KrakenWsConnectionError).closeCode).toBe(1008);
    expect(ws.connectionState("public")).toBe("closed");
    await new Promise((r) => setTimeout(r, 30));
    expect(server.conns).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });

  it("detects a stall (no pong) and reconnects", async () => {
    await ws.close();
    ws = clientFor(server, { pingIntervalMs: 20, pongTimeoutMs: 40, staleAfterMs: 10_000 });
    const sub = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
    const back = reconnected("public");
    server.stalled = true;
    const lost = await nextEvent<{ code: number; reason: string }>((fn) => ws.on("disconnected", fn));
    expect(lost.reason).toBe("pong timeout");
    server.stalled = false;
    await back;
    expect(server.open("/public")[0]?.subs.has("trade|BTC/USD")).toBe(true);
    expect(sub.ended).toBe(false);
  });

  it("detects a silent socket with the staleness watchdog", async () => {
    await ws.close();
    ws = clientFor(server, { pingIntervalMs: 60_000, staleAfterMs: 50 });
    await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
    const lost = await nextEvent<{ reason: string }>((fn) => ws.on("disconnected", fn));
    expect(lost.reason).toMatch(/no frame for \d+ ms/);
  });

  it("restarts an idle subscription without touching the others", async () => {
    const quiet = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] }, { idleTimeoutMs: 40 });
    const busy = await ws.subscribe({ channel: "trade", symbol: ["ETH/USD"] });
    const idle = nextEvent((fn) => quiet.on("idle", fn));
    const resub = nextEvent((fn) => quiet.on("resubscribed", fn));
    expect(await idle).toEqual({ idleMs: 40 });
    expect(await resub).toEqual({ reason: "idle" });
    const conn = server.conns[0];
    const tickerMsgs =
      conn?.received.filter((m) => (m.params as { channel?: string })?.channel === "ticker") ?? [];
    expect(tickerMsgs.map((m) => m.method).slice(0, 3)).toEqual(["subscribe", "unsubscribe", "subscribe"]);
    expect(
      conn?.received.filter((m) => (m.params as { channel?: string })?.channel === "trade"),
    ).toHaveLength(1);
    expect(busy.ended).toBe(false);
  });

  it("turns garbage, unknown channels, wrong types and oversized frames into error events; the stream goes on", async () => {
    await ws.close();
    ws = clientFor(server, { maxFrameBytes: 2000 });
    const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const other = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
    // a book subscription loads the book decoder, which reports the bad book frame below
    const book = await ws.subscribe({ channel: "book", symbol: ["BTC/USD"] });
    const errors: KrakenWsFrameError[] = [];
    ws.on("error", (e) => errors.push(e as KrakenWsFrameError));
    server.broadcast("/public", "{not json");
    server.broadcast("/public", '{"channel":"mystery","type":"update","data":[],"token":"secret-token"}');
    server.broadcast(
      "/public",
      JSON.stringify({ ...tickerFrame("BTC/USD", 1), data: [{ symbol: "BTC/USD", bid: true }] }),
    );
    server.broadcast(
      "/public",
      JSON.stringify({ channel: "ticker", type: "update", data: "x".repeat(3000) }),
    );
    server.broadcast(
      "/public",
      '{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":"x"}]}]}',
    );
    server.broadcast("/public", "[1,2]");
    server.push("/public", "ticker", tickerFrame("BTC/USD", 42), "BTC/USD");
    expect((await take(sub, 1))[0]?.data[0]?.last).toBe("42");
    expect(errors.map((e) => e.message)).toEqual([
      "malformed JSON (public)",
      'unknown channel "mystery" (public)',
      "ticker: bid is not a decimal string (public)",
      expect.stringMatching(/^oversized frame \(\d+ > 2000 characters\)/),
      'book: BTC/USD: bids: price "x" is not a non-negative decimal (public)',
      "frame is not a JSON object (public)",
    ]);
    expect(errors[1]?.excerpt).toContain('"token":"[redacted]"');
    expect(errors[1]?.excerpt).not.toContain("secret-token");
    expect(errors.every((e) => e instanceof KrakenWsFrameError)).toBe(true);
    expect(sub.ended || other.ended || book.ended).toBe(false);
    expect(ws.connectionState("public")).toBe("open");
  });

  it("reports maintenance status and keeps reconnecting no faster than every 5 s", async () => {
    server.status = "maintenance";
    const status = nextEvent<{ data: { system: string } }>((fn) => ws.on("status", fn));
    await ws.connect("public");
    expect((await status).data.system).toBe("maintenance");
    expect(ws.systemStatus()?.system).toBe("maintenance");
    const scheduled = nextEvent<{ delayMs: number }>((fn) => ws.on("reconnecting", fn));
    await server.dropAll(1001);
    expect((await scheduled).delayMs).toBeGreaterThanOrEqual(5000);
  });

  it("fetches a fresh token after an auth reconnect and recovers from token expiry", async () => {
    let n = 0;
    await ws.close();
    ws = clientFor(server, { getToken: async () => `tok-${++n}` });
    server.validTokens = new Set(["tok-1"]);
    await ws.subscribe({ channel: "executions" });
    server.validTokens = new Set(["tok-2"]); // tok-1 expired meanwhile
    const back = reconnected("auth");
    await server.dropAll(1006, "/auth");
    await back;
    const conn = server.open("/auth")[0];
    expect(conn?.subs.has("executions|")).toBe(true);
    expect((conn?.received[0]?.params as { token?: string } | undefined)?.token).toBe("tok-2");
  });
});

describe("private sequence tracking", () => {
  const execFrame = (sequence: number, type: "snapshot" | "update" = "update") => ({
    channel: "executions",
    type,
    sequence,
    data: [{ order_id: "O1", exec_type: "new" }],
  });

  it("raises gap on a skipped sequence number and reconciles through the injected REST functions", async () => {
    const calls: string[] = [];
    await ws.close();
    ws = clientFor(server, {
      reconcile: {
        openOrders: async () => {
          calls.push("openOrders");
          return { open: {} };
        },
        tradesHistory: async () => {
          calls.push("tradesHistory");
          return { trades: {} };
        },
        balance: async () => {
          calls.push("balance");
          return { USD: "1" };
        },
      },
    });
    const sub = await ws.subscribe({ channel: "executions" });
    const balances = await ws.subscribe({ channel: "balances" });
    const gaps: SequenceGap[] = [];
    ws.on("gap", (g) => gaps.push(g));
    const resynced = nextEvent<ResyncedEvent>((fn) => ws.on("resynced", fn));
    server.push("/auth", "executions", execFrame(1, "snapshot"));
    server.push("/auth", "balances", {
      channel: "balances",
      type: "snapshot",
      sequence: 1,
      data: [{ asset: "USD", balance: 1 }],
    });
    server.push("/auth", "executions", execFrame(2));
    server.push("/auth", "balances", {
      channel: "balances",
      type: "update",
      sequence: 2,
      data: [{ asset: "USD", balance: 2 }],
    });
    server.push("/auth", "executions", execFrame(4));
    expect(await resynced).toEqual({
      channel: "executions",
      reason: "sequence",
      openOrders: { open: {} },
      trades: { trades: {} },
    });
    expect(gaps).toEqual([{ channel: "executions", reason: "sequence", expected: 3, received: 4 }]);
    expect(calls.sort()).toEqual(["openOrders", "tradesHistory"]);
    expect((await take(sub, 3)).map((m) => m.sequence)).toEqual([1, 2, 4]); // nothing is withheld
    expect((await take(balances, 2)).map((m) => m.sequence)).toEqual([1, 2]);
  });

  it("raises gap with reason reconnect for each private channel after an auth reconnect", async () => {
    await ws.subscribe({ channel: "executions" });
    server.push("/auth", "executions", execFrame(1, "snapshot"));
    await server.waitFor(() => true);
    await new Promise((r) => setTimeout(r, 20));
    const gap = nextEvent<SequenceGap>((fn) => ws.on("gap", fn));
    await server.dropAll(1006, "/auth");
    expect(await gap).toEqual({ channel: "executions", reason: "reconnect" });
  });
});
