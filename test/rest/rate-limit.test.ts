import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  KrakenConfigError,
  KrakenRateLimitError,
  KrakenRest,
  REST_COUNTER_LIMITS,
  tradingEngineCounter,
} from "../../src/index.js";
import { TradingEngineLimiter } from "../../src/rest/engine-limiter.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";
import { virtualClock } from "./helpers/virtual-clock.js";

const { max, decayPerSecond } = REST_COUNTER_LIMITS.starter;

describe("REST call counter (starter tier) against a server enforcing Kraken's counter", () => {
  let server: TestServer;
  let plain: TestServer;
  const clock = virtualClock();
  beforeAll(async () => {
    plain = await startTestServer();
    server = await startTestServer({
      counter: { max, decayPerSecond, cost: (p) => (p === "/private/Ledgers" ? 2 : 1), now: clock.now },
      handler: () => ({ json: { error: [], result: {} } }),
    });
  });
  afterAll(async () => {
    await server.close();
    await plain.close();
  });

  it("a burst of 100 calls: 0 rate-limit errors, total time close to the model's minimum", async () => {
    const rest = new KrakenRest({
      apiKey: "burst-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      tier: "starter",
      clock,
      retry: false,
    });
    const t0 = clock.elapsed();
    await Promise.all(Array.from({ length: 100 }, () => rest.getAccountBalance()));
    const elapsed = clock.elapsed() - t0;
    const minimum = ((100 - max) / decayPerSecond) * 1000; // 15 at once, then one per 1/0.33 s
    expect(server.rateLimitErrors).toBe(0);
    expect(elapsed).toBeGreaterThanOrEqual(minimum);
    // within 1%: the only extra is the 0.5-unit headroom (1.5 s at starter) kept for latency jitter
    expect(elapsed).toBeLessThan(minimum * 1.01);
  });

  it("uses each operation's cost (Ledgers costs 2)", async () => {
    const c = virtualClock();
    const s = await startTestServer({
      counter: { max, decayPerSecond, cost: (p) => (p === "/private/Ledgers" ? 2 : 1), now: c.now },
    });
    try {
      const rest = new KrakenRest({
        apiKey: "ledger-key",
        apiSecret: TEST_SECRET,
        baseUrl: s.url,
        clock: c,
        retry: false,
      });
      await Promise.all(Array.from({ length: 20 }, () => rest.request("getLedgers", {} as never)));
      expect(s.rateLimitErrors).toBe(0);
      expect(c.elapsed()).toBeGreaterThanOrEqual(((40 - max) / decayPerSecond) * 1000);
    } finally {
      await s.close();
    }
  });

  it("reject mode throws at once, without sending or burning a nonce", async () => {
    const rest = new KrakenRest({
      apiKey: "reject-key",
      apiSecret: TEST_SECRET,
      baseUrl: plain.url,
      clock: virtualClock(),
      rateLimit: { mode: "reject" },
    });
    const before = plain.count("/private/Balance");
    const results = await Promise.allSettled(Array.from({ length: 16 }, () => rest.getAccountBalance()));
    // 14 fit at once: 15 minus the 0.5-unit headroom kept for latency jitter
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(14);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(KrakenRateLimitError);
    expect((rejected.reason as KrakenRateLimitError).reachedKraken).toBe("no");
    expect(plain.count("/private/Balance") - before).toBe(14);
  });

  it("instances sharing a key share the counter", async () => {
    const c = virtualClock();
    const a = new KrakenRest({
      apiKey: "shared-counter",
      apiSecret: TEST_SECRET,
      baseUrl: plain.url,
      clock: c,
    });
    const b = new KrakenRest({
      apiKey: "shared-counter",
      apiSecret: TEST_SECRET,
      baseUrl: plain.url,
      clock: c,
    });
    await Promise.all([
      ...Array.from({ length: 10 }, () => a.getAccountBalance()),
      ...Array.from({ length: 10 }, () => b.getAccountBalance()),
    ]);
    expect(c.elapsed()).toBeGreaterThanOrEqual(((20 - max) / decayPerSecond) * 1000);
  });

  it("snaps to the cap after a Kraken rate-limit error", async () => {
    const c = virtualClock();
    const s = await startTestServer({
      handler: (_r, n) =>
        n === 1 ? { json: { error: ["EAPI:Rate limit exceeded"] } } : { json: { error: [], result: {} } },
    });
    try {
      const rest = new KrakenRest({
        apiKey: "snap-key",
        apiSecret: TEST_SECRET,
        baseUrl: s.url,
        clock: c,
        retry: { random: () => 0 },
      });
      await rest.getAccountBalance();
      expect(s.count("/private/Balance")).toBe(2);
      // The retry waited for the counter to drain one call's worth from the cap.
      expect(c.elapsed()).toBeGreaterThanOrEqual((1 / decayPerSecond) * 1000);
    } finally {
      await s.close();
    }
  });

  it("rateLimit: false sends at once", async () => {
    const c = virtualClock();
    const rest = new KrakenRest({
      apiKey: "no-limit",
      apiSecret: TEST_SECRET,
      baseUrl: plain.url,
      clock: c,
      rateLimit: false,
    });
    await Promise.all(Array.from({ length: 30 }, () => rest.getAccountBalance()));
    expect(c.elapsed()).toBe(0);
  });
});

