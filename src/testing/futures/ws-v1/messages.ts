/**
 * The Derivatives WebSocket v1 messages the simulator sends, built from the venue's state in Kraken's
 * field layout, with every price and quantity written as a bare JSON number holding the engine's digits.
 */
import { isZeroValue, sub } from "../../exchange/decimal.js";
import type { FuturesAccount } from "../account.js";
import { isoMs, type JsonValue, n, nOrNull } from "../json.js";
import type { FuturesOrder } from "../types.js";
import type { FuturesVenue } from "../venue.js";

/** An L2 side as price → quantity (exact strings). */
export type Side = Map<string, string>;

/** The venue's aggregated book of a product: both sides, best first. */
export function levels(venue: FuturesVenue, product: string): { bids: Side; asks: Side } {
  const book = venue.books.get(product);
  const bids: Side = new Map();
  const asks: Side = new Map();
  if (book) {
    for (const [p, q] of book.aggregated("buy", 10_000)) if (!isZeroValue(q)) bids.set(p, q);
    for (const [p, q] of book.aggregated("sell", 10_000)) if (!isZeroValue(q)) asks.set(p, q);
  }
  return { bids, asks };
}

function levelList(side: Side): JsonValue[] {
  return [...side].map(([price, qty]) => ({ price: n(price), qty: n(qty) }));
}

/** `book_snapshot`. */
export function bookSnapshot(
  product: string,
  seq: number,
  now: number,
  b: { bids: Side; asks: Side },
): JsonValue {
  return {
    feed: "book_snapshot",
    product_id: product,
    timestamp: now,
    seq,
    tickSize: null,
    bids: levelList(b.bids),
    asks: levelList(b.asks),
  };
}

/** One `book` update in Kraken's field order. */
export function bookUpdate(
  product: string,
  side: "buy" | "sell",
  seq: number,
  price: string,
  qty: string,
  now: number,
): JsonValue {
  return { feed: "book", product_id: product, side, seq, price: n(price), qty: n(qty), timestamp: now };
}

/** `ticker` (every field each time). */
export function ticker(venue: FuturesVenue, product: string, now: number): JsonValue {
  const b = levels(venue, product);
  const bid = b.bids.entries().next().value;
  const ask = b.asks.entries().next().value;
  const inst = venue.instrument(product);
  const last = venue.lastTrade(product);
  const mark = venue.markPrice(product);
  const index = venue.indexPrice(product);
  return {
    time: now,
    product_id: product,
    ...(inst.perpetual
      ? { funding_rate: n(inst.relativeFundingRate), next_funding_rate_time: 3_600_000 }
      : {}),
    feed: "ticker",
    ...(bid ? { bid: n(bid[0]), bid_size: n(bid[1]) } : {}),
    ...(ask ? { ask: n(ask[0]), ask_size: n(ask[1]) } : {}),
    volume: n("0"),
    dtm: 0,
    leverage: "50x",
    index: n(index),
    premium: n("0"),
    ...(last ? { last: n(last.price), lastSize: n(last.size) } : {}),
    change: n("0"),
    suspended: venue.suspended.has(product),
    tag: inst.tag,
    pair: inst.pair,
    openInterest: n("0"),
    markPrice: n(mark),
    post_only: venue.postOnlyMarkets.has(product),
  };
}

/** `ticker_lite`. */
export function tickerLite(venue: FuturesVenue, product: string): JsonValue {
  const b = levels(venue, product);
  const bid = b.bids.keys().next().value;
  const ask = b.asks.keys().next().value;
  const inst = venue.instrument(product);
  return {
    feed: "ticker_lite",
    product_id: product,
    ...(bid !== undefined ? { bid: n(bid) } : {}),
    ...(ask !== undefined ? { ask: n(ask) } : {}),
    change: n("0"),
    premium: n("0"),
    volume: n("0"),
    tag: inst.tag,
    pair: inst.pair,
    dtm: 0,
  };
}

/** One trade of the `trade` feed (`seq` is the venue's trade id). */
export function tradeItem(venue: FuturesVenue, product: string, index: number): JsonValue | undefined {
  const t = venue.trades.get(product)?.[index];
  if (!t) return undefined;
  return {
    feed: "trade",
    product_id: product,
    uid: `${t.uid}-${t.tradeId}`,
    side: t.side,
    type: "fill",
    seq: t.tradeId,
    time: t.time,
    qty: n(t.size),
    price: n(t.price),
  };
}

/** An order as the `open_orders` feeds describe it. */
export function openOrder(o: FuturesOrder): JsonValue {
  return {
    instrument: o.pair,
    time: o.openedAt,
    last_update_time: o.lastUpdateAt,
    qty: n(o.qty),
    filled: n(o.filled),
    limit_price: n(o.price ?? "0"),
    stop_price: n("0"),
    type: "limit",
    order_id: o.id,
    ...(o.clOrdId ? { cli_ord_id: o.clOrdId } : {}),
    direction: o.side === "buy" ? 0 : 1,
    reduce_only: o.reduceOnly,
  };
}

