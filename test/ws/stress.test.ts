import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { KrakenWs } from "../../src/ws/client.js";
import { clientFor, nextEvent, take, tickerFrame } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer;
let ws: KrakenWs;
beforeEach(async () => {
  server = await startScriptServer();
  ws = clientFor(server, { pingIntervalMs: 5_000 });
});
afterEach(async () => {
  await ws.close();
  await server.close();
});

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

it("survives 100 forced disconnects: everything restored every time, no duplicates, no leaks", async () => {
  const ticker = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD", "ETH/USD", "SOL/USD"] });
  const shared = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
  await ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 10 });
  await ws.subscribe({ channel: "trade", symbol: ["ETH/USD"] });
  await ws.subscribe({ channel: "executions" });
  await ws.subscribe({ channel: "balances" });
  await ws.subscribe({ channel: "level3", symbol: ["BTC/USD"] });
  const expected = {
    "/public": ["book|BTC/USD", "ticker|BTC/USD", "ticker|ETH/USD", "ticker|SOL/USD", "trade|ETH/USD"],
    "/auth": ["balances|", "executions|"],
    "/l3": ["level3|BTC/USD"],
  };
  const userListeners = ws.diagnostics.listeners;
  let resubscribedEvents = 0;
  const offResub = ws.on("resubscribed", () => resubscribedEvents++);
  const baseline = ws.diagnostics;
  let heapAt10 = 0;
  for (let round = 1; round <= 100; round++) {
    const back = ["public", "auth", "level3"].map((c) =>
      nextEvent((fn) => ws.on("reconnected", (e) => e.connection === c && fn(e))),
    );
    await server.dropAll(1006);
    await Promise.all(back);
    for (const [path, keys] of Object.entries(expected)) {
      const live = server.open(path);
      expect(live).toHaveLength(1);
      expect([...(live[0]?.subs ?? [])].sort()).toEqual(keys);
    }
    server.push("/public", "ticker", tickerFrame("SOL/USD", round), "SOL/USD");
    expect((await take(ticker, 1))[0]?.data[0]?.last).toBe(String(round));
    const d = ws.diagnostics;
    expect(d.wireSubscriptions).toBe(baseline.wireSubscriptions);
    expect(d.consumers).toBe(baseline.consumers);
    expect(d.pendingRequests).toBe(0);
    expect(d.timers).toBe(baseline.timers); // ping + stale per socket, nothing accumulates
    expect(d.listeners).toBe(baseline.listeners);
    if (round === 10) heapAt10 = heap();
  }
  expect(server.duplicates).toBe(0);
  expect(resubscribedEvents).toBe(100 * 7);
  expect(shared.ended).toBe(false);
  const growth = heap() - heapAt10;
  expect(growth).toBeLessThan(8 * 1024 * 1024);
  offResub();
  expect(ws.diagnostics.listeners).toBe(userListeners);
  await ws.close();
  expect(ws.diagnostics.timers).toBe(0);
  expect(ws.diagnostics.pendingRequests).toBe(0);
});
