// Books as async iterables against the simulator over loopback: `watchBook` (the loop owns and closes
// the book), `bookUpdates` over a held book (the loop only detaches), coalescing, resync, abort, close.
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { bookUpdates } from "../../src/book/book-updates.js";
import { decodeBookMessage } from "../../src/book/decode.js";
import { OrderBook } from "../../src/book/order-book.js";
import type { BookFrame } from "../../src/book/types.js";
import { KrakenBookError } from "../../src/errors/book.js";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { watchBook, watchLevel3 } from "../../src/ws/books/book-watch.js";
import { KrakenWs } from "../../src/ws/index.js";
import { bookFrame, MATIC_ASKS, MATIC_BIDS } from "./vectors.js";

let sim: KrakenSimulator | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await sim?.close();
  ws = undefined;
  sim = undefined;
});

/** A simulator animating BTC/USD only; `rate` actions per second when given, else driven by step(). */
async function setup(rate?: number): Promise<{ sim: KrakenSimulator; ws: KrakenWs }> {
  sim = await startKrakenSimulator({
    market: { autoStart: rate !== undefined, ratePerSecond: rate, seed: 5, pairs: ["BTC/USD"] },
  });
  ws = new KrakenWs({
    url: sim.wsUrl,
    l3Url: sim.wsL3Url,
    getToken: async () => (sim as KrakenSimulator).exchange.tokens.issue("demo", "test-key").token,
    reconnect: { minDelayMs: 10, maxDelayMs: 50 },
  });
  return { sim, ws };
}

function decode(text: string): BookFrame {
  const m = decodeBookMessage(text);
  if (m instanceof Error || m.channel !== "book") throw new Error("bad frame");
  return m;
}

/** Whether the client sent Kraken an `unsubscribe` for `channel`. */
const unsubscribed = (s: KrakenSimulator, channel: string) =>
  s.recorder.frames
    .map((f) => JSON.parse(f.text) as { method?: string; params?: { channel?: string } })
    .some((m) => m.method === "unsubscribe" && m.params?.channel === channel);

