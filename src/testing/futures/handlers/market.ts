/**
 * Public market data of the venue: instruments and their status, tickers (mark, index, funding,
 * 24 h statistics), order books, trade history and historical funding rates.
 */
import { add, cmp, div, isPositive, mul, sub, truncate } from "../../exchange/decimal.js";
import type { FuturesContext, FuturesHandler } from "../context.js";
import type { FuturesInstrument } from "../instruments.js";
import { isoMs, type JsonValue, n } from "../json.js";
import { required } from "../params.js";
import { FuturesError } from "../types.js";
import type { FuturesVenue } from "../venue.js";

function instrumentJson(i: FuturesInstrument, venue: FuturesVenue): JsonValue {
  return {
    symbol: i.symbol,
    pair: i.pair,
    base: i.base,
    quote: i.quote,
    type: "flexible_futures",
    tickSize: n(i.tickSize),
    contractSize: n("1"),
    tradeable:
      !venue.suspended.has(i.symbol) &&
      (i.lastTradingTime === undefined || venue.clock.now() < i.lastTradingTime),
    impactMidSize: n(i.impactMidSize),
    maxPositionSize: n(i.maxPositionSize),
    openingDate: isoMs(i.openingDate),
    ...(i.lastTradingTime !== undefined ? { lastTradingTime: isoMs(i.lastTradingTime) } : {}),
    marginLevels: i.marginLevels.map((l) => ({
      numNonContractUnits: n(l.numNonContractUnits),
      initialMargin: n(l.initialMargin),
      maintenanceMargin: n(l.maintenanceMargin),
    })),
    ...(i.perpetual
      ? {
          fundingRateCoefficient: i.fundingRateCoefficient,
          maxRelativeFundingRate: n(i.maxRelativeFundingRate),
        }
      : {}),
    contractValueTradePrecision: i.sizeDecimals,
    postOnly: venue.postOnlyMarkets.has(i.symbol),
    feeScheduleUid: "5b755fea-c5b0-4307-a66e-b392cd5bd931",
    retailMarginLevels: [],
    category: "Layer 1",
    tags: [],
    tradfi: false,
    mtf: false,
  };
}

function statusJson(i: FuturesInstrument): JsonValue {
  return {
    tradeable: i.symbol,
    experiencingDislocation: false,
    priceDislocationDirection: null,
    experiencingExtremeVolatility: false,
    extremeVolatilityInitialMarginMultiplier: 1,
  };
}

/** One instrument's `MarketTicker`. */
export function tickerJson(venue: FuturesVenue, i: FuturesInstrument): JsonValue {
  const now = venue.clock.now();
  const book = venue.books.get(i.symbol)!;
  const bid = book.best("buy");
  const ask = book.best("sell");
  const trades = (venue.trades.get(i.symbol) ?? []).filter((t) => t.time >= now - 86_400_000);
  const last = venue.lastTrade(i.symbol);
  let vol = "0";
  let quote = "0";
  let high: string | undefined;
  let low: string | undefined;
  for (const t of trades) {
    vol = add(vol, t.size);
    quote = add(quote, mul(t.size, t.price));
    if (high === undefined || cmp(t.price, high) > 0) high = t.price;
    if (low === undefined || cmp(t.price, low) < 0) low = t.price;
  }
  const open = trades[0]?.price ?? last?.price;
  const change =
    open !== undefined && last !== undefined && isPositive(open)
      ? truncate(div(mul(sub(last.price, open), "100"), open, 10), 10)
      : "0";
  let openInterest = "0";
  for (const a of venue.accounts()) {
    const size = a.positionSize(i.symbol);
    if (isPositive(size)) openInterest = add(openInterest, size);
  }
  const current = venue.funding.current(i.symbol);
  return {
    tag: i.tag,
    pair: i.pair,
    symbol: i.symbol,
    markPrice: n(venue.markPrice(i.symbol)),
    ...(bid ? { bid: n(bid.price), bidSize: n(book.levelQty("buy", bid.price)) } : {}),
    ...(ask ? { ask: n(ask.price), askSize: n(book.levelQty("sell", ask.price)) } : {}),
    vol24h: n(vol),
    volumeQuote: n(quote),
    openInterest: n(openInterest),
    ...(open !== undefined ? { open24h: n(open) } : {}),
    ...(high !== undefined && low !== undefined ? { high24h: n(high), low24h: n(low) } : {}),
    indexPrice: n(venue.indexPrice(i.symbol)),
    ...(last ? { last: n(last.price), lastTime: isoMs(last.time), lastSize: n(last.size) } : {}),
    suspended: venue.suspended.has(i.symbol),
    ...(i.perpetual && current
      ? {
          fundingRate: n(current.fundingRate),
          fundingRatePrediction: n(
            mul(venue.funding.predictedRelative(i.symbol), venue.indexPrice(i.symbol)),
          ),
        }
      : {}),
    postOnly: venue.postOnlyMarkets.has(i.symbol),
    change24h: n(change),
  };
}

