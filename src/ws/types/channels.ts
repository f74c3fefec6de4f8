/**
 * Subscribe parameters and message shapes of every Kraken WS v2 channel.
 *
 * Numbers: every money value (price, quantity, volume, cost, fee, balance, increment, rate) is a
 * {@link DecimalString}: the exact digits Kraken sent, never a float (`book`/`level3` via
 * `decodeBookMessage`, every other channel via `decodeWsFrame`). Counters and ids (`trade_id`,
 * `sequence`, `checksum`, `order_userref`, `interval`, `trades`, precisions) stay JS numbers.
 * @see https://docs.kraken.com/api/docs/websocket-v2/ticker
 */
import type { BookFrame, Level3Frame } from "../../book/types.js";
import type {
  AssetClass,
  MarginMessage,
  MarginParams,
  PositionsMessage,
  PositionsParams,
} from "./unified.js";

/**
 * An exact decimal string as Kraken sent it: the literal's digits unchanged (`"0.10000000"` keeps its
 * zeros, `"1234567890123.45678"` all its digits), an exponent literal expanded (`1e-8` becomes
 * `"0.00000001"`), possibly negative (`change`, trigger offsets). Compare and compute with a decimal
 * library or the SDK's decimal helpers, not with `Number()`, when the digits matter.
 * @example
 * const trades = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
 * for await (const msg of trades) {
 *   const qty: DecimalString | undefined = msg.data[0]?.qty; // "0.10000000": Kraken's digits, zeros kept
 *   const price: DecimalString | undefined = msg.data[0]?.price; // "43210.1", never the float 43210.1
 * }
 */
export type DecimalString = string;

/**
 * Type of a channel data frame.
 * @example
 * const candles = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 1 });
 * for await (const msg of candles) {
 *   const type: FrameType = msg.type; // "snapshot" first (recent candles), then "update"
 *   if (type === "snapshot") console.log(msg.data.length, "candles of history");
 * }
 */
export type FrameType = "snapshot" | "update";

/**
 * `ticker` (level 1).
 * @see https://docs.kraken.com/api/docs/websocket-v2/ticker
 * @example
 * const params: TickerParams = { channel: "ticker", symbol: ["BTC/USD", "ETH/USD"], event_trigger: "bbo" };
 * const ticks = await ws.subscribe(params); // Subscription<TickerMessage>
 * for await (const msg of ticks) console.log(msg.data[0]?.bid, msg.data[0]?.ask); // "43210.0" "43210.1"
 */
export interface TickerParams {
  channel: "ticker";
  /** Unified WebSocket only (required there): the market, see {@link AssetClass}. */
  asset_class?: AssetClass;
  symbol: readonly string[];
  /** `trades` (default): publish on every trade; `bbo`: on best bid/offer change. */
  event_trigger?: "bbo" | "trades";
  snapshot?: boolean;
}
/**
 * `book` (level 2).
 * @example
 * const params: BookParams = { channel: "book", symbol: ["BTC/USD"], depth: 25 };
 * const frames = await ws.subscribe(params); // raw BookFrame messages (prices as exact strings)
 * for await (const frame of frames) console.log(frame.data[0]?.bids[0]?.price); // "43210.0"
 */
export interface BookParams {
  channel: "book";
  /** Unified WebSocket only (required there): the market, see {@link AssetClass}. */
  asset_class?: AssetClass;
  symbol: readonly string[];
  depth?: 10 | 25 | 100 | 500 | 1000;
  snapshot?: boolean;
}
/**
 * `level3` (individual orders; authenticated, level3 endpoint).
 * @example
 * const ws = new KrakenWs({ getToken: () => rest.webSocketToken() }); // level3 needs a token
 * const params: Level3Params = { channel: "level3", symbol: ["BTC/USD"], depth: 10 };
 * const orders = await ws.subscribe(params); // Level3Frame messages on the level3 connection
 */
export interface Level3Params {
  channel: "level3";
  /** Unified WebSocket only (required there): the market, see {@link AssetClass}. */
  asset_class?: AssetClass;
  symbol: readonly string[];
  depth?: 10 | 100 | 1000;
  snapshot?: boolean;
}
/**
 * OHLC interval in minutes.
 * @example
 * const interval: OhlcInterval = 60; // hourly candles (minutes; 1440 is daily)
 * const candles = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval });
 */
