// Hostile-server limits over loopback: a dead URL reports every failed attempt, oversized messages are
// refused by the transport, and error excerpts do not keep whole frames alive.
import { createServer } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import type { KrakenError } from "../../src/errors/base.js";
import type { KrakenWsConnectionError, KrakenWsFrameError } from "../../src/errors/ws.js";
import { KrakenWs } from "../../src/ws/client.js";
import { ConnectBudget } from "../../src/ws/connection/connect-budget.js";
import { clientFor, nextEvent, take, tickerFrame } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await server?.close();
  ws = server = undefined;
});

async function deadUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return `ws://127.0.0.1:${port}/v2`;
}

describe("transport limits", () => {
  it("a dead URL emits an error per failed attempt naming the URL and the cause; the final one too", async () => {
    const url = await deadUrl();
    ws = new KrakenWs({
      url,
      reconnect: { minDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 },
      connectBudget: new ConnectBudget(100, 60_000),
    });
    const errors: KrakenError[] = [];
    ws.on("error", (e) => errors.push(e));
    const err = (await ws.connect().catch((e: unknown) => e)) as KrakenWsConnectionError;
    expect(errors).toHaveLength(3);
    for (const e of errors) {
      expect(e.message).toContain(url);
      expect(e.message).toContain("ECONNREFUSED");
    }
    expect(err.message).toContain(url);
    expect(err.message).toContain("ECONNREFUSED");
    expect(err.retryable).toBe(false);
  });

  it("refuses a message over the transport limit before buffering it whole (closes with 1009, reconnects)", async () => {
    server = await startScriptServer();
    ws = clientFor(server, { maxFrameBytes: 1000 });
    const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const lost = nextEvent<{ code: number; reason: string }>((fn) => (ws as KrakenWs).on("disconnected", fn));
    const back = nextEvent((fn) => (ws as KrakenWs).on("reconnected", fn));
    server.broadcast("/public", JSON.stringify({ channel: "ticker", data: "x".repeat(4000) }));
    expect(await lost).toMatchObject({ code: 1006, reason: expect.stringMatching(/max payload/i) });
    await back;
    await server.waitFor(() => (server?.conns[1]?.subs.size ?? 0) === 1);
    server.push("/public", "ticker", tickerFrame("BTC/USD", 7), "BTC/USD");
    expect((await take(sub, 1))[0]?.data[0]?.last).toBe("7");
  });

  it("error excerpts are copies: kept errors do not keep oversized frames alive", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    server = await startScriptServer();
    ws = clientFor(server, { maxFrameBytes: 1_000_000 });
    await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const kept: KrakenWsFrameError[] = [];
    ws.on("error", (e) => kept.push(e as KrakenWsFrameError));
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 8; i++)
      server.broadcast("/public", `{"channel":"ticker","n":${i},"x":"${"y".repeat(2_500_000)}"}`);
    await server.waitFor(() => kept.length === 8, 10_000);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept[0]?.excerpt.length).toBeLessThanOrEqual(201);
    expect(grown).toBeLessThan(8 * 1024 * 1024); // sliced excerpts would pin 8 × 2.5 MB (UTF-16: 40 MB)
  }, 30_000);
});
