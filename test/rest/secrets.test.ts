import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenRest } from "../../src/index.js";
import { closedPort, startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";

const API_KEY = "SCAN-KEY-7f3a9c2e81d4b6";
const OTP = "otp-481516";
const WS_TOKEN = "WS-TOKEN-papwDtDgP6aRr1Ia7tXpK3Sxjmh2JCUv";

function chain(e: unknown): unknown[] {
  const out: unknown[] = [];
  let cur: unknown = e;
  for (let i = 0; cur && i < 5; i++) {
    out.push(cur);
    cur = (cur as { cause?: unknown }).cause;
  }
  return out;
}

describe("no secret material in logs or errors", () => {
  let server: TestServer;
  const logs: unknown[] = [];
  const errors: unknown[] = [];
  beforeAll(async () => {
    server = await startTestServer({
      handler: (r) => {
        const mode = r.params.mode as string | undefined;
        if (r.krakenPath === "/private/GetWebSocketsToken")
          return { json: { error: [], result: { token: WS_TOKEN, expires: 900 } } };
        if (mode === "reset") return { action: "reset" };
        if (mode === "hang") return { action: "hang" };
        if (mode === "502") return { status: 502, text: "bad gateway", contentType: "text/html" };
        if (mode === "error")
          return { json: { error: ["EGeneral:Invalid arguments:volume", "WGeneral:careful"] } };
        return { json: { error: ["WGeneral:Something"], result: { ok: true } } };
      },
    });
  });
  afterAll(() => server.close());

  it("scans every captured log record and error", async () => {
    const logger = {
      debug: (m: string, d?: object) => logs.push([m, d]),
      info: (m: string, d?: object) => logs.push([m, d]),
      warn: (m: string, d?: object) => logs.push([m, d]),
      error: (m: string, d?: object) => logs.push([m, d]),
    };
    const opts = {
      apiKey: API_KEY,
      apiSecret: TEST_SECRET,
      otp: OTP,
      rateLimit: false as const,
      logger,
      timeoutMs: 200,
      retry: { retries: 1, baseDelayMs: 1 },
    };
    const rest = new KrakenRest({ ...opts, baseUrl: server.url });
    const capture = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => void errors.push(e),
      );
    await capture(rest.getAccountBalance());
    for (const mode of ["reset", "hang", "502", "error"]) {
      await capture(rest.request("getAccountBalance", { mode } as never));
      await capture(
        rest.addOrder({
          ordertype: "limit",
          type: "buy",
          pair: "XBTUSD",
          price: "1",
          volume: "1",
          mode,
        } as never),
      );
    }
    await capture(rest.webSocketToken());
    const refused = new KrakenRest({ ...opts, baseUrl: `http://127.0.0.1:${await closedPort()}` });
    await capture(refused.getAccountBalance());
    await capture(
      new KrakenRest({
        ...opts,
        baseUrl: server.url,
        rateLimit: { mode: "reject", max: 0.5 },
      }).getAccountBalance(),
    );
    try {
      new KrakenRest({ apiKey: API_KEY, apiSecret: `${TEST_SECRET.slice(0, 20)}!!` });
    } catch (e) {
      errors.push(e);
    }
    expect(errors.length).toBeGreaterThanOrEqual(8);
    expect(logs.length).toBeGreaterThan(10);

    const nonces = server.received.map((r) => r.nonce).filter((n): n is string => !!n);
    const signatures = server.received
      .map((r) => r.headers["api-sign"])
      .filter((s): s is string => typeof s === "string");
    expect(nonces.length).toBeGreaterThan(5);
    const secrets = [TEST_SECRET, TEST_SECRET.slice(0, 24), API_KEY, OTP, WS_TOKEN, ...nonces, ...signatures];

    const texts: string[] = [JSON.stringify(logs), inspect(logs, { depth: 10 })];
    for (const e of errors) {
      for (const link of chain(e)) {
        const err = link as Error & { toJSON?: () => unknown };
        texts.push(
          String(err),
          err.message ?? "",
          err.stack ?? "",
          JSON.stringify(err),
          inspect(err, { depth: 10 }),
        );
        if (typeof err.toJSON === "function") texts.push(JSON.stringify(err.toJSON()));
      }
    }
    const haystack = texts.join("\n");
    for (const secret of secrets)
      expect(haystack.includes(secret), `leaked ${secret.slice(0, 6)}...`).toBe(false);
    // the scan saw real material: the errors mention what happened
    expect(haystack).toContain("EGeneral:Invalid arguments:volume");
    expect(haystack).toContain("ambiguous");
  });
});
