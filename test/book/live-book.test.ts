import { afterEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import { KrakenBookResyncError } from "../../src/errors/book.js";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import type { LiveOrderBook } from "../../src/ws/books/book-sync.js";
import { KrakenWs, type KrakenWsOptions } from "../../src/ws/index.js";

const PAIRS = ["BTC/USD", "ETH/USD", "ETH/BTC", "PEPE/USD"];

let sim: KrakenSimulator | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await sim?.close();
  ws = undefined;
  sim = undefined;
});

async function setup(extra: KrakenWsOptions = {}): Promise<{ sim: KrakenSimulator; ws: KrakenWs }> {
  sim = await startKrakenSimulator({ market: { autoStart: false, seed: 3 } });
  ws = new KrakenWs({
    url: sim.wsUrl,
    authUrl: sim.wsAuthUrl,
    l3Url: sim.wsL3Url,
    getToken: async () => (sim as KrakenSimulator).exchange.tokens.issue("demo", "test-key").token,
    reconnect: { minDelayMs: 10, maxDelayMs: 50 },
    ...extra,
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
    const books = await Promise.all(PAIRS.map((symbol) => ws.book({ symbol, depth: 10 })));
    expect(books.map((b) => [b.pricePrecision, b.qtyPrecision])).toEqual(
      PAIRS.map((s) => {
        const p = sim.exchange.pair(s);
        return [p.priceDecimals, p.qtyDecimals];
      }),
    );
    let longestQty = 0; // significant digits of the longest PEPE/USD quantity seen
    const pepe = books[PAIRS.indexOf("PEPE/USD")] as LiveOrderBook;
    pepe.on("update", () => {
      for (const l of [...pepe.bids(), ...pepe.asks()]) {
        longestQty = Math.max(longestQty, l.qty.replace(".", "").replace(/^0+/, "").length);
      }
    });
    await drive(sim, books, 3000);
    expect(longestQty).toBeGreaterThanOrEqual(15); // quantities a double could not hold exactly
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

  it("a corrupted checksum resyncs that symbol only; the others keep their subscription and book", async () => {
    const { sim, ws } = await setup();
    const books = await Promise.all(PAIRS.map((symbol) => ws.book({ symbol, depth: 10 })));
    const [btc, ...others] = books as [LiveOrderBook, ...LiveOrderBook[]];
    const reasons: string[] = [];
    btc.on("resync", (e) => reasons.push(e.reason));
    await drive(sim, books, 200);
    const sentBefore = sim.recorder.frames.length;
    sim.faults.ws.corruptChecksum("BTC/USD");
    await drive(sim, books, 400);
    await until(() => btc.synced && btc.stats.snapshots === 2);
    await drive(sim, books, 200);
    expect(reasons).toEqual(["checksum-mismatch"]);
    expect(btc.stats).toMatchObject({ mismatches: 1, resyncs: 1, snapshots: 2 });
    for (const b of others) expect(b.stats).toMatchObject({ mismatches: 0, resyncs: 0, snapshots: 1 });
    expect(btc.synced).toBe(true);
    // the client sent an unsubscribe and a subscribe for BTC/USD and nothing for any other symbol
    const sent = sim.recorder.frames
      .slice(sentBefore)
      .map((f) => JSON.parse(f.text) as { method: string; params?: { symbol?: string[] } });
    const subs = sent.filter((m) => m.method === "subscribe" || m.method === "unsubscribe");
    expect(subs.map((m) => `${m.method}:${m.params?.symbol?.join()}`)).toEqual([
      "unsubscribe:BTC/USD",
      "subscribe:BTC/USD",
    ]);
    // after the fresh snapshot the book keeps verifying every update
    const v = btc.stats.verified;
    await drive(sim, books, 300);
    expect(btc.stats.verified).toBeGreaterThan(v);
    expect(btc.stats.mismatches).toBe(1);
  });

  it("after a reconnect every book is discarded and rebuilt from a fresh snapshot, never merged", async () => {
    const { sim, ws } = await setup();
    const books = await Promise.all(["BTC/USD", "ETH/BTC"].map((symbol) => ws.book({ symbol, depth: 10 })));
    await drive(sim, books, 200);
    const reasons: string[] = [];
    for (const b of books) b.on("resync", (e) => reasons.push(`${b.symbol}:${e.reason}`));
    ws.reconnect("public", "test");
    await until(() => books.every((b) => b.stats.snapshots === 2 && b.synced));
    expect(reasons.sort()).toEqual(["BTC/USD:reconnect", "ETH/BTC:reconnect"]);
    await drive(sim, books, 300);
    for (const b of books) expect(b.stats).toMatchObject({ mismatches: 0, resyncs: 1, snapshots: 2 });
  });

  it("explicit precision skips the instrument channel; close() unsubscribes", async () => {
    const { sim, ws } = await setup();
    const book = await ws.book({ symbol: "ETH/USD", depth: 25, pricePrecision: 2, qtyPrecision: 8 });
    expect(book.depth).toBe(100);
    expect(book.viewDepth).toBe(25);
    await drive(sim, [book], 300);
    expect(book.stats.mismatches).toBe(0);
    expect(ws.diagnostics.wireSubscriptions).toBe(1); // the book only, no instrument subscription
    await book.close();
    await until(() => ws!.diagnostics.wireSubscriptions === 0);
  });

  it("two callers share one book; it closes when both have closed", async () => {
    const { ws } = await setup();
    const [a, b] = await Promise.all([
      ws.book({ symbol: "BTC/USD", depth: 10 }),
      ws.book({ symbol: "BTC/USD", depth: 5 }),
    ]);
    expect(a).toBe(b);
    await a.close();
    expect(ws.diagnostics.wireSubscriptions).toBe(2); // book + instrument
    await b.close();
    await until(() => ws!.diagnostics.wireSubscriptions === 0);
  });

  it("a resync budget: past it the book reports KrakenBookResyncError and keeps trying slowly", async () => {
    const { sim, ws } = await setup();
    const book = await ws.book({
      symbol: "BTC/USD",
      depth: 10,
      resync: { budget: 1, windowMs: 60_000, minDelayMs: 10, maxDelayMs: 50 },
    });
    const errors: unknown[] = [];
    book.on("error", (e) => errors.push(e));
    sim.faults.ws.corruptChecksum("BTC/USD");
    await drive(sim, [book], 300);
    await until(() => book.stats.snapshots === 2 && book.synced);
    sim.faults.ws.corruptChecksum("BTC/USD");
    await drive(sim, [book], 300);
    await until(() => book.stats.snapshots === 3 && book.synced);
    expect(book.stats.mismatches).toBe(2);
    expect(errors.some((e) => e instanceof KrakenBookResyncError)).toBe(true);
  });

  it("level3: live book over the level3 endpoint with 0 mismatches; a corrupted checksum resyncs it", async () => {
    const { sim, ws } = await setup();
    const l3 = await ws.level3({ symbol: "BTC/USD", depth: 10 });
    const l2 = await ws.book({ symbol: "ETH/USD", depth: 10 });
    expect(l3.synced).toBe(true);
    await drive(sim, [l3, l2], 1500);
    expect(l3.stats.updates).toBeGreaterThan(100);
    expect(l3.stats.mismatches).toBe(0);
    expect(l3.stats.verified).toBe(l3.stats.updates + 1);
    expect(l3.bids(1)[0]?.orders.length).toBeGreaterThan(0);
    sim.faults.ws.corruptChecksum("BTC/USD", "level3");
    await drive(sim, [l3, l2], 300);
    await until(() => l3.stats.snapshots === 2 && l3.synced);
    expect(l3.stats.mismatches).toBe(1);
    expect(l2.stats).toMatchObject({ mismatches: 0, resyncs: 0, snapshots: 1 });
  });

  it("a throwing book listener goes to the client's logger; the book and the other listeners keep going", async () => {
    const logged: unknown[] = [];
    const { sim, ws } = await setup({ logger: { error: (_message, e) => logged.push(e) } });
    const l2 = await ws.book({ symbol: "BTC/USD", depth: 10 });
    const l3 = await ws.level3({ symbol: "ETH/USD", depth: 10 });
    const boom = new Error("listener bug");
    let calls = 0;
    for (const b of [l2, l3]) {
      b.on("update", () => {
        throw boom;
      });
      b.on("update", () => void calls++);
    }
    await drive(sim, [l2, l3], 300);
    expect(l2.stats.updates + l3.stats.updates).toBeGreaterThan(20);
    expect(calls).toBe(l2.stats.updates + l3.stats.updates);
    expect(logged.length).toBe(calls);
    expect(logged.every((e) => e === boom)).toBe(true);
    expect(l2.synced && l3.synced).toBe(true);
  });

  it("a book for a pair Kraken does not list rejects as fast and as clearly as subscribe does", async () => {
    const first = await setup();
    const ws = first.ws;
    let started = Date.now();
    const refused = await ws.subscribe({ channel: "book", symbol: ["FOO/BAR"] }).catch((e: unknown) => e);
    expect((refused as Error).message).toContain("FOO/BAR");
    const subscribeMs = Date.now() - started;
    const good = await ws.book({ symbol: "BTC/USD", depth: 10 }); // the instrument snapshot is in
    for (const symbol of ["FOO/BAR", "BAZ/QUX"]) {
      started = Date.now();
      const err = await ws.book({ symbol, depth: 10 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KrakenValidationError);
      expect(err).toMatchObject({ field: "symbol", retryable: false });
      expect((err as Error).message).toContain(symbol);
      expect(Date.now() - started).toBeLessThan(subscribeMs + 500);
    }
    expect(good.synced).toBe(true);
    await ws.close();
    await first.sim.close();
    // and while the instrument snapshot is still on its way: two books wait for it, one is refused
    const fresh = await setup(); // closed by afterEach
    started = Date.now();
    const [bad, ok] = await Promise.allSettled([
      fresh.ws.book({ symbol: "FOO/BAR", depth: 10 }),
      fresh.ws.book({ symbol: "ETH/USD", depth: 10 }),
    ]);
    expect(bad).toMatchObject({ status: "rejected", reason: { field: "symbol" } });
    expect(ok.status).toBe("fulfilled");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
