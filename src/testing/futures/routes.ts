/**
 * Every operation of Kraken's Derivatives REST API (trading, history, charts, stats, auth: 64) with
 * its method, full path, access, rate-limit budget and cost (Kraken's "Derivatives Rate Limits"
 * table), and the handler that answers it.
 */
import type { FuturesAccess } from "./auth.js";
import type { FuturesContext, FuturesHandler } from "./context.js";
import { accountHandlers } from "./handlers/account.js";
import { chartHandlers } from "./handlers/charts.js";
import { historyHandlers } from "./handlers/history.js";
import { marketHandlers } from "./handlers/market.js";
import { batchInstructions, orderHandlers } from "./handlers/orders.js";
import { otherHandlers, statsAndAuthHandlers } from "./handlers/other.js";
import { accountLogCost } from "./rate-limits.js";

/** One operation. */
export interface FuturesRoute {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** Full path template, e.g. `/derivatives/api/v3/tickers/{symbol}`. */
  readonly path: string;
  readonly operationId: string;
  /** `public`, or what the key must allow. */
  readonly access: "public" | FuturesAccess;
  /** Which budget the call spends from (none for public calls). */
  readonly budget?: "derivatives" | "history";
  readonly cost: number | ((ctx: Pick<FuturesContext, "params">) => number);
  readonly handler?: FuturesHandler;
}

const T = "/derivatives/api/v3";
const H = "/api/history/v3";
const C = "/api/charts/v1";

const handlers: Record<string, FuturesHandler> = {
  ...marketHandlers,
  ...orderHandlers,
  ...accountHandlers,
  ...historyHandlers,
  ...chartHandlers,
  ...otherHandlers,
  ...statsAndAuthHandlers,
};

type Row = [FuturesRoute["method"], string, string, FuturesRoute["access"], FuturesRoute["cost"]?];

const ROWS: Row[] = [
  ["GET", `${T}/pnlpreferences`, "getPnlCurrencyPreference", "read", 2],
  ["PUT", `${T}/pnlpreferences`, "setPnlCurrencyPreference", "write", 10],
  ["GET", `${T}/leveragepreferences`, "getLeverageSetting", "read", 2],
  ["PUT", `${T}/leveragepreferences`, "setLeverageSetting", "write", 10],
  ["GET", `${T}/accounts`, "getAccounts", "read", 2],
  ["POST", `${T}/batchorder`, "sendBatchOrder", "write", (ctx) => 9 + safeBatchSize(ctx)],
  ["POST", `${T}/cancelallorders`, "cancelAllOrders", "write", 25],
  ["POST", `${T}/cancelallordersafter`, "cancelAllOrdersAfter", "write", 25],
  ["POST", `${T}/cancelorder`, "cancelOrder", "write", 10],
  ["POST", `${T}/editorder`, "editOrderSpring", "write", 10],
  ["GET", `${T}/feeschedules/volumes`, "getUserFeeScheduleVolumesV3", "read", 0],
  ["GET", `${T}/feeschedules`, "getFeeSchedulesV3", "public"],
  ["GET", `${T}/fills`, "getFills", "read", (ctx) => (ctx.params.get("lastFillTime") !== undefined ? 25 : 2)],
  ["GET", `${T}/history`, "getHistory", "public"],
  ["GET", `${T}/instruments/status`, "instrumentsStatus", "public"],
  ["GET", `${T}/instruments/{symbol}/status`, "instrumentStatus", "public"],
  ["GET", `${T}/instruments`, "getInstruments", "public"],
  ["GET", `${T}/notifications`, "getNotifications", "read", 0],
  ["GET", `${T}/openorders`, "getOpenOrders", "read", 2],
  ["GET", `${T}/openpositions`, "getOpenPositions", "read", 2],
  ["GET", `${T}/unwindqueue`, "getUnwindQueue", "read", 200],
  ["GET", `${T}/orderbook`, "getOrderbook", "public"],
  ["POST", `${T}/sendorder`, "sendOrder", "write", 10],
  ["GET", `${T}/subaccount/{subaccountUid}/trading-enabled`, "getSubaccountTradingCapability", "write", 2],
  ["PUT", `${T}/subaccount/{subaccountUid}/trading-enabled`, "updateSubaccountTradingCapability", "write", 2],
  ["GET", `${T}/subaccounts`, "listSubaccounts", "read", 0],
  ["GET", `${T}/tickers/{symbol}`, "getTicker", "public"],
  ["GET", `${T}/tickers`, "getTickers", "public"],
  ["POST", `${T}/transfer/subaccount`, "subAccountTransfer", "write", 10],
  ["POST", `${T}/transfer`, "transfer", "write", 10],
  ["POST", `${T}/withdrawal`, "withdrawal", "withdraw", 100],
  ["GET", `${T}/assignmentprogram/current`, "getAssignmentProgramCurrent", "read", 0],
  ["POST", `${T}/assignmentprogram/add`, "addAssignmentProgram", "read", 0],
  ["POST", `${T}/assignmentprogram/delete`, "deleteAssignmentProgram", "read", 0],
  ["GET", `${T}/assignmentprogram/history`, "getAssignmentProgramHistory", "read", 0],
  ["POST", `${T}/orders/status`, "getOrderStatus", "write", 1],
  ["GET", `${T}/historical-funding-rates`, "historicalFundingRates", "public"],
  ["GET", `${T}/self-trade-strategy`, "getSelfTradeStrategy", "read", 2],
  ["PUT", `${T}/self-trade-strategy`, "setSelfTradeStrategy", "write", 2],
  ["GET", `${T}/portfolio-margining/parameters`, "getPortfolioMarginingParameters", "read", 0],
  ["POST", `${T}/portfolio-margining/simulate`, "simulatePortfolio", "read", 0],
  ["GET", `${T}/rfqs/open-offers`, "getOpenRfqOffers", "read", 0],
  ["GET", `${T}/rfqs`, "getAllOpenRfqs", "public"],
  ["GET", `${T}/rfqs/{rfqUid}`, "getSingleOpenRfq", "public"],
  ["POST", `${T}/rfqs/{rfqUid}/place-offer`, "placeRfqOffer", "read", 0],
  ["PUT", `${T}/rfqs/{rfqUid}/replace-offer`, "replaceRfqOffer", "read", 0],
  ["DELETE", `${T}/rfqs/{rfqUid}/cancel-offer`, "cancelRfqOffer", "read", 0],
  ["GET", `${H}/market/{tradeable}/executions`, "getPublicExecutionEvents", "public"],
  ["GET", `${H}/market/{tradeable}/orders`, "getPublicOrderEvents", "public"],
  ["GET", `${H}/market/{tradeable}/price`, "getPublicPriceEvents", "public"],
  ["GET", `${H}/executions`, "getExecutionEvents", "read", 1],
  ["GET", `${H}/orders`, "getOrderEvents", "read", 1],
  ["GET", `${H}/triggers`, "getTriggerEvents", "read", 1],
  ["GET", `${H}/positions`, "getPositionEvents", "read", 1],
  ["GET", `${H}/account-log`, "accountLog", "read", (ctx) => accountLogCost(countOf(ctx))],
  ["GET", `${H}/accountlogcsv`, "accountLogCsv", "read", 6],
  ["GET", `${C}/`, "tickTypes", "public"],
  ["GET", `${C}/analytics/liquidity-pool`, "liquidityPoolStats", "public"],
  ["GET", `${C}/analytics/{symbol}/{analytics_type}`, "marketAnalytics", "public"],
  ["GET", `${C}/{tick_type}`, "symbols", "public"],
  ["GET", `${C}/{tick_type}/{symbol}`, "resolutions", "public"],
  ["GET", `${C}/{tick_type}/{symbol}/{resolution}`, "candles", "public"],
  ["GET", "/api/stats/v1/rebates/self-market-share", "rebates::get_self_market_share", "read", 0],
  ["GET", "/api/auth/v1/api-keys/v3/check", "checkV3ApiKey", "read", 0],
];

