import { afterEach, describe, expect, it } from "vitest";
import { KrakenBookResyncError } from "../../src/errors/book.js";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { type LiveOrderBook, openBook, openLevel3 } from "../../src/ws/book-sync.js";
import { KrakenWs } from "../../src/ws/index.js";

const PAIRS = ["BTC/USD", "ETH/USD", "ETH/BTC", "PEPE/USD"];

let sim: KrakenSimulator | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await sim?.close();
  ws = undefined;
  sim = undefined;
});

async function setup(): Promise<{ sim: KrakenSimulator; ws: KrakenWs }> {
  sim = await startKrakenSimulator({ market: { autoStart: false, seed: 3 } });
  ws = new KrakenWs({
    url: sim.wsUrl,
    authUrl: sim.wsAuthUrl,
    l3Url: sim.wsL3Url,
    getToken: async () => (sim as KrakenSimulator).exchange.tokens.issue("demo", "test-key").token,
    reconnect: { minDelayMs: 10, maxDelayMs: 50 },
  });
  return { sim, ws };
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Drives the market one action per flush (one update frame each), then waits until the books are quiet. */
async function drive(
  s: KrakenSimulator,
  books: Array<{ stats: { updates: number } }>,
  steps: number,
): Promise<void> {
  for (let i = 0; i < steps; i++) {
    s.market?.step();
    await Promise.resolve(); // the simulator flushes frames in a microtask: one frame per action
    if (i % 200 === 199) await new Promise((r) => setTimeout(r, 1));
  }
  let last = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 40));
    const now = books.reduce((n, b) => n + b.stats.updates, 0);
    if (now === last) return;
    last = now;
  }
}

describe("live books against the simulator", () => {
  it("keeps several pairs with different precisions exact over thousands of updates: 0 false mismatches", async () => {
    const { sim, ws } = await setup();
    const books = await Promise.all(PAIRS.map((symbol) => openBook(ws, { symbol, depth: 10 })));
    expect(books.map((b) => [b.pricePrecision, b.qtyPrecision])).toEqual(
      PAIRS.map((s) => {
        const p = sim.exchange.pair(s);
        return [p.priceDecimals, p.qtyDecimals];
      }),
    );
    await drive(sim, books, 3000);
    const total = books.reduce((n, b) => n + b.stats.updates, 0);
    expect(total).toBeGreaterThan(2000);
    for (const b of books) {
      expect(b.stats.mismatches).toBe(0);
      expect(b.stats.resyncs).toBe(0);
      expect(b.stats.verified).toBe(b.stats.updates + b.stats.snapshots);
      expect(b.synced).toBe(true);
      expect(b.bids().length).toBe(10);
      expect(b.depth).toBe(25); // headroom on the wire
    }
  });
});
