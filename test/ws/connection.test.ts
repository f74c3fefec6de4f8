// Time-based lifecycle rules with fake timers and a fake socket (no network): backoff with full jitter,
// attempt limits, connect timeout, connect budget, ping/pong and staleness.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KrakenConfigError } from "../../src/errors/base.js";
import type { WebSocketLike } from "../../src/runtime/websocket.js";
import { KrakenWs } from "../../src/ws/client.js";
import { ConnectBudget } from "../../src/ws/connection/connect-budget.js";

class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  binaryType = "blob";
  readyState = 0;
  sent: string[] = [];
  onopen: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  /** Answers subscribe requests with one ack per symbol when set. */
  autoAck = true;
  sentAt: number[] = [];
  send(data: string) {
    this.sent.push(data);
    this.sentAt.push(Date.now());
    const msg = JSON.parse(data);
    if (!this.autoAck || msg.method !== "subscribe") return;
    const symbols: Array<string | undefined> = msg.params.symbol ?? [undefined];
    queueMicrotask(() => {
      for (const symbol of symbols) {
        this.deliver({
          method: "subscribe",
          req_id: msg.req_id,
          success: true,
          result: { channel: msg.params.channel, symbol },
        });
      }
    });
  }
  close() {
    this.readyState = 3;
  }
  accept() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code, reason: "" });
  }
  deliver(frame: unknown) {
    this.onmessage?.({ data: typeof frame === "string" ? frame : JSON.stringify(frame) });
  }
}
const last = () => FakeSocket.all[FakeSocket.all.length - 1] as FakeSocket;

