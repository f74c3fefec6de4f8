// KrakenFuturesWs lifecycle against the simulator's v1 faults: 100 forced reconnects each restoring
// every feed with a fresh challenge, seq gaps and crossed books resyncing one product only, stalls.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { futuresClient } from "../futures/helpers.js";
import { fwsClient, next, startFuturesSim, until } from "./helpers.js";

let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startFuturesSim();
});
afterAll(() => sim.close());
beforeEach(() => sim.faults.clear());

describe("reconnects", () => {
  it("100 forced reconnects: every feed resubscribed, a fresh challenge on each connection", async () => {
    const fws = fwsClient(sim, { keys: true });
    const ticker = await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] });
    const fills = await fws.subscribe({ feed: "fills" });
    const orders = await fws.subscribe({ feed: "open_orders" });
    const book = await fws.book({ product_id: "PF_ETHUSD" });
    let resubscribed = 0;
    ticker.on("resubscribed", () => resubscribed++);
    const issuedBefore = sim.futuresWs.challenges.length;
    const acceptedBefore = sim.futuresWs.connectionsAccepted;
    for (let i = 0; i < 100; i++) {
      const restored = new Promise<void>((r) => {
        const off = fws.on("reconnected", () => {
          off();
          r();
        });
      });
      if (i % 2 === 0) fws.reconnect("test");
      else sim.faults.futuresWs.dropConnections();
      await restored;
    }
    expect(sim.futuresWs.connectionsAccepted - acceptedBefore).toBe(100);
    const issued = sim.futuresWs.challenges.slice(issuedBefore);
    expect(issued).toHaveLength(100); // one per connection, not one per private feed
    expect(new Set(issued).size).toBe(100);
    expect(resubscribed).toBe(100);
    // every feed still delivers after the last reconnect
    await until(() => book.synced);
    await futuresClient(sim).sendOrder({
      orderType: "mkt",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.002",
    });
    expect((await next(fills, (m) => m.feed === "fills")).fills[0]?.qty).toBe("0.002");
    expect((await next(orders)).feed).toMatch(/^open_orders/);
    expect((await next(ticker)).feed).toBe("ticker");
    expect(fws.diagnostics.challenges).toBe(101);
    await fws.close();
  }, 60_000);

  it("a stall past the keep-alive timeout restarts the socket and restores the book", async () => {
    const fws = fwsClient(sim, { pingIntervalMs: 100, pongTimeoutMs: 100, staleAfterMs: 60_000 });
    const book = await fws.book({ product_id: "PF_XBTUSD" });
    const reasons: string[] = [];
    fws.on("disconnected", (e) => reasons.push(e.reason));
    const reconnected = new Promise((r) => fws.on("reconnected", r));
    sim.faults.futuresWs.stall(400);
    await reconnected;
    expect(reasons[0]).toBe("pong timeout");
    await until(() => book.synced);
    expect(book.bestAsk()?.price).toBe(sim.futures.books.get("PF_XBTUSD")?.aggregated("sell", 1)[0]?.[0]);
    await fws.close();
  });

  it("close() leaves no timer, wire or subscription behind", async () => {
    const fws = fwsClient(sim, { keys: true });
    await fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] });
    await fws.subscribe({ feed: "balances" });
    await fws.close();
    expect(fws.diagnostics).toMatchObject({ timers: 0, wires: 0, subscriptions: 0 });
    expect(fws.state).toBe("closed");
  });
});

describe("book integrity", () => {
  it("a skipped seq resyncs that product only, from a fresh snapshot", async () => {
    const fws = fwsClient(sim);
    const xbt = await fws.book({ product_id: "PF_XBTUSD" });
    const eth = await fws.book({ product_id: "PF_ETHUSD" });
    const reasons: string[] = [];
    xbt.on("resync", (e) => reasons.push(e.reason));
    sim.faults.futuresWs.skipSequence(1, "PF_XBTUSD");
    const rest = futuresClient(sim);
    await rest.sendOrder({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "1500",
    });
    await until(() => xbt.stats.resyncs === 1 && xbt.synced);
    expect(reasons).toEqual(["sequence-gap"]);
    expect(xbt.stats.snapshots).toBe(2);
    expect(eth.stats).toMatchObject({ resyncs: 0, snapshots: 1 });
    expect(xbt.bids(10_000).find((l) => l.price === "1500")?.qty).toBe("0.1");
    await rest.cancelAllOrders();
    await fws.close();
  });

  it("a crossed book resyncs; a duplicate seq is refused like a gap", async () => {
    const fws = fwsClient(sim);
    const book = await fws.book({ product_id: "PF_XBTUSD" });
    const reasons: string[] = [];
    book.on("resync", (e) => reasons.push(e.reason));
    sim.faults.futuresWs.corruptBooks(1, "PF_XBTUSD");
    await until(() => reasons.length === 1 && book.synced);
    expect(reasons).toEqual(["crossed"]);
    const seq = book.seq as number;
    expect(
      book.applyFeed({
        feed: "book",
        product_id: "PF_XBTUSD",
        side: "buy",
        seq,
        price: "1",
        qty: "1",
        timestamp: 0,
      }),
    ).toBe(false);
    expect(reasons.at(-1)).toBe("sequence-gap");
    await until(() => book.synced);
    await fws.close();
  });
});