function safeBatchSize(ctx: Pick<FuturesContext, "params">): number {
  try {
    return batchInstructions(ctx).length;
  } catch {
    return 0;
  }
}

function countOf(ctx: Pick<FuturesContext, "params">): number | undefined {
  const v = ctx.params.get("count");
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Every Derivatives route. */
export const FUTURES_ROUTES: readonly FuturesRoute[] = ROWS.map(
  ([method, path, operationId, access, cost]) => {
    const handler = handlers[operationId];
    return {
      method,
      path,
      operationId,
      access,
      ...(access === "public"
        ? {}
        : { budget: path.startsWith(H) ? ("history" as const) : ("derivatives" as const) }),
      cost: cost ?? 0,
      ...(handler ? { handler } : {}),
    };
  },
);

interface Compiled {
  readonly route: FuturesRoute;
  readonly pattern: RegExp;
  readonly names: string[];
}

const COMPILED: Compiled[] = FUTURES_ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.path
    .split("/")
    .map((seg) => {
      const m = /^\{(.+)\}$/.exec(seg);
      if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(m[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { route, pattern: new RegExp(`^${source}$`), names };
});

/** Whether a path belongs to the Derivatives API. */
export function isFuturesPath(path: string): boolean {
  return /^\/(derivatives\/api\/v3|api\/(history\/v3|charts\/v1|stats\/v1|auth\/v1))(\/|$)/.test(path);
}

/** The route of a request: the operation and its path parameters, or which methods the path has. */
export function matchRoute(
  method: string,
  path: string,
): { route: FuturesRoute; params: Record<string, string> } | { allowed: string[] } {
  const allowed: string[] = [];
  const normalized = path === C ? `${C}/` : path;
  for (const c of COMPILED) {
    const m = c.pattern.exec(normalized);
    if (!m) continue;
    if (c.route.method !== method) {
      allowed.push(c.route.method);
      continue;
    }
    const params: Record<string, string> = {};
    c.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1]!);
    });
    return { route: c.route, params };
  }
  return { allowed };
}
