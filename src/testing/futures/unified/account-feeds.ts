/**
 * Private channels of the simulated Unified WebSocket over the Derivatives venue: `executions` and
 * `balances` (with a per-subscription `sequence`, as on Spot v2), `positions` (a snapshot, then the
 * positions an event changed; a closed one with size 0) and `margin` (full `multi_collateral` states).
 * Every update is the difference between what the subscription was last sent and the venue now.
 */
import { cmp, div, isZeroValue, sub } from "../../exchange/decimal.js";
import { int, type JsonValue, num, writeJson } from "../../ws/json.js";
import { rfc3339Micro } from "../../ws/time.js";
import type { FuturesOrder } from "../types.js";
import type { FuturesVenue } from "../venue.js";
import type { UwsConnection, UwsSubscription } from "./connection.js";
import { frame } from "./market-feeds.js";

type OrderState = NonNullable<UwsSubscription["orders"]> extends Map<string, infer S> ? S : never;

const ORDER_TYPE: Record<string, string> = {
  lmt: "limit",
  post: "limit",
  ioc: "limit",
  fok: "limit",
  mkt: "market",
};

/** Publishes the private channels. */
export class UnifiedAccountFeeds {
  constructor(
    private readonly venue: FuturesVenue,
    private readonly skip: (channel: string) => boolean,
  ) {}

