// Every Derivatives operation in an order that sets up what later calls need, with its parameters:
// shared by the coverage test (Kraken's official schemas) and the test against our own spec.
import type { KrakenSimulator } from "../../src/testing/index.js";
import { type Answer, pub, signed } from "./helpers.js";

type Method = "GET" | "POST" | "PUT" | "DELETE";

/** One call: operationId, method, path template, auth, parameters (a function of earlier answers). */
export interface Step {
  readonly operationId: string;
  readonly method: Method;
  readonly path: string;
  readonly auth: boolean;
  readonly params?: (got: Record<string, string>, sim: KrakenSimulator) => Record<string, string>;
  readonly pathParams?: (got: Record<string, string>) => Record<string, string>;
  /** Saves values from the answer for later steps. */
  readonly save?: (a: Answer, got: Record<string, string>) => void;
}

const T = "/derivatives/api/v3";
const H = "/api/history/v3";
const C = "/api/charts/v1";
const FF = (sim: KrakenSimulator) => [...sim.futures.instruments.keys()].find((s) => s.startsWith("FF_"))!;

/** Operations the simulator answers with an error envelope on purpose (demo-only RFQs and portfolio margining). */
export const NOT_SIMULATED = new Set([
  "getPortfolioMarginingParameters",
  "simulatePortfolio",
  "getAllOpenRfqs",
  "getSingleOpenRfq",
  "getOpenRfqOffers",
  "placeRfqOffer",
  "replaceRfqOffer",
  "cancelRfqOffer",
]);