function client(opts: ConstructorParameters<typeof KrakenWs>[0] = {}) {
  return new KrakenWs({
    WebSocket: FakeSocket,
    random: () => 0.5,
    connectBudget: new ConnectBudget(1000, 600_000),
    ...opts,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe("connection lifecycle", () => {
  it("moves through the state machine and backs off exponentially with full jitter, unlimited by default", async () => {
    const ws = client({ reconnect: { minDelayMs: 1000, maxDelayMs: 8000 } });
    const states: string[] = [];
    const delays: number[] = [];
    ws.on("state", (e) => states.push(e.state));
    ws.on("reconnecting", (e) => delays.push(e.delayMs));
    const opened = ws.connect();
    last().accept();
    await opened;
    expect(last().binaryType).toBe("arraybuffer");
    for (let i = 0; i < 6; i++) {
      last().drop(1006);
      await vi.advanceTimersByTimeAsync(delays[delays.length - 1] ?? 0);
    }
    // random() = 0.5 → half of min(max, min * 2^attempt)
    expect(delays).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    expect(states.slice(0, 5)).toEqual(["connecting", "open", "reconnecting", "connecting", "reconnecting"]);
    last().accept();
    last().drop(1006);
    expect(delays.at(-1)).toBe(500); // a successful open resets the attempt counter
    await ws.close();
    expect(ws.connectionState()).toBe("closed");
    expect(ws.diagnostics.timers).toBe(0);
  });

  it("gives up after maxAttempts and rejects waiting callers", async () => {
    const ws = client({ reconnect: { minDelayMs: 10, maxDelayMs: 10, maxAttempts: 2 } });
    const finalLoss = new Promise((r) => ws.on("disconnected", (e) => !e.willReconnect && r(e)));
    const opened = ws.connect().catch((e: unknown) => e);
    for (let i = 0; i < 3; i++) {
      last().drop(1006);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(await finalLoss).toMatchObject({ willReconnect: false });
    expect(await opened).toMatchObject({ code: "ws_closed" });
    expect(FakeSocket.all).toHaveLength(3);
    await ws.close();
  });

  it("abandons a socket that does not open within connectTimeoutMs", async () => {
    const ws = client({ connectTimeoutMs: 3000, reconnect: { minDelayMs: 100, maxDelayMs: 100 } });
    ws.connect().catch(() => {});
    const lost = new Promise<{ reason: string }>((r) => ws.on("disconnected", r));
    await vi.advanceTimersByTimeAsync(3000);
    expect((await lost).reason).toBe("connect timeout");
    await vi.advanceTimersByTimeAsync(100);
    expect(FakeSocket.all).toHaveLength(2);
    await ws.close();
  });

  it("waits for the connect budget instead of exceeding it", async () => {
    const budget = new ConnectBudget(2, 60_000);
    const ws = client({ connectBudget: budget, reconnect: { minDelayMs: 1, maxDelayMs: 1 } });
    ws.connect().catch(() => {});
    last().drop();
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.all).toHaveLength(2);
    last().drop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(FakeSocket.all).toHaveLength(2); // third attempt waits for the window
    await vi.advanceTimersByTimeAsync(30_001);
    expect(FakeSocket.all).toHaveLength(3);
    await ws.close();
  });

  it("pings on schedule, restarts without a pong, and restarts a silent socket", async () => {
    const ws = client({ pingIntervalMs: 1000, pongTimeoutMs: 500, staleAfterMs: 60_000 });
    const reasons: string[] = [];
    ws.on("disconnected", (e) => reasons.push(e.reason));
    const opened = ws.connect();
    last().accept();
    await opened;
    await vi.advanceTimersByTimeAsync(1000);
    const ping = JSON.parse(last().sent[0] as string);
    expect(ping).toEqual({ method: "ping", req_id: expect.any(Number) });
    last().deliver({ method: "pong", req_id: ping.req_id });
    await vi.advanceTimersByTimeAsync(1000);
    expect(reasons).toEqual([]);
    await vi.advanceTimersByTimeAsync(500); // second ping unanswered
    expect(reasons).toEqual(["pong timeout"]);
    await ws.close();

    const quiet = client({ pingIntervalMs: 100_000, staleAfterMs: 30_000 });
    const gone: string[] = [];
    quiet.on("disconnected", (e) => gone.push(e.reason));
    const o2 = quiet.connect();
    last().accept();
    await o2;
    await vi.advanceTimersByTimeAsync(20_000);
    last().deliver({ channel: "heartbeat" });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(gone).toEqual([]); // the heartbeat reset the 30 s window
    await vi.advanceTimersByTimeAsync(9_999);
    expect(gone).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(gone).toEqual(["no frame for 30000 ms"]);
    await quiet.close();
  });

  it("paces the replay after a reconnect and keeps level3 within its rate counter", async () => {
    const ws = client({ resubscribeRatePerSec: 2, level3RateBudget: 10, getToken: async () => "t" });
    const opened = ws.connect();
    last().accept();
    await opened;
    await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
    await ws.subscribe({ channel: "book", symbol: ["BTC/USD"] });
    const reconnected = new Promise((r) => ws.on("reconnected", r));
    last().drop(1006);
    await vi.advanceTimersByTimeAsync(1000);
    const fresh = last();
    fresh.accept();
    await vi.advanceTimersByTimeAsync(2000);
    await reconnected;
    const gaps = fresh.sentAt.slice(1).map((t, i) => t - (fresh.sentAt[i] as number));
    expect(fresh.sent.map((m) => JSON.parse(m).params.channel)).toEqual(["ticker", "trade", "book"]);
    expect(gaps).toEqual([500, 500]); // 2 per second

    const l3 = ws.subscribe({ channel: "level3", symbol: ["A/USD", "B/USD", "C/USD", "D/USD", "E/USD"] });
    await vi.advanceTimersByTimeAsync(0);
    const l3sock = last();
    l3sock.accept();
    await l3;
    const back = new Promise((r) => ws.on("reconnected", (e) => e.connection === "level3" && r(e)));
    l3sock.drop(1006);
    await vi.advanceTimersByTimeAsync(1000);
    last().accept();
    await vi.advanceTimersByTimeAsync(3000);
    await back;
    const replay = last().sent.map((m) => JSON.parse(m).params.symbol);
    expect(replay).toEqual([["A/USD", "B/USD"], ["C/USD", "D/USD"], ["E/USD"]]); // cost 5 each, budget 10/s
    const l3gaps = last()
      .sentAt.slice(1)
      .map((t, i) => t - (last().sentAt[i] as number));
    expect(l3gaps).toEqual([1000, 1000]);
    await ws.close();
  });

  it("restarts a socket whose replay is not answered, until every subscription is restored", async () => {
    const ws = client({ requestTimeoutMs: 1000, reconnect: { minDelayMs: 10, maxDelayMs: 10 } });
    const errors: string[] = [];
    ws.on("error", (e) => errors.push(e.code));
    const opened = ws.connect();
    last().accept();
    await opened;
    await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const reconnected = new Promise((r) => ws.on("reconnected", r));
    last().drop(1006);
    await vi.advanceTimersByTimeAsync(10);
    last().autoAck = false; // this socket opens but never answers the replay
    last().accept();
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toEqual(["ws_timeout"]);
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeSocket.all).toHaveLength(3);
    last().accept(); // this one answers
    await reconnected;
    expect(JSON.parse(last().sent[0] as string).params).toEqual({ channel: "ticker", symbol: ["BTC/USD"] });
    await ws.close();
  });

  it("times out a request and checks its options", async () => {
    expect(() => new KrakenWs({ pingIntervalMs: 0, WebSocket: FakeSocket })).toThrow(KrakenConfigError);
    const ws = client({ requestTimeoutMs: 1000 });
    const sub = ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    last().autoAck = false; // Kraken never answers
    last().accept();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await sub).toMatchObject({ code: "ws_timeout" });
    expect(ws.diagnostics.wireSubscriptions).toBe(0);
    await expect(ws.subscribe({ channel: "executions" })).rejects.toBeInstanceOf(KrakenConfigError);
    await ws.close();
  });
});