  subscribed(conn: UwsConnection, s: UwsSubscription, snapshot: boolean): void {
    const accountId = s.accountId as string;
    if (s.channel === "executions") {
      s.orders = new Map();
      const open = this.venue.openOrders(accountId);
      // every order the venue still remembers is the baseline: ended ones must not be reported later
      for (const o of this.venue.orders.values())
        if (o.accountId === accountId) s.orders.set(o.id, stateOf(o));
      if (snapshot)
        this.#sequenced(
          conn,
          s,
          "snapshot",
          open.map((o) => this.#report(o, "new")),
        );
    } else if (s.channel === "balances") {
      s.state = this.#wallet(accountId);
      const data = [...s.state].map(([asset, balance]) => ({
        asset,
        asset_class: "currency",
        balance: num(balance),
        wallets: [{ type: "flex", id: "flex", balance: num(balance) }],
      }));
      if (snapshot) this.#sequenced(conn, s, "snapshot", data);
    } else if (s.channel === "positions") {
      s.state = this.#positions(accountId);
      if (snapshot) conn.send(this.#positionsFrame("snapshot", [...s.state.keys()], accountId));
    } else if (s.channel === "margin") {
      const state = this.#margin(accountId);
      s.state = new Map([["state", writeJson(state)]]);
      conn.send(frame("margin", "multi_collateral", state));
    }
  }

  publish(conn: UwsConnection, s: UwsSubscription): void {
    const accountId = s.accountId as string;
    if (s.channel === "executions" && s.orders) {
      const reports: JsonValue[] = [];
      for (const o of this.venue.orders.values()) {
        if (o.accountId !== accountId || o.lp) continue;
        const before = s.orders.get(o.id);
        const now = stateOf(o);
        if (before && sameState(before, now)) continue;
        reports.push(...this.#events(o, before, now));
        s.orders.set(o.id, now);
      }
      for (const id of s.orders.keys()) if (!this.venue.orders.has(id)) s.orders.delete(id);
      if (reports.length > 0) this.#sequenced(conn, s, "update", reports);
    } else if (s.channel === "balances" && s.state) {
      const next = this.#wallet(accountId);
      const data: JsonValue[] = [];
      for (const [asset, balance] of next) {
        const before = s.state.get(asset) ?? "0";
        if (cmp(before, balance) === 0) continue;
        data.push({
          asset,
          asset_class: "currency",
          amount: num(sub(balance, before)),
          balance: num(balance),
          fee: num("0"),
          type: "trade",
          wallet_type: "flex",
          wallet_id: "flex",
          timestamp: rfc3339Micro(this.venue.clock.now()),
        });
      }
      s.state = next;
      if (data.length > 0) this.#sequenced(conn, s, "update", data);
    } else if (s.channel === "positions" && s.state) {
      const next = this.#positions(accountId);
      const changed = [...new Set([...s.state.keys(), ...next.keys()])].filter(
        (k) => s.state?.get(k) !== next.get(k),
      );
      s.state = next;
      if (changed.length > 0) conn.send(this.#positionsFrame("update", changed, accountId));
    } else if (s.channel === "margin" && s.state) {
      const state = this.#margin(accountId);
      const text = writeJson(state);
      if (s.state.get("state") === text) return;
      s.state.set("state", text);
      conn.send(frame("margin", "multi_collateral", state));
    }
  }

  #sequenced(conn: UwsConnection, s: UwsSubscription, type: string, data: JsonValue[]): void {
    s.sequence += this.skip(s.channel) ? 2 : 1;
    conn.send(frame(s.channel, type, data, { sequence: int(s.sequence) }));
  }

  #events(o: FuturesOrder, before: OrderState | undefined, now: OrderState): JsonValue[] {
    const out: JsonValue[] = [];
    if (!before) out.push(this.#report(o, "new"));
    const prevFilled = before?.filled ?? "0";
    const prevCost = before?.cost ?? "0";
    if (cmp(now.filled, prevFilled) > 0) {
      const lastQty = sub(now.filled, prevFilled);
      const lastPrice = div(sub(now.cost, prevCost), lastQty, 8);
      out.push(this.#report(o, "trade", { last_qty: num(lastQty), last_price: num(lastPrice) }));
    }
    if (before && o.status === "open" && (before.qty !== now.qty || before.price !== now.price))
      out.push(this.#report(o, "amended"));
    if (o.status === "closed") out.push(this.#report(o, "filled"));
    else if (o.status === "canceled") out.push(this.#report(o, "canceled"));
    else if (o.status === "expired") out.push(this.#report(o, "expired"));
    return out;
  }

  #report(o: FuturesOrder, execType: string, extra: { [k: string]: JsonValue } = {}): JsonValue {
    const status =
      o.status === "closed"
        ? "filled"
        : o.status === "open" && !isZeroValue(o.filled)
          ? "partially_filled"
          : o.status === "open" || o.status === "pending"
            ? "new"
            : o.status;
    return {
      exec_type: execType,
      order_id: o.id,
      ...(o.clOrdId !== undefined ? { cl_ord_id: o.clOrdId } : {}),
      symbol: o.pair,
      side: o.side,
      order_type: ORDER_TYPE[o.requestedType] ?? o.requestedType,
      order_qty: num(o.qty),
      ...(o.price !== undefined && o.requestedType !== "mkt" ? { limit_price: num(o.price) } : {}),
      order_status: status,
      time_in_force: o.timeInForce,
      post_only: o.postOnly,
      reduce_only: o.reduceOnly,
      cum_qty: num(o.filled),
      cum_cost: num(o.cost),
      ...(isZeroValue(o.filled) ? {} : { avg_price: num(div(o.cost, o.filled, 8)) }),
      timestamp: rfc3339Micro(o.lastUpdateAt),
      ...extra,
    };
  }

  #wallet(accountId: string): Map<string, string> {
    return new Map([...this.venue.account(accountId).flex].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  #positions(accountId: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [symbol, p] of this.venue.account(accountId).positions)
      if (!isZeroValue(p.size)) out.set(symbol, `${p.size}@${p.price}`);
    return out;
  }

  #positionsFrame(type: "snapshot" | "update", symbols: string[], accountId: string): string {
    const positions = this.venue.account(accountId).positions;
    const futures = symbols.map((symbol) => {
      const p = positions.get(symbol);
      const size = p?.size ?? "0";
      return {
        symbol,
        side: size.startsWith("-") ? "short" : "long",
        size: num(size.startsWith("-") ? size.slice(1) : size),
        entry_price: num(isZeroValue(size) ? "0" : (p?.price ?? "0")),
      };
    });
    return frame(
      "positions",
      type,
      { futures, options: [] },
      { timestamp: rfc3339Micro(this.venue.clock.now()) },
    );
  }

  /** The flex wallet's margin figures, named as the Derivatives WebSocket `balances` `flex_futures`. */
  #margin(accountId: string): { [k: string]: JsonValue } {
    const s = this.venue.summary(accountId);
    return {
      initial_margin: num(s.initialMargin),
      initial_margin_with_orders: num(s.initialMarginWithOrders),
      maintenance_margin: num(s.maintenanceMargin),
      balance_value: num(s.balanceValue),
      portfolio_value: num(s.portfolioValue),
      collateral_value: num(s.collateralValue),
      pnl: num(s.pnl),
      unrealized_funding: num(s.unrealizedFunding),
      total_unrealized: num(s.totalUnrealized),
      total_unrealized_as_margin: num(s.totalUnrealizedAsMargin),
      available_margin: num(s.availableMargin),
      margin_equity: num(s.marginEquity),
    };
  }
}

function stateOf(o: FuturesOrder): OrderState {
  return {
    status: o.status,
    filled: o.filled,
    cost: o.cost,
    qty: o.qty,
    ...(o.price !== undefined ? { price: o.price } : {}),
  };
}

function sameState(a: OrderState, b: OrderState): boolean {
  return a.status === b.status && a.filled === b.filled && a.qty === b.qty && a.price === b.price;
}
