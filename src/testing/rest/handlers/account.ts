/** Private account-data operations: balances, orders, trades, ledgers, fees. */
import type { AccountTrade } from "../../exchange/account.js";
import { add, cmp, fixed, mul } from "../../exchange/decimal.js";
import { remaining } from "../../exchange/order-book.js";
import { ExchangeError, type SimLedgerEntry, type SimOrder } from "../../exchange/types.js";
import type { Handler, HandlerContext } from "../context.js";
import { nanos, restLedger, restOrder, restTrade } from "../format.js";
import { bool, int, list, req, str } from "../params.js";
import { marketStats } from "./stats.js";

const PAGE = 50;

/** A fee schedule: `[30-day volume from, percent fee]` tiers. */
type Schedule = Array<[number, string]>;

const SPOT_TAKER: Schedule = [
  [0, "0.4000"],
  [10000, "0.3500"],
  [50000, "0.2400"],
];
const SPOT_MAKER: Schedule = [
  [0, "0.2500"],
  [10000, "0.2000"],
  [50000, "0.1400"],
];
const DERIVATIVES_TAKER: Schedule = [
  [0, "0.0500"],
  [100000, "0.0400"],
];
const DERIVATIVES_MAKER: Schedule = [
  [0, "0.0200"],
  [100000, "0.0150"],
];

/** A schedule tier as AssetPairs writes `fees`: `[volume, percent]`, both numbers. */
const asTier = ([v, fee]: [number, string]) => [v, Number(fee)];

interface FeePair {
  readonly key: string;
  readonly taker: Schedule;
  readonly maker: Schedule;
}

/**
 * TradeVolume's `pair`: comma-separated names, or (16 June 2026) a list of `{ asset, aclass }` objects
 * (sent as JSON); `derivatives` names a Derivatives contract, other classes a Spot pair or xStock.
 */
function tradeVolumePairs(ctx: HandlerContext): FeePair[] | undefined {
  const raw = ctx.params.pair;
  const spot = (name: string): FeePair => ({
    key: ctx.exchange.pair(name).id,
    taker: SPOT_TAKER,
    maker: SPOT_MAKER,
  });
  if (!Array.isArray(raw) || raw.every((x) => typeof x === "string"))
    return list(ctx.params, "pair")?.map(spot);
  return raw.map((e: unknown) => {
    const { asset, aclass } = (e ?? {}) as { asset?: unknown; aclass?: unknown };
    if (typeof asset !== "string" || typeof aclass !== "string" || asset === "")
      throw new ExchangeError("EGeneral:Invalid arguments:pair");
    if (aclass !== "derivatives") return spot(asset);
    if (!/^(PF|PI|FF|FI)_[A-Z0-9_]+$/i.test(asset)) throw new ExchangeError("EQuery:Unknown asset pair");
    return { key: asset.toUpperCase(), taker: DERIVATIVES_TAKER, maker: DERIVATIVES_MAKER };
  });
}

function decimalsOf(ctx: HandlerContext, asset: string): number {
  return ctx.exchange.registry.asset(asset)?.decimals ?? 8;
}

/** Value of `amount` of `asset` in `target` (via the pairs' last prices; 0 when no route). */
export function valueIn(ctx: HandlerContext, asset: string, amount: string, target: string): string {
  if (asset === target) return amount;
  for (const p of ctx.exchange.registry.pairs) {
    const last = marketStats(ctx.exchange, p, ctx.now).last;
    if (p.base === asset && p.quote === target) return mul(amount, last);
  }
  return "0";
}

/** Time bound: unix seconds, or an id whose time is used (orders: opentm, ledgers: time). */
function bound(v: string | undefined, idTime: (id: string) => number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const t = idTime(v);
  if (t === undefined) throw new ExchangeError("EGeneral:Invalid arguments:start");
  return t;
}

function filterOrders(ctx: HandlerContext, orders: SimOrder[]): SimOrder[] {
  const userref = int(ctx.params, "userref");
  const clOrdId = str(ctx.params, "cl_ord_id");
  return orders.filter(
    (o) =>
      (userref === undefined || o.userref === userref) && (clOrdId === undefined || o.clOrdId === clOrdId),
  );
}

function byTime<T>(
  items: T[],
  time: (t: T) => number,
  ctx: HandlerContext,
  idTime: (id: string) => number | undefined,
): T[] {
  const start = bound(str(ctx.params, "start"), idTime);
  const end = bound(str(ctx.params, "end"), idTime);
  return items.filter(
    (i) => (start === undefined || time(i) > start) && (end === undefined || time(i) < end),
  );
}

function page<T>(items: T[], ctx: HandlerContext): T[] {
  const ofs = int(ctx.params, "ofs") ?? 0;
  return items.slice(ofs, ofs + PAGE);
}