export type OhlcInterval = 1 | 5 | 15 | 30 | 60 | 240 | 1440 | 10080 | 21600;
/**
 * `ohlc` candles.
 * @example
 * const params: OhlcParams = { channel: "ohlc", symbol: ["BTC/USD"], interval: 5 };
 * const candles = await ws.subscribe(params); // Subscription<OhlcMessage>
 * for await (const msg of candles) console.log(msg.data[0]?.close); // "43210.1"
 */
export interface OhlcParams {
  channel: "ohlc";
  symbol: readonly string[];
  interval: OhlcInterval;
  snapshot?: boolean;
}
/**
 * `trade`.
 * @example
 * const params: TradeParams = { channel: "trade", symbol: ["BTC/USD"], snapshot: true };
 * const trades = await ws.subscribe(params); // the 50 most recent trades first, then every new one
 * for await (const msg of trades) for (const t of msg.data) console.log(t.side, t.qty, t.price);
 */
export interface TradeParams {
  channel: "trade";
  /** Unified WebSocket only (required there): the market, see {@link AssetClass}. */
  asset_class?: AssetClass;
  symbol: readonly string[];
  /** Default false (Kraken): the 50 most recent trades. */
  snapshot?: boolean;
}
/**
 * `instrument` reference data.
 * @example
 * const params: InstrumentParams = { channel: "instrument", include_tokenized_assets: false };
 * const refs = await ws.subscribe(params); // Subscription<InstrumentMessage>
 */
export interface InstrumentParams {
  channel: "instrument";
  execution_venue?: "international" | "bitnomial-exchange";
  include_tokenized_assets?: boolean;
  snapshot?: boolean;
}
/**
 * `executions` (orders and fills; private). The token is added by the client.
 * @example
 * const ws = new KrakenWs({ getToken: () => rest.webSocketToken() });
 * const params: ExecutionsParams = { channel: "executions", snap_orders: true, snap_trades: false };
 * const executions = await ws.subscribe(params); // the client adds the token
 */
export interface ExecutionsParams {
  channel: "executions";
  /** Unified WebSocket only (required there): the market, see {@link AssetClass}. */
  asset_class?: AssetClass;
  snap_trades?: boolean;
  snap_orders?: boolean;
  order_status?: boolean;
  rebased?: boolean;
  ratecounter?: boolean;
  users?: "all";
}
/**
 * `balances` (private). The token is added by the client.
 * @example
 * const ws = new KrakenWs({ getToken: () => rest.webSocketToken() });
 * const params: BalancesParams = { channel: "balances", snapshot: true };
 * const balances = await ws.subscribe(params); // the client adds the token
 */
export interface BalancesParams {
  channel: "balances";
  /** Unified WebSocket only (required there): the market, see {@link AssetClass}. */
  asset_class?: AssetClass;
  snapshot?: boolean;
  rebased?: boolean;
  users?: "all";
}

/**
 * Parameters of any subscription.
 * @example
 * const wanted: SubscribeParams[] = [
 *   { channel: "ticker", symbol: ["BTC/USD"] },
 *   { channel: "ohlc", symbol: ["ETH/USD"], interval: 15 },
 * ];
 * const subs = await Promise.all(wanted.map((p) => ws.subscribe(p))); // Subscription<ChannelMessage>[]
 */
export type SubscribeParams =
  | PositionsParams
  | MarginParams
  | TickerParams
  | BookParams
  | Level3Params
  | OhlcParams
  | TradeParams
  | InstrumentParams
  | ExecutionsParams
  | BalancesParams;

/**
 * Name of a subscribable channel.
 * @example
 * const channel: SubscribableChannel = "trade"; // "status" and "heartbeat" are events, not channels
 * const needsToken = (c: SubscribableChannel) => c === "executions" || c === "balances" || c === "level3";
 */
export type SubscribableChannel = SubscribeParams["channel"];

/**
 * One `ticker` data entry.
 * @example
 * const ticks = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
 * for await (const msg of ticks) {
 *   const t: TickerData | undefined = msg.data[0];
 *   console.log(t?.bid, t?.ask, t?.change_pct); // "43210.0" "43210.1" "-1.25" (exact decimal strings)
 * }
 */
