// A subscribe acknowledged after the caller's timeout leaves nothing behind: the client unsubscribes
// it on the wire and does not count it as the caller's subscription.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenWsTimeoutError } from "../../src/errors/ws.js";
import type { KrakenWs } from "../../src/ws/client.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer;
let ws: KrakenWs;
let held: Array<Record<string, unknown>>;
beforeEach(async () => {
  server = await startScriptServer();
  held = [];
  // the first subscribe of each channel gets no answer until the test releases it
  const seen = new Set<string>();
  server.intercept = (_conn, msg) => {
    const channel = String((msg.params as { channel?: string } | undefined)?.channel);
    if (msg.method !== "subscribe" || seen.has(channel)) return false;
    seen.add(channel);
    held.push(msg);
    return true;
  };
  ws = clientFor(server);
});
afterEach(async () => {
  await ws.close();
  await server.close();
});

/** Sends the held subscribe's success ack, late. */
function lateAck(msg: Record<string, unknown>, result: Record<string, unknown>) {
  const [conn] = server.open();
  if (!conn) throw new Error("no connection");
  server.send(conn, {
    method: "subscribe",
    req_id: msg.req_id,
    success: true,
    result,
    time_in: "t",
    time_out: "t",
  });
  return conn;
}
const unsubscribes = () =>
  server.conns.flatMap((c) => c.received.filter((m) => m.method === "unsubscribe").map((m) => m.params));

describe("a success ack after the subscribe timed out", () => {
  it("is unsubscribed on the wire and never becomes the caller's subscription", async () => {
    const late: unknown[] = [];
    ws.on("lateResponse", (e) => late.push(e));
    const err = await ws
      .subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 25 }, { timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenWsTimeoutError);
    expect(ws.diagnostics).toMatchObject({ wireSubscriptions: 0, consumers: 0 });
    lateAck(held[0] as Record<string, unknown>, {
      channel: "book",
      symbol: "BTC/USD",
      depth: 25,
      snapshot: true,
    });
    await server.waitFor(() => unsubscribes().length === 1);
    expect(unsubscribes()).toEqual([{ channel: "book", symbol: ["BTC/USD"], depth: 25 }]);
    expect(late).toHaveLength(1);
    expect(ws.diagnostics).toMatchObject({ wireSubscriptions: 0, consumers: 0 });
  });

  it("is left alone when the caller has subscribed the same channel and symbol again since", async () => {
    await ws.subscribe({ channel: "ticker", symbol: ["ETH/USD"] }, { timeoutMs: 50 }).catch(() => undefined);
    const again = await ws.subscribe({ channel: "ticker", symbol: ["ETH/USD"] });
    lateAck(held[0] as Record<string, unknown>, { channel: "ticker", symbol: "ETH/USD" });
    await new Promise((r) => setTimeout(r, 100));
    expect(unsubscribes()).toEqual([]);
    expect(again.ended).toBe(false);
    expect(ws.diagnostics.wireSubscriptions).toBe(1);
  });
});
