import { describe, expect, it, vi } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import { KrakenBookError } from "../../src/errors/book.js";
import { KrakenSubscribeError, KrakenWsConnectionError, KrakenWsFrameError } from "../../src/errors/ws.js";
import { Emitter } from "../../src/util/emitter.js";
import { openBook, wireBookDepth } from "../../src/ws/books/book-sync.js";
import type { KrakenWsEvents } from "../../src/ws/subscriptions/events.js";
import { Subscription } from "../../src/ws/subscriptions/subscription.js";
import { bookFrame, MATIC_ASKS, MATIC_BIDS } from "./vectors.js";

/** A stand-in for KrakenWs with the surface book-sync uses: subscribe (with acks) and events. */
class FakeWs {
  readonly log: string[] = [];
  readonly listenerErrors: unknown[] = [];
  readonly listenerError = (e: unknown) => this.listenerErrors.push(e);
  readonly events = new Emitter<KrakenWsEvents>(this.listenerError);
  readonly live = new Map<string, Subscription<unknown>>();
  /** When set, subscribe rejects with it. */
  refuse: Error | undefined;

  async subscribe(
    params: { channel: string; symbol?: readonly string[]; depth?: number },
    options: { signal?: AbortSignal } = {},
  ) {
    const key = `${params.channel}|${params.symbol?.join() ?? ""}`;
    this.log.push(`subscribe ${key}${params.depth ? `@${params.depth}` : ""}`);
    if (this.refuse) throw this.refuse;
    const sub = new Subscription<unknown>(
      params.channel,
      [...(params.symbol ?? [])],
      {
        release: async () => {
          this.log.push(`unsubscribe ${key}`);
          if (this.live.get(key) === sub) this.live.delete(key);
        },
        listenerError: () => {},
      },
      1024,
      "drop-oldest",
      options.signal,
    );
    this.live.set(key, sub);
    return sub;
  }

  on<K extends keyof KrakenWsEvents>(event: K, fn: (p: KrakenWsEvents[K]) => void): () => void {
    return this.events.on(event, fn);
  }

  push(key: string, msg: unknown): void {
    const sub = this.live.get(key);
    if (!sub) throw new Error(`not subscribed: ${key}`);
    sub.push(msg);
  }

  pushText(key: string, text: string): void {
    const m = decodeBookMessage(text);
    if (m instanceof Error) throw m;
    this.push(key, m);
  }

  instrument(type: "snapshot" | "update", pairs: Array<[string, number, number]>): void {
    this.push("instrument|", {
      channel: "instrument",
      type,
      data: {
        assets: [],
        pairs: pairs.map(([symbol, pp, qp]) => ({ symbol, price_precision: pp, qty_precision: qp })),
      },
    });
  }
}

const host = (f: FakeWs) => f as unknown as Parameters<typeof openBook>[0];
const tick = () => new Promise((r) => setTimeout(r, 0));
const MATIC = "book|MATIC/USD";
const snapshot = () => bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997);
const goodUpdate = () => bookFrame("update", "MATIC/USD", [["0.5657", "1098.3947558"]], [], 2114181697);

async function openMatic(f: FakeWs, extra: Record<string, unknown> = {}) {
  const pending = openBook(host(f), { symbol: "MATIC/USD", depth: 10, ...extra });
  await tick();
  if (!("pricePrecision" in extra))
    f.instrument("snapshot", [
      ["MATIC/USD", 4, 8],
      ["BTC/USD", 1, 8],
    ]);
  await tick();
  f.pushText(MATIC, snapshot());
  return pending;
}

