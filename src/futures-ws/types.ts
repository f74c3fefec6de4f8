// Wire types of Kraken's Derivatives WebSocket v1 feeds, from Kraken's pages for each feed. Every price,
// quantity, balance and rate is an exact decimal string (read from Kraken's JSON numbers without a float).

/**
 * A decimal number as Kraken sent it, digits kept exactly (`"34892.5"`, `"0.00000001"`).
 * @example
 * const mark: Decimal = ticker.markPrice ?? "0"; // "65000.5", never a float
 */
export type Decimal = string;

/**
 * Public feeds: market data for listed products (`product_ids` required).
 * @example
 * const feed: FuturesPublicFeed = "ticker";
 */
export type FuturesPublicFeed = "book" | "ticker" | "ticker_lite" | "trade" | "heartbeat";

/**
 * Private feeds: need the Derivatives API key and a signed challenge (`product_ids` optional).
 * @example
 * const feed: FuturesPrivateFeed = "fills";
 */
export type FuturesPrivateFeed =
  | "open_orders"
  | "open_orders_verbose"
  | "open_positions"
  | "balances"
  | "fills"
  | "account_log"
  | "notifications_auth";

/**
 * Every feed of the Derivatives WebSocket v1.
 * @example
 * const feeds: FuturesFeed[] = ["book", "fills"];
 */
export type FuturesFeed = FuturesPublicFeed | FuturesPrivateFeed;

/**
 * One book level of a `book_snapshot`.
 * @example
 * const best: FuturesBookLevel | undefined = snapshot.bids[0]; // { price: "34892.5", qty: "6385" }
 */
export interface FuturesBookLevel {
  readonly price: Decimal;
  readonly qty: Decimal;
}

/**
 * `book_snapshot`: the whole book of one product, with the `seq` the updates continue from.
 * @example
 * if (m.feed === "book_snapshot") console.log(m.seq, m.bids.length, m.asks[0]?.price);
 */
export interface FuturesBookSnapshot {
  readonly feed: "book_snapshot";
  readonly product_id: string;
  /** Unix milliseconds. */
  readonly timestamp: number;
  readonly seq: number;
  /** Kraken documents it as always null. */
  readonly tickSize: string | null;
  readonly bids: readonly FuturesBookLevel[];
  readonly asks: readonly FuturesBookLevel[];
}

/**
 * `book`: one level changed; `qty` 0 removes it. `seq` is the next number after the last message.
 * @example
 * if (m.feed === "book") console.log(m.seq, m.side, m.price, m.qty); // qty "0" removes the level
 */
export interface FuturesBookUpdate {
  readonly feed: "book";
  readonly product_id: string;
  readonly side: "buy" | "sell";
  readonly seq: number;
  readonly price: Decimal;
  readonly qty: Decimal;
  readonly timestamp: number;
}

/**
 * `ticker`: every field of the product each time (deltas throttled to one a second).
 * @example
 * ticker.on("message", (t: FuturesTicker) => console.log(t.markPrice, t.funding_rate, t.openInterest));
 */
export interface FuturesTicker {
  readonly feed: "ticker";
  readonly product_id: string;
  /** Server time, unix ms. */
  readonly time: number;
  readonly bid?: Decimal;
  readonly ask?: Decimal;
  readonly bid_size?: Decimal;
  readonly ask_size?: Decimal;
  /** Contracts traded in the last 24 hours. */
  readonly volume?: Decimal;
  /** `volume` in the non-base currency (multi-collateral futures). */
  readonly volumeQuote?: Decimal;
  readonly dtm?: number;
  readonly leverage?: string;
  readonly index?: Decimal;
  readonly premium?: Decimal;
  readonly last?: Decimal;
  readonly lastSize?: Decimal;
  readonly change?: Decimal;
  readonly open?: Decimal;
  readonly high?: Decimal;
  readonly low?: Decimal;
  readonly markPrice?: Decimal;
  readonly openInterest?: Decimal;
  readonly suspended?: boolean;
  readonly post_only?: boolean;
  readonly tag?: string;
  readonly pair?: string;
  readonly maturityTime?: number;
  /** Perpetuals only; absent when zero. */
  readonly funding_rate?: Decimal;
  readonly funding_rate_prediction?: Decimal;
  readonly relative_funding_rate?: Decimal;
  readonly relative_funding_rate_prediction?: Decimal;
  /** Milliseconds until the next funding rate (perpetuals). */
  readonly next_funding_rate_time?: number;
}

