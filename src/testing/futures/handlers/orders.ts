/**
 * Order management operations: `sendorder`, `editorder`, `cancelorder`, `batchorder`,
 * `cancelallorders`, `cancelallordersafter`, `openorders` and `orders/status`.
 */
import { isDecimal, normalize } from "../../exchange/decimal.js";
import { DecimalLiteral, decimalField, parseLossless } from "../../ws/lossless.js";
import type { FuturesContext, FuturesHandler } from "../context.js";
import { isoMs, type JsonValue, n } from "../json.js";
import type { EditInput, OrderAnswer } from "../order-entry.js";
import { openOrderJson } from "../order-json.js";
import type { SendInput } from "../order-rules.js";
import {
  FuturesParams,
  optionalBoolean,
  optionalDecimal,
  optionalEnum,
  optionalInteger,
  required,
  requiredDecimal,
} from "../params.js";
import { FuturesError, type FuturesOrder, type FuturesOrderType, type TriggerOrder } from "../types.js";

const ORDER_TYPES: readonly FuturesOrderType[] = [
  "lmt",
  "post",
  "ioc",
  "mkt",
  "fok",
  "stp",
  "take_profit",
  "trailing_stop",
];
const SIDES = ["buy", "sell"] as const;
const SIGNALS = ["mark", "index", "last"] as const;
const UNITS = ["PERCENT", "QUOTE_CURRENCY"] as const;

function sendInput(p: FuturesParams): SendInput {
  const orderType = optionalEnum(p, "orderType", ORDER_TYPES);
  const side = optionalEnum(p, "side", SIDES);
  if (orderType === undefined || side === undefined) throw new FuturesError("requiredArgumentMissing");
  const limitPrice = optionalDecimal(p, "limitPrice");
  const stopPrice = optionalDecimal(p, "stopPrice");
  const cliOrdId = p.get("cliOrdId");
  const triggerSignal = optionalEnum(p, "triggerSignal", SIGNALS);
  const reduceOnly = optionalBoolean(p, "reduceOnly");
  const dev = optionalDecimal(p, "trailingStopMaxDeviation");
  const unit = optionalEnum(p, "trailingStopDeviationUnit", UNITS);
  return {
    orderType,
    symbol: required(p, "symbol"),
    side,
    size: requiredDecimal(p, "size"),
    ...(limitPrice !== undefined ? { limitPrice } : {}),
    ...(stopPrice !== undefined ? { stopPrice } : {}),
    ...(cliOrdId !== undefined && cliOrdId !== "" ? { cliOrdId } : {}),
    ...(triggerSignal !== undefined ? { triggerSignal } : {}),
    ...(reduceOnly !== undefined ? { reduceOnly } : {}),
    ...(dev !== undefined ? { trailingStopMaxDeviation: dev } : {}),
    ...(unit !== undefined ? { trailingStopDeviationUnit: unit } : {}),
  };
}

function editInput(get: (name: string) => string | undefined): EditInput {
  const dec = (name: string) => {
    const v = get(name);
    if (v === undefined || v === "") return undefined;
    if (!isDecimal(v)) throw new FuturesError("invalidArgument");
    return normalize(v);
  };
  const orderId = get("orderId") ?? get("order_id");
  const cliOrdId = get("cliOrdId");
  if (orderId === undefined && cliOrdId === undefined) throw new FuturesError("requiredArgumentMissing");
  const qtyMode = get("qtyMode");
  if (qtyMode !== undefined && qtyMode !== "ABSOLUTE" && qtyMode !== "RELATIVE")
    throw new FuturesError("invalidArgument");
  const unit = get("trailingStopDeviationUnit");
  if (unit !== undefined && unit !== "PERCENT" && unit !== "QUOTE_CURRENCY")
    throw new FuturesError("invalidArgument");
  const out: Record<string, string> = {};
  for (const k of ["size", "limitPrice", "stopPrice", "trailingStopMaxDeviation"]) {
    const v = dec(k);
    if (v !== undefined) out[k] = v;
  }
  return {
    ...out,
    ...(orderId !== undefined ? { orderId } : {}),
    ...(cliOrdId !== undefined ? { cliOrdId } : {}),
    ...(qtyMode !== undefined ? { qtyMode } : {}),
    ...(unit !== undefined ? { trailingStopDeviationUnit: unit } : {}),
  } as EditInput;
}

