// The v1 keep-alive on a virtual clock with a fake socket: a heartbeat subscribe every pingIntervalMs
// (Kraken wants a client message at least every 60 s), its ack counts as the pong, no ack restarts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConnectBudget, KrakenConfigError, KrakenFuturesWs } from "../../src/index.js";
import type { WebSocketLike } from "../../src/runtime/websocket.js";

class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  binaryType = "blob";
  readyState = 0;
  sent: string[] = [];
  ack = true;
  onopen: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
    const msg = JSON.parse(data);
    if (this.ack && msg.event === "subscribe")
      queueMicrotask(() =>
        this.onmessage?.({ data: JSON.stringify({ event: "subscribed", feed: msg.feed }) }),
      );
  }
  close() {
    this.readyState = 3;
  }
  accept() {
    this.readyState = 1;
    this.onopen?.({});
  }
}
const last = () => FakeSocket.all[FakeSocket.all.length - 1] as FakeSocket;

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
});
afterEach(() => vi.useRealTimers());

function client(o: { pingIntervalMs?: number; pongTimeoutMs?: number } = {}) {
  return new KrakenFuturesWs({
    WebSocket: FakeSocket,
    connectBudget: new ConnectBudget(1000, 600_000),
    reconnect: { minDelayMs: 1, maxDelayMs: 1 },
    staleAfterMs: 1_000_000,
    ...o,
  });
}

describe("keep-alive", () => {
  it("sends a heartbeat subscribe every interval; the ack is the pong; silence restarts the socket", async () => {
    const fws = client({ pingIntervalMs: 30_000, pongTimeoutMs: 5_000 });
    const reasons: string[] = [];
    fws.on("disconnected", (e) => reasons.push(e.reason));
    const opened = fws.connect();
    last().accept();
    await opened;
    expect(last().sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(last().sent).toEqual(['{"event":"subscribe","feed":"heartbeat"}']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(last().sent).toHaveLength(2);
    expect(reasons).toEqual([]);
    last().ack = false;
    await vi.advanceTimersByTimeAsync(35_000);
    expect(reasons).toEqual(["pong timeout"]);
    await fws.close();
  });

  it("defaults to a keep-alive well within 60 s and refuses a longer interval", async () => {
    expect(() => client({ pingIntervalMs: 60_001 })).toThrow(KrakenConfigError);
    const fws = client();
    const opened = fws.connect();
    last().accept();
    await opened;
    await vi.advanceTimersByTimeAsync(59_999);
    expect(last().sent.length).toBeGreaterThanOrEqual(2);
    await fws.close();
  });
});
