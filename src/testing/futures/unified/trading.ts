/**
 * Order entry of the simulated Unified WebSocket: `add_order`, `amend_order`, `cancel_order`,
 * `batch_add`, `batch_cancel`, `cancel_all` and `cancel_all_orders_after` with `asset_class:
 * "derivatives"`, mapped onto the Derivatives venue's order entry (the same matching engine as
 * Derivatives REST). A refusal answers with Kraken's `sendStatus` word as the error.
 */
import { isDecimal } from "../../exchange/decimal.js";
import type { JsonValue } from "../../ws/json.js";
import { decimalField } from "../../ws/lossless.js";
import type { OrderEntry } from "../order-entry.js";
import type { SendInput } from "../order-rules.js";
import type { FuturesOrderType, TriggerSignal } from "../types.js";
import type { FuturesVenue } from "../venue.js";

/** The methods this module answers. */
export const UNIFIED_TRADING_METHODS: ReadonlySet<string> = new Set([
  "add_order",
  "amend_order",
  "cancel_order",
  "batch_add",
  "batch_cancel",
  "cancel_all",
  "cancel_all_orders_after",
]);

/** One answer frame's content. */
export interface Outcome {
  readonly result?: JsonValue;
  readonly error?: string;
}

const INVALID = "EGeneral:Invalid arguments";

class Invalid extends Error {}

function need(cond: unknown, field: string): asserts cond {
  if (!cond) throw new Invalid(`${INVALID}:${field}`);
}

/** Runs one trading request for an account; returns one outcome per answer frame. */
export function runUnifiedTrading(
  venue: FuturesVenue,
  entry: OrderEntry,
  accountId: string,
  method: string,
  p: Record<string, unknown>,
): Outcome[] {
  try {
    if (method !== "cancel_all" && method !== "cancel_all_orders_after")
      need(p.asset_class === "derivatives", "asset_class");
    switch (method) {
      case "add_order":
        return [place(entry, accountId, p, String(p.symbol ?? ""))];
      case "batch_add": {
        const orders = p.orders;
        need(Array.isArray(orders) && orders.length >= 2 && orders.length <= 15, "orders");
        const results: JsonValue[] = [];
        for (const o of orders as Array<Record<string, unknown>>) {
          const r = place(entry, accountId, o, String(p.symbol ?? ""));
          if (r.error) return [{ error: r.error }];
          results.push(r.result as JsonValue);
        }
        return [{ result: results }];
      }
      case "amend_order": {
        const qty = decimalField(p.order_qty);
        const price = decimalField(p.limit_price);
        const trigger = decimalField(p.trigger_price);
        const a = entry.edit(accountId, {
          ...(typeof p.order_id === "string" ? { orderId: p.order_id } : {}),
          ...(typeof p.cl_ord_id === "string" ? { cliOrdId: p.cl_ord_id } : {}),
          ...(qty !== undefined ? { size: qty } : {}),
          ...(price !== undefined ? { limitPrice: price } : {}),
          ...(trigger !== undefined ? { stopPrice: trigger } : {}),
        });
        if (a.status !== "edited") return [{ error: a.status }];
        return [
          {
            result: {
              amend_id: venue.uuid.next(),
              ...(a.orderId !== undefined ? { order_id: a.orderId } : {}),
              ...(typeof p.cl_ord_id === "string" ? { cl_ord_id: p.cl_ord_id } : {}),
            },
          },
        ];
      }
      case "cancel_order": {
        const ids = (p.order_id ?? p.cl_ord_id) as unknown;
        need(Array.isArray(ids) && ids.length > 0, "order_id");
        const byCl = p.order_id === undefined;
        return (ids as unknown[]).map((id) => {
          const a = entry.cancel(accountId, byCl ? { cliOrdId: String(id) } : { orderId: String(id) });
          if (a.status !== "cancelled") return { error: a.status };
          return {
            result: {
              order_id: a.orderId ?? String(id),
              ...(a.cliOrdId !== undefined ? { cl_ord_id: a.cliOrdId } : {}),
            },
          };
        });
      }
      case "batch_cancel": {
        const ids = [
          ...((p.orders as unknown[] | undefined) ?? []).map((id) => ({ orderId: String(id) })),
          ...((p.cl_ord_id as unknown[] | undefined) ?? []).map((id) => ({ cliOrdId: String(id) })),
        ];
        need(ids.length >= 2 && ids.length <= 50, "orders");
        let count = 0;
        for (const ref of ids) if (entry.cancel(accountId, ref).status === "cancelled") count++;
        return [{ result: { count } }];
      }
      case "cancel_all":
        return [{ result: { count: entry.cancelAll(accountId).cancelled.length } }];
      case "cancel_all_orders_after": {
        const t = Number(decimalField(p.timeout));
        need(Number.isInteger(t) && t >= 0 && t < 86400, "timeout");
        return [{ result: venue.deadMan.arm(accountId, t) }];
      }
      default:
        return [{ error: "Method not found" }];
    }
  } catch (e) {
    if (e instanceof Invalid) return [{ error: e.message }];
    const code = (e as { code?: unknown }).code;
    return [{ error: typeof code === "string" ? code : INVALID }];
  }
}

function place(entry: OrderEntry, accountId: string, o: Record<string, unknown>, symbol: string): Outcome {
  const sym = typeof o.symbol === "string" ? o.symbol : symbol;
  need(sym !== "", "symbol");
  need(o.side === "buy" || o.side === "sell", "side");
  const size = decimalField(o.order_qty);
  need(size !== undefined && isDecimal(size), "order_qty");
  const limit = decimalField(o.limit_price);
  const triggers = o.triggers as { price?: unknown; reference?: unknown } | undefined;
  const stop = triggers ? decimalField(triggers.price) : undefined;
  const tif = o.time_in_force;
  let orderType: FuturesOrderType;
  switch (o.order_type) {
    case "limit":
      need(limit !== undefined, "limit_price");
      orderType = o.post_only === true ? "post" : tif === "ioc" ? "ioc" : tif === "fok" ? "fok" : "lmt";
      break;
    case "market":
      orderType = "mkt";
      break;
    case "stop-loss":
    case "stop-loss-limit":
      need(stop !== undefined, "triggers");
      orderType = "stp";
      break;
    case "take-profit":
    case "take-profit-limit":
      need(stop !== undefined, "triggers");
      orderType = "take_profit";
      break;
    default:
      throw new Invalid(`${INVALID}:order_type`);
  }
  const signal: TriggerSignal = triggers?.reference === "index" ? "index" : "last";
  const input: SendInput = {
    orderType,
    symbol: sym,
    side: o.side as "buy" | "sell",
    size: size as string,
    ...(limit !== undefined ? { limitPrice: limit } : {}),
    ...(stop !== undefined ? { stopPrice: stop, triggerSignal: signal } : {}),
    ...(typeof o.cl_ord_id === "string" ? { cliOrdId: o.cl_ord_id } : {}),
    ...(o.reduce_only === true ? { reduceOnly: true } : {}),
  };
  const a = entry.send(accountId, input);
  if (a.status !== "placed") return { error: a.status };
  return {
    result: {
      order_id: a.orderId ?? "",
      ...(input.cliOrdId !== undefined ? { cl_ord_id: input.cliOrdId } : {}),
    },
  };
}
