/** Public market-data operations, served from the simulated exchange. */
import { add, cmp, div, fixed, isPositive, mul } from "../../exchange/decimal.js";
import type { Exchange } from "../../exchange/exchange.js";
import type { SimPair } from "../../exchange/pairs.js";
import { ExchangeError, type SimTrade } from "../../exchange/types.js";
import type { Handler, HandlerContext } from "../context.js";
import { rfc1123 } from "../format.js";
import { int, list, req, str } from "../params.js";
import { marketStats } from "./stats.js";

/** Pairs named by the `pair` parameter (all when absent); unknown names reject. */
export function pairsParam(ctx: HandlerContext, name = "pair", required = false): SimPair[] {
  const names = list(ctx.params, name);
  if (!names) {
    if (required) throw new ExchangeError(`EGeneral:Invalid arguments:${name}`);
    return [...ctx.exchange.registry.pairs];
  }
  return names.map((n) => ctx.exchange.pair(n));
}

function onePair(ctx: HandlerContext, name = "pair"): SimPair {
  return ctx.exchange.pair(req(ctx.params, name));
}

function v1WsName(ex: Exchange, p: SimPair): string {
  return `${ex.registry.asset(p.base)?.altname ?? p.base}/${ex.registry.asset(p.quote)?.altname ?? p.quote}`;
}

const FEES: Array<[number, number]> = [
  [0, 0.4],
  [10000, 0.35],
  [50000, 0.24],
];
const FEES_MAKER: Array<[number, number]> = [
  [0, 0.25],
  [10000, 0.2],
  [50000, 0.14],
];

/** One AssetPairs entry. */
function assetPair(ex: Exchange, p: SimPair, info: string): Record<string, unknown> {
  const full: Record<string, unknown> = {
    altname: p.altname,
    wsname: v1WsName(ex, p),
    aclass_base: p.assetClass ?? "currency",
    base: p.base,
    aclass_quote: "currency",
    quote: p.quote,
    lot: "unit",
    cost_decimals: p.costDecimals,
    pair_decimals: p.priceDecimals,
    lot_decimals: p.qtyDecimals,
    lot_multiplier: 1,
    leverage_buy: p.leverageBuy ?? [],
    leverage_sell: p.leverageSell ?? [],
    fees: FEES,
    fees_maker: FEES_MAKER,
    fee_volume_currency: "ZUSD",
    margin_call: 80,
    margin_stop: 40,
    ordermin: p.ordermin,
    costmin: p.costmin,
    tick_size: p.tickSize,
    status:
      ex.status === "online"
        ? (p.status ?? "online")
        : ex.status === "maintenance"
          ? "cancel_only"
          : ex.status,
    long_position_limit: 0,
    short_position_limit: 0,
    execution_venue: "international",
  };
  const pick = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, full[k]]));
  if (info === "leverage") return pick(["leverage_buy", "leverage_sell"]);
  if (info === "fees") return pick(["fees", "fees_maker", "fee_volume_currency"]);
  if (info === "margin") return pick(["margin_call", "margin_stop"]);
  return full;
}

function trades(ctx: HandlerContext, p: SimPair): readonly SimTrade[] {
  return ctx.exchange.publicTrades(p.id);
}