/**
 * `ticker_lite`: the short ticker.
 * @example
 * lite.on("message", (t: FuturesTickerLite) => console.log(t.product_id, t.bid, t.ask));
 */
export interface FuturesTickerLite {
  readonly feed: "ticker_lite";
  readonly product_id: string;
  readonly bid?: Decimal;
  readonly ask?: Decimal;
  readonly change?: Decimal;
  readonly premium?: Decimal;
  readonly volume?: Decimal;
  readonly volumeQuote?: Decimal;
  readonly tag?: string;
  readonly pair?: string;
  readonly dtm?: number;
  readonly maturityTime?: number;
}

/**
 * One matched trade.
 * @example
 * if (m.feed === "trade") console.log(m.side, m.qty, "@", m.price, m.type);
 */
export interface FuturesTradeItem {
  readonly feed: "trade";
  readonly product_id: string;
  readonly uid: string;
  /** The taker's side. */
  readonly side: "buy" | "sell";
  readonly type: "fill" | "liquidation" | "termination" | "block";
  readonly seq: number;
  readonly time: number;
  readonly qty: Decimal;
  readonly price: Decimal;
}

/**
 * `trade_snapshot`: recent trades of the product.
 * @example
 * if (m.feed === "trade_snapshot") console.log(m.trades.length, "recent trades");
 */
export interface FuturesTradeSnapshot {
  readonly feed: "trade_snapshot";
  readonly product_id: string;
  readonly trades: readonly FuturesTradeItem[];
}

/**
 * `heartbeat`: the server's clock at timed intervals.
 * @example
 * heartbeats.on("message", (h: FuturesHeartbeat) => console.log("server time", h.time));
 */
export interface FuturesHeartbeat {
  readonly feed: "heartbeat";
  readonly time: number;
}

/**
 * An open order as the `open_orders` feeds describe it.
 * @example
 * const resting = (o: FuturesOpenOrder) => `${o.direction === 0 ? "buy" : "sell"} ${o.qty} @ ${o.limit_price}`;
 */
export interface FuturesOpenOrder {
  readonly instrument: string;
  readonly time: number;
  readonly last_update_time: number;
  readonly qty: Decimal;
  readonly filled: Decimal;
  readonly limit_price?: Decimal;
  readonly stop_price?: Decimal;
  readonly type: string;
  readonly order_id: string;
  readonly cli_ord_id?: string;
  /** 0 buy, 1 sell. */
  readonly direction: 0 | 1;
  readonly reduce_only: boolean;
  readonly triggerSignal?: "last" | "mark" | "spot";
}

/**
 * `open_orders_snapshot` / `open_orders_verbose_snapshot`: every open order of the account.
 * @example
 * if (m.feed === "open_orders_snapshot") for (const o of m.orders) console.log(o.order_id, o.qty);
 */
export interface FuturesOpenOrdersSnapshot<F extends "open_orders" | "open_orders_verbose"> {
  readonly feed: `${F}_snapshot`;
  readonly account: string;
  readonly orders: readonly FuturesOpenOrder[];
}

/**
 * `open_orders` / `open_orders_verbose` delta: `is_cancel` false means the order was placed or
 * partly filled (update it), true means it left the book (fully filled, cancelled or rejected).
 * @example
 * if (m.feed === "open_orders" && m.is_cancel) console.log(m.order_id, "left the book:", m.reason);
 */
export interface FuturesOpenOrdersUpdate<F extends "open_orders" | "open_orders_verbose"> {
  readonly feed: F;
  /** Present unless the delta only names the order (a cancel). */
  readonly order?: FuturesOpenOrder;
  readonly order_id?: string;
  readonly cli_ord_id?: string;
  readonly is_cancel: boolean;
  /** e.g. `new_placed_order_by_user`, `partial_fill`, `full_fill`, `cancelled_by_user`, `dead_man_switch`. */
  readonly reason: string;
}

