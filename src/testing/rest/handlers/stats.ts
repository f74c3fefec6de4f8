import { add, cmp, div, isPositive, mul } from "../../exchange/decimal.js";
import type { Exchange } from "../../exchange/exchange.js";
import type { SimPair } from "../../exchange/pairs.js";

/** Volume, VWAP, count, range and open of the trades in a window. */
export interface WindowStats {
  readonly volume: string;
  readonly vwap: string;
  readonly count: number;
  readonly low: string;
  readonly high: string;
  readonly open: string;
}

/** Ticker statistics of a pair: last trade, today (since 00:00 UTC) and the last 24 hours. */
export interface MarketStats {
  readonly last: string;
  readonly lastQty: string;
  readonly today: WindowStats;
  readonly day: WindowStats;
}

/** Computes ticker statistics from the exchange's public trades. */
export function marketStats(ex: Exchange, pair: SimPair, now: number): MarketStats {
  const trades = ex.publicTrades(pair.id);
  const lastTrade = trades[trades.length - 1];
  const last = lastTrade?.price ?? pair.startPrice;
  const midnight = Math.floor(now / 86_400_000) * 86_400_000;
  const window = (from: number): WindowStats => {
    let volume = "0";
    let value = "0";
    let count = 0;
    let low = "";
    let high = "";
    let open = "";
    for (const t of trades) {
      if (t.timestamp < from) continue;
      if (open === "") open = t.price;
      volume = add(volume, t.qty);
      value = add(value, mul(t.qty, t.price));
      count += 1;
      if (low === "" || cmp(t.price, low) < 0) low = t.price;
      if (high === "" || cmp(t.price, high) > 0) high = t.price;
    }
    return {
      volume,
      vwap: isPositive(volume) ? div(value, volume, pair.priceDecimals) : last,
      count,
      low: low || last,
      high: high || last,
      open: open || last,
    };
  };
  return { last, lastQty: lastTrade?.qty ?? "0", today: window(midnight), day: window(now - 86_400_000) };
}
