// The markets registry against the embedded simulator over loopback: every name form (xStock and Earn
// balance included), results by symbol, each order rule checked locally and answered by the simulator
// with the same Kraken error, WebSocket checks, the instrument channel, and the Derivatives source.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { futuresOperations } from "../../generated/futures/index.js";
import {
  fromDerivatives,
  KrakenApiError,
  KrakenOrderRuleError,
  KrakenRest,
  KrakenValidationError,
  loadMarkets,
  Markets,
  marketsFromWs,
} from "../../src/index.js";
import {
  DEFAULT_ASSETS,
  DEFAULT_PAIRS,
  DEMO_API_KEY,
  DEMO_API_SECRET,
  type KrakenSimulator,
  type SimAsset,
  type SimPair,
  startKrakenSimulator,
  XSTOCK_ASSET,
  XSTOCK_PAIR,
} from "../../src/testing/index.js";
import { parseExactJson } from "../../src/util/exact-json.js";
import { clientFor } from "../ws/helpers/client.js";
import { type ScriptServer, startScriptServer } from "../ws/helpers/script-server.js";

const usd = (id: string, ws: string, status: SimPair["status"]): SimPair => ({
  ...DEFAULT_PAIRS[1]!,
  id: `${id}USD`,
  altname: `${id}USD`,
  wsname: `${ws}/USD`,
  base: id,
  status,
  ordermin: "10",
  startPrice: "1.00",
});
const asset = (id: string, altname: string, wsname: string): SimAsset => ({
  id,
  altname,
  wsname,
  decimals: 8,
  displayDecimals: 4,
});
const ASSETS = [
  ...DEFAULT_ASSETS,
  XSTOCK_ASSET,
  asset("XXDG", "XDG", "DOGE"),
  asset("SOL", "SOL", "SOL"),
  asset("ADA", "ADA", "ADA"),
  asset("DOT", "DOT", "DOT"),
  asset("XLTC", "LTC", "LTC"),
];
const PAIRS: SimPair[] = [
  { ...DEFAULT_PAIRS[0]!, leverageBuy: [2, 3, 4, 5], leverageSell: [2, 3] },
  ...DEFAULT_PAIRS.slice(1),
  XSTOCK_PAIR,
  { ...usd("XXDG", "DOGE", "post_only"), id: "XDGUSD", altname: "XDGUSD" },
  usd("SOL", "SOL", "limit_only"),
  usd("ADA", "ADA", "reduce_only"),
  usd("DOT", "DOT", "cancel_only"),
  { ...usd("XLTC", "LTC", "delisted"), id: "XLTCZUSD", altname: "LTCUSD" },
];

let sim: KrakenSimulator;
let rest: KrakenRest;
let markets: Markets;

