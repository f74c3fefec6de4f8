// End to end against the embedded simulator: real HTTP on loopback, Kraken's checks (signature over the
// raw body, nonce window, counter) enforced by the simulator, not by us.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenRest } from "../../src/index.js";
import { DEMO_API_SECRET, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";

describe("KrakenRest against the simulator", () => {
  let sim: KrakenSimulator;
  let rest: KrakenRest;
  beforeAll(async () => {
    sim = await startKrakenSimulator({
      market: false,
      keys: [
        { key: "rest-bulk", secret: DEMO_API_SECRET, accountId: "demo", rateLimit: false },
        { key: "rest-pro", secret: DEMO_API_SECRET, accountId: "demo", tier: "pro" },
      ],
    });
    rest = new KrakenRest({
      baseUrl: sim.restUrl,
      apiKey: "rest-bulk",
      apiSecret: DEMO_API_SECRET,
      rateLimit: false,
    });
  });
  afterAll(() => sim?.close());

  it("public call", async () => {
    const time = (await rest.getServerTime()) as { unixtime?: number };
    expect(typeof time.unixtime).toBe("number");
  });

  it("private call", async () => {
    const balance = (await rest.getAccountBalance()) as Record<string, string>;
    expect(Object.keys(balance).length).toBeGreaterThan(0);
  });

  it("concurrent private calls pass the simulator's nonce check", async () => {
    await expect(
      Promise.all(Array.from({ length: 30 }, () => rest.getAccountBalance())),
    ).resolves.toHaveLength(30);
  });

  it("order round trip: add with a generated cl_ord_id, find it open, cancel, find it closed", async () => {
    const before = (await rest.getOpenOrders()) as { open?: Record<string, unknown> };
    const added = (await rest.addOrder({
      ordertype: "limit",
      type: "buy",
      pair: "XBTUSD",
      price: "1000.0",
      volume: "0.01",
      cl_ord_id: "rest-sim-1",
    } as never)) as { txid?: string[] };
    const txid = added.txid?.[0];
    expect(txid).toBeTruthy();
    const open = (await rest.getOpenOrders()) as { open?: Record<string, unknown> };
    expect(Object.keys(open.open ?? {}).length).toBe(Object.keys(before.open ?? {}).length + 1);
    await expect(rest.findOrder({ cl_ord_id: "rest-sim-1" })).resolves.toMatchObject({
      status: "open",
      txid,
    });
    await rest.cancelOrder({ txid } as never);
    await expect(rest.findOrder({ cl_ord_id: "rest-sim-1" })).resolves.toMatchObject({
      status: "closed",
      txid,
    });
  });

  it("webSocketToken", async () => {
    const token = await rest.webSocketToken();
    expect(token.length).toBeGreaterThan(10);
    await expect(rest.webSocketToken()).resolves.toBe(token);
  });

  it("the simulator's REST counter never trips under the client's limiter", async () => {
    const limited = new KrakenRest({
      baseUrl: sim.restUrl,
      apiKey: "rest-pro",
      apiSecret: DEMO_API_SECRET,
      tier: "pro",
      retry: false,
    });
    await expect(
      Promise.all(Array.from({ length: 22 }, () => limited.getTradeBalance())),
    ).resolves.toHaveLength(22);
  }, 20_000);
});
