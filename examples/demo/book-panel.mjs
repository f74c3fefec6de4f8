/**
 * Renders a live order book (`ws.book(...)`) for the terminal: the top levels of each side as a
 * ladder, the spread, and the checksum statistics that prove every update was verified.
 */
import { c } from "./screen.mjs";

const pad = (s, n) => String(s).padStart(n);

/** Checksum line: how many updates were verified against Kraken's CRC32, mismatches and resyncs. */
export function checksumLine(book) {
  const s = book.stats;
  const bad = s.mismatches > 0 ? c.yellow : c.green;
  return `checksums verified ${s.verified}, mismatches ${bad(String(s.mismatches))}, resyncs ${s.resyncs}, updates ${s.updates}`;
}

/**
 * A panel for {@link createScreen}'s `show`: the full ladder for a TTY, one line for logs.
 * @param {import("kraken-connector").OrderBook} book
 * @param {{ symbol: string, levels?: number, title?: () => string }} options
 */
export function bookPanel(book, { symbol, levels = 8, title = () => "" }) {
  const full = () => {
    const asks = book.asks(levels).reverse(); // highest ask on top, best ask just above the spread
    const bids = book.bids(levels);
    const width = Math.max(12, ...[...asks, ...bids].map((l) => l.price.length));
    const qtyWidth = Math.max(12, ...[...asks, ...bids].map((l) => l.qty.length));
    const row = (l, colour) => `   ${colour(pad(l.price, width))}  ${pad(l.qty, qtyWidth)}`;
    return [
      c.bold(`── ${symbol} order book (top ${levels}) ${title()}`),
      `   ${pad("price", width)}  ${pad("qty", qtyWidth)}`,
      ...asks.map((l) => row(l, c.red)),
      c.dim(`   ${"-".repeat(width)}  spread ${book.spread() ?? "?"}`),
      ...bids.map((l) => row(l, c.green)),
      `   ${checksumLine(book)}`,
    ];
  };
  const compact = () => {
    const bid = book.bestBid();
    const ask = book.bestAsk();
    const side = (l) => (l ? `${l.price} x ${l.qty}` : "-");
    return `[book ${symbol}] bid ${side(bid)} | ask ${side(ask)} | spread ${book.spread() ?? "?"} | ${checksumLine(book)}`;
  };
  return { full, compact };
}
