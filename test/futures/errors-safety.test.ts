// Derivatives errors and order safety over loopback: error envelopes become typed errors, refused order
// statuses reject, ambiguous drops are attempted exactly once, reads are retried, secrets stay out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  KrakenAmbiguousRequestError,
  KrakenFuturesApiError,
  KrakenHttpError,
  KrakenOrderRejectedError,
} from "../../src/index.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { DEMO_FUTURES_API_SECRET, futuresClient, startFuturesSim } from "./helpers.js";

let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startFuturesSim({
    futures: { accounts: { demo: { flex: { USD: "100000", XBT: "1" }, cash: { XBT: "0.5" } } } },
  });
});
afterAll(() => sim.close());
beforeEach(async () => {
  sim.faults.futures.clear();
  sim.futures.suspended.clear();
  await futuresClient(sim).cancelAllOrders();
});

const count = (operationId: string) => sim.recorder.requestsFor(operationId).length;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("error answers", () => {
  it('{"result":"error"} becomes KrakenFuturesApiError with Kraken\'s code, not retried when not transient', async () => {
    const f = futuresClient(sim);
    const before = count("sendOrder");
    const e = await rejection(
      f.sendOrder({ orderType: "limit" as "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1" }),
    );
    expect(e).toBeInstanceOf(KrakenFuturesApiError);
    expect((e as KrakenFuturesApiError).krakenCode).toBe("invalidArgument");
    expect((e as KrakenFuturesApiError).kind).toBe("invalid-arguments");
    expect(count("sendOrder") - before).toBe(1);
  });

  it("a wrong secret is authenticationError; the secret and Authent never appear in the error", async () => {
    const wrong = btoa("another secret entirely, 64 bytes long................................");
    const f = futuresClient(sim, { apiSecret: wrong });
    const e = (await rejection(f.getAccounts())) as KrakenFuturesApiError;
    expect(e.krakenCode).toBe("authenticationError");
    const text = `${e.message} ${JSON.stringify(e)} ${e.stack}`;
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(DEMO_FUTURES_API_SECRET);
    expect(text).not.toMatch(/[A-Za-z0-9+/]{86}==/); // no Authent-shaped value
  });

  it("any code injected by the simulator surfaces as krakenCode", async () => {
    sim.faults.futures.reject("accountInactive", { operation: "getOpenPositions", times: 1 });
    const e = (await rejection(futuresClient(sim).getOpenPositions())) as KrakenFuturesApiError;
    expect(e.krakenCode).toBe("accountInactive");
    expect(e.reachedKraken).toBe("yes");
  });

  it("logs are redacted: no secret, Authent or nonce in any record", async () => {
    const records: string[] = [];
    const log = (m: string, d?: unknown) => records.push(`${m} ${JSON.stringify(d)}`);
    const f = futuresClient(sim, { logger: { debug: log, info: log, warn: log, error: log } });
    sim.faults.futures.httpStatus(502, { operation: "getAccounts", times: 1 });
    await f.getAccounts();
    await f.sendOrder({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
    });
    const nonces = sim.recorder.requests.slice(-3).map((r) => r.headers.nonce);
    const all = records.join("\n");
    expect(records.length).toBeGreaterThan(3);
    expect(all).not.toContain(DEMO_FUTURES_API_SECRET);
    expect(all).not.toMatch(/authent/i);
    for (const n of nonces) if (n) expect(all).not.toContain(n);
  });
});

