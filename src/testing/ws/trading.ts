/**
 * Trading methods of the auth endpoint (websocket-v2.md §7): WS v2 params are mapped onto the
 * shared exchange (so REST sees the same orders) and answered in Kraken's result/error shapes.
 */
import { ExchangeError } from "../exchange/types.js";
import type { OrderRef, WsExchangePort } from "./exchange-port.js";
import type { JsonValue } from "./json.js";
import { WsErrors } from "./protocol.js";
import {
  ALLOWED,
  bool,
  dec,
  Invalid,
  invalid,
  ORDER_FIELDS,
  orderResult,
  type Params,
  toPlaceInput,
  unsupported,
} from "./trading-params.js";

/** One outcome to send: a result or an error (a method may produce several, e.g. cancel_order). */
export type Outcome = { result: JsonValue } | { error: string };

/** Trading method names. */
export const TRADING_METHODS: ReadonlySet<string> = new Set(Object.keys(ALLOWED));

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
