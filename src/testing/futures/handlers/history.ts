/**
 * History operations (`/api/history/v3`): the account's executions, order and trigger events,
 * position updates and account log (JSON and CSV), and each market's public executions, order
 * events and mark prices. Answers carry decimals as strings, as Kraken's history service does.
 */
import { cmp } from "../../exchange/decimal.js";
import type { FuturesContext, FuturesHandler } from "../context.js";
import { RawAnswer } from "../context.js";
import { isoMs, type JsonValue, n, nOrNull } from "../json.js";
import type { Execution } from "../settlement.js";
import { FuturesError } from "../types.js";
import type { OrderHistoryEvent } from "../venue.js";
import {
  historicalExecution,
  historicalOrder,
  historicalTrigger,
  historyAnswer,
  page,
} from "./history-json.js";

function tradeableFilter(ctx: FuturesContext): string | undefined {
  const t = ctx.path.tradeable ?? ctx.params.get("tradeable");
  if (t !== undefined && !ctx.venue.instruments.has(t)) throw new FuturesError("invalidArgument");
  return t;
}

function executions(
  ctx: FuturesContext,
  symbol: string | undefined,
  accountId?: string,
): Array<Execution & { time: number }> {
  return ctx.venue.executions.filter(
    (e) =>
      (symbol === undefined || e.taker.pair === symbol) &&
      (accountId === undefined ||
        (!e.taker.lp && e.taker.accountId === accountId) ||
        (!e.maker.lp && e.maker.accountId === accountId)),
  );
}

function accountUidOf(ctx: FuturesContext) {
  return (id: string) => (ctx.venue.hasAccount(id) ? ctx.venue.account(id).uid : ctx.venue.lpUid);
}

function orderEvent(h: OrderHistoryEvent, uid: string | undefined): JsonValue | undefined {
  const o = h.order;
  if (!o) return undefined;
  const order = historicalOrder(o, uid);
  switch (h.kind) {
    case "placed":
      return { OrderPlaced: { order, reason: "new_user_order", reducedQuantity: "" } };
    case "cancelled":
      return { OrderCancelled: { order, reason: (h.reason ?? "cancelled_by_user").toLowerCase() } };
    case "rejected":
      return uid === undefined
        ? undefined
        : { OrderRejected: { order, orderError: (h.reason ?? "").toLowerCase(), reason: "new_user_order" } };
    case "edited":
    case "executed": {
      const old = h.old ? historicalOrder(h.old, uid) : order;
      const reason =
        h.kind === "edited" ? "edited_by_user" : o.filled === o.qty ? "full_fill" : "partial_fill";
      return { OrderUpdated: { oldOrder: old, newOrder: order, reason, reducedQuantity: "0" } };
    }
    default:
      return undefined;
  }
}

function orderElements(ctx: FuturesContext, accountId: string | undefined) {
  const symbol = tradeableFilter(ctx);
  const uid = accountId !== undefined ? ctx.venue.account(accountId).uid : undefined;
  const out: Array<{ time: number; value: JsonValue }> = [];
  for (const h of ctx.venue.history) {
    if (accountId !== undefined && h.accountId !== accountId) continue;
    if (!h.order || (symbol !== undefined && h.order.pair !== symbol)) continue;
    const event = orderEvent(h, uid);
    if (event) out.push({ time: h.time, value: { uid: h.uid, timestamp: h.time, event } });
  }
  return out;
}

const LOG_COLUMNS = [
  "id",
  "date",
  "asset",
  "info",
  "booking_uid",
  "margin_account",
  "old_balance",
  "new_balance",
  "old_average_entry_price",
  "new_average_entry_price",
  "trade_price",
  "mark_price",
  "realized_pnl",
  "fee",
  "execution",
  "collateral",
  "funding_rate",
  "realized_funding",
  "contract",
];

function logJson(ctx: FuturesContext) {
  const account = ctx.venue.account(ctx.accountId);
  return account.log.map((l) => ({
    time: l.time,
    value: {
      asset: l.asset.toLowerCase(),
      booking_uid: l.bookingUid,
      collateral: l.info === "futures trade" || l.info === "funding rate change" ? "USD" : null,
      contract: l.contract,
      date: isoMs(l.time),
      execution: l.execution,
      fee: nOrNull(l.fee),
      funding_rate: nOrNull(l.fundingRate),
      id: l.id,
      info: l.info,
      margin_account: "flex",
      mark_price: nOrNull(l.markPrice),
      new_average_entry_price: nOrNull(l.newAverage),
      new_balance: n(l.newBalance),
      old_average_entry_price: nOrNull(l.oldAverage),
      old_balance: n(l.oldBalance),
      realized_funding: nOrNull(l.realizedFunding),
      realized_pnl: nOrNull(l.realizedPnl),
      trade_price: nOrNull(l.tradePrice),
      conversion_spread_percentage: null,
      liquidation_fee: null,
    } as Record<string, JsonValue>,
  }));
}

