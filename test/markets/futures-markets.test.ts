// Derivatives contracts in the markets registry against the simulator's venue over loopback: specs from
// the instruments endpoint, every order rule refused locally (nothing sent) and by the venue with the same
// Kraken status, edits and batches, per-client and per-call opt-outs, the TTL cache and offline snapshots.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  checkFuturesOrderRules,
  fromDerivatives,
  KrakenOrderRejectedError,
  KrakenOrderRuleError,
  loadFuturesMarkets,
  Markets,
} from "../../src/index.js";
import { defaultInstruments } from "../../src/testing/futures/instruments.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { futuresClient, startFuturesSim } from "../futures/helpers.js";

const DAY = 86_400_000;
let sim: KrakenSimulator;

beforeAll(async () => {
  const now = Date.now();
  const base = defaultInstruments(now);
  const xbt = base[0]!;
  sim = await startFuturesSim({
    futures: {
      accounts: { demo: { flex: { USD: "10000000", XBT: "10" } } },
      instruments: [
        ...base,
        // a dated contract past its last trading time: listed, no longer tradeable
        { ...xbt, symbol: "FF_XBTUSD_OLD", tag: "month", perpetual: false, lastTradingTime: now - DAY },
        // a small maximum position size
        {
          ...xbt,
          symbol: "PF_SOLUSD",
          pair: "SOL:USD",
          base: "SOL",
          startPrice: "150",
          tickSize: "0.001",
          sizeDecimals: 2,
          maxPositionSize: "1000",
        },
      ],
    },
  });
});
afterAll(() => sim.close());
beforeEach(async () => {
  sim.futures.suspended.clear();
  sim.futures.postOnlyMarkets.clear();
  await futuresClient(sim).cancelAllOrders();
});

const sent = (id: string) => sim.recorder.requestsFor(id).length;

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

type Send = Parameters<ReturnType<typeof futuresClient>["sendOrder"]>[0];
const lmt = (symbol: string, limitPrice: string, size: string, extra: Partial<Send> = {}): Send => ({
  orderType: "lmt",
  symbol,
  side: "buy",
  size,
  limitPrice,
  ...extra,
});

