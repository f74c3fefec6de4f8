/**
 * WS v2 trading params: the fields each method accepts (anything else is Kraken's
 * `Unsupported field`), exact decimal reading, and the mapping of `add_order` fields onto the
 * exchange's order input.
 */
import type { OrderType, PlaceOrderInput, TimeInForce } from "../exchange/types.js";
import type { JsonValue } from "./json.js";
import { decimalField } from "./lossless.js";
import { WsErrors } from "./protocol.js";

/** Request params of a trading method. */
export type Params = Record<string, unknown>;

/** Fields of one order (add_order, batch_add `orders[]`). */
export const ORDER_FIELDS = [
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
/** Fields each trading method accepts. */
export const ALLOWED: Record<string, readonly string[]> = {
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

/** A rejected argument; `message` is the Kraken error string. */
export class Invalid extends Error {}
/** `EGeneral:Invalid arguments[:field]`. */
export const invalid = (field?: string) =>
  new Invalid(field ? `${WsErrors.invalidArguments}:${field}` : WsErrors.invalidArguments);

/** Rejects the first field a method does not accept. */
export function unsupported(params: Params, allowed: readonly string[]): void {
  for (const k of Object.keys(params))
    if (!allowed.includes(k)) throw new Invalid(WsErrors.unsupportedField(k));
}

/** Reads an exact decimal field (JSON number text or decimal string). */
export const dec = (v: unknown, field: string): string | undefined => {
  if (v === undefined) return undefined;
  const d = decimalField(v);
  if (d === undefined) throw invalid(field);
  return d;
};
/** Reads an optional boolean field. */
export const bool = (v: unknown, field: string): boolean | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") throw invalid(field);
  return v;
};

/** Maps WS add_order fields onto the exchange's order input. */
export function toPlaceInput(p: Params, symbol: string, validate: boolean): PlaceOrderInput {
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

/** The add_order / batch_add result of one order. */
export function orderResult(id: string, p: Params): JsonValue {
  return {
    order_id: id,
    ...(p.cl_ord_id !== undefined ? { cl_ord_id: p.cl_ord_id as string } : {}),
    ...(p.order_userref !== undefined ? { order_userref: p.order_userref as number } : {}),
    ...(p.stop_price !== undefined || p.trigger !== undefined
      ? { warnings: ["stop_price and trigger are deprecated, use triggers"] }
      : {}),
  };
}
