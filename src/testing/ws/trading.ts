/**
 * Trading methods of the auth endpoint (websocket-v2.md §7): WS v2 params are mapped onto the
 * shared exchange (so REST sees the same orders) and answered in Kraken's result/error shapes.
 */
import { ExchangeError, type OrderType, type PlaceOrderInput, type TimeInForce } from "../exchange/types.js";
import type { OrderRef, WsExchangePort } from "./exchange-port.js";
import type { JsonValue } from "./json.js";
import { decimalField } from "./lossless.js";
import { WsErrors } from "./protocol.js";

/** One outcome to send: a result or an error (a method may produce several, e.g. cancel_order). */
export type Outcome = { result: JsonValue } | { error: string };

type Params = Record<string, unknown>;

const ORDER_FIELDS = [
  "order_type",
  "side",
  "order_qty",
  "limit_price",
  "limit_price_type",
  "triggers",
  "time_in_force",
  "margin",
  "post_only",
  "reduce_only",
  "effective_time",
  "expire_time",
  "cl_ord_id",
  "order_userref",
  "conditional",
  "display_qty",
  "fee_preference",
  "no_mpp",
  "stp_type",
  "cash_order_qty",
  "sender_sub_id",
  "stop_price",
  "trigger",
];
const ALLOWED: Record<string, readonly string[]> = {
  add_order: [...ORDER_FIELDS, "symbol", "token", "validate", "deadline"],
  amend_order: [
    "order_id",
    "cl_ord_id",
    "order_qty",
    "display_qty",
    "limit_price",
    "limit_price_type",
    "post_only",
    "trigger_price",
    "trigger_price_type",
    "deadline",
    "symbol",
    "token",
  ],
  edit_order: [
    "order_id",
    "symbol",
    "order_qty",
    "display_qty",
    "limit_price",
    "triggers",
    "post_only",
    "reduce_only",
    "fee_preference",
    "order_userref",
    "deadline",
    "validate",
    "no_mpp",
    "price",
    "trigger",
    "stop_price",
    "token",
  ],
  cancel_order: ["order_id", "cl_ord_id", "order_userref", "token"],
  cancel_all: ["token"],
  cancel_all_orders_after: ["timeout", "token"],
  batch_add: ["symbol", "orders", "deadline", "validate", "token"],
  batch_cancel: ["orders", "cl_ord_id", "token"],
};

/** Trading method names. */
export const TRADING_METHODS = new Set(Object.keys(ALLOWED));

class Invalid extends Error {}
const invalid = (field?: string) =>
  new Invalid(field ? `${WsErrors.invalidArguments}:${field}` : WsErrors.invalidArguments);

function unsupported(params: Params, allowed: readonly string[]): void {
  for (const k of Object.keys(params))
    if (!allowed.includes(k)) throw new Invalid(WsErrors.unsupportedField(k));
}

const dec = (v: unknown, field: string): string | undefined => {
  if (v === undefined) return undefined;
  const d = decimalField(v);
  if (d === undefined) throw invalid(field);
  return d;
};
const bool = (v: unknown, field: string): boolean | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") throw invalid(field);
  return v;
};

/** WS add_order fields -> the exchange's normalised order input. */
function toPlaceInput(p: Params, symbol: string, validate: boolean): PlaceOrderInput {
  const type = p.order_type as OrderType;
  const triggered = typeof type === "string" && /^(stop-loss|take-profit|trailing-stop)/.test(type);
  const withLimit = type === "limit" || type === "iceberg";
  const triggers = p.triggers as Params | undefined;
  const triggerPrice = dec(triggers?.price ?? p.stop_price, "triggers");
  const limit = dec(p.limit_price, "limit_price");
  const expire = p.expire_time === undefined ? undefined : Date.parse(String(p.expire_time));
  if (expire !== undefined && Number.isNaN(expire)) throw invalid("expire_time");
  if (p.order_userref !== undefined && !Number.isInteger(p.order_userref)) throw invalid("order_userref");
  const tif = p.time_in_force as string | undefined;
  if (tif !== undefined && !["gtc", "gtd", "ioc", "fok"].includes(tif)) throw invalid("time_in_force");
  return {
    pair: symbol,
    side: p.side as "buy" | "sell",
    type,
    qty: dec(p.order_qty, "order_qty") ?? "0",
    ...(withLimit && limit !== undefined ? { price: limit } : {}),
    ...(triggered && triggerPrice !== undefined ? { price: triggerPrice } : {}),
    ...(triggered && limit !== undefined ? { price2: limit } : {}),
    ...(tif ? { timeInForce: tif as TimeInForce } : {}),
    ...(bool(p.post_only, "post_only") ? { postOnly: true } : {}),
    ...(bool(p.reduce_only, "reduce_only") ? { reduceOnly: true } : {}),
    ...(typeof p.cl_ord_id === "string" ? { clOrdId: p.cl_ord_id } : {}),
    ...(p.order_userref !== undefined ? { userref: p.order_userref as number } : {}),
    ...(p.display_qty !== undefined ? { displayQty: dec(p.display_qty, "display_qty")! } : {}),
    ...(p.cash_order_qty !== undefined ? { cashQty: dec(p.cash_order_qty, "cash_order_qty")! } : {}),
    ...(p.fee_preference === "base" || p.fee_preference === "quote"
      ? { feePreference: p.fee_preference }
      : {}),
    ...(expire !== undefined ? { expireAt: expire } : {}),
    ...(validate ? { validate: true } : {}),
  };
}

