// KrakenFutures facade and Authent signing over loopback against the simulator's Derivatives venue.
import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { futuresOperations } from "../../generated/futures/index.js";
import { createAuthentSigner, endpointPath } from "../../src/auth/authent.js";
import { KrakenConfigError, KrakenFutures } from "../../src/index.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET, futuresClient, startFuturesSim } from "./helpers.js";

let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startFuturesSim();
});
afterAll(() => sim.close());

/** Kraken's rule, computed independently with node:crypto. */
function nodeAuthent(postData: string, nonce: string, path: string): string {
  const digest = createHash("sha256")
    .update(postData + nonce + path)
    .digest();
  return createHmac("sha512", Buffer.from(DEMO_FUTURES_API_SECRET, "base64")).update(digest).digest("base64");
}

function last(operationId: string) {
  const r = sim.recorder.requestsFor(operationId);
  return r[r.length - 1];
}

describe("construction", () => {
  it("rejects a secret that is not base64, and a key without secret, before anything is sent", () => {
    expect(() => new KrakenFutures({ apiKey: "k", apiSecret: "not base64!" })).toThrow(KrakenConfigError);
    expect(() => new KrakenFutures({ apiKey: "k", apiSecret: "not base64!" })).toThrow(
      /apiSecret is not valid base64/,
    );
    expect(() => new KrakenFutures({ apiKey: "k" })).toThrow(/together/);
    expect(() => new KrakenFutures({ baseUrl: "::" })).toThrow(/baseUrl/);
    expect(() => new KrakenFutures({ timeoutMs: 0 })).toThrow(/timeoutMs/);
  });

  it("refuses a private call without a key, naming the operation", async () => {
    await expect(new KrakenFutures({ baseUrl: sim.futuresUrl }).getAccounts()).rejects.toThrow(
      /getAccounts needs apiKey/,
    );
  });

  it("has one method per operationId of the table", () => {
    const f = new KrakenFutures();
    for (const id of Object.keys(futuresOperations))
      expect(typeof (f as unknown as Record<string, unknown>)[id]).toBe("function");
  });
});

describe("Authent", () => {
  it("matches a fixed vector computed with Kraken's rule (endpointPath without /derivatives)", async () => {
    const signer = createAuthentSigner(DEMO_FUTURES_API_SECRET);
    const postData = "orderType=lmt&symbol=PF_XBTUSD&side=buy&size=1&limitPrice=65000.5";
    const nonce = "1733538000000000";
    const path = endpointPath("/derivatives/api/v3/sendorder");
    expect(path).toBe("/api/v3/sendorder");
    expect(endpointPath("/api/history/v3/orders")).toBe("/api/history/v3/orders");
    const got = await signer.sign(postData, nonce, path);
    expect(got).toBe(nodeAuthent(postData, nonce, path));
  });

  it("reproduces Kraken's published vector (its challenge signing is the same HMAC over SHA-256)", async () => {
    // Kraken's docs: challenge c100b894-..., this secret, signed 4JEpF3ix... (postData = challenge, no nonce, no path)
    const signer = createAuthentSigner(DEMO_FUTURES_API_SECRET);
    expect(await signer.sign("c100b894-1729-464d-ace1-52dbce11db42", "", "")).toBe(
      "4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A==",
    );
  });

  it("public calls carry no auth headers", async () => {
    const f = futuresClient(sim);
    const { ticker } = await f.getTicker({ symbol: "PF_XBTUSD" });
    expect(ticker.symbol).toBe("PF_XBTUSD");
    const h = last("getTicker")?.headers ?? {};
    expect(h.apikey).toBeUndefined();
    expect(h.authent).toBeUndefined();
    expect(h.nonce).toBeUndefined();
  });

  it("signs the query of a private GET, and the simulator accepts it", async () => {
    const f = futuresClient(sim);
    const r = await f.getFills({ lastFillTime: "2026-12-07T00:00:00.000Z" });
    expect(r.result).toBe("success");
    const req = last("getFills");
    expect(req?.headers.apikey).toBe(DEMO_FUTURES_API_KEY);
    expect(req?.headers.nonce).toMatch(/^\d+$/);
  });

  it("signs query parameters with spaces, symbols and unicode exactly as sent", async () => {
    const f = futuresClient(sim);
    const cliOrdId = "a b+c&d=é/?#%";
    const r = await f.sendOrder({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.01",
      limitPrice: "1000",
      cliOrdId,
    });
    expect(r.sendStatus.status).toBe("placed");
    expect(r.sendStatus.cliOrdId).toBe(cliOrdId);
    await f.cancelOrder({ cliOrdId });
  });

  it("encodes batchorder's json so the signed bytes are the sent bytes, whatever characters it holds", async () => {
    const f = futuresClient(sim);
    const tag = 'tag with spaces "quotes" & symbols +=%/é';
    const r = await f.sendBatchOrder({
      json: {
        batchOrder: [
          {
            order: "send",
            order_tag: tag,
            orderType: "lmt",
            symbol: "PF_XBTUSD",
            side: "buy",
            size: "0.01",
            limitPrice: "1000.5",
            cliOrdId: "batch one",
            reduceOnly: false,
          },
        ],
      },
    });
    expect(r.batchStatus[0]?.status).toBe("placed");
    const req = last("sendBatchOrder");
    expect(req?.rawBody.startsWith("json=")).toBe(true);
    const sent = decodeURIComponent(req?.rawBody.slice(5) ?? "");
    expect(JSON.parse(sent).batchOrder[0].order_tag).toBe(tag);
    await f.cancelAllOrders();
  });

  it("sends path parameters in the path and signs the path without /derivatives", async () => {
    const f = futuresClient(sim);
    const accounts = await f.listSubaccounts();
    expect(accounts.result).toBe("success");
    const status = await f.instrumentStatus({ symbol: "PF_ETHUSD" });
    expect(status.result).toBe("success");
    expect(last("instrumentStatus")?.path).toBe("/derivatives/api/v3/instruments/PF_ETHUSD/status");
  });
});

describe("answers", () => {
  it("reads money as exact decimal strings, in scalars and in deep arrays (order book levels)", async () => {
    const f = futuresClient(sim);
    const { ticker } = await f.getTicker({ symbol: "PF_XBTUSD" });
    expect("markPrice" in ticker && typeof ticker.markPrice).toBe("string");
    const { orderBook } = await f.getOrderbook({ symbol: "PF_XBTUSD" });
    for (const level of [...orderBook.bids, ...orderBook.asks])
      for (const v of level) expect(typeof v).toBe("string");
    const { accounts } = await f.getAccounts();
    expect(Object.keys(accounts).length).toBeGreaterThan(0);
  });

  it("request(operationId, params) is the same call as the method", async () => {
    const f = futuresClient(sim);
    const a = await f.request("getTicker", { symbol: "PF_ETHUSD" });
    expect(a.ticker.symbol).toBe("PF_ETHUSD");
  });

  it("the raw typed client goes through the same pipeline (signed)", async () => {
    const f = futuresClient(sim);
    const { data, response } = await f.client.GET("/derivatives/api/v3/openorders");
    expect(response.status).toBe(200);
    expect((data as { result: string }).result).toBe("success");
    expect(last("getOpenOrders")?.headers.apikey).toBe(DEMO_FUTURES_API_KEY);
    const pub = await f.client.GET("/derivatives/api/v3/tickers/{symbol}", {
      params: { path: { symbol: "PF_XBTUSD" } },
    });
    expect(pub.response.status).toBe(200);
  });
});
