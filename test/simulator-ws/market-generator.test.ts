import { afterEach, describe, expect, it, vi } from "vitest";
import { Exchange } from "../../src/testing/exchange/index.js";
import { startKrakenSimulator } from "../../src/testing/index.js";
import { MarketGenerator } from "../../src/testing/market/index.js";
import { isChannel, RawClient } from "./helpers.js";

function fingerprint(ex: Exchange): string {
  return ex.registry.pairs
    .map((p) => {
      const book = ex.book(p.id);
      const side = (s: "buy" | "sell") =>
        book
          .aggregated(s, 1000)
          .map(([price, qty]) => `${price}:${qty}`)
          .join(",");
      return `${p.wsname}|${side("buy")}|${side("sell")}|${ex
        .publicTrades(p.id)
        .map((t) => `${t.price}x${t.qty}`)
        .join(",")}`;
    })
    .join("\n");
}

afterEach(() => {
  vi.useRealTimers();
});

describe("seeded market generator", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const run = (seed: number) => {
      const ex = new Exchange({ seed: 3, seedLevels: 10 });
      new MarketGenerator(ex, { seed }).run(600);
      ex.close();
      return fingerprint(ex);
    };
    const a = run(11);
    expect(run(11)).toBe(a);
    expect(run(12)).not.toBe(a);
    expect(a).toMatch(/x/); // it traded
  });

  it("animates only the configured pairs", () => {
    const ex = new Exchange({ seed: 3, seedLevels: 10 });
    const before = fingerprint(ex).split("\n");
    const gen = new MarketGenerator(ex, { seed: 5, pairCount: 2 });
    expect(gen.pairs.map((p) => p.wsname)).toEqual(["BTC/USD", "ETH/USD"]);
    gen.run(300);
    const after = fingerprint(ex).split("\n");
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after.slice(2)).toEqual(before.slice(2));
    ex.close();
  });

  it("runs at the configured rate on the exchange clock and stops", () => {
    vi.useFakeTimers();
    const ex = new Exchange({ seed: 3, seedLevels: 5 });
    const gen = new MarketGenerator(ex, { seed: 5, ratePerSecond: 50 });
    gen.start();
    vi.advanceTimersByTime(1000);
    expect(gen.steps).toBe(50);
    gen.stop();
    vi.advanceTimersByTime(1000);
    expect(gen.steps).toBe(50);
    ex.close();
  });
});

describe("startKrakenSimulator wires the WebSocket side", () => {
  it("serves the generated market on sim.wsUrl and closes cleanly", async () => {
    const sim = await startKrakenSimulator({
      market: { ratePerSecond: 200, pairCount: 1 },
      ws: { heartbeatIntervalMs: 50 },
    });
    const c = await RawClient.connect(sim.wsUrl);
    c.send({ method: "subscribe", params: { channel: "book", symbol: ["BTC/USD"], depth: 10 }, req_id: 1 });
    await c.waitCount(isChannel("book", "update"), 5);
    expect(sim.recorder.frames.some((f) => f.text.includes('"subscribe"'))).toBe(true);
    c.close();
    await sim.close();
  });
});
