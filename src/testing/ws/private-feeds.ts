/**
 * The private channels of the auth endpoint: `executions` (orders and fills) and `balances`, each
 * numbered with a per-subscription `sequence` (snapshot = 1, then +1 per message) so clients can
 * detect gaps. The skip-sequence fault makes the next number jump by one.
 */
import type { BalanceEvent, ExecutionEvent } from "../exchange/types.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import { ExecutionReports } from "./execution-reports.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { rfc3339Micro } from "./time.js";

const STATUS_ONLY = new Set(["new", "filled", "canceled", "expired", "trade"]);

/** Publishes `executions` and `balances`. */
export class PrivateFeeds {
  readonly #reports: ExecutionReports;

  constructor(private readonly hub: Hub) {
    this.#reports = new ExecutionReports(hub.exchange.registry);
  }

  #nextSequence(sub: ConnSubscription): number {
    // Skip-sequence fault: scoped to the account, or "*" for any account.
    const skips = this.hub.skipSequence;
    const scope = skips.has(sub.accountId ?? "") ? sub.accountId! : skips.has("*") ? "*" : undefined;
    if (scope !== undefined) {
      sub.sequence += skips.get(scope)!;
      skips.delete(scope);
    }
    sub.sequence += 1;
    return sub.sequence;
  }

  #send(conn: WsConnection, sub: ConnSubscription, type: "snapshot" | "update", data: JsonValue): void {
    conn.send(writeJson({ channel: sub.channel, type, data, sequence: int(this.#nextSequence(sub)) }));
  }

  /** Fans an execution event out to the account's `executions` subscriptions. */
  onExecution(e: ExecutionEvent): void {
    const subs = this.hub.subscribers(`executions|${e.accountId}`);
    if (subs.size === 0) return;
    const report = this.#reports.report(e);
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
        data.push(this.#reports.orderDetails(o, "new", o.openedAt));
    }
    if (snapTrades) {
      for (const t of this.hub.exchange.accountTrades(accountId).slice(-50))
        data.push(this.#reports.tradeSnapshot(t));
    }
    this.#send(conn, sub, "snapshot", data);
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