/**
 * One position of `open_positions`.
 * @example
 * const size = (p: FuturesOpenPosition) => `${p.instrument} ${p.balance} @ ${p.entry_price}`;
 */
export interface FuturesOpenPosition {
  readonly instrument: string;
  /** Signed size of the position. */
  readonly balance: Decimal;
  readonly entry_price: Decimal;
  readonly mark_price: Decimal;
  readonly index_price: Decimal;
  readonly pnl: Decimal;
  readonly liquidation_threshold?: Decimal;
  readonly return_on_equity?: Decimal;
  readonly unrealized_funding?: Decimal;
  readonly effective_leverage?: Decimal;
  readonly initial_margin?: Decimal;
  readonly initial_margin_with_orders?: Decimal;
  readonly maintenance_margin?: Decimal;
  readonly pnl_currency?: string;
}

/**
 * `open_positions`: every open position (each message is the full state).
 * @example
 * positions.on("message", (m: FuturesOpenPositions) => console.log(m.positions.map((p) => p.balance)));
 */
export interface FuturesOpenPositions {
  readonly feed: "open_positions";
  readonly account: string;
  readonly seq?: number;
  readonly timestamp?: number;
  readonly positions: readonly FuturesOpenPosition[];
}

/**
 * A single-collateral wallet of `balances`.
 * @example
 * for (const [name, w] of Object.entries(m.futures)) console.log(name, w.available, w.unit);
 */
export interface FuturesMarginWallet {
  readonly name: string;
  readonly pair: string;
  readonly unit: string;
  readonly portfolio_value: Decimal;
  readonly balance: Decimal;
  readonly maintenance_margin: Decimal;
  readonly initial_margin: Decimal;
  readonly available: Decimal;
  readonly unrealized_funding: Decimal;
  readonly pnl: Decimal;
}

/**
 * The multi-collateral (flex) wallet of `balances`: every number in it is a decimal string.
 * @example
 * console.log(m.flex_futures.portfolio_value, m.flex_futures.currencies.USD?.quantity);
 */
export interface FuturesFlexWallet {
  readonly currencies: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  readonly [field: string]: Decimal | Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
}

/**
 * `balances_snapshot` / `balances`: holding, single-collateral and flex wallets.
 * @example
 * balances.on("message", (m: FuturesBalances) => console.log(m.seq, m.holding.xbt));
 */
export interface FuturesBalances {
  readonly feed: "balances_snapshot" | "balances";
  readonly account: string;
  readonly timestamp: number;
  readonly seq: number;
  /** Currency to quantity. */
  readonly holding: Readonly<Record<string, Decimal>>;
  readonly futures: Readonly<Record<string, FuturesMarginWallet>>;
  readonly flex_futures: FuturesFlexWallet;
  readonly futures_cash_value?: Decimal;
  readonly futures_upnl_cash_value?: Decimal;
}

/**
 * One fill of the `fills` feed.
 * @example
 * const line = (f: FuturesFillItem) => `${f.buy ? "bought" : "sold"} ${f.qty} @ ${f.price}, fee ${f.fee_paid}`;
 */
export interface FuturesFillItem {
  readonly instrument: string;
  readonly time: number;
  readonly price: Decimal;
  readonly seq: number;
  readonly buy: boolean;
  readonly qty: Decimal;
  readonly remaining_order_qty: Decimal;
  readonly order_id: string;
  readonly cli_ord_id?: string;
  readonly fill_id: string;
  /** maker, taker, liquidation, assignee, assignor, unwindBankrupt, unwindCounterparty, takerAfterEdit. */
  readonly fill_type: string;
  readonly fee_paid: Decimal;
  readonly fee_currency: string;
  readonly taker_order_type?: string;
  readonly order_type?: string;
}

/**
 * `fills_snapshot` / `fills`: recent fills, then each new one.
 * @example
 * fills.on("message", (m: FuturesFills) => console.log(m.feed, m.fills.length));
 */