describe("contract specs", () => {
  it("loadFuturesMarkets reads the instruments endpoint: tick, size step, contract size, max position, margin levels, tradeable", async () => {
    const f = futuresClient(sim);
    const before = sent("getInstruments");
    const contracts = await loadFuturesMarkets(f);
    expect(sent("getInstruments") - before).toBe(1);
    const pf = contracts.get("PF_XBTUSD");
    expect([pf.assetClass, pf.base, pf.quote, pf.priceTick, pf.qtyStep, pf.minQty()]).toEqual([
      "derivatives",
      "BTC",
      "USD",
      "0.5",
      "0.0001",
      "0.0001",
    ]);
    expect(pf.contract).toMatchObject({
      type: "flexible_futures",
      contractSize: "1",
      perpetual: true,
      tradeable: true,
      postOnly: false,
      contractValueTradePrecision: 4,
      impactMidSize: "1",
      maxPositionSize: "1000000",
      fundingRateCoefficient: "8",
      maxRelativeFundingRate: "0.001",
      openingDate: "2022-01-01T00:00:00.000Z",
    });
    expect(pf.contract?.marginLevels[1]).toEqual({
      from: "500000",
      initialMargin: "0.04",
      maintenanceMargin: "0.02",
    });
    expect(pf.leverageBuy).toEqual([50]);
    const old = contracts.get("FF_XBTUSD_OLD").contract;
    expect([old?.perpetual, old?.tradeable, typeof old?.lastTradingTime]).toEqual([false, false, "string"]);
    // reused within the TTL: no second request
    await loadFuturesMarkets(f);
    expect(sent("getInstruments") - before).toBe(1);
  });

  it("loads again once the TTL has passed (fake clock)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const f = futuresClient(sim);
      const before = sent("getInstruments");
      const first = await loadFuturesMarkets(f, { ttlMs: 60_000 });
      vi.setSystemTime(Date.now() + 59_000);
      expect(await loadFuturesMarkets(f, { ttlMs: 60_000 })).toBe(first);
      vi.setSystemTime(Date.now() + 2_000);
      expect(await loadFuturesMarkets(f, { ttlMs: 60_000 })).not.toBe(first);
      expect(sent("getInstruments") - before).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("leverage is the whole part of 1 / initial margin, exactly", () => {
    const lev = (initialMargin: string) =>
      new Markets(
        fromDerivatives({
          instruments: [
            {
              symbol: "PF_X",
              tradeable: true,
              marginLevels: [{ contracts: "0", initialMargin, maintenanceMargin: "0.01" }],
            },
          ],
        }),
      ).get("PF_X").leverageBuy;
    expect([lev("0.02"), lev("0.03"), lev("0.1"), lev("1"), lev("0")]).toEqual([[50], [33], [10], [1], []]);
  });

  it("a negative contractValueTradePrecision steps sizes by 10", () => {
    const m = new Markets(
      fromDerivatives({
        instruments: [
          { symbol: "PF_DOGEUSD", tickSize: "0.000001", contractValueTradePrecision: -1, tradeable: true },
        ],
      }),
    );
    expect([m.get("PF_DOGEUSD").qtyStep, m.get("PF_DOGEUSD").minQty()]).toEqual(["10", "10"]);
    const e = caught(
      Promise.resolve().then(() =>
        checkFuturesOrderRules(m, "sendOrder", lmt("PF_DOGEUSD", "0.1", "15") as Record<string, unknown>),
      ),
    );
    return expect(e).resolves.toMatchObject({
      rule: "step",
      nearest: ["10", "20"],
      krakenError: "invalidSize",
    });
  });
});

/** Each rule: the order breaking it, a venue setup, the field, the rule and the venue's status. */
const CASES: Array<[string, Send, (() => void) | undefined, string, string, string]> = [
  [
    "limit price off the tick",
    lmt("PF_XBTUSD", "65000.3", "0.01"),
    undefined,
    "limitPrice",
    "tick",
    "invalidPrice",
  ],
  ["zero limit price", lmt("PF_XBTUSD", "0", "0.01"), undefined, "limitPrice", "positive", "invalidPrice"],
  [
    "post order price off the tick",
    { ...lmt("PF_ETHUSD", "3400.255", "0.01"), orderType: "post" },
    undefined,
    "limitPrice",
    "tick",
    "invalidPrice",
  ],
  [
    "stop price off the tick",
    { orderType: "stp", symbol: "PF_XBTUSD", side: "sell", size: "0.01", stopPrice: "60000.2" },
    undefined,
    "stopPrice",
    "tick",
    "invalidPrice",
  ],
  [
    "limit of a stop off the tick",
    {
      orderType: "stp",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.01",
      stopPrice: "60000",
      limitPrice: "59999.9",
    },
    undefined,
    "limitPrice",
    "tick",
    "invalidPrice",
  ],
  ["size off the step", lmt("PF_XBTUSD", "60000", "0.00001"), undefined, "size", "step", "invalidSize"],
  ["zero size", lmt("PF_XBTUSD", "60000", "0"), undefined, "size", "positive", "invalidSize"],
  [
    "size above the maximum position",
    lmt("PF_SOLUSD", "140", "1000.01"),
    undefined,
    "size",
    "maxPosition",
    "invalidSize",
  ],
  [
    "suspended contract",
    lmt("PF_XBTUSD", "60000", "0.01"),
    () => sim.futures.suspended.add("PF_XBTUSD"),
    "symbol",
    "status",
    "marketSuspended",
  ],
  [
    "post-only contract, lmt order",
    lmt("PF_XBTUSD", "60000", "0.01"),
    () => sim.futures.postOnlyMarkets.add("PF_XBTUSD"),
    "symbol",
    "status",
    "marketIsPostOnly",
  ],
  [
    "contract past its last trading time",
    lmt("FF_XBTUSD_OLD", "60000", "0.01"),
    undefined,
    "symbol",
    "status",
    "marketInactive",
  ],
];

describe("Derivatives order rules before sending agree with the venue's answer", () => {
  it.each(CASES)("%s", async (_name, order, setup, field, rule, status) => {
    setup?.();
    const f = futuresClient(sim);
    // the registry sees the venue as it is now (suspended, post-only)
    const contracts = await loadFuturesMarkets(f, { ttlMs: 0 });
    const before = sent("sendOrder");
    const local = await caught(f.sendOrder(order));
    expect(local).toBeInstanceOf(KrakenOrderRuleError);
    const e = local as KrakenOrderRuleError;
    expect([e.field, e.rule, e.krakenError, e.pair]).toEqual([
      field,
      rule,
      status,
      contracts.get(order.symbol).symbol,
    ]);
    expect(sent("sendOrder")).toBe(before); // nothing sent
    const remote = await caught(f.sendOrder(order, { checkRules: false }));
    expect(remote).toBeInstanceOf(KrakenOrderRejectedError);
    expect((remote as KrakenOrderRejectedError).status).toBe(status);
    expect(sent("sendOrder")).toBe(before + 1);
  });

  it("names the nearest valid values", async () => {
    const f = futuresClient(sim);
    await loadFuturesMarkets(f);
    const tick = (await caught(f.sendOrder(lmt("PF_XBTUSD", "65000.3", "0.01")))) as KrakenOrderRuleError;
    expect(tick.nearest).toEqual(["65000.0", "65000.5"]);
    const step = (await caught(f.sendOrder(lmt("PF_XBTUSD", "65000", "0.12345")))) as KrakenOrderRuleError;
    expect(step.nearest).toEqual(["0.1234", "0.1235"]);
  });

  it("checks edits (given the contract as market) and every send and edit of a batch, as the venue does", async () => {
    const f = futuresClient(sim);
    await loadFuturesMarkets(f);
    const placed = await f.sendOrder(lmt("PF_XBTUSD", "50000", "0.01"));
    const orderId = placed.sendStatus.order_id!;
    const edit = { orderId, limitPrice: "50000.2" };
    const before = sent("editOrderSpring");
    // an edit names no contract: unchecked unless the call names one
    const unnamed = await caught(f.editOrderSpring(edit));
    expect(unnamed).toBeInstanceOf(KrakenOrderRejectedError);
    expect((unnamed as KrakenOrderRejectedError).status).toBe("invalidPrice");
    const named = (await caught(f.editOrderSpring(edit, { market: "PF_XBTUSD" }))) as KrakenOrderRuleError;
    expect([named.field, named.rule, named.krakenError]).toEqual(["limitPrice", "tick", "invalidPrice"]);
    const size = (await caught(
      f.editOrderSpring({ orderId, size: "0.000001" }, { market: "PF_XBTUSD" }),
    )) as KrakenOrderRuleError;
    expect([size.field, size.rule]).toEqual(["size", "step"]);
    expect(sent("editOrderSpring") - before).toBe(1);
    // the venue refuses an off-step size in either qtyMode
    for (const qtyMode of ["ABSOLUTE", "RELATIVE"] as const) {
      const remote = await caught(
        f.editOrderSpring({ orderId, size: "0.000001", qtyMode }, { checkRules: false }),
      );
      expect((remote as KrakenOrderRejectedError).status).toBe("invalidSize");
    }
    await expect(
      f.editOrderSpring({ orderId, limitPrice: "50000.5" }, { market: "PF_XBTUSD" }),
    ).resolves.toBeDefined();

    const batch = (second: Record<string, unknown>) => ({
      json: {
        batchOrder: [
          {
            order: "send",
            order_tag: "a",
            orderType: "lmt",
            symbol: "PF_XBTUSD",
            side: "buy",
            size: "0.01",
            limitPrice: "50000",
          },
          second,
        ],
      },
    });
    const badSend = batch({
      order: "send",
      order_tag: "b",
      orderType: "lmt",
      symbol: "PF_ETHUSD",
      side: "buy",
      size: "0.0001",
      limitPrice: "3000",
    });
    const badEdit = batch({ order: "edit", order_id: orderId, limitPrice: "50000.1" });
    const b0 = sent("sendBatchOrder");
    const local = (await caught(f.sendBatchOrder(badSend as never))) as KrakenOrderRuleError;
    expect([local.rule, local.krakenError, local.pair]).toEqual(["step", "invalidSize", "PF_ETHUSD"]);
    const localEdit = (await caught(
      f.sendBatchOrder(badEdit as never, { market: "PF_XBTUSD" }),
    )) as KrakenOrderRuleError;
    expect([localEdit.rule, localEdit.krakenError]).toEqual(["tick", "invalidPrice"]);
    expect(sent("sendBatchOrder")).toBe(b0);
    for (const [bad, status] of [
      [badSend, "invalidSize"],
      [badEdit, "invalidPrice"],
    ] as const) {
      const remote = (await caught(
        f.sendBatchOrder(bad as never, { checkRules: false }),
      )) as KrakenOrderRejectedError;
      expect([remote.status, remote.index]).toEqual([status, 1]);
    }
  });

  it("passes valid orders, post orders on a post-only contract, and other calls", async () => {
    sim.futures.postOnlyMarkets.add("PF_ETHUSD");
    const f = futuresClient(sim);
    await loadFuturesMarkets(f, { ttlMs: 0 });
    await expect(f.sendOrder(lmt("PF_XBTUSD", "50000.5", "0.0100"))).resolves.toBeDefined();
    await expect(
      f.sendOrder({ ...lmt("PF_ETHUSD", "3000.01", "0.01"), orderType: "post" }),
    ).resolves.toBeDefined();
    await expect(f.sendOrder(lmt("PF_UNKNOWN", "1.23", "1"))).rejects.not.toBeInstanceOf(
      KrakenOrderRuleError,
    );
    await expect(f.getOpenOrders()).resolves.toBeDefined();
  });

  it("opts out per client, and seeds offline from a snapshot without asking Kraken", async () => {
    const loaded = await loadFuturesMarkets(futuresClient(sim));
    const other = futuresClient(sim);
    await loadFuturesMarkets(other, { checkOrders: false, snapshot: loaded });
    const e = await caught(other.sendOrder(lmt("PF_XBTUSD", "65000.3", "0.01")));
    expect(e).toBeInstanceOf(KrakenOrderRejectedError);
    const offline = futuresClient(sim);
    const before = sent("getInstruments");
    const copy = new Markets(JSON.parse(JSON.stringify(loaded.snapshot())));
    await loadFuturesMarkets(offline, { snapshot: copy });
    expect(sent("getInstruments")).toBe(before);
    await expect(offline.sendOrder(lmt("PF_XBTUSD", "65000.3", "0.01"))).rejects.toBeInstanceOf(
      KrakenOrderRuleError,
    );
  });
});