export interface TickerData {
  symbol: string;
  bid: DecimalString;
  bid_qty: DecimalString;
  ask: DecimalString;
  ask_qty: DecimalString;
  last: DecimalString;
  volume: DecimalString;
  vwap: DecimalString;
  low: DecimalString;
  high: DecimalString;
  change: DecimalString;
  change_pct: DecimalString;
  timestamp?: string;
}
/**
 * One `trade` data entry.
 * @example
 * const trades = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
 * const show = (t: TradeData) => `${t.side} ${t.qty} at ${t.price} (#${t.trade_id})`;
 * for await (const msg of trades) for (const t of msg.data) console.log(show(t));
 * // buy 0.00500000 at 43210.1 (#74012345): qty and price exactly as Kraken sent them
 */
export interface TradeData {
  symbol: string;
  side: "buy" | "sell";
  qty: DecimalString;
  price: DecimalString;
  ord_type: "limit" | "market";
  trade_id: number;
  timestamp: string;
}
/**
 * One `ohlc` candle.
 * @example
 * const candles = await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 60 });
 * for await (const msg of candles) {
 *   const c: OhlcData | undefined = msg.data.at(-1);
 *   console.log(c?.interval_begin, c?.close, c?.trades); // "2024-05-01T10:00:00.000000Z" "43210.1" 812
 * }
 */
export interface OhlcData {
  symbol: string;
  open: DecimalString;
  high: DecimalString;
  low: DecimalString;
  close: DecimalString;
  vwap: DecimalString;
  trades: number;
  volume: DecimalString;
  interval_begin: string;
  interval: number;
  /** Deprecated by Kraken. */
  timestamp?: string;
}
/**
 * An `instrument` asset.
 * @example
 * const refs = await ws.subscribe({ channel: "instrument" });
 * for await (const msg of refs) {
 *   const btc: InstrumentAsset | undefined = msg.data.assets.find((a) => a.id === "BTC");
 *   console.log(btc?.precision, btc?.collateral_value); // 10 "1.0"
 * }
 */
export interface InstrumentAsset {
  id: string;
  status: string;
  precision: number;
  precision_display: number;
  borrowable: boolean;
  collateral_value: DecimalString;
  margin_rate?: DecimalString;
  multiplier?: DecimalString;
  class?: string;
}
/**
 * An `instrument` pair.
 * @example
 * const refs = await ws.subscribe({ channel: "instrument" });
 * for await (const msg of refs) {
 *   const pair: InstrumentPair | undefined = msg.data.pairs.find((p) => p.symbol === "BTC/USD");
 *   console.log(pair?.price_increment, pair?.qty_min, pair?.price_precision); // "0.1" "0.00005" 1
 * }
 */
export interface InstrumentPair {
  symbol: string;
  base: string;
  quote: string;
  status: string;
  qty_precision: number;
  qty_increment: DecimalString;
  qty_min: DecimalString;
  price_precision: number;
  price_increment: DecimalString;
  cost_precision: number;
  cost_min: DecimalString;
  marginable: boolean;
  has_index: boolean;
  margin_initial?: DecimalString;
  position_limit_long?: number;
  position_limit_short?: number;
  tick_size?: DecimalString;
  ws_display_price_precision?: number;
}
/**
 * Trigger state of a triggered order in an `executions` report.
 * @example
 * const executions = await ws.subscribe({ channel: "executions", snap_orders: true });
 * for await (const msg of executions) for (const r of msg.data) {
 *   const trig: ExecutionTriggers | undefined = r.triggers;
 *   if (trig?.status === "triggered") console.log(trig.price, trig.actual_price); // "36000.0" "35998.5"
 * }
 */