function orderResult(id: string, p: Params): JsonValue {
  return {
    order_id: id,
    ...(p.cl_ord_id !== undefined ? { cl_ord_id: p.cl_ord_id as string } : {}),
    ...(p.order_userref !== undefined ? { order_userref: p.order_userref as number } : {}),
    ...(p.stop_price !== undefined || p.trigger !== undefined
      ? { warnings: ["stop_price and trigger are deprecated, use triggers"] }
      : {}),
  };
}

function errorOf(e: unknown): string {
  if (e instanceof Invalid || e instanceof ExchangeError) return e.message;
  throw e;
}

/** Runs one trading method for an account; returns the outcome(s) to answer with. */
export function runTradingMethod(
  ex: WsExchangePort,
  accountId: string,
  method: string,
  params: Params,
): Outcome[] {
  try {
    unsupported(params, ALLOWED[method]!);
    switch (method) {
      case "add_order": {
        if (typeof params.symbol !== "string") throw invalid("symbol");
        const validate = bool(params.validate, "validate") ?? false;
        const order = ex.placeOrder(accountId, toPlaceInput(params, params.symbol, validate));
        return [{ result: orderResult(validate ? "" : order.id, params) }];
      }
      case "batch_add":
        return [{ result: batchAdd(ex, accountId, params) }];
      case "amend_order": {
        const ref =
          typeof params.order_id === "string"
            ? { orderId: params.order_id }
            : typeof params.cl_ord_id === "string"
              ? { clOrdId: params.cl_ord_id }
              : undefined;
        if (!ref) throw invalid("order_id");
        const qty = dec(params.order_qty, "order_qty");
        const displayQty = dec(params.display_qty, "display_qty");
        const price = dec(params.limit_price, "limit_price");
        const triggerPrice = dec(params.trigger_price, "trigger_price");
        const postOnly = bool(params.post_only, "post_only");
        const { amendId } = ex.amendOrder(accountId, {
          ...ref,
          ...(qty !== undefined ? { qty } : {}),
          ...(displayQty !== undefined ? { displayQty } : {}),
          ...(price !== undefined ? { price } : {}),
          ...(triggerPrice !== undefined ? { triggerPrice } : {}),
          ...(postOnly !== undefined ? { postOnly } : {}),
        });
        return [
          {
            result: {
              amend_id: amendId,
              ...("orderId" in ref ? { order_id: ref.orderId } : { cl_ord_id: ref.clOrdId }),
            },
          },
        ];
      }
      case "edit_order": {
        if (typeof params.order_id !== "string") throw invalid("order_id");
        const qty = dec(params.order_qty, "order_qty");
        const displayQty = dec(params.display_qty, "display_qty");
        const price = dec(params.limit_price ?? params.price, "limit_price");
        const postOnly = bool(params.post_only, "post_only");
        const validate = bool(params.validate, "validate");
        if (params.order_userref !== undefined && !Number.isInteger(params.order_userref))
          throw invalid("order_userref");
        if (displayQty !== undefined) throw invalid("display_qty");
        const { order, original } = ex.editOrder(accountId, {
          orderId: params.order_id,
          ...(qty !== undefined ? { qty } : {}),
          ...(price !== undefined ? { price } : {}),
          ...(params.order_userref !== undefined ? { userref: params.order_userref as number } : {}),
          ...(postOnly !== undefined ? { postOnly } : {}),
          ...(validate ? { validate } : {}),
        });
        return [{ result: { order_id: validate ? "" : order.id, original_order_id: original.id } }];
      }
      case "cancel_order":
        return cancelOrder(ex, accountId, params);
      case "cancel_all":
        return [{ result: { count: ex.cancelAll(accountId) } }];
      case "cancel_all_orders_after": {
        const t = params.timeout;
        if (typeof t !== "number" || !Number.isInteger(t) || t < 0 || t >= 86400) throw invalid("timeout");
        const r = ex.cancelAllAfter(accountId, t);
        return [{ result: { currentTime: r.currentTime, triggerTime: r.triggerTime } }];
      }
      case "batch_cancel":
        return [{ result: { count: batchCancel(ex, accountId, params) } }];
      default:
        return [{ error: WsErrors.methodNotFound }];
    }
  } catch (e) {
    return [{ error: errorOf(e) }];
  }
}

