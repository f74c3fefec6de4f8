import type { Emitter } from "../../util/emitter.js";
import type { OrderBook } from "./order-book.js";
import type { ExchangeEvents, SimTrade } from "./types.js";

/** How many public trades per pair are kept (REST Trades serves at most 1000). */
const KEEP = 1000;

/**
 * The public side of each pair: its recent trades (sequential trade ids), and the ticker event,
 * emitted only when the top of book or the last price actually changed.
 */
export class MarketTape {
  readonly #trades = new Map<string, SimTrade[]>();
  readonly #nextId = new Map<string, number>();
  readonly #lastTicker = new Map<string, string>();

  constructor(private readonly events: Emitter<ExchangeEvents>) {}

  /** The next public trade id of a pair (1, 2, 3 …). */
  nextTradeId(pair: string): number {
    const id = (this.#nextId.get(pair) ?? 0) + 1;
    this.#nextId.set(pair, id);
    return id;
  }

  /** Stores a trade and emits `trade`. */
  record(trade: SimTrade): void {
    let list = this.#trades.get(trade.pair);
    if (!list) {
      list = [];
      this.#trades.set(trade.pair, list);
    }
    list.push(trade);
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
    this.events.emit("trade", trade);
  }

  /** Recent trades of a pair, oldest first. */
  trades(pair: string): readonly SimTrade[] {
    return this.#trades.get(pair) ?? [];
  }

  /** Emits `ticker` for a pair when its best bid/ask, their sizes or the last price changed. */
  ticker(pair: string, book: OrderBook, fallbackLast: string, now: number): void {
    const bid = book.best("buy");
    const ask = book.best("sell");
    const trades = this.trades(pair);
    const event = {
      pair,
      bid: bid?.price ?? "0",
      bidQty: bid ? book.levelQty("buy", bid.price) : "0",
      ask: ask?.price ?? "0",
      askQty: ask ? book.levelQty("sell", ask.price) : "0",
      last: trades[trades.length - 1]?.price ?? fallbackLast,
      timestamp: now,
    };
    const key = `${event.bid}|${event.bidQty}|${event.ask}|${event.askQty}|${event.last}`;
    if (this.#lastTicker.get(pair) === key) return;
    this.#lastTicker.set(pair, key);
    this.events.emit("ticker", event);
  }
}
