/**
 * One connection to the simulated Derivatives WebSocket v1: its challenges, its subscriptions and,
 * per feed, what it was last sent, so each tick sends only what changed in the venue.
 */
import type { WebSocket } from "ws";
import { cmp } from "../../exchange/decimal.js";
import type { FuturesAccount } from "../account.js";
import { type JsonValue, writeJsonValue } from "../json.js";
import type { FuturesVenue } from "../venue.js";
import type { FuturesWsV1Faults } from "./faults.js";
import * as m from "./messages.js";

interface BookState {
  seq: number;
  bids: m.Side;
  asks: m.Side;
}

type OrdersFeed = "open_orders" | "open_orders_verbose";

/** A connection's state (see the file comment). */
export class V1Session {
  /** Challenges issued on this connection (a signed one must be one of these). */
  readonly challenges = new Set<string>();
  readonly books = new Map<string, BookState>();
  readonly tickers = new Map<string, string>();
  readonly lites = new Map<string, string>();
  /** Product → trade id last sent. */
  readonly trades = new Map<string, number>();
  heartbeat = false;
  /** Until this time (Date.now() ms) this connection sends nothing (the stall fault). */
  stalledUntil = 0;
  #lastBeat = 0;
  account: FuturesAccount | undefined;
  readonly orders = new Map<OrdersFeed, Map<string, string>>();
  fills: number | undefined;
  logs: number | undefined;
  positions: string | undefined;
  balances: { text: string; seq: number } | undefined;
  notifications: number | undefined;

  constructor(
    readonly socket: WebSocket,
    private readonly venue: FuturesVenue,
    private readonly faults: FuturesWsV1Faults,
  ) {}

  /** Sends one message unless the link is stalled. */
  send(msg: JsonValue): void {
    if (Date.now() < this.stalledUntil || this.socket.readyState !== 1) return;
    this.socket.send(writeJsonValue(msg));
  }

  now(): number {
    return this.venue.clock.now();
  }

  // ---------------------------------------------------------------- snapshots on subscribe

  subscribeBook(product: string): void {
    const b = m.levels(this.venue, product);
    const state = { seq: (this.books.get(product)?.seq ?? 0) + 1, ...b };
    this.books.set(product, state);
    this.send(m.bookSnapshot(product, state.seq, this.now(), b));
  }

  subscribeTrades(product: string): void {
    const list = this.venue.trades.get(product) ?? [];
    const trades: JsonValue[] = [];
    for (let i = list.length - 1; i >= 0 && trades.length < 100; i--) {
      const t = m.tradeItem(this.venue, product, i);
      if (t) trades.push(t);
    }
    this.trades.set(product, list.at(-1)?.tradeId ?? 0);
    this.send({ feed: "trade_snapshot", product_id: product, trades });
  }

  subscribeOrders(feed: OrdersFeed, account: FuturesAccount): void {
    const open = this.venue.openOrders(account.id);
    this.orders.set(feed, new Map(open.map((o) => [o.id, o.filled])));
    this.send({ feed: `${feed}_snapshot`, account: account.uid, orders: open.map(m.openOrder) });
  }

  subscribeFills(account: FuturesAccount): void {
    const fills: JsonValue[] = [];
    for (let i = Math.max(0, account.fills.length - 100); i < account.fills.length; i++) {
      const f = m.fill(account, i, this.venue);
      if (f) fills.push(f);
    }
    this.fills = account.fills.length;
    this.send({ feed: "fills_snapshot", account: account.uid, fills });
  }

  subscribeLog(account: FuturesAccount): void {
    const logs: JsonValue[] = [];
    for (let i = 0; i < account.log.length; i++) logs.push(m.logEntry(account, i) ?? null);
    this.logs = account.log.length;
    this.send({ feed: "account_log_snapshot", logs });
  }

  // ---------------------------------------------------------------- ticks

