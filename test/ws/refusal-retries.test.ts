// Transient subscribe refusals are retried on a backoff, final ones end what they refused: a book's
// first subscribe (ws.book() waits instead of rejecting) and subscriptions replayed after a reconnect.
import { afterEach, describe, expect, it, vi } from "vitest";
import { KrakenSubscribeError } from "../../src/errors/ws.js";
import type { KrakenWs } from "../../src/ws/index.js";
import { bookFrame, MATIC_ASKS, MATIC_BIDS } from "../book/vectors.js";
import { clientFor, tickerFrame } from "./helpers/client.js";
import { type ScriptServer, type ServerConn, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await ws?.close();
  await server?.close();
  ws = server = undefined;
});

const fake = () =>
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
const turn = () => new Promise((r) => setImmediate(r));

/** Lets loopback I/O run (fake time stands still) until `pred` holds. */
async function io(pred: () => boolean = () => false, turns = 400): Promise<void> {
  for (let i = 0; i < turns && !pred(); i++) {
    await turn();
    await vi.advanceTimersByTimeAsync(0);
  }
}

/** Advances fake time by `ms`, 1 ms at a time with I/O in between; returns the ms it took for `pred`. */
async function advance(ms: number, pred: () => boolean = () => false): Promise<number> {
  for (let t = 0; t < ms; t++) {
    if (pred()) return t;
    await vi.advanceTimersByTimeAsync(1);
    await io(pred, 20);
  }
  return ms;
}

const subscribes = (symbol: string, conn?: ServerConn) =>
  (conn ? [conn] : (server?.conns ?? []))
    .flatMap((c) => c.received)
    .filter((m) => m.method === "subscribe" && (m.params as { symbol?: string[] }).symbol?.includes(symbol))
    .length;

/** A server that refuses a book's subscribe with `refusals` in turn, then acks and sends a snapshot. */
async function bookServer(refusals: string[]): Promise<ScriptServer> {
  const srv = await startScriptServer();
  srv.intercept = (conn, msg) => {
    if (msg.method !== "subscribe" || (msg.params as { channel?: string }).channel !== "book") return false;
    const base = { method: "subscribe", req_id: msg.req_id, time_in: "t", time_out: "t" };
    const refusal = refusals.shift();
    if (refusal) srv.send(conn, { ...base, success: false, error: refusal, symbol: "MATIC/USD" });
    else {
      srv.send(conn, { ...base, success: true, result: { channel: "book", symbol: "MATIC/USD", depth: 25 } });
      srv.send(conn, bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997));
    }
    return true;
  };
  return srv;
}

const bookOptions = (signal?: AbortSignal) => ({
  symbol: "MATIC/USD",
  depth: 10,
  pricePrecision: 4,
  qtyPrecision: 8,
  resync: { minDelayMs: 100, maxDelayMs: 400 },
  signal,
});

describe("a book's first subscribe", () => {
  it.each(["EService:Unavailable", "EGeneral:Internal error", "EGeneral:Too many requests"])(
    "refused with %s: ws.book() retries on the resync backoff and resolves once synced",
    async (refusal) => {
      fake();
      server = await bookServer([refusal, refusal]);
      ws = clientFor(server);
      let settled: unknown;
      const opening = ws.book(bookOptions()).then(
        (b) => (settled = b),
        (e) => (settled = e),
      );
      await io(() => subscribes("MATIC/USD") === 1);
      await io(() => settled !== undefined, 50);
      expect(settled).toBeUndefined(); // refused once: still waiting, not rejected
      expect(await advance(99, () => subscribes("MATIC/USD") > 1)).toBe(99); // the backoff floor
      await advance(2000, () => settled !== undefined);
      expect(subscribes("MATIC/USD")).toBe(3);
      const book = await opening;
      expect(book).toMatchObject({ synced: true, symbol: "MATIC/USD" });
    },
  );

  it("refused for good: ws.book() rejects at once with the typed, non-retryable error, no retry", async () => {
    fake();
    server = await bookServer(["EGeneral:Invalid arguments"]);
    ws = clientFor(server);
    const err = await ws.book(bookOptions()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenSubscribeError);
    expect(err).toMatchObject({ code: "EGeneral:Invalid arguments", retryable: false });
    await advance(1000);
    expect(subscribes("MATIC/USD")).toBe(1);
    expect(ws.diagnostics.wireSubscriptions).toBe(0);
  });

  it("refused again and again: the caller's signal ends the opening and the retries", async () => {
    fake();
    server = await bookServer(Array(100).fill("EService:Unavailable"));
    ws = clientFor(server);
    const ac = new AbortController();
    const opening = ws.book(bookOptions(ac.signal)).catch((e: unknown) => e);
    await advance(1500);
    const tries = subscribes("MATIC/USD");
    expect(tries).toBeGreaterThan(2);
    ac.abort(new Error("caller gave up"));
    expect(await opening).toMatchObject({ message: "caller gave up" });
    await advance(2000);
    expect(subscribes("MATIC/USD")).toBe(tries);
  });
});

