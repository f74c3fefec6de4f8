/**
 * Public channels of the simulated Unified WebSocket over the Derivatives venue: `ticker`, `book`
 * (top-10 CRC32 checksum as in Kraken's v2 book guide, precisions from the instrument's tick size and
 * size decimals) and `trade`, in the Spot v2 message format with prices and sizes as exact JSON numbers.
 */
import { bookChecksum } from "../../../book/checksum.js";
import { add, cmp, decimalsOf, div, mul, sub } from "../../exchange/decimal.js";
import { changedOnly, diffLevels, type Level } from "../../ws/book-diff.js";
import { int, type JsonValue, num, writeJson } from "../../ws/json.js";
import { rfc3339Micro } from "../../ws/time.js";
import type { FuturesVenue } from "../venue.js";
import type { UwsConnection, UwsSubscription } from "./connection.js";

const DAY_MS = 86_400_000;

/** Price and quantity precision of an instrument's book checksum. */
export function bookPrecision(venue: FuturesVenue, symbol: string): { price: number; qty: number } {
  const i = venue.instrument(symbol);
  return { price: decimalsOf(i.tickSize), qty: i.sizeDecimals };
}

/** Publishes the public channels. */
export class UnifiedMarketFeeds {
  constructor(
    private readonly venue: FuturesVenue,
    private readonly corrupt: (symbol: string) => boolean,
  ) {}

  /** Sends the snapshot of a fresh subscription (when asked for) and sets its baseline. */
  subscribed(conn: UwsConnection, sub: UwsSubscription, snapshot: boolean): void {
    const symbol = sub.symbol as string;
    if (sub.channel === "book") {
      const next = this.#window(symbol, sub.depth ?? 10);
      sub.book = next;
      if (snapshot) conn.send(this.#bookFrame("snapshot", symbol, next.bids, next.asks, next, false));
    } else if (sub.channel === "ticker") {
      const data = this.#ticker(symbol);
      sub.ticker = tickerKey(data);
      if (snapshot) conn.send(frame("ticker", "snapshot", [data]));
    } else if (sub.channel === "trade") {
      const trades = this.venue.trades.get(symbol) ?? [];
      sub.tradesSent = trades.length;
      if (snapshot)
        conn.send(
          frame(
            "trade",
            "snapshot",
            trades.slice(-50).map((t) => tradeJson(t)),
          ),
        );
    }
  }

  /** Sends every change since the last publish to one subscription. */
  publish(conn: UwsConnection, sub: UwsSubscription): void {
    const symbol = sub.symbol as string;
    if (sub.channel === "book" && sub.book) {
      const depth = sub.depth ?? 10;
      const prev = sub.book;
      const next = this.#window(symbol, depth);
      const book = this.venue.books.get(symbol);
      const alive = (side: "buy" | "sell") => {
        const prices = new Set(book?.aggregated(side, Number.POSITIVE_INFINITY).map((l) => l[0]));
        return (p: string) => prices.has(p);
      };
      const [pb, nb] = changedOnly(prev.bids, next.bids);
      const [pa, na] = changedOnly(prev.asks, next.asks);
      const bids = diffLevels(pb, nb, alive("buy"));
      const asks = diffLevels(pa, na, alive("sell"));
      sub.book = next;
      if (bids.length === 0 && asks.length === 0) return;
      conn.send(this.#bookFrame("update", symbol, bids, asks, next, this.corrupt(symbol)));
    } else if (sub.channel === "ticker") {
      const data = this.#ticker(symbol);
      const key = tickerKey(data);
      if (key === sub.ticker) return;
      sub.ticker = key;
      conn.send(frame("ticker", "update", [data]));
    } else if (sub.channel === "trade") {
      const trades = this.venue.trades.get(symbol) ?? [];
      const from = Math.min(sub.tradesSent ?? 0, trades.length);
      sub.tradesSent = trades.length;
      if (from < trades.length)
        conn.send(
          frame(
            "trade",
            "update",
            trades.slice(from).map((t) => tradeJson(t)),
          ),
        );
    }
  }

  #window(symbol: string, depth: number): { bids: Level[]; asks: Level[] } {
    const book = this.venue.books.get(symbol);
    const side = (s: "buy" | "sell") =>
      (book?.aggregated(s, depth) ?? []).map(([price, qty]) => ({ price, qty }));
    return { bids: side("buy"), asks: side("sell") };
  }

  #bookFrame(
    type: "snapshot" | "update",
    symbol: string,
    bids: readonly Level[],
    asks: readonly Level[],
    full: { bids: Level[]; asks: Level[] },
    corrupt: boolean,
  ): string {
    const p = bookPrecision(this.venue, symbol);
    const crc = bookChecksum(full.asks.slice(0, 10), full.bids.slice(0, 10), p.price, p.qty);
    const levels = (side: readonly Level[]): JsonValue =>
      side.map((l) => ({ price: num(l.price), qty: num(l.qty) }));
    return writeJson({
      channel: "book",
      type,
      data: [
        {
          symbol,
          bids: levels(bids),
          asks: levels(asks),
          checksum: int(corrupt ? (crc ^ 0x5a5a5a5a) >>> 0 : crc),
          timestamp: rfc3339Micro(this.venue.clock.now()),
        },
      ],
    });
  }

  /** Spot v2 ticker fields (the Unified docs list no derivatives-only ones) from the venue's book and tape. */
  #ticker(symbol: string): { [k: string]: JsonValue } {
    const book = this.venue.books.get(symbol);
    const bid = book?.aggregated("buy", 1)[0];
    const ask = book?.aggregated("sell", 1)[0];
    const since = this.venue.clock.now() - DAY_MS;
    const day = (this.venue.trades.get(symbol) ?? []).filter((t) => t.time >= since);
    const last = this.venue.lastTrade(symbol)?.price ?? this.venue.markPrice(symbol);
    let volume = "0";
    let notional = "0";
    let low = last;
    let high = last;
    for (const t of day) {
      volume = add(volume, t.size);
      notional = add(notional, mul(t.size, t.price));
      if (cmp(t.price, low) < 0) low = t.price;
      if (cmp(t.price, high) > 0) high = t.price;
    }
    const open = day[0]?.price ?? last;
    const change = sub(last, open);
    return {
      symbol,
      bid: num(bid?.[0] ?? "0"),
      bid_qty: num(bid?.[1] ?? "0"),
      ask: num(ask?.[0] ?? "0"),
      ask_qty: num(ask?.[1] ?? "0"),
      last: num(last),
      volume: num(volume),
      vwap: num(cmp(volume, "0") > 0 ? div(notional, volume, 8) : last),
      low: num(low),
      high: num(high),
      change: num(change),
      change_pct: num(cmp(open, "0") > 0 ? div(mul(change, "100"), open, 2) : "0"),
      timestamp: rfc3339Micro(this.venue.clock.now()),
    };
  }
}

function tickerKey(d: { [k: string]: JsonValue }): string {
  return writeJson({ ...d, timestamp: undefined });
}

function tradeJson(t: {
  tradeId: number;
  price: string;
  size: string;
  side: "buy" | "sell";
  symbol: string;
  time: number;
}): JsonValue {
  return {
    symbol: t.symbol,
    side: t.side,
    price: num(t.price),
    qty: num(t.size),
    ord_type: "limit",
    trade_id: int(t.tradeId),
    timestamp: rfc3339Micro(t.time),
  };
}

/** A push frame in the v2 layout. */
export function frame(
  channel: string,
  type: string,
  data: JsonValue,
  extra: { [k: string]: JsonValue } = {},
): string {
  return writeJson({ channel, type, data, ...extra });
}