function sendStatus(a: OrderAnswer): JsonValue {
  return {
    ...(a.orderId !== undefined ? { order_id: a.orderId } : {}),
    ...(a.cliOrdId !== undefined ? { cliOrdId: a.cliOrdId } : {}),
    status: a.status,
    receivedTime: isoMs(a.receivedTime),
    orderEvents: a.orderEvents,
  };
}

function editStatus(a: OrderAnswer): JsonValue {
  return {
    orderId: a.orderId ?? null,
    cliOrdId: a.cliOrdId ?? null,
    status: a.status,
    receivedTime: isoMs(a.receivedTime),
    orderEvents: a.orderEvents,
  };
}

function cancelStatus(a: OrderAnswer): JsonValue {
  return {
    ...(a.orderId !== undefined ? { order_id: a.orderId } : {}),
    cliOrdId: a.cliOrdId ?? null,
    status: a.status,
    receivedTime: isoMs(a.receivedTime),
    orderEvents: a.orderEvents,
  };
}

/** The parsed `batchOrder` list of a batch request (also used for its cost). */
export function batchInstructions(ctx: Pick<FuturesContext, "params">): Array<Record<string, unknown>> {
  const text = ctx.params.get("json");
  if (text === undefined) throw new FuturesError("requiredArgumentMissing");
  let doc: unknown;
  try {
    doc = parseLossless(text);
  } catch {
    throw new FuturesError("Json Parse Error");
  }
  const list = (doc as { batchOrder?: unknown } | null)?.batchOrder;
  if (!Array.isArray(list) || list.some((e) => e === null || typeof e !== "object"))
    throw new FuturesError("invalidArgument");
  return list as Array<Record<string, unknown>>;
}

/** A batch element's field as the string a form would have carried. */
function field(e: Record<string, unknown>, name: string): string | undefined {
  const v = e[name];
  if (v === undefined || v === null) return undefined;
  if (v instanceof DecimalLiteral || typeof v === "number") return decimalField(v);
  if (typeof v === "boolean") return String(v);
  return typeof v === "string" ? v : undefined;
}

function batchSend(ctx: FuturesContext, e: Record<string, unknown>): JsonValue {
  const tag = field(e, "order_tag") ?? null;
  const received = isoMs(ctx.now);
  const base = { order_tag: tag, dateTimeReceived: received };
  const orderType = field(e, "orderType");
  if (!orderType || !(ORDER_TYPES as readonly string[]).includes(orderType))
    return { ...base, status: "invalidOrderType", order_id: null, orderEvents: [] };
  const side = field(e, "side");
  if (side !== "buy" && side !== "sell")
    return { ...base, status: "invalidSide", order_id: null, orderEvents: [] };
  const params = new URLSearchParams();
  for (const k of [
    "symbol",
    "size",
    "limitPrice",
    "stopPrice",
    "cliOrdId",
    "triggerSignal",
    "reduceOnly",
    "trailingStopMaxDeviation",
    "trailingStopDeviationUnit",
  ]) {
    const v = field(e, k);
    if (v !== undefined) params.set(k, v);
  }
  params.set("orderType", orderType);
  params.set("side", side);
  const input = sendInput(new FuturesParams(params));
  const a = ctx.entry.send(ctx.accountId, input);
  return {
    ...base,
    status: a.status,
    order_id: a.orderId ?? null,
    ...(a.cliOrdId !== undefined ? { cliOrdId: a.cliOrdId } : {}),
    orderEvents: a.orderEvents,
  };
}