function indexTickers(venue: FuturesVenue): JsonValue[] {
  const seen = new Set<string>();
  const out: JsonValue[] = [];
  for (const i of venue.instruments.values()) {
    if (seen.has(i.indexSymbol)) continue;
    seen.add(i.indexSymbol);
    out.push({
      symbol: i.indexSymbol,
      last: n(venue.indexPrice(i.perpetual ? i.symbol : `PF_${i.base}${i.quote}`)),
      lastTime: isoMs(venue.clock.now()),
    });
  }
  return out;
}

function symbolOf(ctx: FuturesContext, name = "symbol"): FuturesInstrument {
  const symbol = ctx.path[name] ?? required(ctx.params, name);
  const i = ctx.venue.instruments.get(symbol) ?? ctx.venue.instruments.get(symbol.toUpperCase());
  if (!i) throw new FuturesError("invalidArgument");
  return i;
}

export const marketHandlers: Record<string, FuturesHandler> = {
  getInstruments: ({ venue }) => ({
    instruments: [...venue.instruments.values()].map((i) => instrumentJson(i, venue)),
  }),
  instrumentsStatus: ({ venue }) => ({ instrumentStatus: [...venue.instruments.values()].map(statusJson) }),
  instrumentStatus: (ctx) => statusJson(symbolOf(ctx)) as { [key: string]: JsonValue },
  getTickers: ({ venue }) => ({
    tickers: [...[...venue.instruments.values()].map((i) => tickerJson(venue, i)), ...indexTickers(venue)],
  }),
  getTicker: (ctx) => ({ ticker: tickerJson(ctx.venue, symbolOf(ctx)) }),
  getOrderbook: (ctx) => {
    const i = symbolOf(ctx);
    const book = ctx.venue.books.get(i.symbol)!;
    const side = (s: "buy" | "sell") => book.aggregated(s, 1000).map(([price, qty]) => [n(price), n(qty)]);
    return { orderBook: { bids: side("buy"), asks: side("sell") } };
  },
  getHistory: (ctx) => {
    const i = symbolOf(ctx);
    const lastTime = ctx.params.get("lastTime");
    const before = lastTime !== undefined ? Date.parse(lastTime) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(before)) throw new FuturesError("invalidArgument");
    const trades = (ctx.venue.trades.get(i.symbol) ?? []).filter(
      (t) => t.time < before || (lastTime === undefined && t.time <= before),
    );
    return {
      history: trades
        .slice(-100)
        .reverse()
        .map((t) => ({
          time: isoMs(t.time),
          trade_id: t.tradeId,
          price: n(t.price),
          // Kraken's spec types the trade size of /history as a string (prices stay numbers).
          size: t.size,
          side: t.side,
          type: "fill",
          uid: t.uid,
        })),
    };
  },
  historicalFundingRates: (ctx) => {
    const i = symbolOf(ctx);
    const list = ctx.venue.funding.history.get(i.symbol) ?? [];
    return {
      rates: list.map((r) => ({
        timestamp: isoMs(r.time),
        fundingRate: n(r.fundingRate),
        relativeFundingRate: n(r.relativeFundingRate),
      })),
    };
  },
  getFeeSchedulesV3: () => ({
    feeSchedules: [
      {
        uid: "5b755fea-c5b0-4307-a66e-b392cd5bd931",
        name: "SimulatorFees",
        tiers: [
          { makerFee: n("0.02"), takerFee: n("0.05"), usdVolume: n("0") },
          { makerFee: n("0.015"), takerFee: n("0.04"), usdVolume: n("100000") },
        ],
      },
    ],
  }),
};
