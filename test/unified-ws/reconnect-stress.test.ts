// KrakenUnifiedWs through 100 forced drops of both Unified endpoints: every public and private
// subscription is replayed once per reconnect (with a fresh token, the old one revoked), is live
// again afterwards, and nothing is subscribed or delivered twice.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KrakenSimulator } from "../../src/testing/index.js";
import type { KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { first, startSim, unifiedClient } from "./helpers.js";

let sim: KrakenSimulator;
let ws: KrakenUnifiedWs;
let issued: string[] = [];
beforeEach(async () => {
  sim = await startSim();
  issued = [];
  ws = unifiedClient(sim, {
    getToken: async () => {
      const { token } = sim.exchange.tokens.issue("demo", "test-key");
      issued.push(token);
      return token;
    },
  });
});
afterEach(async () => {
  await ws.close();
  await sim.close();
});

interface Frame {
  method?: string;
  params?: { channel?: string; token?: string; symbol?: string[] };
}
const subscribes = () =>
  sim.unifiedReceived
    .map((f) => ({ endpoint: f.endpoint, ...(JSON.parse(f.text) as Frame) }))
    .filter((m) => m.method === "subscribe");

describe("Unified WebSocket reconnect stress", () => {
  it("100 forced reconnects: each replays every subscription exactly once, fresh token, all live", async () => {
    const ticker = await ws.subscribe({
      channel: "ticker",
      asset_class: "derivatives",
      symbol: ["PF_XBTUSD"],
    });
    const book = await ws.subscribe({ channel: "book", asset_class: "derivatives", symbol: ["PF_ETHUSD"] });
    const execs = await ws.subscribe({ channel: "executions", asset_class: "derivatives" });
    const balances = await ws.subscribe({ channel: "balances", asset_class: "derivatives" });
    const positions = await ws.subscribe({ channel: "positions", asset_class: "derivatives" });
    const subs = [ticker, book, execs, balances, positions];
    const channels = ["balances", "book", "executions", "positions", "ticker"];
    await first(ticker, (m) => m.type === "snapshot");
    await first(execs, (m) => m.type === "snapshot");
    const errors: unknown[] = [];
    ws.on("error", (e) => errors.push(e));
    const rounds = 100;
    for (let round = 1; round <= rounds; round++) {
      const stale = issued.at(-1)!;
      sim.exchange.tokens.revoke(stale); // the token in use expires with the connection
      const restored = subs.map((s) => new Promise((resolve) => s.on("resubscribed", resolve)));
      const snapshots = [
        first(ticker, (m) => m.type === "snapshot"),
        first(book, (m) => m.type === "snapshot"),
        first(execs, (m) => m.type === "snapshot"),
        first(balances, (m) => m.type === "snapshot"),
      ];
      sim.faults.unified.drop("public");
      sim.faults.unified.drop("private");
      await Promise.all(restored);
      await Promise.all(snapshots); // every stream delivers again after the reconnect
      const sent = subscribes();
      for (const channel of channels) {
        expect(
          sent.filter((f) => f.params?.channel === channel),
          `${channel} round ${round}`,
        ).toHaveLength(round + 1);
      }
      const privateNow = sent.filter((f) => f.endpoint === "private").slice(-3);
      expect(privateNow.every((f) => f.params?.token !== undefined && f.params.token !== stale)).toBe(true);
      expect(subs.every((s) => !s.ended)).toBe(true);
    }
    expect(new Set(issued).size).toBe(issued.length);
    expect(issued.length).toBeGreaterThanOrEqual(rounds + 1); // one fresh token per connection at least
    expect(errors).toEqual([]); // no replay refused (e.g. "Already subscribed"), no duplicate
  }, 10_000);
});