function batchEdit(ctx: FuturesContext, e: Record<string, unknown>): JsonValue {
  const a = ctx.entry.edit(
    ctx.accountId,
    editInput((k) => field(e, k)),
  );
  return {
    status: a.status,
    order_id: a.orderId ?? field(e, "order_id") ?? null,
    ...(a.cliOrdId !== undefined ? { cliOrdId: a.cliOrdId } : {}),
    orderEvents: a.orderEvents,
  };
}

function batchCancel(ctx: FuturesContext, e: Record<string, unknown>): JsonValue {
  const orderId = field(e, "order_id");
  const cliOrdId = field(e, "cliOrdId");
  if (orderId === undefined && cliOrdId === undefined) throw new FuturesError("requiredArgumentMissing");
  const a = ctx.entry.cancel(ctx.accountId, {
    ...(orderId !== undefined ? { orderId } : {}),
    ...(cliOrdId !== undefined ? { cliOrdId } : {}),
  });
  return {
    status: a.status,
    order_id: a.orderId ?? null,
    ...(a.cliOrdId !== undefined ? { cliOrdId: a.cliOrdId } : {}),
    orderEvents: a.orderEvents,
  };
}

const UPDATE_REASONS: Record<string, string> = {
  "Immediate or cancel": "IOC_WOULD_NOT_EXECUTE_REASON",
  "Fill or kill": "IOC_WOULD_NOT_EXECUTE_REASON",
  "Self trade prevention": "WOULD_EXECUTE_SELF_REASON",
  POST_WOULD_EXECUTE: "POST_WOULD_EXECUTE_REASON",
  IOC_WOULD_NOT_EXECUTE: "IOC_WOULD_NOT_EXECUTE_REASON",
  CANCELLED_BY_USER: "CANCELLED_BY_USER",
  DEAD_MAN_SWITCH: "DEAD_MAN_SWITCH",
  WOULD_EXECUTE_SELF_REASON: "WOULD_EXECUTE_SELF_REASON",
};

function cachedOrder(o: FuturesOrder): JsonValue {
  return {
    type: "ORDER",
    orderId: o.id,
    cliOrdId: o.clOrdId ?? null,
    symbol: o.pair,
    side: o.side,
    quantity: n(o.qty),
    filled: n(o.filled),
    limitPrice: n(o.price ?? "0"),
    reduceOnly: o.reduceOnly,
    timestamp: isoMs(o.openedAt),
    lastUpdateTimestamp: isoMs(o.lastUpdateAt),
    algoId: null,
    priceTriggerOptions: null,
    triggerTime: null,
  };
}

function orderStatus(o: FuturesOrder): JsonValue {
  const rejected = o.reason === "POST_WOULD_EXECUTE" || o.reason === "IOC_WOULD_NOT_EXECUTE";
  const status =
    o.status === "open"
      ? "ENTERED_BOOK"
      : o.status === "closed"
        ? "FULLY_EXECUTED"
        : rejected
          ? "REJECTED"
          : "CANCELLED";
  const updateReason =
    o.status === "open"
      ? o.filled === "0"
        ? "NEW_USER_ORDER"
        : "PARTIAL_FILL"
      : o.status === "closed"
        ? "FULL_FILL"
        : (UPDATE_REASONS[o.reason ?? ""] ?? null);
  return { order: cachedOrder(o), status, updateReason, error: rejected ? o.reason! : null };
}

function triggerStatus(t: TriggerOrder): JsonValue {
  return {
    order: {
      type: "TRIGGER_ORDER",
      orderId: t.uid,
      cliOrdId: t.cliOrdId ?? null,
      symbol: t.symbol,
      side: t.side,
      quantity: n(t.size),
      filled: n("0"),
      limitPrice: t.limitPrice !== undefined ? n(t.limitPrice) : null,
      reduceOnly: t.reduceOnly,
      timestamp: isoMs(t.receivedAt),
      lastUpdateTimestamp: isoMs(t.lastUpdateAt),
      algoId: null,
      priceTriggerOptions: {
        triggerPrice: n(t.stopPrice),
        triggerSide: t.triggerSide.toUpperCase(),
        triggerSignal:
          t.triggerSignal === "mark"
            ? "MARK_PRICE"
            : t.triggerSignal === "last"
              ? "LAST_PRICE"
              : "SPOT_PRICE",
      },
      triggerTime: null,
    },
    status: "TRIGGER_PLACED",
    updateReason: null,
    error: null,
  };
}