function csvCell(v: JsonValue): string {
  if (v === null || v === undefined) return "";
  const text = typeof v === "object" && "text" in v ? (v as { text: string }).text : String(v);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const historyHandlers: Record<string, FuturesHandler> = {
  getExecutionEvents: (ctx) => {
    const symbol = tradeableFilter(ctx);
    const account = ctx.venue.account(ctx.accountId);
    const list = executions(ctx, symbol, ctx.accountId);
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        accountUid: account.uid,
        len: list.length,
        elements: elements.map((e) => ({
          uid: e.executionId,
          timestamp: e.time,
          event: {
            Execution: {
              execution: historicalExecution(e, ctx.venue.markPrice(e.taker.pair), {
                accountUidOf: accountUidOf(ctx),
              }),
              takerReducedQuantity: "",
            },
          },
        })),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
    );
  },
  getOrderEvents: (ctx) => {
    const list = orderElements(ctx, ctx.accountId);
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        accountUid: ctx.venue.account(ctx.accountId).uid,
        len: list.length,
        elements: elements.map((e) => e.value),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
    );
  },
  getTriggerEvents: (ctx) => {
    const symbol = tradeableFilter(ctx);
    const account = ctx.venue.account(ctx.accountId);
    const accountNumber = ctx.venue.accounts().indexOf(account) + 1;
    const list: Array<{ time: number; value: JsonValue }> = [];
    for (const h of ctx.venue.history) {
      const t = h.trigger;
      if (!t || h.accountId !== ctx.accountId || (symbol !== undefined && t.symbol !== symbol)) continue;
      const order = historicalTrigger(t, account.uid, accountNumber);
      const event =
        h.kind === "triggerPlaced"
          ? { OrderTriggerPlaced: { order, reason: "new_user_order" } }
          : h.kind === "triggerCancelled"
            ? { OrderTriggerCancelled: { order, reason: "cancelled_by_user" } }
            : { OrderTriggerActivated: { order } };
      list.push({ time: h.time, value: { uid: h.uid, timestamp: h.time, event } });
    }
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        accountUid: account.uid,
        len: list.length,
        elements: elements.map((e) => e.value),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
    );
  },
  getPositionEvents: (ctx) => {
    const symbol = tradeableFilter(ctx);
    const account = ctx.venue.account(ctx.accountId);
    const list = account.fills
      .filter((f) => symbol === undefined || f.symbol === symbol)
      .map((f) => {
        const kind =
          f.oldPosition === "0"
            ? "open"
            : f.newPosition === "0"
              ? "close"
              : f.oldPosition.startsWith("-") !== f.newPosition.startsWith("-")
                ? "reverse"
                : cmp(f.newPosition.replace("-", ""), f.oldPosition.replace("-", "")) > 0
                  ? "increase"
                  : "decrease";
        return {
          time: f.time,
          value: {
            accountUid: account.uid,
            tradeable: f.symbol,
            oldPosition: f.oldPosition,
            oldAverageEntryPrice: f.oldPosition === "0" ? null : f.oldAverage,
            newPosition: f.newPosition,
            newAverageEntryPrice: f.newAverage,
            fillTime: f.time,
            fee: f.fee,
            feeCurrency: "USD",
            realizedPnL: f.realizedPnl,
            positionChange: kind,
            executionUid: f.executionId,
            executionPrice: f.price,
            executionSize: f.size,
            tradeType: "userExecution",
            timestamp: f.time,
            updateReason: "trade",
          } as JsonValue,
        };
      });
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        accountUid: account.uid,
        len: list.length,
        elements: elements.map((e) => e.value),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
    );
  },
  accountLog: (ctx) => {
    const info = ctx.params.get("info");
    const from = ctx.params.get("from");
    const to = ctx.params.get("to");
    let list = logJson(ctx).filter((l) => info === undefined || l.value.info === info);
    if (from !== undefined) list = list.filter((l) => (l.value.id as number) >= Number(from));
    if (to !== undefined) list = list.filter((l) => (l.value.id as number) <= Number(to));
    const { elements } = page(list, ctx.params);
    return historyAnswer(
      { accountUid: ctx.venue.account(ctx.accountId).uid, logs: elements.map((e) => e.value) },
      ctx.now,
      false,
    );
  },
  accountLogCsv: (ctx) => {
    const rows = logJson(ctx).reverse();
    const lines = [LOG_COLUMNS.join(",")];
    for (const r of rows) lines.push(LOG_COLUMNS.map((c) => csvCell(r.value[c] as JsonValue)).join(","));
    return new RawAnswer(`${lines.join("\n")}\n`, "text/csv");
  },
  getPublicExecutionEvents: (ctx) => {
    const symbol = tradeableFilter(ctx)!;
    const list = executions(ctx, symbol);
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        len: list.length,
        elements: elements.map((e) => ({
          uid: e.executionId,
          timestamp: e.time,
          event: {
            Execution: {
              execution: historicalExecution(e, ctx.venue.markPrice(symbol), undefined),
              takerReducedQuantity: "",
            },
          },
        })),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
      false,
    );
  },
  getPublicOrderEvents: (ctx) => {
    const list = orderElements(ctx, undefined);
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        len: list.length,
        elements: elements.map((e) => e.value),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
      false,
    );
  },
  getPublicPriceEvents: (ctx) => {
    const symbol = tradeableFilter(ctx)!;
    const list = ctx.venue.markHistory.get(symbol) ?? [];
    const { elements, continuationToken } = page(list, ctx.params);
    return historyAnswer(
      {
        len: list.length,
        elements: elements.map((e) => ({ uid: e.uid, timestamp: e.time, event: { price: e.price } })),
        ...(continuationToken ? { continuationToken } : {}),
      },
      ctx.now,
      false,
    );
  },
};
