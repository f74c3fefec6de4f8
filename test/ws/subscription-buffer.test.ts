// The consumer-side buffer of a Subscription, without sockets.
import { describe, expect, it } from "vitest";
import { KrakenWsOverflowError } from "../../src/errors/ws.js";
import { Subscription } from "../../src/ws/subscriptions/subscription.js";
import { take } from "./helpers/client.js";

const owner = { released: 0, release: async () => void owner.released++, listenerError: () => {} };

describe("Subscription buffer", () => {
  it("drop-oldest keeps the newest messages however many arrive unread", async () => {
    const sub = new Subscription<number>("ticker", ["BTC/USD"], owner, 3, "drop-oldest");
    for (let i = 1; i <= 10_000; i++) sub.push(i);
    expect(sub.buffered).toBe(3);
    expect(sub.dropped).toBe(9_997);
    expect(await take(sub, 3)).toEqual([9_998, 9_999, 10_000]);
  });

  it("drop-newest keeps the oldest; error ends after the buffered messages and releases the wire", async () => {
    const newest = new Subscription<number>("ticker", [], owner, 2, "drop-newest");
    for (let i = 1; i <= 5; i++) newest.push(i);
    expect(await take(newest, 2)).toEqual([1, 2]);
    const before = owner.released;
    const strict = new Subscription<number>("executions", [], owner, 2, "error");
    for (let i = 1; i <= 3; i++) strict.push(i);
    expect(owner.released).toBe(before + 1);
    const it2 = strict[Symbol.asyncIterator]();
    expect((await it2.next()).value).toBe(1);
    expect((await it2.next()).value).toBe(2);
    await expect(it2.next()).rejects.toBeInstanceOf(KrakenWsOverflowError);
    expect(await it2.next()).toEqual({ value: undefined, done: true });
  });

  it("a callback-only consumer does not fill the buffer; a waiting iterator gets messages directly", async () => {
    const cb = new Subscription<number>("trade", [], owner, 2, "error");
    const seen: number[] = [];
    cb.on("message", (m) => seen.push(m));
    for (let i = 0; i < 100; i++) cb.push(i);
    expect(seen).toHaveLength(100);
    expect(cb.buffered).toBe(0);
    expect(cb.ended).toBe(false);

    const direct = new Subscription<number>("trade", [], owner, 1, "error");
    const pending = take(direct, 1);
    direct.push(42);
    expect(await pending).toEqual([42]);
    expect(direct.buffered).toBe(0);
  });

  it("ends iteration on unsubscribe and on finish(error)", async () => {
    const a = new Subscription<number>("trade", [], owner, 10, "drop-oldest");
    const waiting = a[Symbol.asyncIterator]().next();
    await a.unsubscribe();
    expect(await waiting).toEqual({ value: undefined, done: true });
    const b = new Subscription<number>("trade", [], owner, 10, "drop-oldest");
    const failing = b[Symbol.asyncIterator]().next();
    b.finish(new Error("gone"));
    await expect(failing).rejects.toThrow("gone");
  });
});
