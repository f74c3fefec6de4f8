// withDeadline: the shared "settle, time out, or abort" race used by the WS connect wait and live books.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withDeadline } from "../../src/util/abort.js";

describe("withDeadline", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("settles like the promise when it settles first, and leaves no timer behind", async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, () => new Error("late"))).resolves.toBe(7);
    await expect(
      withDeadline(Promise.reject(new Error("no")), 1000, () => new Error("late")),
    ).rejects.toThrow("no");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with onTimeout() once the time has passed", async () => {
    const p = withDeadline(new Promise(() => {}), 500, () => new Error("too slow"));
    const seen = expect(p).rejects.toThrow("too slow");
    await vi.advanceTimersByTimeAsync(500);
    await seen;
  });

  it("rejects with the signal's reason on abort, and at once when already aborted", async () => {
    const c = new AbortController();
    const p = withDeadline(new Promise(() => {}), 10_000, () => new Error("late"), c.signal);
    c.abort(new Error("stop"));
    await expect(p).rejects.toThrow("stop");
    expect(vi.getTimerCount()).toBe(0);
    const done = AbortSignal.abort(new Error("already"));
    await expect(withDeadline(new Promise(() => {}), 10_000, () => new Error("late"), done)).rejects.toThrow(
      "already",
    );
  });

  it("removes its abort listener once settled", async () => {
    const c = new AbortController();
    const remove = vi.spyOn(c.signal, "removeEventListener");
    await withDeadline(Promise.resolve(1), 1000, () => new Error("late"), c.signal);
    expect(remove).toHaveBeenCalledWith("abort", expect.any(Function));
  });
});