describe("refused orders reject with status, order id and cliOrdId", () => {
  const base = { symbol: "PF_XBTUSD", side: "buy", size: "0.1" } as const;
  const cases: Array<[Record<string, unknown>, string, () => void]> = [
    [{ ...base, orderType: "lmt", size: "0.00001", limitPrice: "60000" }, "invalidSize", () => {}],
    [{ ...base, orderType: "lmt", limitPrice: "60000.25" }, "invalidPrice", () => {}],
    [{ ...base, orderType: "post", limitPrice: "70000" }, "postWouldExecute", () => {}],
    [{ ...base, orderType: "ioc", limitPrice: "50000" }, "iocWouldNotExecute", () => {}],
    [{ ...base, orderType: "lmt", size: "100", limitPrice: "60000" }, "insufficientAvailableFunds", () => {}],
    [{ ...base, orderType: "lmt", limitPrice: "90000" }, "outsidePriceCollar", () => {}],
    [
      { ...base, orderType: "lmt", side: "sell", limitPrice: "70000", reduceOnly: true },
      "wouldNotReducePosition",
      () => {},
    ],
    [
      { ...base, orderType: "lmt", limitPrice: "60000", cliOrdId: "x".repeat(101) },
      "clientOrderIdTooBig",
      () => {},
    ],
    [
      { ...base, orderType: "lmt", limitPrice: "60000" },
      "marketSuspended",
      () => sim.futures.suspended.add("PF_XBTUSD"),
    ],
  ];
  for (const [params, status, arrange] of cases) {
    it(`sendOrder: ${status}`, async () => {
      arrange();
      const e = await rejection(futuresClient(sim).request("sendOrder", params as never));
      expect(e).toBeInstanceOf(KrakenOrderRejectedError);
      const r = e as KrakenOrderRejectedError;
      expect(r.status).toBe(status);
      expect(r.code).toBe(status);
      expect(r.cliOrdId).toBe((params.cliOrdId as string | undefined) ?? r.cliOrdId);
      expect(r.cliOrdId).toMatch(/.+/);
      expect(r.reachedKraken).toBe("yes");
    });
  }

  it("sendOrder: clientOrderIdAlreadyExist carries the duplicate id", async () => {
    const f = futuresClient(sim);
    await f.sendOrder({ ...base, orderType: "lmt", limitPrice: "60000", cliOrdId: "dup-1" });
    const e = (await rejection(
      f.sendOrder({ ...base, orderType: "lmt", limitPrice: "60000", cliOrdId: "dup-1" }),
    )) as KrakenOrderRejectedError;
    expect(e.status).toBe("clientOrderIdAlreadyExist");
    expect(e.cliOrdId).toBe("dup-1");
  });

  it("editorder and cancelorder refusals reject; the order id is carried when Kraken names it", async () => {
    const f = futuresClient(sim);
    const placed = await f.sendOrder({ ...base, orderType: "lmt", limitPrice: "60000", cliOrdId: "e-1" });
    const bad = (await rejection(
      f.editOrderSpring({ cliOrdId: "e-1", limitPrice: "60100.25" }),
    )) as KrakenOrderRejectedError;
    expect(bad).toBeInstanceOf(KrakenOrderRejectedError);
    expect(bad.status).toBe("invalidPrice");
    expect(bad.cliOrdId).toBe("e-1");
    expect([undefined, placed.sendStatus.order_id]).toContain(bad.orderId);
    const missing = (await rejection(
      f.editOrderSpring({ orderId: "00000000-0000-4000-8000-000000000000", size: "1" }),
    )) as KrakenOrderRejectedError;
    expect(missing.status).toBe("orderForEditNotFound");
    const gone = (await rejection(f.cancelOrder({ cliOrdId: "never-placed" }))) as KrakenOrderRejectedError;
    expect(gone.status).toBe("notFound");
    expect(gone.cliOrdId).toBe("never-placed");
    const ok = await f.editOrderSpring({ cliOrdId: "e-1", limitPrice: "60100.5" });
    expect(ok.editStatus.status).toBe("edited");
  });

  it("a batch with a refused element rejects with that element's status; the answer shows the rest", async () => {
    const f = futuresClient(sim);
    const e = (await rejection(
      f.sendBatchOrder({
        json: {
          batchOrder: [
            {
              order: "send",
              order_tag: "ok",
              orderType: "lmt",
              ...base,
              limitPrice: "60000",
              reduceOnly: false,
            },
            {
              order: "send",
              order_tag: "bad",
              orderType: "lmt",
              ...base,
              size: "0.00001",
              limitPrice: "60000",
              reduceOnly: false,
            },
          ],
        },
      }),
    )) as KrakenOrderRejectedError;
    expect(e).toBeInstanceOf(KrakenOrderRejectedError);
    expect(e.status).toBe("invalidSize");
    expect(e.index).toBe(1);
    expect((e.answer as { batchStatus: Array<{ status: string }> }).batchStatus[0]?.status).toBe("placed");
  });
});