/** One fill of the `fills` feed. */
export function fill(account: FuturesAccount, index: number, venue: FuturesVenue): JsonValue | undefined {
  const f = account.fills[index];
  if (!f) return undefined;
  const order = venue.orders.get(f.orderId);
  return {
    instrument: f.symbol,
    time: f.time,
    price: n(f.price),
    seq: index + 1,
    buy: f.side === "buy",
    qty: n(f.size),
    remaining_order_qty: n(order ? sub(order.qty, order.filled) : "0"),
    order_id: f.orderId,
    ...(f.cliOrdId ? { cli_ord_id: f.cliOrdId } : {}),
    fill_id: f.fillId,
    fill_type: f.fillType,
    fee_paid: n(f.fee),
    fee_currency: "USD",
    taker_order_type: "lmt",
    order_type: "lmt",
  };
}

/** `open_positions` (the full state). */
export function openPositions(
  venue: FuturesVenue,
  account: FuturesAccount,
  seq: number,
  now: number,
): JsonValue {
  const positions: JsonValue[] = [];
  for (const p of account.positions.values()) {
    if (isZeroValue(p.size)) continue;
    positions.push({
      instrument: p.symbol,
      balance: n(p.size),
      entry_price: n(p.price),
      mark_price: n(venue.markPrice(p.symbol)),
      index_price: n(venue.indexPrice(p.symbol)),
      pnl: n("0"),
      unrealized_funding: n(p.unrealizedFunding),
    });
  }
  return { feed: "open_positions", account: account.uid, seq, timestamp: now, positions };
}

/** `balances_snapshot` / `balances`. */
export function balances(
  venue: FuturesVenue,
  account: FuturesAccount,
  feed: "balances_snapshot" | "balances",
  seq: number,
  now: number,
): JsonValue {
  const s = venue.summary(account.id);
  const currencies: Record<string, JsonValue> = {};
  for (const [c, v] of s.currencies)
    currencies[c] = {
      quantity: n(v.quantity),
      value: n(v.value),
      collateral_value: n(v.collateral),
      available: n(v.available),
    };
  const holding: Record<string, JsonValue> = {};
  for (const [c, q] of account.cash) holding[c.toLowerCase()] = n(q);
  return {
    feed,
    account: account.uid,
    holding,
    futures: {},
    flex_futures: {
      currencies,
      balance_value: n(s.balanceValue),
      portfolio_value: n(s.portfolioValue),
      collateral_value: n(s.collateralValue),
      initial_margin: n(s.initialMargin),
      initial_margin_without_orders: n(s.initialMargin),
      maintenance_margin: n(s.maintenanceMargin),
      pnl: n(s.pnl),
      unrealized_funding: n(s.unrealizedFunding),
      total_unrealized: n(s.totalUnrealized),
      total_unrealized_as_margin: n(s.totalUnrealizedAsMargin),
      available_margin: n(s.availableMargin),
      margin_equity: n(s.marginEquity),
    },
    timestamp: now,
    seq,
  };
}

/** One `account_log` entry. */
export function logEntry(account: FuturesAccount, index: number): JsonValue | undefined {
  const e = account.log[index];
  if (!e) return undefined;
  return {
    id: e.id,
    date: isoMs(e.time),
    asset: e.asset.toLowerCase(),
    info: e.info,
    booking_uid: e.bookingUid,
    margin_account: "flex",
    old_balance: n(e.oldBalance),
    new_balance: n(e.newBalance),
    old_average_entry_price: nOrNull(e.oldAverage),
    new_average_entry_price: nOrNull(e.newAverage),
    trade_price: nOrNull(e.tradePrice),
    mark_price: nOrNull(e.markPrice),
    realized_pnl: nOrNull(e.realizedPnl),
    fee: nOrNull(e.fee),
    execution: e.execution,
    collateral: e.asset,
    funding_rate: nOrNull(e.fundingRate),
    realized_funding: nOrNull(e.realizedFunding),
  };
}

/** `notifications_auth`. */
export function notifications(venue: FuturesVenue): JsonValue {
  return {
    feed: "notifications_auth",
    notifications: venue.notifications.map((x, i) => ({
      id: i + 1,
      type: x.type,
      priority: x.priority,
      note: x.note,
      effective_time: x.effectiveTime,
      ...(x.expectedDowntimeMinutes !== undefined
        ? { expected_downtime_minutes: x.expectedDowntimeMinutes }
        : {}),
    })),
  };
}
