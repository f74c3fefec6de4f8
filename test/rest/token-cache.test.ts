import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenCache } from "../../src/auth/token-cache.js";
import { KrakenRest } from "../../src/index.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";

describe("webSocketToken", () => {
  let server: TestServer;
  let issued = 0;
  beforeAll(async () => {
    server = await startTestServer({
      handler: async (r) => {
        if (r.krakenPath !== "/private/GetWebSocketsToken") return { json: { error: [], result: {} } };
        await new Promise((ok) => setTimeout(ok, 20));
        issued++;
        return { json: { error: [], result: { token: `tok-${issued}`, expires: 900 } } };
      },
    });
  });
  afterAll(() => server.close());

  it("single-flight, cached, usable unbound, refreshed before expiry", async () => {
    let now = 1_000_000;
    const clock = { now: () => now, sleep: (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)) };
    const rest = new KrakenRest({
      apiKey: "tok-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      clock,
      otp: "2fa",
    });
    const getToken = rest.webSocketToken; // unbound, as KrakenWs receives it
    const tokens = await Promise.all([getToken(), getToken(), getToken()]);
    expect(tokens).toEqual(["tok-1", "tok-1", "tok-1"]);
    expect(server.count("/private/GetWebSocketsToken")).toBe(1);
    expect(server.received.at(-1)?.params.otp).toBe("2fa");
    now += 14 * 60_000 - 1; // still before the refresh point (15 min - 60 s margin)
    await expect(getToken()).resolves.toBe("tok-1");
    now += 2; // past the refresh point
    await expect(getToken()).resolves.toBe("tok-2");
    await expect(getToken({ forceRefresh: true })).resolves.toBe("tok-3");
  });

  it("does not cache failures", async () => {
    let n = 0;
    const get = createTokenCache(async () => {
      n++;
      if (n === 1) throw new Error("boom");
      return { token: "ok", expires: 900 };
    });
    await expect(get()).rejects.toThrow("boom");
    await expect(get()).resolves.toBe("ok");
  });

  it("otp as an async function is called per attempt", async () => {
    let calls = 0;
    const rest = new KrakenRest({
      apiKey: "otp-fn-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
      otp: async () => `code-${++calls}`,
    });
    await rest.getAccountBalance();
    await rest.getAccountBalance(undefined, { otp: "per-call" });
    const [a, b] = server.received.slice(-2);
    expect(a?.params.otp).toBe("code-1");
    expect(b?.params.otp).toBe("per-call");
    expect(a?.signatureValid && b?.signatureValid).toBe(true);
  });
});