describe("subscriptions replayed after a reconnect", () => {
  it("a transient refusal retries with backoff, a final one ends that subscription, the others work", async () => {
    fake();
    server = await startScriptServer();
    const srv = server;
    ws = clientFor(srv, { reconnect: { minDelayMs: 100, maxDelayMs: 400 }, random: () => 0 });
    const c = ws;
    await io(() => false, 1);
    const [btc, eth, sol] = await Promise.all(
      ["BTC/USD", "ETH/USD", "SOL/USD"].map((s) =>
        (async () => {
          const p = c.subscribe({ channel: "ticker", symbol: [s] });
          await io(() => subscribes(s) === 1);
          return p;
        })(),
      ),
    );
    if (!btc || !eth || !sol) throw new Error("subscribe failed");
    const btcErrors: unknown[] = [];
    btc.on("error", (e) => btcErrors.push(e));
    let btcResubscribed = 0;
    btc.on("resubscribed", () => btcResubscribed++);
    const ethEnd = (async () => {
      for await (const _ of eth);
    })().then(
      () => "ended",
      (e: unknown) => e,
    );
    const clientErrors: unknown[] = [];
    c.on("error", (e) => clientErrors.push(e));

    srv.rejectSymbols.set("BTC/USD", "EService:Unavailable");
    srv.rejectSymbols.set("ETH/USD", "EQuery:Unknown asset pair");
    await srv.dropAll(1006);
    await advance(50, () => btcErrors.length === 1);
    const conn = srv.open("/public")[0] as ServerConn;
    expect(subscribes("BTC/USD", conn)).toBe(1);

    // the final refusal ends ETH's subscription with the typed error; SOL is back on the wire
    const ended = await ethEnd;
    expect(ended).toBeInstanceOf(KrakenSubscribeError);
    expect(ended).toMatchObject({ code: "EQuery:Unknown asset pair", retryable: false });
    expect(btc.ended).toBe(false);
    expect(conn.subs.has("ticker|SOL/USD")).toBe(true);

    // BTC: retried after 100, then 200 ms, each refusal an error event; accepted once Kraken is back
    expect(await advance(95, () => subscribes("BTC/USD", conn) > 1)).toBe(95);
    expect(await advance(20, () => btcErrors.length === 2)).toBeLessThan(20);
    expect(await advance(190, () => subscribes("BTC/USD", conn) > 2)).toBe(190);
    expect(await advance(20, () => btcErrors.length === 3)).toBeLessThan(20);
    srv.rejectSymbols.delete("BTC/USD");
    expect(await advance(420, () => btcResubscribed === 1)).toBeLessThan(420);
    expect(subscribes("BTC/USD", conn)).toBe(4);
    expect(btcErrors.every((e) => e instanceof KrakenSubscribeError && e.retryable)).toBe(true);
    expect(clientErrors.filter((e) => e instanceof KrakenSubscribeError)).toHaveLength(4);

    // both survivors get their data
    const got: string[] = [];
    btc.on("message", (m) => got.push(m.data[0]?.symbol ?? ""));
    sol.on("message", (m) => got.push(m.data[0]?.symbol ?? ""));
    srv.push("/public", "ticker", tickerFrame("BTC/USD", 100), "BTC/USD");
    srv.push("/public", "ticker", tickerFrame("SOL/USD", 20), "SOL/USD");
    await io(() => got.length === 2);
    expect(got.sort()).toEqual(["BTC/USD", "SOL/USD"]);
    expect(c.diagnostics.wireSubscriptions).toBe(2);
  });
});

describe("a retried replay left unanswered", () => {
  it("times out, is reported, and is retried again on the backoff until accepted", async () => {
    fake();
    server = await startScriptServer();
    const srv = server;
    ws = clientFor(srv, { reconnect: { minDelayMs: 100, maxDelayMs: 400 }, random: () => 0 });
    const c = ws;
    const opening = c.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    await io(() => subscribes("BTC/USD") === 1);
    const btc = await opening;
    let resubscribed = 0;
    btc.on("resubscribed", () => resubscribed++);
    const clientErrors: unknown[] = [];
    c.on("error", (e) => clientErrors.push(e));
    srv.rejectSymbols.set("BTC/USD", "EService:Unavailable");
    await srv.dropAll(1006);
    await advance(50, () => clientErrors.length === 1);
    srv.rejectSymbols.delete("BTC/USD");
    let hang = true; // the first retry gets no answer at all
    srv.intercept = (_conn, msg) => {
      if (msg.method !== "subscribe" || !hang) return false;
      hang = false;
      return true;
    };
    const conn = srv.open("/public")[0] as ServerConn;
    await advance(2200, () => clientErrors.length === 2); // the request timeout (2000 ms)
    expect(clientErrors[1]).toMatchObject({ code: "ws_timeout" });
    expect(subscribes("BTC/USD", conn)).toBe(2);
    expect(await advance(190, () => subscribes("BTC/USD", conn) > 2)).toBe(190); // then 200 ms on
    expect(await advance(30, () => resubscribed === 1)).toBeLessThan(30);
    expect(btc.ended).toBe(false);
    expect(conn.subs.has("ticker|BTC/USD")).toBe(true);
  });
});