describe("books as async iterables", () => {
  it("stops after 5 states with `break`: every state synced and verified, the loop closes the book", async () => {
    const { sim, ws } = await setup(200);
    const seen: Array<{ updates: number; verified: number; bid: string | undefined }> = [];
    let last: Awaited<ReturnType<KrakenWs["book"]>> | undefined;
    for await (const book of watchBook(ws, { symbol: "BTC/USD", depth: 10 })) {
      expect(book.synced).toBe(true);
      expect(book.stats.mismatches).toBe(0);
      seen.push({ updates: book.stats.updates, verified: book.stats.verified, bid: book.bestBid()?.price });
      last = book;
      if (seen.length === 5) break;
    }
    expect(seen).toHaveLength(5);
    for (let i = 1; i < 5; i++) {
      expect(seen[i]?.updates).toBeGreaterThan(seen[i - 1]?.updates as number);
      expect(seen[i]?.verified).toBeGreaterThan(seen[i - 1]?.verified as number);
    }
    expect(seen.every((s) => /^\d+\.\d+$/.test(s.bid ?? ""))).toBe(true); // exact strings
    expect(last?.closed).toBe(true);
    await expect.poll(() => unsubscribed(sim, "book")).toBe(true); // on the wire too
    await expect.poll(() => ws.diagnostics.wireSubscriptions).toBe(0);
  });

  it("coalesces updates for a slow loop (latest state, nothing queued) and never yields a stale state", async () => {
    const { sim, ws } = await setup();
    const jumps: number[] = [];
    let previous = 0;
    for await (const book of watchBook(ws, { symbol: "BTC/USD", depth: 10 })) {
      jumps.push(book.stats.updates - previous);
      previous = book.stats.updates;
      if (jumps.length === 4) break;
      for (let i = 0; i < 30; i++) {
        sim.market?.step(); // one frame per action: 30 frames arrive while this body sleeps
        await Promise.resolve();
      }
      await sleep(100);
    }
    // one yield per wake-up: each later state carries many updates applied since the previous one
    expect(jumps.slice(1).every((n) => n > 1)).toBe(true);
    expect(jumps.slice(1).reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * 5);
  });

  it("leaving a loop over a held book only detaches it: the book stays open for the next loop", async () => {
    const { sim, ws } = await setup(200);
    const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
    let n = 0;
    for await (const b of bookUpdates(book)) {
      expect(b).toBe(book);
      if (++n === 2) break;
    }
    expect(book.closed).toBe(false);
    const before = book.stats.updates;
    for await (const b of bookUpdates(book)) if (b.stats.updates > before) break;
    expect(book.stats.updates).toBeGreaterThan(before);
    expect(unsubscribed(sim, "book")).toBe(false);
    await book.close();
    expect(book.closed).toBe(true);
    // a loop started on a closed book ends at once
    for await (const _ of bookUpdates(book)) throw new Error("a closed book yielded");
  });

  it("close() ends a waiting loop cleanly; so does a failure that ends the book (reported on `error`)", async () => {
    const { ws } = await setup(); // no market activity: the loop waits after the first state
    const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
    const states: number[] = [];
    const loop = (async () => {
      for await (const b of bookUpdates(book)) {
        states.push(b.stats.snapshots);
        void book.close(); // from elsewhere, while the loop waits for the next state
      }
      return "ended";
    })();
    await expect(loop).resolves.toBe("ended");
    expect(states).toEqual([1]);

    const other = await ws.book({ symbol: "ETH/USD", depth: 10 });
    const errors: unknown[] = [];
    other.on("error", (e) => errors.push(e));
    for await (const _ of bookUpdates(other)) void ws.close(); // the client closes: retrying cannot help
    expect(errors.some((e) => e instanceof KrakenBookError)).toBe(true); // reported, then the loop ended
    expect(other.closed).toBe(true);
  });

  it("the options' signal ends the owning loop with its reason and closes the book", async () => {
    const { sim, ws } = await setup(200);
    const ac = new AbortController();
    const reason = new Error("enough");
    let n = 0;
    let held: { closed: boolean } | undefined;
    const run = async () => {
      for await (const book of watchBook(ws, { symbol: "BTC/USD", depth: 10, signal: ac.signal })) {
        held = book;
        if (++n === 3) ac.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
    expect(n).toBe(3);
    expect(held?.closed).toBe(true);
    await expect.poll(() => unsubscribed(sim, "book")).toBe(true);
  });

  it("after a reconnect the loop yields only the rebuilt book, never the cleared one", async () => {
    const { sim, ws } = await setup(200);
    let dropped = false;
    for await (const book of watchBook(ws, { symbol: "BTC/USD", depth: 10 })) {
      expect(book.synced).toBe(true);
      expect(book.size.bids).toBeGreaterThan(0);
      if (!dropped) {
        sim.faults.ws.close({ code: 1006 });
        dropped = true;
      } else if (book.stats.resyncs > 0 && book.stats.updates > 0) break;
    }
  });

  it("level3: the owning loop yields the order-by-order book and closes it", async () => {
    const { sim, ws } = await setup(200);
    let n = 0;
    let held: { closed: boolean } | undefined;
    for await (const l3 of watchLevel3(ws, { symbol: "BTC/USD", depth: 10 })) {
      expect(l3.synced).toBe(true);
      expect(l3.bids(1)[0]?.orders.length).toBeGreaterThan(0);
      held = l3;
      if (++n === 3) break;
    }
    expect(held?.closed).toBe(true);
    await expect.poll(() => unsubscribed(sim, "level3")).toBe(true);
  });

  it("a plain OrderBook fed by hand iterates too: one state per batch, none while unsynced", async () => {
    const book = new OrderBook({ symbol: "MATIC/USD", depth: 10, pricePrecision: 4, qtyPrecision: 8 });
    const it = bookUpdates(book);
    const first = it.next();
    book.apply(decode(bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997)));
    expect((await first).value).toBe(book);
    book.apply(decode(bookFrame("update", "MATIC/USD", [["0.5657", "1098.3947558"]], [], 2114181697)));
    book.reset("reconnect"); // cleared after the update: that state must not be yielded
    let settled = false;
    const next = it.next().then((r) => {
      settled = true;
      return r;
    });
    await sleep(10);
    expect(settled).toBe(false);
    book.apply(decode(bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997)));
    expect((await next).value).toBe(book);
    await it.return(undefined);
  });
});