/** Handlers keyed by operationId. */
export const publicHandlers: Record<string, Handler> = {
  getServerTime: (ctx) => ({ unixtime: Math.floor(ctx.now / 1000), rfc1123: rfc1123(ctx.now) }),

  getSystemStatus: (ctx) => ({
    status: ctx.exchange.status,
    timestamp: `${new Date(ctx.now).toISOString().slice(0, 19)}Z`,
  }),

  getAssetInfo: (ctx) => {
    const names = list(ctx.params, "asset");
    const assets = names
      ? names.map((n) => {
          const a = ctx.exchange.registry.asset(n);
          if (!a) throw new ExchangeError("EQuery:Unknown asset");
          return a;
        })
      : ctx.exchange.registry.assets;
    return Object.fromEntries(
      assets.map((a) => [
        a.id,
        {
          aclass: a.assetClass ?? "currency",
          altname: a.altname,
          decimals: a.decimals,
          display_decimals: a.displayDecimals,
          collateral_value: 1,
          status: "enabled",
        },
      ]),
    );
  },

  getTradableAssetPairs: (ctx) => {
    const info = str(ctx.params, "info") ?? "info";
    // every simulated pair trades on Kraken's international venue
    const venue = str(ctx.params, "execution_venue");
    if (venue !== undefined && venue !== "international" && venue !== "bitnomial_exchange")
      throw new ExchangeError("EGeneral:Invalid arguments:execution_venue");
    const pairs = venue === "bitnomial_exchange" ? [] : pairsParam(ctx);
    return Object.fromEntries(pairs.map((p) => [p.id, assetPair(ctx.exchange, p, info)]));
  },

  getTickerInformation: (ctx) =>
    Object.fromEntries(
      pairsParam(ctx).map((p) => {
        const s = marketStats(ctx.exchange, p, ctx.now);
        const book = ctx.exchange.book(p.id);
        const bid = book.aggregated("buy", 1)[0];
        const ask = book.aggregated("sell", 1)[0];
        const px = (v: string) => fixed(v, p.priceDecimals);
        const qty = (v: string) => fixed(v, p.qtyDecimals);
        const whole = (v: string) => fixed(v, 0);
        return [
          p.id,
          {
            a: [px(ask?.[0] ?? "0"), whole(ask?.[1] ?? "0"), qty(ask?.[1] ?? "0")],
            b: [px(bid?.[0] ?? "0"), whole(bid?.[1] ?? "0"), qty(bid?.[1] ?? "0")],
            c: [px(s.last), qty(s.lastQty)],
            v: [qty(s.today.volume), qty(s.day.volume)],
            p: [px(s.today.vwap), px(s.day.vwap)],
            t: [s.today.count, s.day.count],
            l: [px(s.today.low), px(s.day.low)],
            h: [px(s.today.high), px(s.day.high)],
            o: px(s.today.open),
          },
        ];
      }),
    ),

  getOrderBook: (ctx) => {
    const p = onePair(ctx);
    const count = Math.min(500, Math.max(1, int(ctx.params, "count") ?? 100));
    const book = ctx.exchange.book(p.id);
    const side = (s: "buy" | "sell") =>
      book
        .aggregated(s, count)
        .map(([price, qty, , t]) => [
          fixed(price, p.priceDecimals),
          fixed(qty, p.qtyDecimals),
          Math.floor(t / 1000),
        ]);
    return { [p.id]: { asks: side("sell"), bids: side("buy") } };
  },

  getRecentTrades: (ctx) => {
    const p = onePair(ctx);
    const count = Math.min(1000, Math.max(1, int(ctx.params, "count") ?? 1000));
    const since = sinceNanos(str(ctx.params, "since"));
    const list = trades(ctx, p).filter((t) => BigInt(t.timestamp) * 1_000_000n > since);
    const page = list.slice(0, count);
    const lastTrade = page[page.length - 1];
    return {
      [p.id]: page.map((t) => [
        fixed(t.price, p.priceDecimals),
        fixed(t.qty, p.qtyDecimals),
        t.timestamp / 1000,
        t.side === "buy" ? "b" : "s",
        t.takerOrderType === "market" ? "m" : "l",
        "",
        t.tradeId,
      ]),
      last: lastTrade ? (BigInt(lastTrade.timestamp) * 1_000_000n).toString() : since.toString(),
    };
  },

  getOHLCData: (ctx) => {
    const p = onePair(ctx);
    const interval = int(ctx.params, "interval") ?? 1;
    if (![1, 5, 15, 30, 60, 240, 1440, 10080, 21600].includes(interval)) {
      throw new ExchangeError("EGeneral:Invalid arguments:interval");
    }
    const since = int(ctx.params, "since") ?? 0;
    const candles = ohlc(ctx, p, interval * 60);
    const last = candles.length > 1 ? candles[candles.length - 2]![0] : (candles[0]?.[0] ?? 0);
    const rows = candles.filter((c, i) => c[0] > since || i === candles.length - 1).slice(-720);
    return { [p.id]: rows, last };
  },

  getRecentSpreads: (ctx) => {
    const p = onePair(ctx);
    const since = int(ctx.params, "since") ?? 0;
    const all = ctx.state.spreads.get(p.id) ?? [];
    const rows = all
      .filter((r) => r[0] > since)
      .slice(-200)
      .map(([t, b, a]) => [t, fixed(b, p.priceDecimals), fixed(a, p.priceDecimals)]);
    return { [p.id]: rows, last: all[all.length - 1]?.[0] ?? since };
  },

  getGroupedBook: (ctx) => {
    const p = onePair(ctx);
    const depth = int(ctx.params, "depth") ?? 10;
    const grouping = int(ctx.params, "grouping") ?? 1;
    if (![10, 25, 100, 250, 1000].includes(depth))
      throw new ExchangeError("EGeneral:Invalid arguments:depth");
    if (![1, 5, 10, 25, 50, 100, 250, 500, 1000].includes(grouping)) {
      throw new ExchangeError("EGeneral:Invalid arguments:grouping");
    }
    const step = mul(p.tickSize, String(grouping));
    const book = ctx.exchange.book(p.id);
    const group = (side: "buy" | "sell") => {
      const out: Array<{ price: string; qty: string }> = [];
      for (const [price, qty] of book.aggregated(side, Number.POSITIVE_INFINITY)) {
        // Bids round down to the group, asks round up.
        const units = div(price, step, 0);
        let g = mul(units, step);
        if (side === "sell" && cmp(g, price) < 0) g = add(g, step);
        const key = fixed(g, p.priceDecimals);
        const lastLevel = out[out.length - 1];
        if (lastLevel?.price === key) lastLevel.qty = add(lastLevel.qty, qty);
        else if (out.length < depth) out.push({ price: key, qty });
        else break;
      }
      return out.map((l) => ({ price: l.price, qty: fixed(l.qty, p.qtyDecimals) }));
    };
    return { pair: p.wsname, grouping, bids: group("buy"), asks: group("sell") };
  },

  getPreTradeData: (ctx) => {
    const p = onePair(ctx, "symbol");
    const book = ctx.exchange.book(p.id);
    const level = (side: "buy" | "sell") =>
      book.aggregated(side, 10).map(([price, qty, count, t]) => ({
        side: side === "buy" ? "BUY" : "SELL",
        price: fixed(price, p.priceDecimals),
        qty: fixed(qty, p.qtyDecimals),
        count,
        submission_ts: new Date(t).toISOString(),
        publication_ts: new Date(ctx.now).toISOString(),
      }));
    return {
      ...instrument(ctx.exchange, p),
      venue: "PGSL",
      system: "CLOB",
      bids: level("buy"),
      asks: level("sell"),
    };
  },

  getPostTradeData: (ctx) => {
    const symbol = str(ctx.params, "symbol");
    const pairs = symbol ? [ctx.exchange.pair(symbol)] : [...ctx.exchange.registry.pairs];
    const from = parseTs(str(ctx.params, "from_ts"), 0);
    const to = parseTs(str(ctx.params, "to_ts"), Number.POSITIVE_INFINITY);
    const count = Math.min(1000, Math.max(1, int(ctx.params, "count") ?? 1000));
    const rows = pairs
      .flatMap((p) => trades(ctx, p).map((t) => ({ p, t })))
      .filter(({ t }) => t.timestamp >= from && t.timestamp <= to)
      .sort((a, b) => a.t.timestamp - b.t.timestamp)
      .slice(-count);
    const last = rows[rows.length - 1];
    return {
      last_ts: new Date(last ? last.t.timestamp : ctx.now).toISOString(),
      count: rows.length,
      trades: rows.map(({ p, t }) => ({
        trade_id: t.takerTxid,
        price: fixed(t.price, p.priceDecimals),
        quantity: fixed(t.qty, p.qtyDecimals),
        ...instrument(ctx.exchange, p),
        trade_venue: "PGSL",
        trade_ts: new Date(t.timestamp).toISOString(),
        publication_venue: "PGSL",
        publication_ts: new Date(t.timestamp).toISOString(),
      })),
    };
  },
};

