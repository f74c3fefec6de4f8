// Routes every v1 frame: book updates straight to their wire (the hot path), other feed messages to
// their subscriptions and books, event frames to the request they answer; unreadable frames are reported.
import { KrakenWsFrameError } from "../errors/ws.js";
import type { Emitter } from "../util/emitter.js";
import type { Connection } from "../ws/connection/connection.js";
import { BOOK_PREFIX, decodeFuturesFrame, type FuturesFrame, scanBookUpdate } from "./decode.js";
import { V1_PUBLIC_FEEDS } from "./feeds.js";
import type { FuturesWsEvents } from "./options.js";
import type { Requests } from "./requests.js";
import type { FuturesBookSnapshot, FuturesBookUpdate, FuturesFeed } from "./types.js";
import type { WireTable } from "./wires.js";

// Which subscription feed a message `feed` belongs to (snapshots carry their own names).
const FEED_OF: Readonly<Record<string, FuturesFeed>> = {
  book_snapshot: "book",
  book: "book",
  ticker: "ticker",
  ticker_lite: "ticker_lite",
  trade_snapshot: "trade",
  trade: "trade",
  heartbeat: "heartbeat",
  open_orders_snapshot: "open_orders",
  open_orders: "open_orders",
  open_orders_verbose_snapshot: "open_orders_verbose",
  open_orders_verbose: "open_orders_verbose",
  open_positions: "open_positions",
  balances_snapshot: "balances",
  balances: "balances",
  fills_snapshot: "fills",
  fills: "fills",
  account_log_snapshot: "account_log",
  account_log: "account_log",
  notifications_auth: "notifications_auth",
};

/** Where one client's frames go. */
export class FrameRouter {
  constructor(
    private readonly table: WireTable,
    private readonly conn: Connection,
    private readonly requests: Requests,
    private readonly events: Emitter<FuturesWsEvents>,
  ) {}

  /** Takes one text frame. */
  frame(text: string): void {
    // the hot path: a book update in Kraken's layout goes straight to its wire
    if (text.startsWith(BOOK_PREFIX)) {
      const u = scanBookUpdate(text) as FuturesBookUpdate | undefined;
      if (u) {
        const wire = this.table.find("book", u.product_id);
        if (wire) {
          if (wire.books.size > 0) {
            // the scanned layout ends with the timestamp's digits: the book keeps them as text
            const timestamp = text.slice(text.lastIndexOf(":") + 1, -1);
            for (const b of wire.books) b.applyFeed(u, timestamp);
          }
          for (const c of wire.consumers) c.push(u);
        }
        return;
      }
    }
    let f: FuturesFrame | undefined;
    try {
      f = decodeFuturesFrame(text);
    } catch (e) {
      this.events.emit("error", new KrakenWsFrameError("unreadable frame", redact(text), "futures", e));
      return;
    }
    if (!f) return;
    const feed = f.feed;
    if (typeof feed === "string" && f.event === undefined) {
      const sub = FEED_OF[feed];
      if (!sub) return;
      if (sub === "heartbeat") this.conn.pong();
      const product = typeof f.product_id === "string" && V1_PUBLIC_FEEDS.has(sub) ? f.product_id : "";
      const wire = this.table.find(sub, product);
      if (!wire) return;
      for (const b of wire.books) b.applyFeed(f as unknown as FuturesBookSnapshot | FuturesBookUpdate);
      for (const c of wire.consumers) c.push(f);
      return;
    }
    if (f.event === "subscribed" && f.feed === "heartbeat") this.conn.pong();
    if (this.requests.answer(f)) return;
    this.events.emit(
      "error",
      new KrakenWsFrameError(`unexpected ${f.event ?? "frame"}`, redact(text), "futures"),
    );
  }
}

// v1 acks echo the key and the signed challenge: cut them before a frame reaches an error excerpt.
const SECRET_FIELD = /("(?:api_key|original_challenge|signed_challenge)"\s*:\s*")[^"]*"/g;
function redact(text: string): string {
  return text.replace(SECRET_FIELD, '$1[redacted]"');
}