describe("book-sync with a scripted client", () => {
  it("subscribes instrument first, then the book with headroom; resolves on the verified snapshot", async () => {
    const f = new FakeWs();
    const book = await openMatic(f);
    expect(f.log).toEqual(["subscribe instrument|", "subscribe book|MATIC/USD@25"]);
    expect([book.pricePrecision, book.qtyPrecision, book.synced]).toEqual([4, 8, true]);
    f.pushText(MATIC, goodUpdate());
    await tick();
    expect(book.stats).toMatchObject({ updates: 1, verified: 2 });
    await book.close();
    expect(f.log.slice(2).sort()).toEqual(["unsubscribe book|MATIC/USD", "unsubscribe instrument|"]);
  });

  it("headroom table", () => {
    expect([1, 5, 10, 25, 50, 100, 250, 500, 1000].map((d) => wireBookDepth(d))).toEqual([
      10, 10, 25, 100, 100, 500, 500, 1000, 1000,
    ]);
    expect(wireBookDepth(10, false)).toBe(10);
  });

  it.each([
    ["checksum-mismatch", bookFrame("update", "MATIC/USD", [["0.5657", "1"]], [], 1)],
    ["missing-checksum", bookFrame("update", "MATIC/USD", [["0.5657", "1"]], [])],
    ["crossed", bookFrame("update", "MATIC/USD", [["0.5670", "1"]], [], 0)],
  ])(
    "%s: unsubscribes and resubscribes that symbol, drops updates until the new snapshot",
    async (reason, bad) => {
      const f = new FakeWs();
      const book = await openMatic(f, { checksum: reason === "crossed" ? "off" : "every" });
      const reasons: string[] = [];
      book.on("resync", (e) => reasons.push(e.reason));
      f.log.length = 0;
      f.pushText(MATIC, bad);
      await tick();
      await tick();
      expect(reasons).toEqual([reason]);
      expect(f.log).toEqual(["unsubscribe book|MATIC/USD", "subscribe book|MATIC/USD@25"]);
      f.pushText(MATIC, goodUpdate()); // an update before the snapshot is dropped
      f.pushText(MATIC, snapshot());
      await tick();
      expect(book.synced).toBe(true);
      expect(book.stats).toMatchObject({ dropped: 1, resyncs: 1, snapshots: 2 });
      await book.close();
    },
  );

  it("a malformed frame of this symbol resyncs it", async () => {
    const f = new FakeWs();
    const book = await openMatic(f);
    const errors: unknown[] = [];
    book.on("error", (e) => errors.push(e));
    f.log.length = 0;
    f.live.get(MATIC)?.emit("error", new KrakenWsFrameError("book: bad qty", "{}", "public"));
    await tick();
    await tick();
    expect(errors[0]).toBeInstanceOf(KrakenBookError);
    expect(f.log).toEqual(["unsubscribe book|MATIC/USD", "subscribe book|MATIC/USD@25"]);
    expect(book.synced).toBe(false);
    await book.close();
  });

  it("a precision change on the instrument channel resyncs the book with the new precision", async () => {
    const f = new FakeWs();
    const book = await openMatic(f);
    const reasons: string[] = [];
    book.on("resync", (e) => reasons.push(e.reason));
    f.instrument("update", [["BTC/USD", 1, 8]]); // other pair: nothing happens
    f.instrument("update", [["MATIC/USD", 5, 8]]);
    await tick();
    await tick();
    expect(reasons).toEqual(["precision-change"]);
    expect(book.pricePrecision).toBe(5);
    expect(f.log.slice(-2)).toEqual(["unsubscribe book|MATIC/USD", "subscribe book|MATIC/USD@25"]);
    await book.close();
  });

  it("a disconnect of its own connection discards the book; other connections do not", async () => {
    const f = new FakeWs();
    const book = await openMatic(f);
    f.events.emit("disconnected", { connection: "auth", code: 1006, reason: "", willReconnect: true });
    expect(book.synced).toBe(true);
    f.events.emit("disconnected", { connection: "public", code: 1006, reason: "", willReconnect: true });
    expect(book.synced).toBe(false);
    expect(book.bids()).toEqual([]);
    f.pushText(MATIC, goodUpdate()); // a stale update is never merged
    f.pushText(MATIC, snapshot()); // the replayed subscription's snapshot rebuilds it
    await tick();
    expect(book.synced).toBe(true);
    expect(book.stats).toMatchObject({ dropped: 1, resyncs: 1, snapshots: 2 });
    expect(f.log.filter((l) => l.startsWith("subscribe book"))).toHaveLength(1); // the client replays, not us
    await book.close();
  });

  it("no snapshot in time rejects with book_snapshot_timeout and unsubscribes; abort rejects too", async () => {
    const f = new FakeWs();
    const p = openBook(host(f), { symbol: "MATIC/USD", pricePrecision: 4, qtyPrecision: 8, timeoutMs: 30 });
    await expect(p).rejects.toMatchObject({ code: "book_snapshot_timeout", symbol: "MATIC/USD" });
    await tick();
    expect(f.live.size).toBe(0);
    const ac = new AbortController();
    const q = openBook(host(f), {
      symbol: "MATIC/USD",
      pricePrecision: 4,
      qtyPrecision: 8,
      signal: ac.signal,
    });
    await tick();
    ac.abort(new Error("stop"));
    await expect(q).rejects.toThrow("stop");
    await tick();
    expect(f.live.size).toBe(0);
  });

  it("stops for good when the client is closed (a non-retryable error), without a retry loop", async () => {
    const f = new FakeWs();
    const book = await openMatic(f);
    const errors: unknown[] = [];
    book.on("error", (e) => errors.push(e));
    f.refuse = new KrakenWsConnectionError("client is closed", { connection: "public", retryable: false });
    f.live.get(MATIC)?.finish(); // the client ended every subscription
    for (let i = 0; i < 5; i++) await tick();
    expect(f.log.filter((l) => l === "subscribe book|MATIC/USD@25")).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(book.synced).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(f.log.filter((l) => l === "subscribe book|MATIC/USD@25")).toHaveLength(2);
    await book.close(); // harmless after termination
  });

  it("a transient refusal is retried on the resync backoff (fake timers); the book syncs again", async () => {
    const f = new FakeWs();
    const book = await openMatic(f, {
      resync: { budget: 5, windowMs: 60_000, minDelayMs: 1000, maxDelayMs: 1000 },
    });
    const count = () => f.log.filter((l) => l === "subscribe book|MATIC/USD@25").length;
    vi.useFakeTimers();
    try {
      f.refuse = new KrakenSubscribeError("book", [{ symbol: "MATIC/USD", error: "EService:Unavailable" }]);
      f.live.get(MATIC)?.finish(); // the wire subscription ended: resync
      await vi.advanceTimersByTimeAsync(0);
      expect(count()).toBe(2); // the first resync of a window is immediate, and refused
      await vi.advanceTimersByTimeAsync(999);
      expect(count()).toBe(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(count()).toBe(3); // refused again, after the backoff
      f.refuse = undefined;
      await vi.advanceTimersByTimeAsync(1000);
      expect(count()).toBe(4);
      f.pushText(MATIC, snapshot());
      await vi.advanceTimersByTimeAsync(0);
      expect(book.synced).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    await book.close();
  });

  it("validates options", async () => {
    const f = new FakeWs();
    await expect(openBook(host(f), { symbol: "X/Y", depth: 2000 })).rejects.toMatchObject({
      code: "validation",
    });
    await expect(openBook(host(f), { symbol: "X/Y", pricePrecision: 2 })).rejects.toMatchObject({
      code: "validation",
    });
    await expect(openBook(host(f), { symbol: "" })).rejects.toMatchObject({ code: "validation" });
  });
});
