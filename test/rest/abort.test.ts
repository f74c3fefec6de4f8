import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenAbortError, KrakenAmbiguousRequestError, KrakenRest } from "../../src/index.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";

describe("cancellation with AbortSignal", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      handler: (r) => (r.params.hang ? { action: "hang" } : { json: { error: [], result: {} } }),
    });
  });
  afterAll(() => server.close());

  it("an already aborted signal sends nothing (reachedKraken: no)", async () => {
    const rest = new KrakenRest({ apiKey: "abort-1", apiSecret: TEST_SECRET, baseUrl: server.url });
    const before = server.received.length;
    const err = await rest
      .getAccountBalance(undefined, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenAbortError);
    expect((err as KrakenAbortError).reachedKraken).toBe("no");
    const pub = await rest.getServerTime(undefined, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(pub).toBeInstanceOf(KrakenAbortError);
    expect(server.received.length).toBe(before);
  });

  it("aborting while the rate limiter waits rejects at once and sends nothing", async () => {
    const rest = new KrakenRest({
      apiKey: "abort-2",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      tier: "starter",
    });
    await Promise.all(Array.from({ length: 14 }, () => rest.getAccountBalance()));
    const before = server.received.length;
    const ac = new AbortController();
    const pending = rest.getAccountBalance(undefined, { signal: ac.signal }).catch((e: unknown) => e);
    setTimeout(() => ac.abort(), 30);
    const t0 = Date.now();
    const err = await pending;
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(err).toBeInstanceOf(KrakenAbortError);
    expect((err as KrakenAbortError).reachedKraken).toBe("no");
    expect(server.received.length).toBe(before);
  });

  it("aborting in flight: a query fails with reachedKraken unknown, an order as ambiguous", async () => {
    const rest = new KrakenRest({
      apiKey: "abort-3",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
    const q = rest
      .getAccountBalance({ hang: 1 } as never, { signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    const qErr = await q;
    expect(qErr).toBeInstanceOf(KrakenAbortError);
    expect((qErr as KrakenAbortError).reachedKraken).toBe("unknown");
    const order = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1", hang: 1 };
    const oErr = await rest
      .addOrder(order as never, { signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    expect(oErr).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect((oErr as KrakenAmbiguousRequestError).clOrdId).toBeTruthy();
  });

  it("after a timeout, later calls are unaffected (timeout controllers are reused safely)", async () => {
    const rest = new KrakenRest({
      apiKey: "abort-4",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
      retry: false,
    });
    for (let i = 0; i < 70; i++) await rest.getServerTime();
    await expect(rest.getAccountBalance({ hang: 1 } as never, { timeoutMs: 100 })).rejects.toMatchObject({
      category: "timeout",
    });
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => (i % 2 ? rest.getServerTime() : rest.getAccountBalance())),
    );
    expect(results).toHaveLength(80);
  });
});