describe("order safety: never resent once it may have reached Kraken", () => {
  it("sendOrder dropped after applying: one attempt, ambiguous error with the generated cliOrdId, findOrder finds it", async () => {
    const f = futuresClient(sim);
    sim.faults.futures.dropAfterApply({ operation: "sendOrder", times: 1 });
    const before = count("sendOrder");
    const e = (await rejection(
      f.sendOrder({ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "60000" }),
    )) as KrakenAmbiguousRequestError;
    expect(e).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect(count("sendOrder") - before).toBe(1);
    expect(e.clOrdId).toMatch(/^[0-9a-f-]{32,36}$/);
    const found = await f.findOrder({ cliOrdId: e.clOrdId as string });
    expect(found.status).toBe("found");
    expect(found.entry?.order.cliOrdId).toBe(e.clOrdId);
  });

  it("sendOrder dropped before applying: still one attempt; findOrder says not-found", async () => {
    const f = futuresClient(sim);
    sim.faults.futures.dropBeforeApply({ operation: "sendOrder", times: 1 });
    const before = count("sendOrder");
    const e = (await rejection(
      f.sendOrder({
        orderType: "lmt",
        symbol: "PF_XBTUSD",
        side: "buy",
        size: "0.1",
        limitPrice: "60000",
        cliOrdId: "mine-7",
      }),
    )) as KrakenAmbiguousRequestError;
    expect(e).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect(e.clOrdId).toBe("mine-7");
    expect(count("sendOrder") - before).toBe(1);
    expect((await f.findOrder({ cliOrdId: "mine-7" })).status).toBe("not-found");
  });

  const writes: Array<[string, (f: ReturnType<typeof futuresClient>) => Promise<unknown>]> = [
    ["editOrderSpring", (f) => f.editOrderSpring({ cliOrdId: "w-1", size: "0.2" })],
    ["cancelOrder", (f) => f.cancelOrder({ cliOrdId: "w-1" })],
    [
      "sendBatchOrder",
      (f) =>
        f.sendBatchOrder({
          json: { batchOrder: [{ order: "cancel", cliOrdId: "w-1" }] } as never,
        }),
    ],
    ["cancelAllOrders", (f) => f.cancelAllOrders()],
    ["cancelAllOrdersAfter", (f) => f.cancelAllOrdersAfter({ timeout: 60 })],
    ["transfer", (f) => f.transfer({ fromAccount: "cash", toAccount: "flex", unit: "xbt", amount: "0.01" })],
    ["withdrawal", (f) => f.withdrawal({ currency: "xbt", amount: "0.01" })],
  ];
  for (const [operationId, call] of writes) {
    it(`${operationId} dropped after applying: attempted once, ambiguous`, async () => {
      const f = futuresClient(sim);
      await f.sendOrder({
        orderType: "lmt",
        symbol: "PF_XBTUSD",
        side: "buy",
        size: "0.1",
        limitPrice: "60000",
        cliOrdId: "w-1",
      });
      sim.faults.futures.dropAfterApply({ operation: operationId, times: 1 });
      const before = count(operationId);
      const e = await rejection(call(f));
      expect(e, String(e)).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(count(operationId) - before).toBe(1);
    });
  }

  it("Kraken's Unavailable on an order is ambiguous, not resent", async () => {
    sim.faults.futures.reject("Unavailable", { operation: "sendOrder", times: 1 });
    const before = count("sendOrder");
    const e = await rejection(
      futuresClient(sim).sendOrder({
        orderType: "lmt",
        symbol: "PF_XBTUSD",
        side: "buy",
        size: "0.1",
        limitPrice: "60000",
      }),
    );
    expect(e).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect((e as KrakenAmbiguousRequestError).cause).toBeInstanceOf(KrakenFuturesApiError);
    expect(count("sendOrder") - before).toBe(1);
  });
});

describe("reads are retried", () => {
  it("5xx, a dropped connection and Kraken's Unavailable are retried with backoff until success", async () => {
    const f = futuresClient(sim);
    sim.faults.futures.httpStatus(503, { operation: "getOpenPositions", times: 1 });
    sim.faults.futures.dropBeforeApply({ operation: "getOpenPositions", times: 1 });
    sim.faults.futures.reject("Unavailable", { operation: "getOpenPositions", times: 1 });
    const before = count("getOpenPositions");
    const r = await f.getOpenPositions();
    expect(r.result).toBe("success");
    expect(count("getOpenPositions") - before).toBe(4);
  });

  it("gives up after the retry budget with the last error; retry: false makes one attempt", async () => {
    sim.faults.futures.httpStatus(500, { operation: "getTickers" });
    const before = count("getTickers");
    const e = await rejection(futuresClient(sim, { retry: { retries: 2, baseDelayMs: 1 } }).getTickers());
    expect(e).toBeInstanceOf(KrakenHttpError);
    expect(count("getTickers") - before).toBe(3);
    const e2 = await rejection(futuresClient(sim, { retry: false }).getTickers());
    expect(e2).toBeInstanceOf(KrakenHttpError);
    expect(count("getTickers") - before).toBe(4);
  });

  it("maintenance (HTTP 503 Unavailable) on a read is retried, on an order it is ambiguous", async () => {
    sim.faults.futures.maintenance();
    const e = await rejection(futuresClient(sim, { retry: { retries: 1, baseDelayMs: 1 } }).getInstruments());
    expect((e as KrakenFuturesApiError).krakenCode).toBe("Unavailable");
    expect((e as KrakenFuturesApiError).attempts).toBe(2);
    const o = await rejection(
      futuresClient(sim).sendOrder({ orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "0.1" }),
    );
    expect(o).toBeInstanceOf(KrakenAmbiguousRequestError);
  });
});
