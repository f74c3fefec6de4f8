// KrakenFuturesWs public feeds over loopback against the simulator's v1 endpoint: acks, snapshots then
// updates, exact numbers, the live book in seq order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenSubscribeError, KrakenValidationError } from "../../src/index.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { futuresClient } from "../futures/helpers.js";
import { fwsClient, next, startFuturesSim, until } from "./helpers.js";

let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startFuturesSim();
});
afterAll(() => sim.close());

describe("public feeds", () => {
  it("ticker: resolves on the ack, then yields typed messages with exact decimal strings", async () => {
    const fws = fwsClient(sim);
    const sub = await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] });
    const t = await next(sub);
    expect(t.feed).toBe("ticker");
    expect(t.product_id).toBe("PF_XBTUSD");
    expect(typeof t.markPrice).toBe("string");
    expect(t.markPrice).toBe(sim.futures.markPrice("PF_XBTUSD"));
    expect(typeof t.bid).toBe("string");
    expect(typeof t.time).toBe("number");
    await fws.close();
  });

  it("ticker_lite and heartbeat", async () => {
    const fws = fwsClient(sim);
    const lite = await fws.subscribe({ feed: "ticker_lite", product_ids: ["PF_ETHUSD"] });
    const l = await next(lite);
    expect(l.feed).toBe("ticker_lite");
    expect(typeof l.bid).toBe("string");
    const hb = await fws.subscribe({ feed: "heartbeat" });
    const h = await next(hb, () => true, 8000);
    expect(h.feed).toBe("heartbeat");
    expect(typeof h.time).toBe("number");
    await fws.close();
  }, 15_000);

  it("trade: trade_snapshot first, then each new trade after a REST order", async () => {
    const fws = fwsClient(sim);
    const sub = await fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] });
    const snap = await next(sub);
    expect(snap.feed).toBe("trade_snapshot");
    const live = next(sub, (m) => m.feed === "trade");
    await futuresClient(sim).sendOrder({ orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "0.01" });
    const t = await live;
    if (t.feed !== "trade") throw new Error("expected a trade");
    expect(t.side).toBe("buy");
    expect(t.qty).toBe("0.01");
    expect(typeof t.price).toBe("string");
    expect(typeof t.seq).toBe("number");
    await fws.close();
  });

  it("refuses unknown products with KrakenSubscribeError, bad params with KrakenValidationError", async () => {
    const fws = fwsClient(sim);
    await expect(fws.subscribe({ feed: "book", product_ids: ["PF_NOPE"] })).rejects.toBeInstanceOf(
      KrakenSubscribeError,
    );
    await expect(fws.subscribe({ feed: "ticker", product_ids: [] })).rejects.toBeInstanceOf(
      KrakenValidationError,
    );
    // the client still works after a refusal
    const sub = await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] });
    expect((await next(sub)).feed).toBe("ticker");
    await fws.close();
  });

  it("book feed: book_snapshot with seq, then book updates numbered seq+1, seq+2 ...", async () => {
    const fws = fwsClient(sim);
    const sub = await fws.subscribe({ feed: "book", product_ids: ["PF_XBTUSD"] });
    const snap = await next(sub);
    if (snap.feed !== "book_snapshot") throw new Error("expected the snapshot first");
    expect(snap.bids.length).toBeGreaterThan(0);
    expect(typeof snap.bids[0]?.price).toBe("string");
    await futuresClient(sim).sendOrder({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.5",
      limitPrice: "1000",
    });
    const u1 = await next(sub);
    if (u1.feed !== "book") throw new Error("expected an update");
    expect(u1.seq).toBe(snap.seq + 1);
    expect(u1.price).toBe("1000");
    expect(u1.qty).toBe("0.5");
    await futuresClient(sim).cancelAllOrders();
    const u2 = await next(sub);
    if (u2.feed !== "book") throw new Error("expected an update");
    expect([u2.seq, u2.qty]).toEqual([snap.seq + 2, "0"]);
    await fws.close();
  });
});

describe("live book", () => {
  it("a second book (and a book subscription) of a product already on the wire get their own snapshot", async () => {
    const fws = fwsClient(sim);
    const first = await fws.book({ product_id: "PF_ETHUSD" });
    const second = await fws.book({ product_id: "PF_ETHUSD" });
    expect(second.synced).toBe(true);
    expect(second.bestBid()).toEqual(first.bestBid());
    const sub = await fws.subscribe({ feed: "book", product_ids: ["PF_ETHUSD"] });
    expect((await next(sub)).feed).toBe("book_snapshot");
    expect(fws.diagnostics.wires).toBe(1);
    await first.close();
    await second.close();
    await fws.close();
  });

  it("mirrors the venue's book exactly and applies updates in seq order", async () => {
    const fws = fwsClient(sim);
    const book = await fws.book({ product_id: "PF_XBTUSD" });
    expect(book.synced).toBe(true);
    const venueBid = sim.futures.books.get("PF_XBTUSD")?.aggregated("buy", 1)[0];
    expect(book.bestBid()?.price).toBe(venueBid?.[0]);
    const f = futuresClient(sim);
    await f.sendOrder({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1234",
      limitPrice: "1234.5",
    });
    await until(() => book.bids(10_000).some((l) => l.price === "1234.5"));
    const level = book.bids(10_000).find((l) => l.price === "1234.5");
    expect(level?.qty).toBe(sim.futures.books.get("PF_XBTUSD")?.levelQty("buy", "1234.5"));
    expect(book.stats.resyncs).toBe(0);
    await f.cancelAllOrders();
    await until(() => !book.bids(10_000).some((l) => l.price === "1234.5"));
    await book.close();
    await fws.close();
  });
});

describe("abort signals", () => {
  it("an aborted subscription ends and releases its wire; an aborted book closes", async () => {
    const fws = fwsClient(sim);
    const ac = new AbortController();
    const sub = await fws.subscribe({ feed: "ticker", product_ids: ["PF_ETHUSD"] }, { signal: ac.signal });
    const book = await fws.book({ product_id: "PF_XBTUSD", signal: ac.signal });
    expect(fws.diagnostics.wires).toBe(2);
    ac.abort();
    await until(() => sub.ended && fws.diagnostics.wires === 0);
    await expect(
      fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] }, { signal: AbortSignal.abort() }),
    ).rejects.toThrow();
    expect(book.synced).toBe(true); // the last state stays readable
    await fws.close();
  });
});
