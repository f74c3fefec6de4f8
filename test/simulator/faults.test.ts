import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEY, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { privateCall, privateRaw, publicCall } from "./helpers.js";

const LIMIT_BUY = { pair: "XBTUSD", type: "buy", ordertype: "limit", price: "50000.0", volume: "0.01" };

describe("REST faults do what they say", () => {
  let sim: KrakenSimulator;
  beforeAll(async () => {
    sim = await startKrakenSimulator({
      market: false,
      keys: [
        { ...DEMO_KEY, rateLimit: false },
        { key: "second", secret: DEMO_KEY.secret, rateLimit: false },
      ],
    });
  });
  afterEach(() => {
    sim.faults.clear();
    sim.exchange.cancelAll("demo");
  });
  afterAll(() => sim.close());

  const openCount = () => sim.exchange.orders("demo", "open").length;

  it("delay: holds the response for the given time", async () => {
    sim.faults.rest.delay(250, { operation: "Time" });
    const t0 = performance.now();
    expect((await publicCall(sim.restUrl, "Time")).error).toEqual([]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(240);
    const t1 = performance.now();
    await publicCall(sim.restUrl, "SystemStatus"); // other operations are not delayed
    expect(performance.now() - t1).toBeLessThan(200);
  });

  it("reject: answers with the given Kraken error and books nothing; `times` limits it", async () => {
    const handle = sim.faults.rest.reject("EService:Unavailable", { operation: "addOrder", times: 1 });
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual(["EService:Unavailable"]);
    expect(openCount()).toBe(0);
    expect(handle.hits).toBe(1);
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual([]);
    expect(openCount()).toBe(1);
  });

  it("scopes to an API key", async () => {
    sim.faults.rest.reject("EGeneral:Internal error", { apiKey: "second" });
    expect((await privateCall(sim.restUrl, "Balance")).error).toEqual([]);
    expect((await privateCall(sim.restUrl, "Balance", {}, { key: "second" })).error).toEqual([
      "EGeneral:Internal error",
    ]);
  });

  it("drop after apply: the order is booked but the client gets no answer (ambiguous order)", async () => {
    sim.faults.rest.dropAfterApply({ operation: "AddOrder", times: 1 });
    await expect(
      privateRaw(sim.restUrl, "AddOrder", { ...LIMIT_BUY, cl_ord_id: "ambiguous-1" }),
    ).rejects.toThrow();
    const open = await privateCall(sim.restUrl, "OpenOrders", { cl_ord_id: "ambiguous-1" });
    expect(Object.keys((open.result as { open: object }).open)).toHaveLength(1);
  });

  it("drop before apply: no answer and nothing booked", async () => {
    sim.faults.rest.dropBeforeApply({ operation: "AddOrder", times: 1 });
    await expect(privateRaw(sim.restUrl, "AddOrder", LIMIT_BUY)).rejects.toThrow();
    expect(openCount()).toBe(0);
  });

  it("rate limit: Kraken's rate-limit error for the scoped operation", async () => {
    sim.faults.rest.rateLimit({ operation: "Ledgers" });
    expect((await privateCall(sim.restUrl, "Ledgers")).error).toEqual(["EAPI:Rate limit exceeded"]);
    sim.faults.rest.rateLimit({ operation: "AddOrder" }, "EOrder:Rate limit exceeded");
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual([
      "EOrder:Rate limit exceeded",
    ]);
  });

  it("a delay past the order's deadline makes Kraken refuse it with EService:Deadline elapsed", async () => {
    sim.faults.rest.delay(300, { operation: "AddOrder", times: 1 });
    const deadline = new Date(Date.now() + 150).toISOString();
    expect((await privateCall(sim.restUrl, "AddOrder", { ...LIMIT_BUY, deadline })).error).toEqual([
      "EService:Deadline elapsed",
    ]);
    expect(openCount()).toBe(0);
    const later = new Date(Date.now() + 10_000).toISOString();
    expect((await privateCall(sim.restUrl, "AddOrder", { ...LIMIT_BUY, deadline: later })).error).toEqual([]);
  });

  it("http status: a bare proxy error", async () => {
    sim.faults.rest.httpStatus(502, { operation: "Ticker" }, "Bad Gateway");
    const res = await fetch(`${sim.restUrl}/0/public/Ticker?pair=XBTUSD`);
    expect(res.status).toBe(502);
    expect(await res.text()).toBe("Bad Gateway");
  });

  it("system status maintenance: SystemStatus reports it, orders and cancels are refused", async () => {
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual([]);
    sim.faults.setSystemStatus("maintenance");
    expect(((await publicCall(sim.restUrl, "SystemStatus")).result as { status: string }).status).toBe(
      "maintenance",
    );
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual(["EService:Unavailable"]);
    expect((await privateCall(sim.restUrl, "CancelAll")).error).toEqual(["EService:Unavailable"]);
  });

  it("system status cancel_only: new orders refused, cancels allowed", async () => {
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual([]);
    sim.faults.setSystemStatus("cancel_only");
    expect(((await publicCall(sim.restUrl, "SystemStatus")).result as { status: string }).status).toBe(
      "cancel_only",
    );
    expect((await privateCall(sim.restUrl, "AddOrder", LIMIT_BUY)).error).toEqual([
      "EService:Market in cancel_only mode",
    ]);
    expect((await privateCall(sim.restUrl, "CancelAll")).result).toEqual({ count: 1, pending: false });
  });

  it("records every request with its parsed body", async () => {
    sim.recorder.clear();
    await privateCall(sim.restUrl, "AddOrder", { ...LIMIT_BUY, cl_ord_id: "recorded-1" });
    await privateCall(sim.restUrl, "CancelOrderBatch", { orders: ["A", "B"] }, { json: true });
    const [add] = sim.recorder.requestsFor("addOrder");
    expect(add?.params).toMatchObject({ ...LIMIT_BUY, cl_ord_id: "recorded-1" });
    expect(add?.headers["api-sign"]).toBe("[redacted]");
    expect(sim.recorder.requestsFor("CancelOrderBatch")[0]?.params.orders).toEqual(["A", "B"]);
  });
});
