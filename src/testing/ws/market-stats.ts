/**
 * Trade-derived market statistics the public channels publish: the last 50 trades per pair, 24 h
 * rolling ticker figures and OHLC candles for every Kraken interval. Fed from the exchange's trade
 * events so it shows exactly what REST and WebSocket traders did.
 */
import { add, cmp, div, mul, sub } from "../exchange/decimal.js";
import { OHLC_INTERVALS } from "./subscribe-params.js";

/** One public trade as the WS `trade` channel describes it. */
export interface PublicTrade {
  readonly symbol: string;
  readonly side: "buy" | "sell";
  readonly price: string;
  readonly qty: string;
  readonly ordType: "limit" | "market";
  readonly tradeId: number;
  readonly timestamp: number;
}

/** One candle. */
export interface Candle {
  readonly begin: number;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  /** Sum of price × qty, for vwap. */
  notional: string;
  trades: number;
}

const DAY_MS = 86_400_000;
const KEEP_CANDLES = 720;

/** Statistics of one pair. */
export class PairStats {
  readonly recent: PublicTrade[] = [];
  readonly #day: PublicTrade[] = [];
  readonly candles = new Map<number, Candle[]>();

  constructor(readonly pricePrecision: number) {
    for (const i of OHLC_INTERVALS) this.candles.set(i, []);
  }

  /** Records a trade; returns the candles it touched, by interval. */
  record(t: PublicTrade): Map<number, Candle> {
    this.recent.push(t);
    if (this.recent.length > 50) this.recent.shift();
    this.#day.push(t);
    const touched = new Map<number, Candle>();
    for (const interval of OHLC_INTERVALS) {
      const list = this.candles.get(interval)!;
      const span = interval * 60_000;
      const begin = Math.floor(t.timestamp / span) * span;
      let c = list[list.length - 1];
      if (!c || c.begin !== begin) {
        c = {
          begin,
          open: t.price,
          high: t.price,
          low: t.price,
          close: t.price,
          volume: "0",
          notional: "0",
          trades: 0,
        };
        list.push(c);
        if (list.length > KEEP_CANDLES) list.shift();
      }
      if (cmp(t.price, c.high) > 0) c.high = t.price;
      if (cmp(t.price, c.low) < 0) c.low = t.price;
      c.close = t.price;
      c.volume = add(c.volume, t.qty);
      c.notional = add(c.notional, mul(t.price, t.qty));
      c.trades++;
      touched.set(interval, c);
    }
    return touched;
  }

  /** Volume-weighted average price of a candle (close when no volume). */
  vwap(c: Candle): string {
    return cmp(c.volume, "0") > 0 ? div(c.notional, c.volume, this.pricePrecision + 2) : c.close;
  }

  /** 24 h rolling figures at `now`; `fallback` is the price used before the first trade. */
  ticker(now: number, fallback: string) {
    while (this.#day.length > 0 && this.#day[0]!.timestamp <= now - DAY_MS) this.#day.shift();
    const last = this.recent[this.recent.length - 1]?.price ?? fallback;
    let volume = "0";
    let notional = "0";
    let low = last;
    let high = last;
    for (const t of this.#day) {
      volume = add(volume, t.qty);
      notional = add(notional, mul(t.price, t.qty));
      if (cmp(t.price, low) < 0) low = t.price;
      if (cmp(t.price, high) > 0) high = t.price;
    }
    const open = this.#day[0]?.price ?? last;
    const change = sub(last, open);
    const changePct = cmp(open, "0") > 0 ? div(mul(change, "100"), open, 2) : "0";
    const vwap = cmp(volume, "0") > 0 ? div(notional, volume, this.pricePrecision + 2) : last;
    return { last, volume, vwap, low, high, change, changePct };
  }
}