function batchAdd(ex: WsExchangePort, accountId: string, params: Params): JsonValue {
  if (typeof params.symbol !== "string") throw invalid("symbol");
  const orders = params.orders;
  if (!Array.isArray(orders) || orders.length < 2 || orders.length > 15) throw invalid("orders");
  const validate = bool(params.validate, "validate") ?? false;
  const inputs = orders.map((o) => {
    if (typeof o !== "object" || o === null) throw invalid("orders");
    unsupported(o as Params, ORDER_FIELDS);
    return toPlaceInput(o as Params, params.symbol as string, false);
  });
  // The exchange validates the whole batch first (one invalid order rejects all); an order failing
  // at the engine (funds) gets its own error entry.
  return ex
    .placeBatch(accountId, inputs, validate)
    .map((r, i) =>
      "error" in r ? { error: r.error } : orderResult(validate ? "" : r.order.id, orders[i] as Params),
    );
}

function cancelOrder(ex: WsExchangePort, accountId: string, params: Params): Outcome[] {
  const refs: OrderRef[] = [];
  const lists = [params.order_id, params.cl_ord_id, params.order_userref].filter((v) => v !== undefined);
  if (lists.length !== 1 || !Array.isArray(lists[0]) || lists[0].length === 0) throw invalid("order_id");
  if (Array.isArray(params.order_id)) for (const id of params.order_id) refs.push({ orderId: String(id) });
  if (Array.isArray(params.cl_ord_id)) for (const id of params.cl_ord_id) refs.push({ clOrdId: String(id) });
  if (Array.isArray(params.order_userref)) {
    for (const u of params.order_userref) {
      if (!Number.isInteger(u)) throw invalid("order_userref");
      refs.push({ userref: u as number });
    }
  }
  const out: Outcome[] = [];
  for (const ref of refs) {
    try {
      for (const o of ex.cancelOrder(accountId, ref)) {
        out.push({
          result: { order_id: o.id, ...(o.clOrdId !== undefined ? { cl_ord_id: o.clOrdId } : {}) },
        });
      }
    } catch (e) {
      const msg = errorOf(e);
      // Kraken answers a WS cancel of an unknown or closed order with "EOrder:Invalid order".
      out.push({ error: msg === "EOrder:Unknown order" ? WsErrors.invalidOrder : msg });
    }
  }
  return out;
}

function batchCancel(ex: WsExchangePort, accountId: string, params: Params): number {
  const ids = Array.isArray(params.orders) ? params.orders : [];
  const cl = Array.isArray(params.cl_ord_id) ? params.cl_ord_id : [];
  const total = ids.length + cl.length;
  if (total < 2 || total > 50 || (params.orders !== undefined && !Array.isArray(params.orders)))
    throw invalid("orders");
  let count = 0;
  const cancel = (ref: OrderRef) => {
    try {
      count += ex.cancelOrder(accountId, ref).length;
    } catch (e) {
      if (!(e instanceof ExchangeError)) throw e;
    }
  };
  for (const id of ids) {
    const s = String(id);
    cancel(/^-?\d+$/.test(s) ? { userref: Number(s) } : { orderId: s });
  }
  for (const id of cl) cancel({ clOrdId: String(id) });
  return count;
}