export interface ExecutionTriggers {
  reference?: "index" | "last" | (string & {});
  /** Trigger price, or the offset for `pct`/`quote` price types (may be negative). */
  price?: DecimalString;
  price_type?: "static" | "pct" | "quote" | (string & {});
  actual_price?: DecimalString;
  peak_price?: DecimalString;
  last_price?: DecimalString;
  status?: "triggered" | "untriggered" | (string & {});
  timestamp?: string;
}
/**
 * OTO close-order template in an `executions` report.
 * @example
 * const executions = await ws.subscribe({ channel: "executions", snap_orders: true });
 * for await (const msg of executions) for (const r of msg.data) {
 *   const close: ExecutionContingent | undefined = r.contingent; // the OTO close order of r
 *   if (close) console.log(r.order_id, close.order_type, close.trigger_price); // "stop-loss" "36000.0"
 * }
 */
export interface ExecutionContingent {
  order_type?: string;
  trigger_price?: DecimalString;
  trigger_price_type?: string;
  limit_price?: DecimalString;
  limit_price_type?: string;
}
/**
 * An `executions` report; fields present depend on `exec_type` (updates are partial).
 * @example
 * const executions = await ws.subscribe({ channel: "executions", snap_orders: true });
 * const isFill = (r: ExecutionReport) => r.exec_type === "trade";
 * for await (const msg of executions) for (const r of msg.data.filter(isFill)) {
 *   console.log(r.last_qty, r.last_price, r.fees?.[0]?.qty); // "0.01000000" "37500.0" "0.9375"
 * }
 */
export interface ExecutionReport {
  order_id: string;
  exec_type?: string;
  order_status?: string;
  timestamp?: string;
  symbol?: string;
  side?: "buy" | "sell";
  order_type?: string;
  order_qty?: DecimalString;
  cash_order_qty?: DecimalString;
  display_qty?: DecimalString;
  limit_price?: DecimalString;
  time_in_force?: string;
  post_only?: boolean;
  reduce_only?: boolean;
  margin?: boolean;
  cl_ord_id?: string;
  order_userref?: number;
  cum_qty?: DecimalString;
  cum_cost?: DecimalString;
  avg_price?: DecimalString;
  exec_id?: string;
  trade_id?: number;
  last_qty?: DecimalString;
  last_price?: DecimalString;
  cost?: DecimalString;
  liquidity_ind?: "m" | "t";
  fees?: Array<{ asset: string; qty: DecimalString }>;
  fee_usd_equiv?: DecimalString;
  reason?: string;
  amended?: boolean;
  triggers?: ExecutionTriggers;
  contingent?: ExecutionContingent;
  /** Iceberg: the next display quantity. */
  display_qty_remain?: DecimalString;
  /** Deprecated by Kraken (see `triggers`). */
  stop_price?: DecimalString;
  /** Deprecated by Kraken (see `triggers`). */
  triggered_price?: DecimalString;
  user?: string;
  [field: string]: unknown;
}
/**
 * A `balances` entry: snapshot entries carry `wallets`, updates carry ledger fields.
 * @example
 * const balances = await ws.subscribe({ channel: "balances" });
 * for await (const msg of balances) {
 *   const usd: BalanceData | undefined = msg.data.find((b) => b.asset === "USD");
 *   if (usd) console.log(usd.balance, usd.amount); // "1520.3400" "-250.0000" (amount only in updates)
 * }
 */
export interface BalanceData {
  asset: string;
  asset_class?: string;
  balance: DecimalString;
  wallets?: Array<{ type: string; id: string; balance: DecimalString }>;
  ledger_id?: string;
  ref_id?: string;
  timestamp?: string;
  type?: string;
  subtype?: string;
  category?: string;
  wallet_type?: string;
  wallet_id?: string;
  amount?: DecimalString;
  fee?: DecimalString;
  user?: string;
}
/**
 * `status` data: engine state. `connection_id` is a debugging id as its exact digits (a string): Kraken's
 * ids exceed 2^53, where a JS number would change the last digits.
 * @example
 * ws.on("status", ({ connection, data }) => console.log(connection, data.system, data.connection_id));
 * // "public" "online" "12893948786379388467" (connection_id as its exact digits)
 * const status: StatusData | undefined = ws.systemStatus("auth");
 * if (status?.system === "cancel_only") console.warn("Kraken accepts only cancels right now");
 */
export interface StatusData {
  system: "online" | "maintenance" | "cancel_only" | "post_only" | "limit_only" | (string & {});
  api_version: string;
  connection_id: string;
  version: string;
}

