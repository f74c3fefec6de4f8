import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NonceGenerator } from "../../src/auth/nonce.js";
import { KrakenRest } from "../../src/index.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";

describe("nonces under concurrency (server nonce window 0, random jitter)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      jitterMs: 3,
      handler: () => ({ json: { error: [], result: { ok: true } } }),
    });
  });
  afterAll(() => server.close());

  it("300 concurrent private calls all succeed with strictly increasing nonces", async () => {
    const rest = new KrakenRest({
      apiKey: "conc-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
      retry: false,
    });
    const before = server.received.length;
    const results = await Promise.all(Array.from({ length: 300 }, () => rest.call("getAccountBalance")));
    expect(results.every((r) => r.attempts === 1)).toBe(true);
    const nonces = server.received.slice(before).map((r) => BigInt(r.nonce as string));
    expect(nonces).toHaveLength(300);
    for (let i = 1; i < nonces.length; i++)
      expect((nonces[i] as bigint) > (nonces[i - 1] as bigint)).toBe(true);
  });

  it("two instances sharing a key in one process never collide", async () => {
    const a = new KrakenRest({
      apiKey: "shared-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
      retry: false,
    });
    const b = new KrakenRest({
      apiKey: "shared-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
      retry: false,
    });
    const calls = Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).getAccountBalance());
    await expect(Promise.all(calls)).resolves.toHaveLength(100);
  });

  it("a nonce source that stands still or goes backwards still yields increasing nonces", async () => {
    let v = 1000;
    const gen = new NonceGenerator("stuck-source", { source: () => (v -= 1) });
    const out = [await gen.next(), await gen.next(), await gen.next()];
    expect(out).toEqual(["999", "1000", "1001"]);
  });

  it("nonce scales: ms < us < ns", async () => {
    const ms = BigInt(await new NonceGenerator("scale-ms", { scale: "ms" }).next());
    const us = BigInt(await new NonceGenerator("scale-us", { scale: "us" }).next());
    const ns = BigInt(await new NonceGenerator("scale-ns", { scale: "ns" }).next());
    expect(us / ms).toBeGreaterThanOrEqual(999n);
    expect(ns / us).toBeGreaterThanOrEqual(999n);
  });

  it("overlap: true lets calls of one key run concurrently", async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = await startTestServer({
      verify: false,
      handler: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((ok) => setTimeout(ok, 20));
        inFlight--;
        return { json: { error: [], result: {} } };
      },
    });
    try {
      const serial = new KrakenRest({
        apiKey: "ovl-1",
        apiSecret: TEST_SECRET,
        baseUrl: slow.url,
        rateLimit: false,
      });
      await Promise.all(Array.from({ length: 5 }, () => serial.getAccountBalance()));
      expect(peak).toBe(1);
      peak = 0;
      const overlapping = new KrakenRest({
        apiKey: "ovl-2",
        apiSecret: TEST_SECRET,
        baseUrl: slow.url,
        rateLimit: false,
        overlap: true,
      });
      await Promise.all(Array.from({ length: 5 }, () => overlapping.getAccountBalance()));
      expect(peak).toBeGreaterThan(1);
    } finally {
      await slow.close();
    }
  });

  it("EAPI:Invalid nonce is retried once with a fresh nonce", async () => {
    const flaky = await startTestServer({
      handler: (_r, n) =>
        n === 1 ? { json: { error: ["EAPI:Invalid nonce"] } } : { json: { error: [], result: { v: 1 } } },
    });
    try {
      const rest = new KrakenRest({
        apiKey: "nonce-retry",
        apiSecret: TEST_SECRET,
        baseUrl: flaky.url,
        rateLimit: false,
      });
      await expect(rest.call("getAccountBalance")).resolves.toMatchObject({ result: { v: 1 }, attempts: 2 });
      const [first, second] = flaky.received;
      expect(BigInt(second?.nonce as string) > BigInt(first?.nonce as string)).toBe(true);
    } finally {
      await flaky.close();
    }
  });
});
