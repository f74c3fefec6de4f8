// Authent verification, nonces, key access, the /derivatives and /history budgets, and the faults.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_FUTURES_API_KEY,
  DEMO_FUTURES_API_SECRET,
  futuresAuthent,
  type KrakenSimulator,
  startKrakenSimulator,
} from "../../src/testing/index.js";
import { authent, manualClock, nextNonce, pub, signed, V3 } from "./helpers.js";

const clock = manualClock();
let sim: KrakenSimulator;
const READ_KEY = "read-only-key";
const READ_SECRET = Buffer.alloc(64, 7).toString("base64");

beforeAll(async () => {
  sim = await startKrakenSimulator({ market: false, exchange: { clock } });
  sim.addFuturesKey({ key: READ_KEY, secret: READ_SECRET, access: "read-only" });
});
afterAll(() => sim.close());

describe("Authent", () => {
  it("matches Kraken's rule (the test's own signer agrees with the simulator's)", () => {
    const data = "orderType=lmt&symbol=PF_XBTUSD&cliOrdId=a%20b";
    expect(futuresAuthent(data, "42", "/api/v3/sendorder", DEMO_FUTURES_API_SECRET)).toBe(
      authent(data, "42", "/derivatives/api/v3/sendorder"),
    );
  });

  it("accepts parameters in the query or the form body, with or without a Nonce", async () => {
    const inBody = await signed(sim.futuresUrl, "PUT", `${V3}/leveragepreferences`, {
      symbol: "PF_XBTUSD",
      maxLeverage: "10",
    });
    expect(inBody.body.result).toBe("success");
    const inQuery = await signed(
      sim.futuresUrl,
      "PUT",
      `${V3}/leveragepreferences`,
      { symbol: "PF_ETHUSD", maxLeverage: "5" },
      { inQuery: true },
    );
    expect(inQuery.body.result).toBe("success");
    const noNonce = await signed(sim.futuresUrl, "GET", `${V3}/leveragepreferences`, {}, { nonce: null });
    expect(noNonce.body.leveragePreferences).toEqual([
      { symbol: "PF_XBTUSD", maxLeverage: 10 },
      { symbol: "PF_ETHUSD", maxLeverage: 5 },
    ]);
  });

  it("signs the URL-encoded bytes as sent, not the decoded values", async () => {
    const params = {
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
      cliOrdId: "a b+c/é",
    };
    const encoded = new URLSearchParams(params).toString();
    const nonce = nextNonce();
    const decoded = decodeURIComponent(encoded.replace(/\+/g, " "));
    const r = await fetch(`${sim.futuresUrl}${V3}/sendorder`, {
      method: "POST",
      headers: {
        APIKey: DEMO_FUTURES_API_KEY,
        Nonce: nonce,
        Authent: authent(decoded, nonce, `${V3}/sendorder`),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: encoded,
    });
    expect(await r.json()).toMatchObject({ result: "error", error: "authenticationError" });
    const ok = await signed(sim.futuresUrl, "POST", `${V3}/sendorder`, params);
    expect(ok.body.sendStatus.status).toBe("placed");
  });

  it("refuses unknown keys, wrong secrets, missing headers and stale nonces", async () => {
    expect((await signed(sim.futuresUrl, "GET", `${V3}/accounts`, {}, { key: "nope" })).body.error).toBe(
      "authenticationError",
    );
    const wrong = Buffer.alloc(64, 1).toString("base64");
    expect((await signed(sim.futuresUrl, "GET", `${V3}/accounts`, {}, { secret: wrong })).body.error).toBe(
      "authenticationError",
    );
    expect((await pub(sim.futuresUrl, `${V3}/accounts`)).body.error).toBe("authenticationError");
    const n = nextNonce();
    expect((await signed(sim.futuresUrl, "GET", `${V3}/accounts`, {}, { nonce: n })).body.result).toBe(
      "success",
    );
    expect((await signed(sim.futuresUrl, "GET", `${V3}/accounts`, {}, { nonce: n })).body.error).toBe(
      "nonceBelowThreshold",
    );
    expect((await signed(sim.futuresUrl, "GET", `${V3}/accounts`, {}, { nonce: "1" })).body.error).toBe(
      "nonceBelowThreshold",
    );
  });

  it("a read-only key reads but cannot trade or withdraw", async () => {
    const o = { key: READ_KEY, secret: READ_SECRET };
    expect((await signed(sim.futuresUrl, "GET", `${V3}/openpositions`, {}, o)).body.result).toBe("success");
    const s = await signed(
      sim.futuresUrl,
      "POST",
      `${V3}/sendorder`,
      { orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "1" },
      o,
    );
    expect(s.body.error).toBe("authenticationError");
    const w = await signed(sim.futuresUrl, "POST", `${V3}/withdrawal`, { currency: "xbt", amount: "0.1" }, o);
    expect(w.body.error).toBe("authenticationError");
  });
});

describe("rate limits", () => {
  it("/derivatives: 500 per 10 s at each endpoint's cost, then apiLimitExceeded until it refills", async () => {
    clock.advance(10_000);
    // cancelorder and sendorder cost 10: fifty fit, the fifty-first does not.
    for (let i = 0; i < 50; i++) {
      const a = await signed(sim.futuresUrl, "POST", `${V3}/cancelorder`, {
        order_id: "00000000-0000-4000-8000-000000000000",
      });
      expect(a.body.result, `call ${i}`).toBe("success");
    }
    const over = await signed(sim.futuresUrl, "POST", `${V3}/sendorder`, {
      orderType: "mkt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.01",
    });
    expect(over.body).toMatchObject({ result: "error", error: "apiLimitExceeded" });
    // Public calls cost nothing.
    expect((await pub(sim.futuresUrl, `${V3}/tickers`)).body.result).toBe("success");
    clock.advance(200); // refills 10
    expect(
      (
        await signed(sim.futuresUrl, "POST", `${V3}/sendorder`, {
          orderType: "mkt",
          symbol: "PF_XBTUSD",
          side: "buy",
          size: "0.01",
        })
      ).body.result,
    ).toBe("success");
    // orders/status costs 1, fills with lastFillTime 25.
    clock.advance(20);
    expect((await signed(sim.futuresUrl, "POST", `${V3}/orders/status`, { orderIds: "x" })).body.result).toBe(
      "success",
    );
    clock.advance(10_000);
  });

  it("batchorder costs 9 + the batch size", async () => {
    clock.advance(10_000);
    const batch = (n: number) =>
      JSON.stringify({
        batchOrder: Array.from({ length: n }, (_, i) => ({ order: "cancel", cliOrdId: `none-${i}` })),
      });
    expect((await signed(sim.futuresUrl, "POST", `${V3}/batchorder`, { json: batch(241) })).body.result).toBe(
      "success",
    ); // 250
    expect((await signed(sim.futuresUrl, "POST", `${V3}/batchorder`, { json: batch(241) })).body.result).toBe(
      "success",
    ); // 500
    expect((await signed(sim.futuresUrl, "POST", `${V3}/batchorder`, { json: batch(1) })).body.error).toBe(
      "apiLimitExceeded",
    );
    clock.advance(10_000);
  });

  it("/history: a 100-token pool refilled at 100 per 10 minutes, account-log priced by count", async () => {
    const H = "/api/history/v3";
    for (let i = 0; i < 33; i++)
      expect((await signed(sim.futuresUrl, "GET", `${H}/account-log`, {})).status).not.toBe(429); // 3 each: 99
    const over = await signed(sim.futuresUrl, "GET", `${H}/account-log`, { count: "26" }); // 2 > 1 left
    expect(over.body.error).toBe("apiLimitExceeded");
    expect((await signed(sim.futuresUrl, "GET", `${H}/account-log`, { count: "25" })).body.error).not.toBe(
      "apiLimitExceeded",
    ); // 1
    clock.advance(600_000);
    expect((await signed(sim.futuresUrl, "GET", `${H}/accountlogcsv`, {})).body?.error).not.toBe(
      "apiLimitExceeded",
    );
  });
});

describe("faults", () => {
  it("drop after apply: no answer, but the order exists (orders/status tells)", async () => {
    sim.faults.futures.dropAfterApply({ operation: "sendorder", times: 1 });
    await expect(
      signed(sim.futuresUrl, "POST", `${V3}/sendorder`, {
        orderType: "lmt",
        symbol: "PF_XBTUSD",
        side: "buy",
        size: "0.1",
        limitPrice: "60000",
        cliOrdId: "dropped-1",
      }),
    ).rejects.toThrow();
    const s = await signed(sim.futuresUrl, "POST", `${V3}/orders/status`, { cliOrdIds: "dropped-1" });
    expect(s.body.orders[0]).toMatchObject({ status: "ENTERED_BOOK" });
  });

  it("drop before apply: no answer and nothing placed", async () => {
    sim.faults.futures.dropBeforeApply({ operation: "sendOrder", times: 1 });
    await expect(
      signed(sim.futuresUrl, "POST", `${V3}/sendorder`, {
        orderType: "lmt",
        symbol: "PF_XBTUSD",
        side: "buy",
        size: "0.1",
        limitPrice: "60000",
        cliOrdId: "dropped-2",
      }),
    ).rejects.toThrow();
    const s = await signed(sim.futuresUrl, "POST", `${V3}/orders/status`, { cliOrdIds: "dropped-2" });
    expect(s.body.orders).toHaveLength(0);
  });

  it("any error code, 5xx, rate limit, maintenance, delay", async () => {
    sim.faults.futures.reject("nonceDuplicate", { operation: "getAccounts", times: 1 });
    expect((await signed(sim.futuresUrl, "GET", `${V3}/accounts`)).body.error).toBe("nonceDuplicate");
    sim.faults.futures.httpStatus(502, { operation: "getTickers", times: 1 }, "Bad Gateway");
    const bad = await pub(sim.futuresUrl, `${V3}/tickers`);
    expect([bad.status, bad.text]).toEqual([502, "Bad Gateway"]);
    sim.faults.futures.rateLimit({ operation: "openpositions", times: 1 });
    expect((await signed(sim.futuresUrl, "GET", `${V3}/openpositions`)).body.error).toBe("apiLimitExceeded");
    sim.faults.futures.maintenance();
    const m = await pub(sim.futuresUrl, `${V3}/instruments`);
    expect([m.status, m.body.error]).toEqual([503, "Unavailable"]);
    sim.faults.clear();
    expect((await pub(sim.futuresUrl, `${V3}/instruments`)).status).toBe(200);
    const delay = sim.faults.futures.delay(5_000, { operation: "getInstruments", times: 1 });
    const pending = pub(sim.futuresUrl, `${V3}/instruments`);
    await new Promise((r) => setTimeout(r, 50));
    expect(delay.hits).toBe(1);
    clock.advance(5_000);
    expect((await pending).status).toBe(200);
  });

  it("records requests with the Authent header redacted", async () => {
    sim.recorder.clear();
    await signed(sim.futuresUrl, "GET", `${V3}/openorders`);
    const [req] = sim.recorder.requestsFor("getOpenOrders");
    expect(req?.headers.authent).toBe("[redacted]");
    expect(req?.apiKey).toBe(DEMO_FUTURES_API_KEY);
  });
});
