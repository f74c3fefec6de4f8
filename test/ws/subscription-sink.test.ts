// A Subscription's sink (how a live book consumes): the messages buffered before the handover come
// first, in order, each exactly once, and every later message goes straight to the callback.
import { describe, expect, it } from "vitest";
import { Subscription } from "../../src/ws/subscriptions/subscription.js";

const owner = { release: async () => {}, listenerError: () => {} };

describe("Subscription sink", () => {
  it("hands over the buffered messages in order, then each new one, exactly once", () => {
    const sub = new Subscription<number>("book", ["BTC/USD"], owner, 1024, "drop-oldest");
    for (let i = 1; i <= 5; i++) sub.push(i);
    const seen: number[] = [];
    sub.sink((n) => seen.push(n));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(sub.buffered).toBe(0);
    for (let i = 6; i <= 8; i++) sub.push(i);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sub.buffered).toBe(0);
    expect(sub.received).toBe(8);
  });

  it("a message pushed while the buffer is handed over comes after the buffered ones", () => {
    const sub = new Subscription<number>("book", ["BTC/USD"], owner, 1024, "drop-oldest");
    sub.push(1);
    sub.push(2);
    const seen: number[] = [];
    sub.sink((n) => {
      seen.push(n);
      if (n === 1) sub.push(3); // e.g. a listener that makes the router deliver synchronously
    });
    sub.push(4);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it("stops handing over once the subscription ended, and delivers nothing after it", async () => {
    const sub = new Subscription<number>("book", ["BTC/USD"], owner, 1024, "drop-oldest");
    for (let i = 1; i <= 3; i++) sub.push(i);
    const seen: number[] = [];
    sub.sink((n) => {
      seen.push(n);
      if (n === 2) void sub.unsubscribe();
    });
    sub.push(4);
    expect(seen).toEqual([1, 2]);
    expect(sub.ended).toBe(true);
  });

  it("with nothing buffered, the first message pushed reaches the callback", () => {
    const sub = new Subscription<string>("book", ["BTC/USD"], owner, 1024, "drop-oldest");
    const seen: string[] = [];
    sub.sink((m) => seen.push(m));
    sub.push("snapshot");
    expect(seen).toEqual(["snapshot"]);
  });
});
