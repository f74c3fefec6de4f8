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
  /** Trades of the rolling 24 h window, oldest first (`#head` marks the first live one). */
  #day: PublicTrade[] = [];
  #head = 0;
  #volume = "0";
  #notional = "0";
  /** Monotonic queues of window indices: prices ascending (low) and descending (high). */
  #lows: number[] = [];
  #highs: number[] = [];
  #base = 0;
  readonly candles = new Map<number, Candle[]>();

  constructor(readonly pricePrecision: number) {
    for (const i of OHLC_INTERVALS) this.candles.set(i, []);
  }

  /** Records a trade; returns the candles it touched, by interval. */
  record(t: PublicTrade): Map<number, Candle> {
    this.recent.push(t);
    if (this.recent.length > 50) this.recent.shift();
    this.#day.push(t);
    const index = this.#base + this.#day.length - 1;
    this.#volume = add(this.#volume, t.qty);
    this.#notional = add(this.#notional, mul(t.price, t.qty));
    while (this.#lows.length && cmp(this.#at(this.#lows[this.#lows.length - 1]!).price, t.price) >= 0)
      this.#lows.pop();
    this.#lows.push(index);
    while (this.#highs.length && cmp(this.#at(this.#highs[this.#highs.length - 1]!).price, t.price) <= 0)
      this.#highs.pop();
    this.#highs.push(index);
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

  #at(index: number): PublicTrade {
    return this.#day[index - this.#base]!;
  }

  /** Drops trades older than 24 h, keeping the running sums and min/max queues in step. */
  #evict(now: number): void {
    while (this.#head < this.#day.length && this.#day[this.#head]!.timestamp <= now - DAY_MS) {
      const t = this.#day[this.#head]!;
      this.#volume = sub(this.#volume, t.qty);
      this.#notional = sub(this.#notional, mul(t.price, t.qty));
      const index = this.#base + this.#head;
      if (this.#lows[0] === index) this.#lows.shift();
      if (this.#highs[0] === index) this.#highs.shift();
      this.#head++;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#day.length) {
      this.#day = this.#day.slice(this.#head);
      this.#base += this.#head;
      this.#head = 0;
    }
  }

  /** 24 h rolling figures at `now` (O(1) amortised); `fallback` is the price before the first trade. */
  ticker(now: number, fallback: string) {
    this.#evict(now);
    const last = this.recent[this.recent.length - 1]?.price ?? fallback;
    const live = this.#head < this.#day.length;
    const low = live ? this.#at(this.#lows[0]!).price : last;
    const high = live ? this.#at(this.#highs[0]!).price : last;
    const volume = this.#volume;
    const open = live ? this.#day[this.#head]!.price : last;
    const change = sub(last, open);
    const changePct = cmp(open, "0") > 0 ? div(mul(change, "100"), open, 2) : "0";
    const vwap = cmp(volume, "0") > 0 ? div(this.#notional, volume, this.pricePrecision + 2) : last;
    return { last, volume, vwap, low, high, change, changePct };
  }
}