export const STEPS: Step[] = [
  { operationId: "getInstruments", method: "GET", path: `${T}/instruments`, auth: false },
  { operationId: "instrumentsStatus", method: "GET", path: `${T}/instruments/status`, auth: false },
  {
    operationId: "instrumentStatus",
    method: "GET",
    path: `${T}/instruments/{symbol}/status`,
    auth: false,
    pathParams: () => ({ symbol: "PF_XBTUSD" }),
  },
  { operationId: "getTickers", method: "GET", path: `${T}/tickers`, auth: false },
  {
    operationId: "getTicker",
    method: "GET",
    path: `${T}/tickers/{symbol}`,
    auth: false,
    pathParams: () => ({ symbol: "PF_ETHUSD" }),
  },
  {
    operationId: "getOrderbook",
    method: "GET",
    path: `${T}/orderbook`,
    auth: false,
    params: () => ({ symbol: "PF_XBTUSD" }),
  },
  { operationId: "getFeeSchedulesV3", method: "GET", path: `${T}/feeschedules`, auth: false },
  {
    operationId: "historicalFundingRates",
    method: "GET",
    path: `${T}/historical-funding-rates`,
    auth: false,
    params: () => ({ symbol: "PF_XBTUSD" }),
  },
  {
    operationId: "sendOrder",
    method: "POST",
    path: `${T}/sendorder`,
    auth: true,
    params: () => ({ orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "0.25", cliOrdId: "cov-mkt" }),
  },
  {
    operationId: "sendOrder",
    method: "POST",
    path: `${T}/sendorder`,
    auth: true,
    params: () => ({
      orderType: "lmt",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.1",
      limitPrice: "60000",
      cliOrdId: "cov-lmt",
    }),
    save: (a, got) => {
      got.lmt = a.body.sendStatus.order_id;
    },
  },
  {
    operationId: "sendOrder",
    method: "POST",
    path: `${T}/sendorder`,
    auth: true,
    params: () => ({
      orderType: "stp",
      symbol: "PF_XBTUSD",
      side: "sell",
      size: "0.1",
      stopPrice: "60000",
      reduceOnly: "true",
      cliOrdId: "cov-stp",
    }),
    save: (a, got) => {
      got.stp = a.body.sendStatus.order_id;
    },
  },
  {
    operationId: "sendOrder",
    method: "POST",
    path: `${T}/sendorder`,
    auth: true,
    params: () => ({ orderType: "post", symbol: "PF_XBTUSD", side: "buy", size: "0.1", limitPrice: "70000" }),
  },
  {
    operationId: "sendOrder",
    method: "POST",
    path: `${T}/sendorder`,
    auth: true,
    params: (_g, sim) => ({ orderType: "mkt", symbol: FF(sim), side: "sell", size: "0.01" }),
  },
  {
    operationId: "editOrderSpring",
    method: "POST",
    path: `${T}/editorder`,
    auth: true,
    params: (got) => ({ orderId: got.lmt!, limitPrice: "60500", size: "0.2" }),
  },
  {
    operationId: "sendBatchOrder",
    method: "POST",
    path: `${T}/batchorder`,
    auth: true,
    params: () => ({
      json: JSON.stringify({
        batchOrder: [
          {
            order: "send",
            order_tag: "a",
            orderType: "lmt",
            symbol: "PF_ETHUSD",
            side: "buy",
            size: 0.5,
            limitPrice: 3000.25,
            cliOrdId: "cov-b1",
          },
          { order: "edit", cliOrdId: "cov-b1", size: 0.6 },
          {
            order: "send",
            order_tag: "b",
            orderType: "lmt",
            symbol: "PF_ETHUSD",
            side: "sell",
            size: 0.5,
            limitPrice: 3900,
          },
          { order: "cancel", cliOrdId: "cov-b1" },
        ],
      }),
    }),
  },
  { operationId: "getOpenOrders", method: "GET", path: `${T}/openorders`, auth: true },
  { operationId: "getOpenPositions", method: "GET", path: `${T}/openpositions`, auth: true },
  { operationId: "getFills", method: "GET", path: `${T}/fills`, auth: true },
  {
    operationId: "getFills",
    method: "GET",
    path: `${T}/fills`,
    auth: true,
    params: () => ({ lastFillTime: new Date(Date.UTC(2030, 0, 1)).toISOString() }),
  },
  { operationId: "getAccounts", method: "GET", path: `${T}/accounts`, auth: true },
  {
    operationId: "getOrderStatus",
    method: "POST",
    path: `${T}/orders/status`,
    auth: true,
    params: (got) => ({ orderIds: `${got.lmt},${got.stp}`, cliOrdIds: "cov-mkt" }),
  },
  {
    operationId: "getHistory",
    method: "GET",
    path: `${T}/history`,
    auth: false,
    params: () => ({ symbol: "PF_XBTUSD" }),
  },
  {
    operationId: "cancelOrder",
    method: "POST",
    path: `${T}/cancelorder`,
    auth: true,
    params: (got) => ({ order_id: got.lmt! }),
  },
  {
    operationId: "cancelAllOrdersAfter",
    method: "POST",
    path: `${T}/cancelallordersafter`,
    auth: true,
    params: () => ({ timeout: "60" }),
  },
  {
    operationId: "cancelAllOrdersAfter",
    method: "POST",
    path: `${T}/cancelallordersafter`,
    auth: true,
    params: () => ({ timeout: "0" }),
  },
  { operationId: "cancelAllOrders", method: "POST", path: `${T}/cancelallorders`, auth: true },
  {
    operationId: "setLeverageSetting",
    method: "PUT",
    path: `${T}/leveragepreferences`,
    auth: true,
    params: () => ({ symbol: "PF_ETHUSD", maxLeverage: "5" }),
  },
  { operationId: "getLeverageSetting", method: "GET", path: `${T}/leveragepreferences`, auth: true },
  {
    operationId: "setPnlCurrencyPreference",
    method: "PUT",
    path: `${T}/pnlpreferences`,
    auth: true,
    params: () => ({ symbol: "PF_ETHUSD", pnlPreference: "USD" }),
  },
  { operationId: "getPnlCurrencyPreference", method: "GET", path: `${T}/pnlpreferences`, auth: true },
  {
    operationId: "transfer",
    method: "POST",
    path: `${T}/transfer`,
    auth: true,
    params: () => ({ fromAccount: "cash", toAccount: "flex", unit: "xbt", amount: "0.1" }),
  },
  {
    operationId: "withdrawal",
    method: "POST",
    path: `${T}/withdrawal`,
    auth: true,
    params: () => ({ currency: "xbt", amount: "0.05", sourceWallet: "cash" }),
  },
  { operationId: "getNotifications", method: "GET", path: `${T}/notifications`, auth: true },
  {
    operationId: "listSubaccounts",
    method: "GET",
    path: `${T}/subaccounts`,
    auth: true,
    save: (a, got) => {
      got.uid = a.body.masterAccountUid;
    },
  },
  {
    operationId: "subAccountTransfer",
    method: "POST",
    path: `${T}/transfer/subaccount`,
    auth: true,
    params: (got) => ({
      fromUser: got.uid!,
      toUser: got.uid!,
      fromAccount: "flex",
      toAccount: "cash",
      unit: "usd",
      amount: "10",
    }),
  },
  {
    operationId: "getSubaccountTradingCapability",
    method: "GET",
    path: `${T}/subaccount/{subaccountUid}/trading-enabled`,
    auth: true,
    pathParams: (got) => ({ subaccountUid: got.uid! }),
  },
  {
    operationId: "updateSubaccountTradingCapability",
    method: "PUT",
    path: `${T}/subaccount/{subaccountUid}/trading-enabled`,
    auth: true,
    pathParams: (got) => ({ subaccountUid: got.uid! }),
    params: () => ({ tradingEnabled: "true" }),
  },
  { operationId: "getUnwindQueue", method: "GET", path: `${T}/unwindqueue`, auth: true },
  {
    operationId: "getUserFeeScheduleVolumesV3",
    method: "GET",
    path: `${T}/feeschedules/volumes`,
    auth: true,
  },
  {
    operationId: "setSelfTradeStrategy",
    method: "PUT",
    path: `${T}/self-trade-strategy`,
    auth: true,
    params: () => ({ strategy: "CANCEL_MAKER_SELF" }),
  },
  { operationId: "getSelfTradeStrategy", method: "GET", path: `${T}/self-trade-strategy`, auth: true },
  {
    operationId: "addAssignmentProgram",
    method: "POST",
    path: `${T}/assignmentprogram/add`,
    auth: true,
    params: () => ({
      contractType: "flex",
      contract: "PF_XBTUSD",
      maxSize: "1",
      acceptLong: "true",
      acceptShort: "false",
      timeFrame: "weekdays",
      enabled: "true",
    }),
    save: (a, got) => {
      got.program = String(a.body.id);
    },
  },
  {
    operationId: "getAssignmentProgramCurrent",
    method: "GET",
    path: `${T}/assignmentprogram/current`,
    auth: true,
  },
  {
    operationId: "deleteAssignmentProgram",
    method: "POST",
    path: `${T}/assignmentprogram/delete`,
    auth: true,
    params: (got) => ({ id: got.program! }),
  },
  {
    operationId: "getAssignmentProgramHistory",
    method: "GET",
    path: `${T}/assignmentprogram/history`,
    auth: true,
  },
  {
    operationId: "getPortfolioMarginingParameters",
    method: "GET",
    path: `${T}/portfolio-margining/parameters`,
    auth: true,
  },
  {
    operationId: "simulatePortfolio",
    method: "POST",
    path: `${T}/portfolio-margining/simulate`,
    auth: true,
    params: () => ({ json: '{"positions":[]}' }),
  },
  { operationId: "getAllOpenRfqs", method: "GET", path: `${T}/rfqs`, auth: false },
  {
    operationId: "getSingleOpenRfq",
    method: "GET",
    path: `${T}/rfqs/{rfqUid}`,
    auth: false,
    pathParams: () => ({ rfqUid: "00000000-0000-4000-8000-000000000000" }),
  },
  { operationId: "getOpenRfqOffers", method: "GET", path: `${T}/rfqs/open-offers`, auth: true },
  {
    operationId: "placeRfqOffer",
    method: "POST",
    path: `${T}/rfqs/{rfqUid}/place-offer`,
    auth: true,
    pathParams: () => ({ rfqUid: "00000000-0000-4000-8000-000000000000" }),
  },
  {
    operationId: "replaceRfqOffer",
    method: "PUT",
    path: `${T}/rfqs/{rfqUid}/replace-offer`,
    auth: true,
    pathParams: () => ({ rfqUid: "00000000-0000-4000-8000-000000000000" }),
  },
  {
    operationId: "cancelRfqOffer",
    method: "DELETE",
    path: `${T}/rfqs/{rfqUid}/cancel-offer`,
    auth: true,
    pathParams: () => ({ rfqUid: "00000000-0000-4000-8000-000000000000" }),
  },
  { operationId: "getExecutionEvents", method: "GET", path: `${H}/executions`, auth: true },
  {
    operationId: "getOrderEvents",
    method: "GET",
    path: `${H}/orders`,
    auth: true,
    params: () => ({ sort: "asc", count: "50" }),
  },
  { operationId: "getTriggerEvents", method: "GET", path: `${H}/triggers`, auth: true },
  { operationId: "getPositionEvents", method: "GET", path: `${H}/positions`, auth: true },
  {
    operationId: "accountLog",
    method: "GET",
    path: `${H}/account-log`,
    auth: true,
    params: () => ({ count: "20" }),
  },
  { operationId: "accountLogCsv", method: "GET", path: `${H}/accountlogcsv`, auth: true },
  {
    operationId: "getPublicExecutionEvents",
    method: "GET",
    path: `${H}/market/{tradeable}/executions`,
    auth: false,
    pathParams: () => ({ tradeable: "PF_XBTUSD" }),
  },
  {
    operationId: "getPublicOrderEvents",
    method: "GET",
    path: `${H}/market/{tradeable}/orders`,
    auth: false,
    pathParams: () => ({ tradeable: "PF_XBTUSD" }),
  },
  {
    operationId: "getPublicPriceEvents",
    method: "GET",
    path: `${H}/market/{tradeable}/price`,
    auth: false,
    pathParams: () => ({ tradeable: "PF_XBTUSD" }),
  },
  { operationId: "tickTypes", method: "GET", path: `${C}/`, auth: false },
  {
    operationId: "symbols",
    method: "GET",
    path: `${C}/{tick_type}`,
    auth: false,
    pathParams: () => ({ tick_type: "trade" }),
  },
  {
    operationId: "resolutions",
    method: "GET",
    path: `${C}/{tick_type}/{symbol}`,
    auth: false,
    pathParams: () => ({ tick_type: "trade", symbol: "PF_XBTUSD" }),
  },
  {
    operationId: "candles",
    method: "GET",
    path: `${C}/{tick_type}/{symbol}/{resolution}`,
    auth: false,
    pathParams: () => ({ tick_type: "trade", symbol: "PF_XBTUSD", resolution: "1m" }),
  },
  {
    operationId: "candles",
    method: "GET",
    path: `${C}/{tick_type}/{symbol}/{resolution}`,
    auth: false,
    pathParams: () => ({ tick_type: "mark", symbol: "PF_XBTUSD", resolution: "1h" }),
  },
  {
    operationId: "marketAnalytics",
    method: "GET",
    path: `${C}/analytics/{symbol}/{analytics_type}`,
    auth: false,
    pathParams: () => ({ symbol: "PF_XBTUSD", analytics_type: "trade-volume" }),
    params: (_g, sim) => ({
      since: String(Math.floor(sim.futures.clock.now() / 1000) - 3600),
      interval: "300",
    }),
  },
  {
    operationId: "liquidityPoolStats",
    method: "GET",
    path: `${C}/analytics/liquidity-pool`,
    auth: false,
    params: (_g, sim) => ({
      since: String(Math.floor(sim.futures.clock.now() / 1000) - 3600),
      interval: "3600",
    }),
  },
  {
    operationId: "rebates::get_self_market_share",
    method: "GET",
    path: "/api/stats/v1/rebates/self-market-share",
    auth: true,
  },
  { operationId: "checkV3ApiKey", method: "GET", path: "/api/auth/v1/api-keys/v3/check", auth: true },
];

/** Runs one step. */
export function run(sim: KrakenSimulator, step: Step, got: Record<string, string>): Promise<Answer> {
  let path = step.path;
  for (const [k, v] of Object.entries(step.pathParams?.(got) ?? {}))
    path = path.replace(`{${k}}`, encodeURIComponent(v));
  const params = step.params?.(got, sim) ?? {};
  if (!step.auth) return pub(sim.futuresUrl, path, params);
  return signed(sim.futuresUrl, step.method, path, params);
}
