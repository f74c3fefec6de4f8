/**
 * Execution reports of the `executions` channel in Kraken's WS v2 vocabulary, built from the
 * exchange's order events: full details on `pending_new` and in snapshots, minimal `new`, fill
 * details on `trade`, cumulative figures on `filled`/`canceled`/`expired`, amend fields on `amended`.
 */
import type { AccountTrade } from "../exchange/account.js";
import { cmp, div } from "../exchange/decimal.js";
import type { PairRegistry } from "../exchange/pairs.js";
import type { ExecutionEvent, SimOrder } from "../exchange/types.js";
import { int, type JsonValue, num } from "./json.js";
import { rfc3339Micro } from "./time.js";

/** Builds execution report objects. */
export class ExecutionReports {
  constructor(private readonly registry: PairRegistry) {}

  #symbol(order: SimOrder): string {
    return this.registry.pair(order.pair)?.wsname ?? order.pair;
  }

  #avg(order: SimOrder): string {
    return cmp(order.filled, "0") > 0 ? div(order.cost, order.filled, 10) : "0";
  }

  #status(order: SimOrder): string {
    switch (order.status) {
      case "pending":
        return "pending_new";
      case "open":
        return cmp(order.filled, "0") > 0 ? "partially_filled" : "new";
      case "closed":
        return "filled";
      default:
        return order.status;
    }
  }

  /** Full order details (snapshot entries and `pending_new`). */
  orderDetails(order: SimOrder, execType: string, timestamp: number): { [k: string]: JsonValue } {
    return {
      order_id: order.id,
      symbol: this.#symbol(order),
      side: order.side,
      order_type: order.type,
      order_qty: num(order.qty),
      ...(order.price !== undefined ? { limit_price: num(order.price), limit_price_type: "static" } : {}),
      ...(order.displayQty !== undefined ? { display_qty: num(order.displayQty) } : {}),
      ...(order.cashQty !== undefined ? { cash_order_qty: num(order.cashQty) } : {}),
      time_in_force: order.timeInForce.toUpperCase(),
      post_only: order.postOnly,
      reduce_only: order.reduceOnly,
      margin: false,
      order_status: this.#status(order),
      exec_type: execType,
      cum_qty: num(order.filled),
      cum_cost: num(order.cost),
      avg_price: num(this.#avg(order)),
      fee_usd_equiv: num(order.fee),
      ...(order.clOrdId !== undefined ? { cl_ord_id: order.clOrdId } : {}),
      ...(order.userref !== undefined ? { order_userref: order.userref } : {}),
      ...(order.amends.some((a) => a.amendType !== "original") ? { amended: true } : {}),
      timestamp: rfc3339Micro(timestamp),
    };
  }

  #ids(order: SimOrder): { [k: string]: JsonValue } {
    return {
      ...(order.clOrdId !== undefined ? { cl_ord_id: order.clOrdId } : {}),
      ...(order.userref !== undefined ? { order_userref: order.userref } : {}),
    };
  }

  /** One execution report for an exchange event. */
  report(e: ExecutionEvent): { [k: string]: JsonValue } {
    const o = e.order;
    const ts = rfc3339Micro(e.timestamp);
    const base = { order_id: o.id, exec_type: e.execType, order_status: this.#status(o) };
    switch (e.execType) {
      case "pending_new":
        return this.orderDetails(o, "pending_new", e.timestamp);
      case "new":
        return { ...base, timestamp: ts, ...this.#ids(o) };
      case "trade": {
        const t = e.trade!;
        return {
          ...base,
          exec_id: t.execId,
          trade_id: int(t.tradeId),
          symbol: this.#symbol(o),
          side: o.side,
          order_type: o.type,
          order_qty: num(o.qty),
          last_qty: num(t.qty),
          last_price: num(t.price),
          cost: num(t.cost),
          liquidity_ind: t.liquidity,
          fees: [{ asset: this.registry.wsAsset(t.feeAsset), qty: num(t.fee) }],
          fee_usd_equiv: num(t.fee),
          cum_qty: num(o.filled),
          cum_cost: num(o.cost),
          avg_price: num(this.#avg(o)),
          timestamp: ts,
          ...this.#ids(o),
        };
      }
      case "filled":
        return {
          ...base,
          cum_qty: num(o.filled),
          cum_cost: num(o.cost),
          avg_price: num(this.#avg(o)),
          fee_usd_equiv: num(o.fee),
          timestamp: ts,
          ...this.#ids(o),
        };
      case "amended":
      case "restated":
        return {
          ...base,
          order_qty: num(o.qty),
          ...(o.price !== undefined ? { limit_price: num(o.price) } : {}),
          ...(o.displayQty !== undefined ? { display_qty: num(o.displayQty) } : {}),
          post_only: o.postOnly,
          amended: true,
          ...(o.reason ? { reason: o.reason } : {}),
          timestamp: ts,
          ...this.#ids(o),
        };
      default:
        return {
          ...base,
          cum_qty: num(o.filled),
          cum_cost: num(o.cost),
          ...(o.reason ? { reason: o.reason } : {}),
          timestamp: ts,
          ...this.#ids(o),
        };
    }
  }

  /** A past fill as an `executions` snapshot entry (`snap_trades`). */
  tradeSnapshot(t: AccountTrade): JsonValue {
    const pair = this.registry.pair(t.pair);
    return {
      order_id: t.orderId,
      exec_id: t.txid,
      exec_type: "trade",
      trade_id: int(t.tradeId),
      symbol: pair?.wsname ?? t.pair,
      side: t.side,
      order_type: t.orderType,
      last_qty: num(t.qty),
      last_price: num(t.price),
      cost: num(t.cost),
      liquidity_ind: t.maker ? "m" : "t",
      fees: [{ asset: pair ? this.registry.wsAsset(pair.quote) : "USD", qty: num(t.fee) }],
      fee_usd_equiv: num(t.fee),
      timestamp: rfc3339Micro(t.time),
    };
  }
}