function tradesOf(ctx: HandlerContext): AccountTrade[] {
  return ctx.exchange.account(ctx.accountId).trades;
}

function ledgersOf(ctx: HandlerContext): SimLedgerEntry[] {
  return ctx.exchange.account(ctx.accountId).ledger;
}

/** Handlers keyed by operationId. */
export const accountHandlers: Record<string, Handler> = {
  getAccountBalance: (ctx) => {
    const account = ctx.exchange.account(ctx.accountId);
    return Object.fromEntries([...account.balances].map(([a, v]) => [a, fixed(v, decimalsOf(ctx, a))]));
  },

  getExtendedBalance: (ctx) => {
    const account = ctx.exchange.account(ctx.accountId);
    return Object.fromEntries(
      [...account.balances].map(([a, v]) => {
        const d = decimalsOf(ctx, a);
        return [
          a,
          {
            balance: fixed(v, d),
            credit: fixed("0", d),
            credit_used: fixed("0", d),
            hold_trade: fixed(account.hold(a), d),
          },
        ];
      }),
    );
  },

  getCreditLines: () => ({
    asset_details: {},
    limits_monitor: {
      total_credit_usd: "0.0000",
      total_credit_used_usd: "0.0000",
      total_collateral_value_usd: "0.0000",
      equity_usd: "0.0000",
      ongoing_balance: "0.0000",
      debt_to_equity: "0.0000",
    },
  }),

  getTradeBalance: (ctx) => {
    const target = ctx.exchange.registry.asset(str(ctx.params, "asset") ?? "ZUSD")?.id;
    if (!target) throw new ExchangeError("EQuery:Unknown asset");
    const account = ctx.exchange.account(ctx.accountId);
    let eb = "0";
    for (const [asset, amount] of account.balances) eb = add(eb, valueIn(ctx, asset, amount, target));
    let uv = "0";
    for (const o of ctx.exchange.orders(ctx.accountId, "open")) {
      const p = ctx.exchange.registry.pair(o.pair)!;
      const price = o.price ?? marketStats(ctx.exchange, p, ctx.now).last;
      uv = add(uv, valueIn(ctx, p.quote, mul(remaining(o), price), target));
    }
    const d = 4;
    const e = fixed(eb, d);
    return {
      eb: e,
      tb: e,
      m: fixed("0", d),
      n: fixed("0", d),
      c: fixed("0", d),
      v: fixed("0", d),
      e,
      mf: e,
      uv: fixed(uv, d),
    };
  },

  getOpenOrders: (ctx) => {
    const withTrades = bool(ctx.params, "trades");
    const open = filterOrders(ctx, ctx.exchange.orders(ctx.accountId, "open"));
    return {
      open: Object.fromEntries(open.map((o) => [o.id, restOrder(ctx.exchange.registry, o, withTrades)])),
    };
  },

  getClosedOrders: (ctx) => {
    const withTrades = bool(ctx.params, "trades");
    const closetime = str(ctx.params, "closetime") ?? "both";
    const time = (o: SimOrder) => (closetime === "open" ? o.openedAt : (o.closedAt ?? o.openedAt));
    const closed = byTime(
      filterOrders(ctx, ctx.exchange.orders(ctx.accountId, "closed")),
      time,
      ctx,
      (id) => ctx.exchange.order(id)?.openedAt,
    ).sort((a, b) => time(b) - time(a));
    const out: Record<string, unknown> = {
      closed: Object.fromEntries(
        page(closed, ctx).map((o) => [o.id, restOrder(ctx.exchange.registry, o, withTrades)]),
      ),
    };
    if (!bool(ctx.params, "without_count")) out.count = closed.length;
    return out;
  },

  getOrdersInfo: (ctx) => {
    const ids = list(ctx.params, "txid");
    if (!ids || ids.length === 0 || ids.length > 50)
      throw new ExchangeError("EGeneral:Invalid arguments:txid");
    const withTrades = bool(ctx.params, "trades");
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      const o = ctx.exchange.order(id);
      if (!o || o.accountId !== ctx.accountId) throw new ExchangeError("EOrder:Invalid order");
      out[id] = restOrder(ctx.exchange.registry, o, withTrades);
    }
    return out;
  },

  getOrderAmends: (ctx) => {
    const id = str(ctx.params, "order_id") ?? req(ctx.params, "txid");
    const o = ctx.exchange.order(id);
    if (!o || o.accountId !== ctx.accountId) throw new ExchangeError("EOrder:Invalid order");
    const p = ctx.exchange.registry.pair(o.pair)!;
    const amends = o.amends.map((a) => ({
      amend_id: a.amendId,
      amend_type: a.amendType,
      order_qty: fixed(a.orderQty, p.qtyDecimals),
      ...(a.displayQty !== undefined ? { display_qty: fixed(a.displayQty, p.qtyDecimals) } : {}),
      remaining_qty: fixed(a.remainingQty, p.qtyDecimals),
      ...(a.limitPrice !== undefined ? { limit_price: fixed(a.limitPrice, p.priceDecimals) } : {}),
      ...(a.triggerPrice !== undefined ? { trigger_price: a.triggerPrice } : {}),
      post_only: a.postOnly,
      timestamp: nanos(a.timestamp),
    }));
    return { amends, count: amends.length };
  },

  getTradeHistory: (ctx) => {
    const withLedgers = bool(ctx.params, "ledgers");
    const trades = byTime(
      tradesOf(ctx),
      (t) => t.time,
      ctx,
      (id) => tradesOf(ctx).find((t) => t.txid === id)?.time,
    ).sort((a, b) => b.time - a.time);
    const out: Record<string, unknown> = {
      trades: Object.fromEntries(
        page(trades, ctx).map((t) => [t.txid, restTrade(ctx.exchange.registry, t, withLedgers)]),
      ),
    };
    if (!bool(ctx.params, "without_count")) out.count = trades.length;
    return out;
  },

  getTradesInfo: (ctx) => {
    const ids = list(ctx.params, "txid");
    if (!ids || ids.length === 0 || ids.length > 20)
      throw new ExchangeError("EGeneral:Invalid arguments:txid");
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      const t = tradesOf(ctx).find((x) => x.txid === id);
      if (!t) throw new ExchangeError("EGeneral:Invalid arguments:txid");
      out[id] = restTrade(ctx.exchange.registry, t, false);
    }
    return out;
  },

  getOpenPositions: (ctx) => (str(ctx.params, "consolidation") === "market" ? [] : {}),

  getLedgers: (ctx) => {
    const assets = list(ctx.params, "asset");
    const ids =
      assets && !(assets.length === 1 && assets[0] === "all")
        ? new Set(assets.map((a) => ctx.exchange.registry.asset(a)?.id ?? a))
        : undefined;
    const type = str(ctx.params, "type") ?? "all";
    const entries = byTime(
      ledgersOf(ctx).filter((l) => (!ids || ids.has(l.asset)) && (type === "all" || l.type === type)),
      (l) => l.time,
      ctx,
      (id) => ledgersOf(ctx).find((l) => l.id === id)?.time,
    ).sort((a, b) => b.time - a.time);
    const out: Record<string, unknown> = {
      ledger: Object.fromEntries(page(entries, ctx).map((l) => [l.id, restLedger(ctx.exchange.registry, l)])),
    };
    if (!bool(ctx.params, "without_count")) out.count = entries.length;
    return out;
  },

  getLedgersInfo: (ctx) => {
    const ids = list(ctx.params, "id");
    if (!ids || ids.length === 0 || ids.length > 20) throw new ExchangeError("EGeneral:Invalid arguments:id");
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      const l = ledgersOf(ctx).find((x) => x.id === id);
      if (!l) throw new ExchangeError("EGeneral:Invalid arguments:id");
      out[id] = restLedger(ctx.exchange.registry, l);
    }
    return out;
  },

  getTradeVolume: (ctx) => {
    let volume = "0";
    const since = ctx.now - 30 * 86_400_000;
    for (const t of tradesOf(ctx)) {
      if (t.time < since) continue;
      const p = ctx.exchange.registry.pair(t.pair)!;
      volume = add(volume, valueIn(ctx, p.quote, t.cost, "ZUSD"));
    }
    const out: Record<string, unknown> = { currency: "ZUSD", volume: fixed(volume, 4) };
    const requested = tradeVolumePairs(ctx);
    if (requested) {
      const tier = (schedule: Schedule) => {
        let i = 0;
        while (i + 1 < schedule.length && cmp(volume, String(schedule[i + 1]![0])) >= 0) i++;
        const next = schedule[i + 1];
        return {
          fee: schedule[i]![1],
          min_fee: schedule[schedule.length - 1]![1],
          max_fee: schedule[0]![1],
          next_fee: next ? next[1] : null,
          tier_volume: fixed(String(schedule[i]![0]), 4),
          next_volume: next ? fixed(String(next[0]), 4) : null,
        };
      };
      out.fees = Object.fromEntries(requested.map((r) => [r.key, tier(r.taker)]));
      out.fees_maker = Object.fromEntries(requested.map((r) => [r.key, tier(r.maker)]));
      if (bool(ctx.params, "fee_schedule"))
        out.schedules = Object.fromEntries(
          requested.map((r) => [r.key, { fees: r.taker.map(asTier), fees_maker: r.maker.map(asTier) }]),
        );
    }
    return out;
  },
};