export interface FuturesFills {
  readonly feed: "fills_snapshot" | "fills";
  readonly account: string;
  readonly fills: readonly FuturesFillItem[];
}

/**
 * One entry of `account_log`.
 * @example
 * const change = (e: FuturesAccountLogEntry) => `${e.info}: ${e.old_balance} -> ${e.new_balance}`;
 */
export interface FuturesAccountLogEntry {
  readonly id: number;
  /** ISO 8601. */
  readonly date: string;
  readonly asset: string;
  readonly info: string;
  readonly booking_uid: string;
  readonly margin_account: string;
  readonly old_balance: Decimal;
  readonly new_balance: Decimal;
  readonly old_average_entry_price?: Decimal | null;
  readonly new_average_entry_price?: Decimal | null;
  readonly trade_price?: Decimal | null;
  readonly mark_price?: Decimal | null;
  readonly realized_pnl?: Decimal | null;
  readonly fee?: Decimal | null;
  readonly execution?: string | null;
  readonly collateral?: string | null;
  readonly funding_rate?: Decimal | null;
  readonly realized_funding?: Decimal | null;
  readonly conversion_spread_percentage?: Decimal | null;
  readonly liquidation_fee?: Decimal | null;
}

/**
 * `account_log_snapshot` (`logs`) and each new entry (`new_entry`).
 * @example
 * log.on("message", (m: FuturesAccountLog) => console.log(m.new_entry?.info ?? m.logs?.length));
 */
export interface FuturesAccountLog {
  readonly feed: "account_log_snapshot" | "account_log";
  readonly logs?: readonly FuturesAccountLogEntry[];
  readonly new_entry?: FuturesAccountLogEntry;
}

/**
 * One platform notification.
 * @example
 * const urgent = (n: FuturesNotificationItem) => n.priority === "high" && n.type === "maintenance";
 */
export interface FuturesNotificationItem {
  readonly id: number;
  readonly type: "market" | "general" | "new_feature" | "bug_fix" | "maintenance" | "settlement";
  readonly priority: "low" | "medium" | "high";
  readonly note: string;
  readonly effective_time: number;
  readonly expected_downtime_minutes?: number;
}

/**
 * `notifications_auth`: the current notifications.
 * @example
 * notes.on("message", (m: FuturesNotifications) => console.log(m.notifications.map((n) => n.note)));
 */
export interface FuturesNotifications {
  readonly feed: "notifications_auth";
  readonly notifications: readonly FuturesNotificationItem[];
}

/**
 * Every message a feed's subscription yields; snapshots and updates are told apart by `feed`.
 * @example
 * const sub = await fws.subscribe({ feed: "book", product_ids: ["PF_XBTUSD"] });
 * for await (const m of sub) if (m.feed === "book") console.log(m.seq, m.side, m.price, m.qty);
 */
export interface FuturesFeedMessages {
  book: FuturesBookSnapshot | FuturesBookUpdate;
  ticker: FuturesTicker;
  ticker_lite: FuturesTickerLite;
  trade: FuturesTradeSnapshot | FuturesTradeItem;
  heartbeat: FuturesHeartbeat;
  open_orders: FuturesOpenOrdersSnapshot<"open_orders"> | FuturesOpenOrdersUpdate<"open_orders">;
  open_orders_verbose:
    | FuturesOpenOrdersSnapshot<"open_orders_verbose">
    | FuturesOpenOrdersUpdate<"open_orders_verbose">;
  open_positions: FuturesOpenPositions;
  balances: FuturesBalances;
  fills: FuturesFills;
  account_log: FuturesAccountLog;
  notifications_auth: FuturesNotifications;
}

/**
 * What `subscribe` takes: a feed and, for public feeds other than heartbeat, the products.
 * @example
 * await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD", "PF_ETHUSD"] });
 * await fws.subscribe({ feed: "fills" }); // private: every product
 */
export type FuturesSubscribeParams =
  | { readonly feed: Exclude<FuturesPublicFeed, "heartbeat">; readonly product_ids: readonly string[] }
  | { readonly feed: "heartbeat" }
  | { readonly feed: FuturesPrivateFeed; readonly product_ids?: readonly string[] };
