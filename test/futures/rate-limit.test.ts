// Derivatives rate limits: the /derivatives budget (500 per 10 s) and the /history pool (100 tokens,
// 100 per 10 min) at Kraken's costs, against the simulator enforcing the same budgets, on a virtual clock.
import { describe, expect, it } from "vitest";
import { futuresOperations } from "../../generated/futures/index.js";
import { costOf } from "../../src/futures/encode.js";
import { KrakenAbortError, type KrakenFuturesApiError, KrakenRateLimitError } from "../../src/index.js";
import { DEMO_FUTURES_KEY, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { virtualClock } from "../rest/helpers/virtual-clock.js";
import { futuresClient } from "./helpers.js";

/** A simulator enforcing Kraken's budgets on the client's virtual clock, for a key of its own. */
async function setup(key: string) {
  const clock = virtualClock(Date.UTC(2026, 11, 7, 3));
  const sim = await startKrakenSimulator({
    market: false,
    exchange: { clock: { now: clock.now, setTimeout: () => 0, clearTimeout: () => {} } },
    futures: { keys: [{ ...DEMO_FUTURES_KEY, key }] },
  });
  const client = (options = {}) => futuresClient(sim, { apiKey: key, clock, rateLimit: {}, ...options });
  return { sim, clock, client };
}

const requestsSeen = (sim: KrakenSimulator) => sim.recorder.requests.length; // every request the venue saw; compared with the calls made

describe("costs from the table and Kraken's rules", () => {
  it("batchorder 9 + batch size, fills 2 or 25 with lastFillTime, account-log by count, history and CSV", () => {
    const row = futuresOperations;
    const batch = { json: { batchOrder: [{ order: "cancel" }, { order: "cancel" }, { order: "cancel" }] } };
    expect(costOf(row.sendBatchOrder, batch)).toBe(12);
    expect(costOf(row.sendBatchOrder, { json: JSON.stringify(batch.json) })).toBe(12);
    expect(costOf(row.getFills, {})).toBe(2);
    expect(costOf(row.getFills, { lastFillTime: "2026-12-07T00:00:00Z" })).toBe(25);
    expect(costOf(row.accountLog, {})).toBe(3); // default count 500
    expect(costOf(row.accountLog, { count: 25 })).toBe(1);
    expect(costOf(row.accountLog, { count: 50 })).toBe(2);
    expect(costOf(row.accountLog, { count: 100_000 })).toBe(10);
    expect(costOf(row.accountLogCsv, {})).toBe(6);
    expect(costOf(row.getOrderEvents, {})).toBe(1);
    expect(costOf(row.sendOrder, {})).toBe(10);
    expect(costOf(row.cancelAllOrders, {})).toBe(25);
    expect(costOf(row.getTickers, {})).toBe(0);
  });
});

describe("waiting for the budget", () => {
  it("/derivatives: 300 openorders calls (cost 2 each, 600 units) never hit apiLimitExceeded and take the model's minimum", async () => {
    const { sim, clock, client } = await setup("rl-derivatives");
    try {
      const f = client({ retry: false });
      const t0 = clock.elapsed();
      await Promise.all(Array.from({ length: 300 }, () => f.getOpenOrders()));
      const elapsed = clock.elapsed() - t0;
      expect(requestsSeen(sim)).toBe(300); // one request each: nothing was refused and resent
      const minimum = ((600 - 500) / 50) * 1000; // 500 at once, then 50 units per second
      expect(elapsed).toBeGreaterThanOrEqual(minimum);
      expect(elapsed).toBeLessThan(minimum * 1.05);
    } finally {
      await sim.close();
    }
  });

  it("/history: 110 order-history calls drain the 100-token pool, then wait for its refill (100 per 10 min)", async () => {
    const { sim, clock, client } = await setup("rl-history");
    try {
      const f = client({ retry: false });
      const t0 = clock.elapsed();
      await Promise.all(Array.from({ length: 110 }, () => f.getOrderEvents()));
      const elapsed = clock.elapsed() - t0;
      const minimum = 10 * 6_000; // 10 tokens at one per 6 s
      expect(elapsed).toBeGreaterThanOrEqual(minimum);
      expect(elapsed).toBeLessThan(minimum * 1.05);
      // the history pool is separate: a /derivatives call does not wait
      const t1 = clock.elapsed();
      await f.getOpenOrders();
      expect(clock.elapsed() - t1).toBe(0);
    } finally {
      await sim.close();
    }
  });

  it("a wait is cancelled by the caller's signal without sending", async () => {
    const { sim, client } = await setup("rl-abort");
    try {
      const f = client({ retry: false });
      await Promise.all(
        Array.from({ length: 50 }, () =>
          f
            .sendOrder({
              orderType: "lmt",
              symbol: "PF_XBTUSD",
              side: "buy",
              size: "0.0001",
              limitPrice: "1000",
            })
            .catch(() => {}),
        ),
      );
      const seen = sim.recorder.requests.length;
      const ac = new AbortController();
      const p = f.getOpenOrders(undefined, { signal: ac.signal });
      ac.abort();
      const e = await p.catch((x: unknown) => x);
      expect(e).toBeInstanceOf(KrakenAbortError);
      expect((e as KrakenAbortError).reachedKraken).toBe("no");
      expect(sim.recorder.requests.length).toBe(seen);
    } finally {
      await sim.close();
    }
  });
});

describe("reject mode and Kraken's apiLimitExceeded", () => {
  it('mode "reject" throws KrakenRateLimitError at once, with the wait, and sends nothing', async () => {
    const { sim, client } = await setup("rl-reject");
    try {
      const f = client({ retry: false, rateLimit: { mode: "reject" } });
      for (let i = 0; i < 100; i++) await f.getOrderEvents(); // the whole /history pool
      const seen = sim.recorder.requests.length;
      const e = await f.getOrderEvents().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(KrakenRateLimitError);
      expect((e as KrakenRateLimitError).retryAfterMs).toBeGreaterThan(5_000);
      expect((e as KrakenRateLimitError).reachedKraken).toBe("no");
      expect(sim.recorder.requests.length).toBe(seen);
    } finally {
      await sim.close();
    }
  });

  it("after apiLimitExceeded the local budget snaps to its cap: the next call waits for the refill", async () => {
    const { sim, clock, client } = await setup("rl-snap");
    try {
      const f = client({ retry: false });
      sim.faults.futures.rateLimit({ operation: "getAccounts", times: 1 });
      const e = await f.getAccounts().catch((x: unknown) => x);
      expect((e as KrakenFuturesApiError).krakenCode).toBe("apiLimitExceeded");
      expect((e as KrakenFuturesApiError).category).toBe("rate-limit");
      const t0 = clock.elapsed();
      await f.getAccounts(); // cost 2 at 50 per second: 40 ms
      expect(clock.elapsed() - t0).toBeGreaterThanOrEqual(40);
      const r = client({ retry: false, rateLimit: { mode: "reject" } });
      sim.faults.futures.rateLimit({ operation: "getOpenPositions", times: 1 });
      await r.getOpenPositions().catch(() => {});
      await expect(r.getOpenPositions()).rejects.toBeInstanceOf(KrakenRateLimitError);
    } finally {
      await sim.close();
    }
  });

  it("rateLimit: false sends everything at once (and the venue refuses beyond its budget)", async () => {
    const { sim, client } = await setup("rl-off");
    try {
      const f = client({ retry: false, rateLimit: false });
      const results = await Promise.allSettled(Array.from({ length: 110 }, () => f.getOrderEvents()));
      const refused = results.filter(
        (r) =>
          r.status === "rejected" && (r.reason as KrakenFuturesApiError).krakenCode === "apiLimitExceeded",
      );
      expect(refused.length).toBe(10);
    } finally {
      await sim.close();
    }
  });
});