describe("trading-engine counter (opt-in)", () => {
  it("charges Kraken's worked example: add, amend 7 s later, cancel 36 s after the amend = 8", () => {
    let now = 0;
    const clock = { now: () => now, sleep: async () => {} };
    const engine = new TradingEngineLimiter({ max: 60, decayPerSecond: 0 }, clock);
    const add = engine.chargeFor("addOrder", { pair: "XBTUSD" });
    if (!add) throw new Error("no charge");
    engine.add(add);
    engine.record("addOrder", { pair: "XBTUSD", cl_ord_id: "c1" }, { txid: ["O1"] });
    now += 7000;
    const amend = engine.chargeFor("amendOrder", { txid: "O1" });
    expect(amend?.cost).toBe(3);
    if (amend) engine.add(amend);
    engine.record("amendOrder", { txid: "O1" }, { amend_id: "A" });
    now += 36_000;
    const cancel = engine.chargeFor("cancelOrder", { txid: "O1" });
    expect(cancel).toEqual({ pair: "XBTUSD", cost: 4, mayWait: true });
    if (cancel) engine.add(cancel);
    expect(engine.level("XBTUSD")).toBe(8);
  });

  it("waits when a pair's counter is full and charges unknown orders as brand new", () => {
    const now = 0;
    const engine = new TradingEngineLimiter(
      { max: 60, decayPerSecond: 1 },
      { now: () => now, sleep: async () => {} },
    );
    engine.saturate("XBTUSD");
    expect(engine.waitFor({ pair: "XBTUSD", cost: 1, mayWait: true })).toBeGreaterThanOrEqual(1000);
    expect(engine.chargeFor("cancelOrder", { txid: "UNKNOWN", pair: "ETHUSD" })?.cost).toBe(8);
  });

  it("`engine: true` (a flag instead of the counter) is a config error naming what to import", () => {
    const make = () =>
      new KrakenRest({
        apiKey: "engine-flag",
        apiSecret: TEST_SECRET,
        rateLimit: { engine: true as never },
      });
    expect(make).toThrow(KrakenConfigError);
    expect(make).toThrow(/tradingEngineCounter/);
  });

  it("delays AddOrder through KrakenRest when enabled", async () => {
    const c = virtualClock();
    const s = await startTestServer({ handler: () => ({ json: { error: [], result: { txid: ["O"] } } }) });
    try {
      const rest = new KrakenRest({
        apiKey: "engine-key",
        apiSecret: TEST_SECRET,
        baseUrl: s.url,
        clock: c,
        rateLimit: { engine: tradingEngineCounter },
      });
      const order = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1" };
      await Promise.all(Array.from({ length: 62 }, () => rest.addOrder(order as never)));
      expect(c.elapsed()).toBeGreaterThanOrEqual(1000); // 60 fit below the threshold of 60, the rest wait
    } finally {
      await s.close();
    }
  });

  it("an order held back by its pair's counter does not block the key's other calls", async () => {
    const s = await startTestServer({
      handler: (r, n) =>
        r.krakenPath === "/private/AddOrder" && n === 1
          ? { json: { error: ["EOrder:Rate limit exceeded"] } }
          : { json: { error: [], result: { txid: ["O"] } } },
    });
    try {
      const rest = new KrakenRest({
        apiKey: "engine-hol",
        apiSecret: TEST_SECRET,
        baseUrl: s.url,
        rateLimit: { engine: tradingEngineCounter },
      });
      const order = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1" };
      // Kraken's rejection snaps the pair's counter to its threshold (and the order is not resent).
      await expect(rest.addOrder(order as never)).rejects.toMatchObject({ kind: "engine-rate-limit" });
      expect(s.count("/private/AddOrder")).toBe(1);
      const t0 = Date.now();
      let heldDoneAt = 0;
      const held = rest.addOrder(order as never).then(() => {
        heldDoneAt = Date.now() - t0;
      });
      await rest.getAccountBalance();
      const balanceAt = Date.now() - t0;
      await held;
      expect(heldDoneAt).toBeGreaterThanOrEqual(900);
      expect(balanceAt).toBeLessThan(heldDoneAt - 500);
    } finally {
      await s.close();
    }
  });
});
