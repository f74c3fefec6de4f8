/**
 * The private channels of the auth endpoint: `executions` (orders and fills) and `balances`, each
 * numbered with a per-subscription `sequence` (snapshot = 1, then +1 per message) so clients can
 * detect gaps. The skip-sequence fault makes the next number jump by one.
 */
import type { AccountTrade } from "../exchange/account.js";
import { cmp, div } from "../exchange/decimal.js";
import type { BalanceEvent, ExecutionEvent, SimOrder } from "../exchange/types.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { rfc3339Micro } from "./time.js";

const STATUS_ONLY = new Set(["new", "filled", "canceled", "expired", "trade"]);

/** Publishes `executions` and `balances`. */
export class PrivateFeeds {
  constructor(private readonly hub: Hub) {}

  #nextSequence(sub: ConnSubscription): number {
    const skip = this.hub.skipSequence.get(sub.accountId ?? "") ?? this.hub.skipSequence.get("*");
    if (skip !== undefined && skip > 0) {
      sub.sequence += skip;
      this.hub.skipSequence.delete(this.hub.skipSequence.has(sub.accountId ?? "") ? sub.accountId! : "*");
    }
    sub.sequence += 1;
    return sub.sequence;
  }

  #send(conn: WsConnection, sub: ConnSubscription, type: "snapshot" | "update", data: JsonValue): void {
    conn.send(writeJson({ channel: sub.channel, type, data, sequence: int(this.#nextSequence(sub)) }));
  }

  #symbol(order: SimOrder): string {
    return this.hub.exchange.registry.pair(order.pair)?.wsname ?? order.pair;
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
  #orderDetails(order: SimOrder, execType: string, timestamp: number): { [k: string]: JsonValue } {
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
        return this.#orderDetails(o, "pending_new", e.timestamp);
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
          fees: [{ asset: this.hub.exchange.registry.wsAsset(t.feeAsset), qty: num(t.fee) }],
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

  /** Fans an execution event out to the account's `executions` subscriptions. */
  onExecution(e: ExecutionEvent): void {
    const subs = this.hub.subscribers(`executions|${e.accountId}`);
    if (subs.size === 0) return;
    const report = this.report(e);
    for (const conn of subs) {
      const sub = conn.subs.get("executions");
      if (!sub) continue;
      if (!sub.orderStatus && !STATUS_ONLY.has(e.execType)) continue;
      this.#send(conn, sub, "update", [report]);
    }
  }

  /** Fans a ledger entry out to the account's `balances` subscriptions. */
  onBalance(e: BalanceEvent): void {
    const subs = this.hub.subscribers(`balances|${e.accountId}`);
    if (subs.size === 0) return;
    const l = e.ledger;
    const entry = {
      ledger_id: l.id,
      ref_id: l.refid,
      timestamp: rfc3339Micro(l.time),
      type: l.type,
      ...(l.subtype ? { subtype: l.subtype } : {}),
      category: l.type === "trade" ? "trade" : l.type,
      asset: this.hub.exchange.registry.wsAsset(l.asset),
      asset_class: "currency",
      wallet_type: "spot",
      wallet_id: "main",
      amount: num(l.amount),
      fee: num(l.fee),
      balance: num(l.balance),
    };
    for (const conn of subs) {
      const sub = conn.subs.get("balances");
      if (sub) this.#send(conn, sub, "update", [entry]);
    }
  }

  /** Sends the snapshot of a new `executions` subscription (open orders and/or the last 50 fills). */
  executionsSnapshot(
    conn: WsConnection,
    sub: ConnSubscription,
    snapOrders: boolean,
    snapTrades: boolean,
  ): void {
    const accountId = sub.accountId!;
    const data: JsonValue[] = [];
    if (snapOrders) {
      for (const o of this.hub.exchange.openOrders(accountId))
        data.push(this.#orderDetails(o, "new", o.openedAt));
    }
    if (snapTrades) {
      for (const t of this.hub.exchange.accountTrades(accountId).slice(-50))
        data.push(this.#tradeSnapshot(t));
    }
    this.#send(conn, sub, "snapshot", data);
  }

  #tradeSnapshot(t: AccountTrade): JsonValue {
    const pair = this.hub.exchange.registry.pair(t.pair);
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
      fees: [{ asset: pair ? this.hub.exchange.registry.wsAsset(pair.quote) : "USD", qty: num(t.fee) }],
      fee_usd_equiv: num(t.fee),
      timestamp: rfc3339Micro(t.time),
    };
  }

  /** Sends the snapshot of a new `balances` subscription. */
  balancesSnapshot(conn: WsConnection, sub: ConnSubscription): void {
    const data: JsonValue[] = [];
    for (const [asset, balance] of this.hub.exchange.balances(sub.accountId!)) {
      data.push({
        asset: this.hub.exchange.registry.wsAsset(asset),
        asset_class: "currency",
        balance: num(balance),
        wallets: [{ type: "spot", id: "main", balance: num(balance) }],
      });
    }
    this.#send(conn, sub, "snapshot", data);
  }
}