/**
 * A `ticker` frame.
 * @example
 * const ticks: Subscription<TickerMessage> = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
 * for await (const msg of ticks) console.log(msg.type, msg.data[0]?.last); // "update" "43210.1"
 */
export interface TickerMessage {
  channel: "ticker";
  type: FrameType;
  data: TickerData[];
}
/**
 * A `trade` frame.
 * @example
 * const trades: Subscription<TradeMessage> = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
 * trades.on("message", (msg) => {
 *   for (const t of msg.data) console.log(t.side, t.qty, t.price); // buy 0.00500000 43210.1
 * });
 */
export interface TradeMessage {
  channel: "trade";
  type: FrameType;
  data: TradeData[];
}
/**
 * An `ohlc` frame.
 * @example
 * const params = { channel: "ohlc", symbol: ["BTC/USD"], interval: 1 } as const;
 * const candles: Subscription<OhlcMessage> = await ws.subscribe(params);
 * for await (const msg of candles) console.log(msg.type, msg.data[0]?.close); // "update" "43210.1"
 */
export interface OhlcMessage {
  channel: "ohlc";
  type: FrameType;
  timestamp?: string;
  data: OhlcData[];
}
/**
 * An `instrument` frame (data is an object, not an array).
 * @example
 * const refs: Subscription<InstrumentMessage> = await ws.subscribe({ channel: "instrument" });
 * for await (const msg of refs) {
 *   console.log(msg.data.pairs.length, msg.data.assets.length); // data is an object, not an array
 *   break; // the snapshot is enough here
 * }
 */
export interface InstrumentMessage {
  channel: "instrument";
  type: FrameType;
  data: { assets: InstrumentAsset[]; pairs: InstrumentPair[] };
}
/**
 * An `executions` frame with its per-subscription `sequence`.
 * @example
 * ws.on("gap", (g) => console.warn("missed private messages", g)); // a skipped or repeated sequence
 * const executions: Subscription<ExecutionsMessage> = await ws.subscribe({ channel: "executions" });
 * for await (const msg of executions) console.log(msg.sequence, msg.type, msg.data.length); // 1 "snapshot" 3
 */
export interface ExecutionsMessage {
  channel: "executions";
  type: FrameType;
  data: ExecutionReport[];
  sequence: number;
}
/**
 * A `balances` frame with its per-subscription `sequence`.
 * @example
 * ws.on("gap", (g) => console.warn("missed private messages", g)); // a skipped or repeated sequence
 * const balances: Subscription<BalancesMessage> = await ws.subscribe({ channel: "balances" });
 * for await (const msg of balances) console.log(msg.sequence, msg.data[0]?.balance); // 1 "1520.3400"
 */
export interface BalancesMessage {
  channel: "balances";
  type: FrameType;
  data: BalanceData[];
  sequence: number;
}
/**
 * A `status` frame.
 * @example
 * const msg = decodeWsFrame('{"channel":"status","type":"update","data":[{"system":"online",' +
 *   '"api_version":"v2","connection_id":12893948786379388467,"version":"2.0.10"}]}') as StatusMessage;
 * msg.data[0]?.connection_id; // "12893948786379388467" (its exact digits; a number would round them)
 */
export interface StatusMessage {
  channel: "status";
  type: FrameType;
  data: StatusData[];
}

/**
 * The message type a subscription of channel `C` yields.
 * @example
 * type Candle = MessageOf<"ohlc">; // OhlcMessage
 * const onBook = (frame: MessageOf<"book">) => console.log(frame.data[0]?.checksum); // a BookFrame
 */
export type MessageOf<C extends SubscribableChannel> = {
  ticker: TickerMessage;
  book: BookFrame;
  level3: Level3Frame;
  ohlc: OhlcMessage;
  trade: TradeMessage;
  instrument: InstrumentMessage;
  executions: ExecutionsMessage;
  balances: BalancesMessage;
  positions: PositionsMessage;
  margin: MarginMessage;
}[C];

/**
 * Any channel message a subscription can yield.
 * @example
 * function summary(msg: ChannelMessage): string {
 *   return msg.channel === "ticker" ? `${msg.data[0]?.symbol} ${msg.data[0]?.last}` : msg.channel;
 * }
 */
export type ChannelMessage = MessageOf<SubscribableChannel>;
