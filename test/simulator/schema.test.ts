import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEY, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { privateRaw } from "./helpers.js";

// Every REST operation of openapi.json answers with data that validates against its 200 schema.

interface SpecOperation {
  operationId: string;
  "x-kraken-encoding": "query" | "form" | "json";
  responses: Record<string, { content?: Record<string, unknown> }>;
}
const spec = JSON.parse(readFileSync(new URL("../../openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, SpecOperation>>;
};
const ops = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, "openapi.json");
const pointer = (path: string, method: string) =>
  `openapi.json#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}/responses/200/content/application~1json/schema`;

/** Values captured from earlier answers, used by later calls. */
const got: Record<string, string> = {};

/** Parameters per operation, in the order the operations run (stateful ones after their setup). */
const steps: Array<[string, (sim: KrakenSimulator) => Record<string, unknown>]> = [
  ["getServerTime", () => ({})],
  ["getSystemStatus", () => ({})],
  ["getAssetInfo", () => ({ asset: "XBT,ZUSD,PEPE" })],
  ["getTradableAssetPairs", () => ({})],
  ["getTickerInformation", () => ({ pair: "XBTUSD,PEPEUSD" })],
  ["addOrder", () => ({ pair: "XBTUSD", type: "buy", ordertype: "market", volume: "0.01" })],
  [
    "addOrder",
    () => ({
      pair: "XBTUSD",
      type: "buy",
      ordertype: "limit",
      price: "60000.0",
      volume: "0.01",
      cl_ord_id: "schema-1",
    }),
  ],
  ["getOHLCData", () => ({ pair: "XBTUSD", interval: "1" })],
  ["getOrderBook", () => ({ pair: "XBTUSD", count: "10" })],
  ["getRecentTrades", () => ({ pair: "XBTUSD" })],
  ["getRecentSpreads", () => ({ pair: "XBTUSD" })],
  ["getGroupedBook", () => ({ pair: "BTC/USD", depth: "10", grouping: "5" })],
  ["getPreTradeData", () => ({ symbol: "BTC/USD" })],
  ["getPostTradeData", () => ({ symbol: "BTC/USD" })],
  ["getLevel3Book", () => ({ pair: "BTC/USD", depth: "5" })],
  [
    "addOrderBatch",
    () => ({
      pair: "XBTUSD",
      orders: [
        { ordertype: "limit", type: "buy", volume: "0.01", price: "59000.0", userref: 42 },
        { ordertype: "limit", type: "sell", volume: "0.01", price: "71000.0" },
        { ordertype: "limit", type: "sell", volume: "0.01", price: "72000.0" },
      ],
    }),
  ],
  ["amendOrder", () => ({ cl_ord_id: "schema-1", order_qty: "0.02" })],
  ["editOrder", () => ({ txid: got.batch0!, pair: "XBTUSD", price: "58000.0" })],
  ["getOrderAmends", () => ({ order_id: got.limit! })],
  ["getOpenOrders", () => ({ trades: true })],
  ["getOrdersInfo", () => ({ txid: `${got.market},${got.limit}`, trades: true })],
  ["cancelOrder", () => ({ cl_ord_id: "schema-1" })],
  ["cancelOrderBatch", () => ({ orders: [got.batch1!, got.batch2!] })],
  ["cancelAllOrders", () => ({})],
  ["cancelAllOrdersAfter", () => ({ timeout: 60 })],
  ["getClosedOrders", () => ({ trades: true })],
  ["getTradeHistory", () => ({ ledgers: true })],
  ["getTradesInfo", () => ({ txid: got.trade! })],
  ["getLedgers", () => ({ asset: "XBT" })],
  ["getLedgersInfo", () => ({ id: got.ledger! })],
  ["getAccountBalance", () => ({})],
  ["getExtendedBalance", () => ({})],
  ["getCreditLines", () => ({})],
  ["getTradeBalance", () => ({ asset: "ZUSD" })],
  ["getOpenPositions", () => ({})],
  ["getTradeVolume", () => ({ pair: "XBTUSD" })],
  ["getWebsocketsToken", () => ({})],
  ["getDepositMethods", () => ({ asset: "XBT" })],
  ["getDepositAddresses", () => ({ asset: "XBT", method: "Bitcoin" })],
  ["getStatusRecentDeposits", () => ({ asset: "XBT" })],
  ["getWithdrawalMethods", () => ({ asset: "XBT" })],
  ["getWithdrawalAddresses", () => ({ asset: "XBT" })],
  ["getWithdrawalInformation", () => ({ asset: "XBT", key: "xbt-wallet", amount: "0.1" })],
  ["withdrawFunds", () => ({ asset: "XBT", key: "xbt-wallet", amount: "0.1" })],
  ["getStatusRecentWithdrawals", () => ({ asset: "XBT" })],
  ["cancelWithdrawal", () => ({ asset: "XBT", refid: got.refid! })],
  ["walletTransfer", () => ({ asset: "XBT", from: "Spot Wallet", to: "Futures Wallet", amount: "0.01" })],
  ["createSubaccount", () => ({ username: "sub1", email: "sub1@example.com" })],
  ["accountTransfer", () => ({ asset: "XBT", amount: "0.01", from: "demo", to: "sub1" })],
  ["listStrategies", () => ({})],
  ["allocateStrategy", () => ({ strategy_id: got.strategy!, amount: "0.5" })],
  ["getAllocateStrategyStatus", () => ({ strategy_id: got.strategy! })],
  ["listAllocations", () => ({ converted_asset: "USD" })],
  ["deallocateStrategy", () => ({ strategy_id: got.strategy!, amount: "0.25" })],
  ["getDeallocateStrategyStatus", () => ({ strategy_id: got.strategy! })],
  ["addExport", () => ({ report: "trades", description: "schema test" })],
  ["exportStatus", () => ({ report: "trades" })],
  ["retrieveExport", () => ({ id: got.export! })],
  ["removeExport", () => ({ id: got.export!, type: "delete" })],
  ["getApiKeyInfo", () => ({})],
  ["listWalletAccounts", () => ({})],
];

function capture(op: string, result: unknown, sim: KrakenSimulator): void {
  const r = result as Record<string, unknown>;
  if (op === "addOrder" && !got.market) got.market = (r.txid as string[])[0]!;
  else if (op === "addOrder") got.limit = (r.txid as string[])[0]!;
  if (op === "addOrderBatch") {
    const orders = r.orders as Array<{ txid: string }>;
    orders.forEach((o, i) => {
      got[`batch${i}`] = o.txid;
    });
  }
  if (op === "getTradeHistory") {
    got.trade = Object.keys(r.trades as object)[0]!;
    got.ledger = sim.accounts.get("demo").ledger[0]!.id;
  }
  if (op === "getStatusRecentDeposits") expect(result).toHaveLength(1); // the deposit made in beforeAll
  if (op === "withdrawFunds") got.refid = r.refid as string;
  if (op === "listStrategies")
    got.strategy = (r.items as Array<{ id: string; asset: string }>).find((s) => s.asset === "XBT")!.id;
  if (op === "addExport") got.export = r.id as string;
}

describe("every REST operation answers with schema-valid data", () => {
  let sim: KrakenSimulator;
  beforeAll(async () => {
    // The REST call counter is tested on its own; here it would throttle the bulk walk.
    sim = await startKrakenSimulator({ market: false, keys: [{ ...DEMO_KEY, rateLimit: false }] });
    sim.accounts.deposit("demo", "XBT", "0.5");
  });
  afterAll(() => sim.close());

  it("covers every operation in openapi.json", () => {
    const covered = new Set(steps.map(([id]) => id));
    expect(ops.map((o) => o.op.operationId).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const [index, [operationId, params]] of steps.entries()) {
    it(`${operationId} #${index}`, async () => {
      const entry = ops.find((o) => o.op.operationId === operationId)!;
      const name = entry.path.replace(/^\/(public|private)\//, "");
      let res: Response;
      if (entry.path.startsWith("/public/")) {
        const qs = new URLSearchParams(params(sim) as Record<string, string>).toString();
        res = await fetch(`${sim.restUrl}/0${entry.path}?${qs}`);
      } else {
        res = await privateRaw(sim.restUrl, name, params(sim), {
          json: entry.op["x-kraken-encoding"] === "json",
        });
      }
      expect(res.status).toBe(200);
      if (operationId === "retrieveExport") {
        expect(res.headers.get("content-type")).toBe("application/zip");
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
        return;
      }
      const body = (await res.json()) as { error: string[]; result: unknown };
      expect(body.error).toEqual([]);
      const validate =
        ajv.getSchema(pointer(entry.path, entry.method)) ??
        ajv.compile({ $ref: pointer(entry.path, entry.method) });
      const ok = validate(body);
      expect(ok ? [] : validate.errors).toEqual([]);
      capture(operationId, body.result, sim);
    });
  }
});

describe("public market data stays schema-valid after the market generator ran", () => {
  let sim: KrakenSimulator;
  beforeAll(async () => {
    sim = await startKrakenSimulator({ market: { autoStart: false, seed: 3 } });
    sim.market!.run(3000);
  });
  afterAll(() => sim.close());

  const publicOps: Array<[string, Record<string, string>]> = [
    ["/public/Ticker", {}],
    ["/public/Depth", { pair: "PEPEUSD", count: "500" }],
    ["/public/Trades", { pair: "PEPEUSD" }],
    ["/public/OHLC", { pair: "ETHXBT", interval: "5" }],
    ["/public/Spread", { pair: "XBTUSD" }],
    ["/public/GroupedBook", { pair: "ETH/USD", depth: "25", grouping: "10" }],
    ["/public/PreTrade", { symbol: "PEPE/USD" }],
    ["/public/PostTrade", {}],
  ];
  for (const [path, query] of publicOps) {
    it(path, async () => {
      const res = await fetch(`${sim.restUrl}/0${path}?${new URLSearchParams(query)}`);
      const body = (await res.json()) as { error: string[] };
      expect(body.error).toEqual([]);
      const validate = ajv.getSchema(pointer(path, "get")) ?? ajv.compile({ $ref: pointer(path, "get") });
      expect(validate(body) ? [] : validate.errors).toEqual([]);
    });
  }
});