export const orderHandlers: Record<string, FuturesHandler> = {
  sendOrder: (ctx) => ({ sendStatus: sendStatus(ctx.entry.send(ctx.accountId, sendInput(ctx.params))) }),
  editOrderSpring: (ctx) => ({
    editStatus: editStatus(
      ctx.entry.edit(
        ctx.accountId,
        editInput((k) => ctx.params.get(k)),
      ),
    ),
  }),
  cancelOrder: (ctx) => {
    const orderId = ctx.params.get("order_id");
    const cliOrdId = ctx.params.get("cliOrdId");
    if (orderId === undefined && cliOrdId === undefined) throw new FuturesError("requiredArgumentMissing");
    const a = ctx.entry.cancel(ctx.accountId, {
      ...(orderId !== undefined ? { orderId } : {}),
      ...(cliOrdId !== undefined ? { cliOrdId } : {}),
    });
    return { cancelStatus: cancelStatus(a) };
  },
  sendBatchOrder: (ctx) => {
    const list = batchInstructions(ctx);
    const batchStatus = list.map((e) => {
      if (e.order === "send") return batchSend(ctx, e);
      if (e.order === "edit") return batchEdit(ctx, e);
      if (e.order === "cancel") return batchCancel(ctx, e);
      throw new FuturesError("invalidArgument");
    });
    return { batchStatus };
  },
  cancelAllOrders: (ctx) => {
    const symbol = ctx.params.get("symbol");
    if (symbol !== undefined) ctx.venue.instrument(symbol);
    const { cancelled, events } = ctx.entry.cancelAll(ctx.accountId, symbol);
    return {
      cancelStatus: {
        receivedTime: isoMs(ctx.now),
        cancelOnly: symbol ?? "all",
        status: cancelled.length > 0 ? "cancelled" : "noOrdersToCancel",
        cancelledOrders: cancelled.map((c) => ({
          order_id: c.orderId,
          ...(c.cliOrdId !== undefined ? { cliOrdId: c.cliOrdId } : {}),
        })),
        orderEvents: events,
      },
    };
  },
  cancelAllOrdersAfter: (ctx) => {
    const timeout = optionalInteger(ctx.params, "timeout") ?? 0;
    if (timeout >= 86_400) throw new FuturesError("invalidArgument");
    ctx.venue.deadMan.arm(ctx.accountId, timeout);
    const at = ctx.venue.deadMan.triggerAt(ctx.accountId);
    return { status: { currentTime: isoMs(ctx.now), triggerTime: at === undefined ? "0" : isoMs(at) } };
  },
  getOpenOrders: (ctx) => ({
    openOrders: [
      ...ctx.venue.openOrders(ctx.accountId).map(openOrderJson),
      ...ctx.venue.triggers.list(ctx.accountId).reverse().map(openOrderJson),
    ],
  }),
  getOrderStatus: (ctx) => {
    ctx.venue.sweepEnded();
    const ids = new Set(ctx.params.all("orderIds"));
    const clis = new Set(ctx.params.all("cliOrdIds"));
    const orders: JsonValue[] = [];
    for (const o of ctx.venue.orders.values())
      if (
        o.accountId === ctx.accountId &&
        (ids.has(o.id) || (o.clOrdId !== undefined && clis.has(o.clOrdId)))
      )
        orders.push(orderStatus(o));
    for (const t of ctx.venue.triggers.list(ctx.accountId))
      if (ids.has(t.uid) || (t.cliOrdId !== undefined && clis.has(t.cliOrdId))) orders.push(triggerStatus(t));
    return { orders };
  },
};