  /** Sends what changed since the last tick. */
  tick(heartbeatMs: number): void {
    for (const [product, state] of this.books) this.#bookTick(product, state);
    for (const [product, last] of this.tickers) {
      const text = writeJsonValue({ ...(m.ticker(this.venue, product, 0) as object) });
      if (text !== last) {
        this.tickers.set(product, text);
        this.send(m.ticker(this.venue, product, this.now()));
      }
    }
    for (const [product, last] of this.lites) {
      const msg = m.tickerLite(this.venue, product);
      const text = writeJsonValue(msg);
      if (text !== last) {
        this.lites.set(product, text);
        this.send(msg);
      }
    }
    for (const [product, lastId] of this.trades) this.#tradeTick(product, lastId);
    if (this.heartbeat && Date.now() - this.#lastBeat >= heartbeatMs) {
      this.#lastBeat = Date.now();
      this.send({ feed: "heartbeat", time: this.now() });
    }
    const a = this.account;
    if (!a) return;
    for (const [feed, last] of this.orders) this.#ordersTick(feed, last, a);
    if (this.fills !== undefined && a.fills.length > this.fills) {
      const fills: JsonValue[] = [];
      for (let i = this.fills; i < a.fills.length; i++) fills.push(m.fill(a, i, this.venue) ?? null);
      this.fills = a.fills.length;
      this.send({ feed: "fills", account: a.uid, fills });
    }
    if (this.logs !== undefined && a.log.length > this.logs) {
      for (let i = this.logs; i < a.log.length; i++)
        this.send({ feed: "account_log", new_entry: m.logEntry(a, i) ?? null });
      this.logs = a.log.length;
    }
    if (this.positions !== undefined) {
      const text = writeJsonValue(m.openPositions(this.venue, a, 0, 0));
      if (text !== this.positions) {
        this.positions = text;
        this.send(m.openPositions(this.venue, a, 0, this.now()));
      }
    }
    if (this.balances) {
      const text = writeJsonValue(m.balances(this.venue, a, "balances", 0, 0));
      if (text !== this.balances.text) {
        this.balances = { text, seq: this.balances.seq + 1 };
        this.send(m.balances(this.venue, a, "balances", this.balances.seq, this.now()));
      }
    }
    if (this.notifications !== undefined && this.venue.notifications.length !== this.notifications) {
      this.notifications = this.venue.notifications.length;
      this.send(m.notifications(this.venue));
    }
  }

  #bookTick(product: string, state: BookState): void {
    const now = this.now();
    const f = this.faults;
    const faulty = f.bookProduct === undefined || f.bookProduct === product;
    if (faulty && f.corruptBook > 0) {
      f.corruptBook--;
      const ask = state.asks.keys().next().value;
      if (ask !== undefined) {
        state.seq++;
        this.send(m.bookUpdate(product, "buy", state.seq, ask, "1", now));
        return;
      }
    }
    const next = m.levels(this.venue, product);
    for (const [side, before, after] of [
      ["buy", state.bids, next.bids],
      ["sell", state.asks, next.asks],
    ] as const) {
      for (const [price, qty] of after) {
        if (before.get(price) === qty) continue;
        this.#update(product, state, side, price, qty, now);
      }
      for (const price of before.keys())
        if (!after.has(price)) this.#update(product, state, side, price, "0", now);
    }
    state.bids = next.bids;
    state.asks = next.asks;
  }

  #update(
    product: string,
    state: BookState,
    side: "buy" | "sell",
    price: string,
    qty: string,
    now: number,
  ): void {
    state.seq++;
    const f = this.faults;
    if (f.skipSeq > 0 && (f.bookProduct === undefined || f.bookProduct === product)) {
      f.skipSeq--;
      state.seq++;
    }
    this.send(m.bookUpdate(product, side, state.seq, price, qty, now));
  }

  #tradeTick(product: string, lastId: number): void {
    const list = this.venue.trades.get(product) ?? [];
    let from = list.length;
    while (from > 0 && (list[from - 1]?.tradeId ?? 0) > lastId) from--;
    for (let i = from; i < list.length; i++) {
      const t = m.tradeItem(this.venue, product, i);
      if (t) this.send(t);
    }
    if (list.length > from) this.trades.set(product, list.at(-1)?.tradeId ?? lastId);
  }

  #ordersTick(feed: OrdersFeed, last: Map<string, string>, a: FuturesAccount): void {
    const open = this.venue.openOrders(a.id);
    const seen = new Set<string>();
    for (const o of open) {
      seen.add(o.id);
      const before = last.get(o.id);
      if (before === o.filled) continue;
      last.set(o.id, o.filled);
      const reason = before === undefined ? "new_placed_order_by_user" : "partial_fill";
      this.send({ feed, order: m.openOrder(o), is_cancel: false, reason });
    }
    for (const id of [...last.keys()]) {
      if (seen.has(id)) continue;
      last.delete(id);
      const o = this.venue.orders.get(id);
      const full = o !== undefined && cmp(o.filled, o.qty) >= 0;
      this.send({ feed, order_id: id, is_cancel: true, reason: full ? "full_fill" : "cancelled_by_user" });
    }
  }
}
