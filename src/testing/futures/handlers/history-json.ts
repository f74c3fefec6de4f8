/**
 * The history API's shapes (`/api/history/v3`): orders, triggers and executions as Kraken's history
 * service writes them (decimals as strings, times in unix ms), and its paging over one list.
 */
import { add, mul, sub } from "../../exchange/decimal.js";
import { RawAnswer } from "../context.js";
import { isoMs, type JsonValue, writeJsonValue } from "../json.js";
import type { FuturesParams } from "../params.js";
import type { Execution } from "../settlement.js";
import type { FuturesOrder, TriggerOrder } from "../types.js";
import { FuturesError } from "../types.js";

const ORDER_TYPES: Record<string, string> = { lmt: "Limit", ioc: "IoC", post: "Post", fok: "IoC" };

/** A `HistoricalOrder`, or its sanitised public form without account fields. */
export function historicalOrder(o: FuturesOrder, accountUid: string | undefined): JsonValue {
  const base = {
    uid: o.id,
    tradeable: o.pair,
    direction: o.side === "buy" ? "Buy" : "Sell",
    quantity: o.qty,
    timestamp: o.openedAt,
    limitPrice: o.price ?? "0",
    orderType: o.requestedType === "mkt" ? "Market" : (ORDER_TYPES[o.futuresType] ?? "Limit"),
    reduceOnly: o.reduceOnly,
    lastUpdateTimestamp: o.lastUpdateAt,
  };
  if (accountUid === undefined) return base;
  return { ...base, accountUid, filled: o.filled, clientId: o.clOrdId ?? "", spotData: null };
}

/** A `HistoricalTrigger`. */
export function historicalTrigger(t: TriggerOrder, accountUid: string, accountNumber: number): JsonValue {
  return {
    uid: t.uid,
    accountId: accountNumber,
    accountUid,
    tradeable: t.symbol,
    direction: t.side === "buy" ? "Buy" : "Sell",
    quantity: t.size,
    timestamp: t.receivedAt,
    limitPrice: t.limitPrice ?? "0",
    orderType: t.limitPrice !== undefined ? "Limit" : "IoC",
    clientId: t.cliOrdId ?? "",
    reduceOnly: t.reduceOnly,
    lastUpdateTimestamp: t.lastUpdateAt,
    triggerOptions: {
      triggerPrice: t.stopPrice,
      triggerSignal:
        t.triggerSignal === "mark" ? "MarkPrice" : t.triggerSignal === "last" ? "LastPrice" : "SpotPrice",
      triggerSide: t.triggerSide === "trigger_above" ? "Above" : "Below",
      trailingStopOptions: t.trailing
        ? {
            maxDeviation: t.trailing.maxDeviation,
            unit: t.trailing.unit === "PERCENT" ? "Percent" : "QuoteCurrency",
          }
        : null,
      limitPriceOffset: null,
    },
  };
}

/** A `HistoricalExecution` (account view with fees and positions when `uid` is given). */
export function historicalExecution(
  e: Execution,
  mark: string,
  view: { readonly accountUidOf: (accountId: string) => string | undefined } | undefined,
): JsonValue {
  const after = (o: FuturesOrder): FuturesOrder => ({ ...o, filled: add(o.filled, e.qty) });
  const uidOf = (o: FuturesOrder) => (view ? (view.accountUidOf(o.accountId) ?? "") : undefined);
  return {
    uid: e.executionId,
    makerOrder: historicalOrder(after(e.makerBefore), uidOf(e.maker)),
    takerOrder: historicalOrder(after(e.takerBefore), uidOf(e.taker)),
    timestamp: e.time,
    quantity: e.qty,
    price: e.price,
    markPrice: mark,
    limitFilled: sub(e.takerBefore.qty, add(e.takerBefore.filled, e.qty)) === "0",
    usdValue: mul(e.qty, e.price),
    ...(view ? { makerOrderData: null, takerOrderData: null } : {}),
  };
}

/** Paging of a history list: `since`, `before`, `sort`, `count`, `continuation_token`. */
export function page<T extends { readonly time: number }>(
  items: readonly T[],
  p: FuturesParams,
): { elements: T[]; continuationToken?: string } {
  const num = (name: string) => {
    const v = p.get(name);
    if (v === undefined || v === "") return undefined;
    if (!/^\d+$/.test(v)) throw new FuturesError("invalidArgument");
    return Number(v);
  };
  const since = num("since");
  const before = num("before");
  const count = num("count") ?? 1000;
  const sort = p.get("sort") ?? "desc";
  if (sort !== "asc" && sort !== "desc") throw new FuturesError("invalidArgument");
  let list = items.filter(
    (i) => (since === undefined || i.time >= since) && (before === undefined || i.time < before),
  );
  if (sort === "desc") list = [...list].reverse();
  const token = p.get("continuation_token");
  let offset = 0;
  if (token !== undefined) {
    const decoded = Number(Buffer.from(token, "base64").toString("utf8"));
    if (!Number.isInteger(decoded) || decoded < 0) throw new FuturesError("invalidArgument");
    offset = decoded;
  }
  const elements = list.slice(offset, offset + count);
  const next =
    offset + count < list.length ? Buffer.from(String(offset + count)).toString("base64") : undefined;
  return { elements, ...(next ? { continuationToken: next } : {}) };
}

/** A history answer: a bare JSON object (the history service has no `result` envelope). */
export function historyAnswer(
  fields: { readonly [key: string]: JsonValue },
  now: number,
  withTime = true,
): RawAnswer {
  return new RawAnswer(writeJsonValue(withTime ? { ...fields, serverTime: isoMs(now) } : fields));
}
