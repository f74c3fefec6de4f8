/**
 * The `ticker`, `trade`, `ohlc` and `instrument` channels. Trades come from the exchange's trade
 * events (so REST fills show up too); ticker `bbo` updates follow best bid/offer changes.
 */
import type { SimPair } from "../exchange/pairs.js";
import type { SimTrade } from "../exchange/types.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import { int, type JsonValue, num, writeJson } from "./json.js";
import { type Candle, PairStats, type PublicTrade } from "./market-stats.js";
import { rfc3339Micro, rfc3339Nano } from "./time.js";

/** Publishes the trade-driven public channels. */
export class MarketFeeds {
  readonly #stats = new Map<string, PairStats>();
  readonly #bbo = new Map<string, string>();
  readonly #pendingTrades = new Map<string, PublicTrade[]>();
  #scheduled = false;

  constructor(private readonly hub: Hub) {}

  #statsOf(pair: SimPair): PairStats {
    let s = this.#stats.get(pair.wsname);
    if (!s) {
      s = new PairStats(pair.priceDecimals);
      this.#stats.set(pair.wsname, s);
    }
    return s;
  }

  /** Records a trade and queues the trade/ohlc/ticker updates of this operation. */
  onTrade(t: SimTrade): void {
    const pair = this.hub.exchange.registry.pair(t.pair);
    if (!pair) return;
    const trade: PublicTrade = {
      symbol: pair.wsname,
      side: t.side,
      price: t.price,
      qty: t.qty,
      ordType: t.takerOrderType === "market" ? "market" : "limit",
      tradeId: t.tradeId,
      timestamp: t.timestamp,
    };
    const touched = this.#statsOf(pair).record(trade);
    for (const [interval, candle] of touched) {
      const key = `ohlc|${pair.wsname}|${interval}`;
      if (this.hub.has(key)) this.#sendToKey(key, this.#ohlcFrame("update", pair, interval, [candle]));
    }
    let list = this.#pendingTrades.get(pair.id);
    if (!list) {
      list = [];
      this.#pendingTrades.set(pair.id, list);
    }
    list.push(trade);
    this.#schedule();
  }

  /** Checks the best bid/offer of a pair after a book change (ticker `bbo`). */
  onBook(pair: SimPair): void {
    if (!this.hub.has(`ticker|${pair.wsname}|bbo`)) return;
    this.#schedule();
    this.#pendingTrades.set(pair.id, this.#pendingTrades.get(pair.id) ?? []);
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Publishes batched trades and ticker updates. */
  flush(): void {
    this.#scheduled = false;
    for (const [id, trades] of this.#pendingTrades) {
      const pair = this.hub.exchange.registry.pair(id);
      if (!pair) continue;
      if (trades.length > 0) {
        const key = `trade|${pair.wsname}`;
        if (this.hub.has(key)) this.#sendToKey(key, this.#tradeFrame("update", trades));
        const tk = `ticker|${pair.wsname}|trades`;
        if (this.hub.has(tk)) this.#sendToKey(tk, this.#tickerFrame("update", pair));
      }
      const bk = `ticker|${pair.wsname}|bbo`;
      const bbo = this.#bboOf(pair);
      if (this.#bbo.get(pair.wsname) !== bbo) {
        this.#bbo.set(pair.wsname, bbo);
        if (this.hub.has(bk)) this.#sendToKey(bk, this.#tickerFrame("update", pair));
      }
    }
    this.#pendingTrades.clear();
  }

  /** Sends the snapshot of a new subscription. */
  snapshot(conn: WsConnection, sub: ConnSubscription, pair: SimPair | undefined): void {
    if (sub.channel === "instrument") conn.send(this.instrumentFrame());
    if (!pair) return;
    if (sub.channel === "ticker") {
      if (sub.eventTrigger === "bbo") this.#bbo.set(pair.wsname, this.#bboOf(pair));
      conn.send(this.#tickerFrame("snapshot", pair));
    } else if (sub.channel === "trade") {
      conn.send(this.#tradeFrame("snapshot", this.#statsOf(pair).recent));
    } else if (sub.channel === "ohlc") {
      const interval = sub.interval ?? 1;
      conn.send(this.#ohlcFrame("snapshot", pair, interval, this.#statsOf(pair).candles.get(interval) ?? []));
    }
  }

  #sendToKey(key: string, text: string): void {
    for (const conn of this.hub.subscribers(key)) conn.send(text);
  }

  #bboOf(pair: SimPair): string {
    const book = this.hub.exchange.book(pair.id);
    const [bid] = book.aggregated("buy", 1);
    const [ask] = book.aggregated("sell", 1);
    return `${bid?.[0]}:${bid?.[1]}:${ask?.[0]}:${ask?.[1]}`;
  }

  #tickerFrame(type: "snapshot" | "update", pair: SimPair): string {
    const book = this.hub.exchange.book(pair.id);
    const [bid] = book.aggregated("buy", 1);
    const [ask] = book.aggregated("sell", 1);
    const s = this.#statsOf(pair).ticker(this.hub.now(), pair.startPrice);
    return writeJson({
      channel: "ticker",
      type,
      data: [
        {
          symbol: pair.wsname,
          bid: num(bid?.[0] ?? "0"),
          bid_qty: num(bid?.[1] ?? "0"),
          ask: num(ask?.[0] ?? "0"),
          ask_qty: num(ask?.[1] ?? "0"),
          last: num(s.last),
          volume: num(s.volume),
          vwap: num(s.vwap),
          low: num(s.low),
          high: num(s.high),
          change: num(s.change),
          change_pct: num(s.changePct),
          timestamp: rfc3339Micro(this.hub.now()),
        },
      ],
    });
  }

  #tradeFrame(type: "snapshot" | "update", trades: readonly PublicTrade[]): string {
    return writeJson({
      channel: "trade",
      type,
      data: trades.map((t) => ({
        symbol: t.symbol,
        side: t.side,
        price: num(t.price),
        qty: num(t.qty),
        ord_type: t.ordType,
        trade_id: int(t.tradeId),
        timestamp: rfc3339Micro(t.timestamp),
      })),
    });
  }

  #ohlcFrame(
    type: "snapshot" | "update",
    pair: SimPair,
    interval: number,
    candles: readonly Candle[],
  ): string {
    const stats = this.#statsOf(pair);
    return writeJson({
      channel: "ohlc",
      type,
      timestamp: rfc3339Nano(this.hub.now()),
      data: candles.map(
        (c): JsonValue => ({
          symbol: pair.wsname,
          open: num(c.open),
          high: num(c.high),
          low: num(c.low),
          close: num(c.close),
          trades: c.trades,
          volume: num(c.volume),
          vwap: num(stats.vwap(c)),
          interval_begin: rfc3339Nano(c.begin),
          interval,
          timestamp: rfc3339Micro(c.begin + interval * 60_000),
        }),
      ),
    });
  }

  /** The `instrument` snapshot: every asset and pair with its precisions and minimums. */
  instrumentFrame(): string {
    const reg = this.hub.exchange.registry;
    const status = this.hub.exchange.status();
    return writeJson({
      channel: "instrument",
      type: "snapshot",
      data: {
        assets: reg.assets.map((a) => ({
          id: a.wsname,
          status: "enabled",
          precision: a.decimals,
          precision_display: a.displayDecimals,
          borrowable: false,
          collateral_value: num("0"),
          margin_rate: num("0"),
          multiplier: num("1"),
          class: a.assetClass ?? "currency",
        })),
        pairs: reg.pairs.map((p) => ({
          symbol: p.wsname,
          base: reg.wsAsset(p.base),
          quote: reg.wsAsset(p.quote),
          status: status === "online" ? (p.status ?? "online") : status,
          qty_precision: p.qtyDecimals,
          qty_increment: num(p.qtyDecimals === 0 ? "1" : `0.${"0".repeat(p.qtyDecimals - 1)}1`),
          qty_min: num(p.ordermin),
          price_precision: p.priceDecimals,
          price_increment: num(p.tickSize),
          tick_size: num(p.tickSize),
          cost_precision: p.costDecimals,
          cost_min: num(p.costmin),
          marginable: (p.leverageBuy?.length ?? 0) > 0,
          has_index: false,
          ws_display_price_precision: p.priceDecimals,
        })),
      },
    });
  }
}