beforeAll(async () => {
  sim = await startKrakenSimulator({
    market: false,
    exchange: {
      pairs: PAIRS,
      assets: ASSETS,
      accounts: { demo: { ZUSD: "1000000", XXBT: "25", "XBT.F": "0.5" } },
    },
  });
  rest = new KrakenRest({ baseUrl: sim.restUrl, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
  markets = await loadMarkets(rest);
});
afterAll(() => sim.close());

describe("names", () => {
  it("finds BTC/USD by its WS v2 symbol, v1 wsname, altname and REST key, any case", () => {
    for (const n of ["BTC/USD", "XBT/USD", "XBTUSD", "XXBTZUSD", "btc/usd", "BTCUSD"]) {
      const m = markets.get(n);
      expect(m.symbol).toBe("BTC/USD");
      expect(m.wsname).toBe("XBT/USD");
      expect(m.altname).toBe("XBTUSD");
      expect(m.restKey).toBe("XXBTZUSD");
      expect([m.base, m.quote, m.krakenBase, m.krakenQuote]).toEqual(["BTC", "USD", "XXBT", "ZUSD"]);
      expect([m.priceTick, m.priceDecimals, m.qtyStep, m.qtyDecimals, m.ordermin, m.costmin]).toEqual([
        "0.1",
        1,
        "0.00000001",
        8,
        "0.0001",
        "0.5",
      ]);
      expect(m.leverageBuy).toEqual([2, 3, 4, 5]);
      expect(m.marginable).toBe(true);
    }
    expect(markets.toRest("BTC/USD")).toBe("XXBTZUSD");
    expect(markets.toWs("XXBTZUSD")).toBe("BTC/USD");
  });

  it("names DOGE in common codes (not XDG/XXDG), and an xStock with its asset class", () => {
    expect(markets.get("XDGUSD").symbol).toBe("DOGE/USD");
    expect(markets.get("DOGE/USD").krakenBase).toBe("XXDG");
    const aapl = markets.get("AAPLx/USD");
    expect([aapl.restKey, aapl.base, aapl.assetClass]).toEqual(["AAPLxUSD", "AAPLx", "tokenized_asset"]);
  });

  it("normalises asset codes both ways, Earn suffixes and legacy X/Z prefixes included", async () => {
    expect(
      ["XXBT", "XBT", "BTC", "XXDG", "XDG", "ZUSD", "XETH", "AAPLx"].map((c) => markets.asset(c)),
    ).toEqual(["BTC", "BTC", "BTC", "DOGE", "DOGE", "USD", "ETH", "AAPLx"]);
    expect(["BTC", "DOGE", "USD", "AAPLx"].map((c) => markets.krakenAsset(c))).toEqual([
      "XXBT",
      "XXDG",
      "ZUSD",
      "AAPLx",
    ]);
    const balances = (await rest.getAccountBalance()) as Record<string, string>;
    expect(balances["XBT.F"]).toBe("0.50000000");
    expect(markets.asset("XBT.F")).toBe("BTC.F");
    expect(markets.krakenAsset("BTC.F")).toBe("XBT.F");
    for (const s of [".B", ".S", ".M", ".P"]) expect(markets.asset(`XETH${s}`)).toBe(`ETH${s}`);
    expect(markets.asset("ZEUR")).toBe("EUR"); // not listed: Kraken's naming rules
  });

  it("an unknown name is a KrakenValidationError listing the closest matches", () => {
    const err = (() => {
      try {
        markets.get("BTC/USDT");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(KrakenValidationError);
    expect((err as Error).message).toMatch(/did you mean BTC\/USD/);
  });

  it("reads ticker, depth, OHLC and trades by WS symbol, Kraken's values untouched", async () => {
    const ticker = await rest.getTickerInformation({ pair: "XBTUSD" });
    const by = markets.bySymbol(ticker as Record<string, unknown>);
    expect(Object.keys(by)).toEqual(["BTC/USD"]);
    expect(by["BTC/USD"]).toBe((ticker as Record<string, unknown>).XXBTZUSD);
    const depth = await rest.getOrderBook({ pair: "ETHUSD", count: 2 });
    expect(markets.pick(depth as Record<string, unknown>, "ETH/USD")).toBeDefined();
    const ohlc = markets.bySymbol((await rest.getOHLCData({ pair: "XBTUSD" })) as Record<string, unknown>);
    expect(Object.keys(ohlc).sort()).toEqual(["BTC/USD", "last"]);
    const trades = markets.bySymbol(
      (await rest.getRecentTrades({ pair: "XBTUSD" })) as Record<string, unknown>,
    );
    expect(Object.keys(trades).sort()).toEqual(["BTC/USD", "last"]);
  });

  it("rounds exactly and rebuilds offline from a snapshot", () => {
    const btc = markets.get("XBTUSD");
    expect(btc.roundPrice("37500.04", "down")).toBe("37500.0");
    expect(btc.roundPrice("37500.04", "up")).toBe("37500.1");
    expect(btc.roundPrice("37500.05", "nearest")).toBe("37500.1");
    expect(btc.roundQty("0.123456789", "down")).toBe("0.12345678");
    expect(btc.minQty()).toBe("0.00010000");
    expect(btc.costOf("0.5", "37500.0")).toBe("18750.00");
    const copy = new Markets(JSON.parse(JSON.stringify(markets.snapshot())));
    expect(copy.get("XXBTZUSD").roundPrice("1.05", "down")).toBe("1.0");
  });
});

type Order = Record<string, unknown>;
const limit = (pair: string, price: string, volume: string, extra: Order = {}): Order => ({
  ordertype: "limit",
  type: "buy",
  pair,
  price,
  volume,
  ...extra,
});

/** Each rule: an order breaking it, the field, the rule and Kraken's answer. */
const CASES: Array<[string, Order, string, string, string]> = [
  [
    "price off the tick",
    limit("XBTUSD", "37500.05", "0.01"),
    "price",
    "tick",
    "EOrder:Tick size check failed",
  ],
  [
    "price with too many decimals",
    limit("ETHUSD", "3200.001", "0.01"),
    "price",
    "tick",
    "EOrder:Tick size check failed",
  ],
  [
    "price2 off the tick",
    {
      ordertype: "stop-loss-limit",
      type: "sell",
      pair: "XBTUSD",
      price: "30000.0",
      price2: "29999.95",
      volume: "0.01",
    },
    "price2",
    "tick",
    "EOrder:Tick size check failed",
  ],
  [
    "trigger price of a stop off the tick",
    { ordertype: "stop-loss", type: "sell", pair: "XBTUSD", price: "30000.01", volume: "0.01" },
    "price",
    "tick",
    "EOrder:Tick size check failed",
  ],
  ["zero price", limit("XBTUSD", "0", "0.01"), "price", "positive", "EOrder:Invalid price"],
  [
    "too many qty decimals",
    limit("XBTUSD", "37500.0", "0.123456789"),
    "volume",
    "decimals",
    "EGeneral:Invalid arguments:volume",
  ],
  [
    "below ordermin",
    limit("XBTUSD", "37500.0", "0.00001"),
    "volume",
    "ordermin",
    "EOrder:Order minimum not met",
  ],
  ["below costmin", limit("AAPLxUSD", "1.00", "1"), "volume", "costmin", "EOrder:Cost minimum not met"],
  [
    "cancel_only market",
    limit("DOTUSD", "1.00", "10"),
    "status",
    "status",
    "EService:Market in cancel_only mode",
  ],
  [
    "post_only market without post",
    limit("XDGUSD", "1.00", "10"),
    "status",
    "status",
    "EService:Market in post_only mode",
  ],
  [
    "limit_only market, market order",
    { ordertype: "market", type: "buy", pair: "SOL/USD", volume: "10" },
    "status",
    "status",
    "EService:Market in limit_only mode",
  ],
  [
    "reduce_only market without reduce_only",
    limit("ADAUSD", "1.00", "10"),
    "status",
    "status",
    "EService:Market in reduce_only mode",
  ],
  ["delisted market", limit("XLTCZUSD", "1.00", "10"), "status", "status", "EQuery:Unknown asset pair"],
  [
    "leverage not offered",
    limit("XBTUSD", "37500.0", "0.01", { leverage: "10" }),
    "leverage",
    "leverage",
    "EGeneral:Invalid arguments:leverage",
  ],
  [
    "leverage on a spot-only pair",
    limit("ETHUSD", "3200.00", "0.01", { leverage: "2" }),
    "leverage",
    "leverage",
    "EGeneral:Invalid arguments:leverage",
  ],
];

describe("order rules before sending agree with Kraken's answer", () => {
  it.each(CASES)("%s", async (_name, order, field, rule, kraken) => {
    const before = sim.recorder.requests.length;
    const local = await rest.addOrder(order as never).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(KrakenOrderRuleError);
    const e = local as KrakenOrderRuleError;
    expect([e.field, e.rule, e.krakenError]).toEqual([field, rule, kraken]);
    expect(e.pair).toBe(markets.get(order.pair as string).symbol);
    expect(sim.recorder.requests.length).toBe(before); // nothing sent
    const remote = await rest.addOrder(order as never, { checkRules: false }).catch((x: unknown) => x);
    expect(remote).toBeInstanceOf(KrakenApiError);
    expect((remote as KrakenApiError).errors).toContain(kraken);
  });

  it("names the nearest valid values", async () => {
    const tick = (await rest
      .addOrder(limit("XBTUSD", "37500.05", "0.01") as never)
      .catch((e: unknown) => e)) as KrakenOrderRuleError;
    expect(tick.nearest).toEqual(["37500.0", "37500.1"]);
    expect(tick.message).toMatch(/BTC\/USD/);
    const cost = (await rest
      .addOrder(limit("AAPLxUSD", "1.00", "1") as never)
      .catch((e: unknown) => e)) as KrakenOrderRuleError;
    expect(cost.nearest).toEqual(["5.00000000"]);
  });

  it("passes valid orders (post_only, reduce_only, leverage allowed) and checks batches, edits and amends", async () => {
    await expect(rest.addOrder(limit("XBTUSD", "37500.0", "0.01") as never)).resolves.toBeDefined();
    await expect(
      rest.addOrder(limit("XDGUSD", "1.00", "10", { oflags: "post" }) as never),
    ).resolves.toBeDefined();
    await expect(
      rest.addOrder(limit("XBTUSD", "37500.0", "0.01", { leverage: "3" }) as never),
    ).resolves.toBeDefined();
    const batch = await rest
      .addOrderBatch({
        pair: "XBTUSD",
        orders: [
          { ordertype: "limit", type: "buy", price: "100.0", volume: "0.01" },
          { ordertype: "limit", type: "buy", price: "100.05", volume: "0.01" },
        ],
      } as never)
      .catch((e: unknown) => e);
    expect((batch as KrakenOrderRuleError).field).toBe("price");
    const edit = await rest
      .editOrder({ txid: "OABC", pair: "XBTUSD", price: "1.01" } as never)
      .catch((e: unknown) => e);
    expect((edit as KrakenOrderRuleError).rule).toBe("tick");
    const amend = await rest
      .amendOrder({ txid: "OABC", limit_price: "1.01" } as never, { market: "BTC/USD" })
      .catch((e: unknown) => e);
    expect((amend as KrakenOrderRuleError).rule).toBe("tick");
  });

  it("opts out per client", async () => {
    const other = new KrakenRest({ baseUrl: sim.restUrl, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
    await loadMarkets(other, { checkOrders: false });
    const e = await other.addOrder(limit("XBTUSD", "37500.05", "0.01") as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KrakenApiError);
  });
});

describe("the TTL cache", () => {
  afterEach(() => vi.useRealTimers());
  it("reuses a registry within its TTL and loads again after it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const c = new KrakenRest({ baseUrl: sim.restUrl });
    const asked = () => sim.recorder.requests.filter((r) => r.operationId === "getTradableAssetPairs").length;
    const n = asked();
    const a = await loadMarkets(c, { ttlMs: 60_000 });
    vi.advanceTimersByTime(59_000);
    expect(await loadMarkets(c, { ttlMs: 60_000 })).toBe(a);
    expect(asked()).toBe(n + 1);
    vi.advanceTimersByTime(1_000);
    const b = await loadMarkets(c, { ttlMs: 60_000 });
    expect(b).not.toBe(a);
    expect(asked()).toBe(n + 2);
  });

  it("seeds from a snapshot offline: no request at all", async () => {
    const c = new KrakenRest({ baseUrl: "http://127.0.0.1:9" });
    const seeded = new Markets(markets.snapshot());
    expect(await loadMarkets(c, { snapshot: seeded })).toBe(seeded);
    const e = await c.addOrder(limit("XBTUSD", "1.01", "1") as never).catch((x: unknown) => x);
    expect((e as KrakenOrderRuleError).rule).toBe("tick");
  });
});

/** WebSocket forms of the rule cases: the local check and the simulator's WS answer agree. */
const WS_CASES: Array<[string, Record<string, unknown>, string]> = [
  [
    "tick",
    { order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500.05", order_qty: "0.01" },
    "EOrder:Tick size check failed",
  ],
  [
    "trigger tick",
    {
      order_type: "stop-loss",
      side: "sell",
      symbol: "BTC/USD",
      order_qty: "0.01",
      triggers: { price: "30000.01" },
    },
    "EOrder:Tick size check failed",
  ],
  [
    "ordermin",
    { order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500.0", order_qty: "0.00001" },
    "EOrder:Order minimum not met",
  ],
  [
    "costmin",
    { order_type: "limit", side: "buy", symbol: "AAPLx/USD", limit_price: "1.00", order_qty: "1" },
    "EOrder:Cost minimum not met",
  ],
  [
    "cancel_only",
    { order_type: "limit", side: "buy", symbol: "DOT/USD", limit_price: "1.00", order_qty: "10" },
    "EService:Market in cancel_only mode",
  ],
  [
    "post_only",
    { order_type: "limit", side: "buy", symbol: "DOGE/USD", limit_price: "1.00", order_qty: "10" },
    "EService:Market in post_only mode",
  ],
  [
    "limit_only",
    { order_type: "market", side: "buy", symbol: "SOL/USD", order_qty: "10" },
    "EService:Market in limit_only mode",
  ],
  [
    "reduce_only",
    { order_type: "limit", side: "buy", symbol: "ADA/USD", limit_price: "1.00", order_qty: "10" },
    "EService:Market in reduce_only mode",
  ],
];

describe("WebSocket rules agree with the simulator's answers", () => {
  let ws: ReturnType<typeof clientFor>;
  beforeAll(async () => {
    ws = clientFor({ publicUrl: sim.wsUrl, authUrl: sim.wsAuthUrl, l3Url: sim.wsL3Url } as ScriptServer, {
      getToken: async () => sim.exchange.tokens.issue("demo", "test-key").token,
    });
    await marketsFromWs(ws);
  });
  afterAll(() => ws.close());
  it.each(WS_CASES)("%s", async (_name, order, kraken) => {
    const local = await ws.addOrder(order as never).catch((e: unknown) => e);
    expect(local, String(local)).toBeInstanceOf(KrakenOrderRuleError);
    expect((local as KrakenOrderRuleError).krakenError).toBe(kraken);
    const remote = await ws.addOrder(order as never, { checkRules: false }).catch((e: unknown) => e);
    expect(String((remote as Error).message)).toContain(kraken);
  });
});

describe("WebSocket", () => {
  it("builds from the instrument channel (xStocks included) and checks WS orders, with Kraken's answer when opted out", async () => {
    const ws = clientFor(
      { publicUrl: sim.wsUrl, authUrl: sim.wsAuthUrl, l3Url: sim.wsL3Url } as ScriptServer,
      {
        getToken: async () => sim.exchange.tokens.issue("demo", "test-key").token,
      },
    );
    try {
      const m = await marketsFromWs(ws);
      expect(m.get("BTC/USD").priceTick).toBe("0.1");
      expect(m.get("AAPLx/USD").costmin).toBe("5.0");
      expect(m.get("DOGE/USD").status).toBe("post_only");
      expect(m.toRest("DOGE/USD")).toBe("XDGUSD"); // Kraken's altname, which REST accepts
      const order = {
        order_type: "limit" as const,
        side: "buy" as const,
        symbol: "BTC/USD",
        limit_price: "37500.05",
        order_qty: "0.01",
      };
      const local = await ws.addOrder(order).catch((e: unknown) => e);
      expect(local, String(local)).toBeInstanceOf(KrakenOrderRuleError);
      expect((local as KrakenOrderRuleError).krakenError).toBe("EOrder:Tick size check failed");
      const remote = await ws.addOrder(order, { checkRules: false }).catch((e: unknown) => e);
      expect(String((remote as Error).message)).toContain("EOrder:Tick size check failed");
      const batch = await ws
        .batchAdd({
          symbol: "BTC/USD",
          orders: [
            { order_type: "limit", side: "buy", limit_price: "100.0", order_qty: "0.01" },
            { order_type: "limit", side: "buy", limit_price: "100.0", order_qty: "0.00001" },
          ],
        } as never)
        .catch((e: unknown) => e);
      expect((batch as KrakenOrderRuleError).rule).toBe("ordermin");
      const edit = await ws
        .editOrder({ order_id: "OABC", symbol: "BTC/USD", order_qty: "0.123456789" } as never)
        .catch((e: unknown) => e);
      expect((edit as KrakenOrderRuleError).rule).toBe("decimals");
      const amend = await ws
        .amendOrder({ order_id: "OABC", limit_price: "1.01" } as never, { market: "BTC/USD" })
        .catch((e: unknown) => e);
      expect((amend as KrakenOrderRuleError).rule).toBe("tick");
    } finally {
      await ws.close();
    }
  });
});

describe("instrument updates", () => {
  it("refresh a registry loaded from REST: new rules and status, REST names kept", async () => {
    const server = await startScriptServer();
    const ws = clientFor(server);
    const c = new KrakenRest({ baseUrl: sim.restUrl });
    try {
      const pair = (status: string, tick: string) => ({
        symbol: "BTC/USD",
        base: "BTC",
        quote: "USD",
        status,
        qty_precision: 8,
        qty_increment: "0.00000001",
        qty_min: "0.0001",
        price_precision: 1,
        price_increment: tick,
        cost_precision: 5,
        cost_min: "0.5",
        marginable: true,
      });
      const updates: Markets[] = [];
      const loading = loadMarkets(c, { ws, onUpdate: (m) => updates.push(m) });
      await server.waitFor(() => server.open("/public").some((x) => x.subs.has("instrument|")));
      server.push("/public", "instrument", {
        channel: "instrument",
        type: "snapshot",
        data: {
          assets: [],
          pairs: [pair("online", "0.1"), { ...pair("online", "0.01"), symbol: "ETH/USD", base: "ETH" }],
        },
      });
      const first = await loading;
      expect(first.get("XXBTZUSD").priceTick).toBe("0.1");
      server.push("/public", "instrument", {
        channel: "instrument",
        type: "update",
        data: { assets: [], pairs: [pair("post_only", "0.5")] },
      });
      await server.waitFor(() => updates.length > 0);
      const now = await loadMarkets(c, { ws });
      const btc = now.get("XXBTZUSD");
      expect([btc.status, btc.priceTick, btc.restKey, btc.wsname]).toEqual([
        "post_only",
        "0.5",
        "XXBTZUSD",
        "XBT/USD",
      ]);
      expect(now.get("ETH/USD").restKey).toBe("XETHZUSD"); // an update keeps the markets it does not list
      const e = await c.addOrder(limit("XBTUSD", "37500.0", "0.01") as never).catch((x: unknown) => x);
      expect((e as KrakenOrderRuleError).krakenError).toBe("EService:Market in post_only mode");
    } finally {
      await ws.close();
      await server.close();
    }
  });
});

describe("Derivatives source", () => {
  it("builds contracts with specs from the Derivatives instruments answer", async () => {
    const text = await (await fetch(`${sim.futuresUrl}/derivatives/api/v3/instruments`)).text();
    const answer = parseExactJson(text, new Set(futuresOperations.getInstruments.exact)) as Parameters<
      typeof fromDerivatives
    >[0];
    const d = new Markets(fromDerivatives(answer));
    const pf = d.get("pf_xbtusd");
    expect([pf.assetClass, pf.base, pf.quote, pf.priceTick, pf.qtyStep, pf.status]).toEqual([
      "derivatives",
      "BTC",
      "USD",
      "0.5",
      "0.0001",
      "online",
    ]);
    expect(pf.contract?.perpetual).toBe(true);
    expect(pf.contract?.contractSize).toBe("1");
    expect(pf.contract?.marginLevels[0]).toEqual({
      from: "0",
      initialMargin: "0.02",
      maintenanceMargin: "0.01",
    });
    expect(pf.leverageBuy).toEqual([50]);
    expect(pf.roundPrice("65000.3", "down")).toBe("65000.0");
    expect(d.list.some((m) => m.symbol.startsWith("FF_XBTUSD_") && m.contract?.perpetual === false)).toBe(
      true,
    );
  });
});

describe("the Spot API as Kraken changed it in 2026", () => {
  it("AssetPairs names each pair's execution venue and filters by it; the registry keeps it", async () => {
    const all = (await rest.getTradableAssetPairs({ execution_venue: "international" })) as Record<
      string,
      { execution_venue?: string }
    >;
    expect(all.XXBTZUSD?.execution_venue).toBe("international");
    expect(await rest.getTradableAssetPairs({ execution_venue: "bitnomial_exchange" })).toEqual({});
    expect(markets.get("BTC/USD").venue).toBe("international");
  });

  it("Ticker takes asset_class for xStocks", async () => {
    const t = await rest.getTickerInformation({ pair: "AAPLxUSD", asset_class: "tokenized_asset" });
    expect(Object.keys(markets.bySymbol(t as Record<string, unknown>))).toEqual(["AAPLx/USD"]);
  });

  it("TradeVolume takes pair as a list of { asset, aclass } objects (sent as JSON) and fee_schedule with its schedules", async () => {
    const tv = await rest.getTradeVolume({
      pair: [
        { asset: "AAPLx/USD", aclass: "equity_pair" },
        { asset: "PF_XBTUSD", aclass: "derivatives" },
      ],
      fee_schedule: true,
    });
    const sent = sim.recorder.requests.filter((r) => r.operationId === "getTradeVolume").at(-1);
    expect(sent?.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(sent?.rawBody ?? "{}").pair).toEqual([
      { asset: "AAPLx/USD", aclass: "equity_pair" },
      { asset: "PF_XBTUSD", aclass: "derivatives" },
    ]);
    expect(Object.keys(tv.fees ?? {}).sort()).toEqual(["AAPLxUSD", "PF_XBTUSD"]);
    expect(tv.fees?.PF_XBTUSD?.fee).toBe("0.0500");
    expect(tv.schedules?.AAPLxUSD).toMatchObject({
      fees: [
        [0, 0.4],
        [10000, 0.35],
        [50000, 0.24],
      ],
    });
    // names still work, and schedules come only when asked
    const plain = await rest.getTradeVolume({ pair: "XBTUSD,ETHUSD" });
    expect([Object.keys(plain.fees ?? {}).length, plain.schedules]).toEqual([2, undefined]);
    await expect(
      rest.getTradeVolume({ pair: [{ asset: "NOPE/USD", aclass: "equity_pair" }] }),
    ).rejects.toMatchObject({ errors: ["EQuery:Unknown asset pair"] });
    await expect(rest.getTradeVolume({ pair: [{ asset: "", aclass: "forex" }] })).rejects.toMatchObject({
      errors: ["EGeneral:Invalid arguments:pair"],
    });
  });

  it("AddOrder takes FOK and broker; AddOrderBatch takes broker", async () => {
    await expect(
      rest.addOrder({
        ...limit("XBTUSD", "37500.0", "0.01"),
        timeinforce: "FOK",
        broker: "partner-1",
      } as never),
    ).resolves.toBeDefined();
    const sent = sim.recorder.requests.filter((r) => r.operationId === "addOrder").at(-1);
    expect([sent?.params.timeinforce, sent?.params.broker]).toEqual(["FOK", "partner-1"]);
    await expect(
      rest.addOrderBatch({
        pair: "XBTUSD",
        broker: "partner-1",
        orders: [
          { ordertype: "limit", type: "buy", price: "100.0", volume: "0.01" },
          { ordertype: "limit", type: "buy", price: "100.1", volume: "0.01" },
        ],
      } as never),
    ).resolves.toBeDefined();
  });
});