function instrument(ex: Exchange, p: SimPair): Record<string, string> {
  const base = ex.registry.asset(p.base);
  const quote = ex.registry.asset(p.quote);
  return {
    symbol: p.wsname,
    description: `${base?.wsname ?? p.base} / ${quote?.wsname ?? p.quote}`,
    base_asset: base?.wsname ?? p.base,
    base_notation: "UNIT",
    quote_asset: quote?.wsname ?? p.quote,
    quote_notation: quote?.wsname === "USD" ? "MONE" : "UNIT",
  };
}

function parseTs(v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new ExchangeError("EGeneral:Invalid arguments:from_ts");
  return t;
}

/** `since` for Trades: nanoseconds, or seconds when short. */
function sinceNanos(v: string | undefined): bigint {
  if (v === undefined || v === "") return 0n;
  if (!/^\d+(\.\d+)?$/.test(v)) throw new ExchangeError("EGeneral:Invalid arguments:since");
  const int = v.split(".")[0]!;
  return int.length <= 10 ? BigInt(int) * 1_000_000_000n : BigInt(int);
}

type Candle = [number, string, string, string, string, string, string, number];

function ohlc(ctx: HandlerContext, p: SimPair, step: number): Candle[] {
  const px = (v: string) => fixed(v, p.priceDecimals);
  const candles: Candle[] = [];
  let cur:
    | { t: number; o: string; h: string; l: string; c: string; vol: string; value: string; n: number }
    | undefined;
  const flush = () => {
    if (!cur) return;
    const vwap = isPositive(cur.vol) ? div(cur.value, cur.vol, p.priceDecimals) : cur.c;
    candles.push([
      cur.t,
      px(cur.o),
      px(cur.h),
      px(cur.l),
      px(cur.c),
      px(vwap),
      fixed(cur.vol, p.qtyDecimals),
      cur.n,
    ]);
  };
  for (const t of trades(ctx, p)) {
    const bucket = Math.floor(t.timestamp / 1000 / step) * step;
    if (!cur || cur.t !== bucket) {
      flush();
      cur = { t: bucket, o: t.price, h: t.price, l: t.price, c: t.price, vol: "0", value: "0", n: 0 };
    }
    if (cmp(t.price, cur.h) > 0) cur.h = t.price;
    if (cmp(t.price, cur.l) < 0) cur.l = t.price;
    cur.c = t.price;
    cur.vol = add(cur.vol, t.qty);
    cur.value = add(cur.value, mul(t.qty, t.price));
    cur.n += 1;
  }
  flush();
  // The current (uncommitted) candle is always present.
  const now = Math.floor(ctx.now / 1000 / step) * step;
  if (candles[candles.length - 1]?.[0] !== now) {
    const c = marketStats(ctx.exchange, p, ctx.now).last;
    candles.push([now, px(c), px(c), px(c), px(c), px(c), fixed("0", p.qtyDecimals), 0]);
  }
  return candles;
}
