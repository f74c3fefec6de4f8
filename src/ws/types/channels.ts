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

/**
 * An exact decimal string as Kraken sent it: the literal's digits unchanged (`"0.10000000"` keeps its
 * zeros, `"1234567890123.45678"` all its digits), an exponent literal expanded (`1e-8` becomes
 * `"0.00000001"`), possibly negative (`change`, trigger offsets). Compare and compute with a decimal
 * library or the SDK's decimal helpers, not with `Number()`, when the digits matter.
 */
export type DecimalString = string;

/** Type of a channel data frame. */
export type FrameType = "snapshot" | "update";

/** `ticker` (level 1). @see https://docs.kraken.com/api/docs/websocket-v2/ticker */
export interface TickerParams {
  channel: "ticker";
  symbol: readonly string[];
  /** `trades` (default): publish on every trade; `bbo`: on best bid/offer change. */
  event_trigger?: "bbo" | "trades";
  snapshot?: boolean;
}
/** `book` (level 2). */
export interface BookParams {
  channel: "book";
  symbol: readonly string[];
  depth?: 10 | 25 | 100 | 500 | 1000;
  snapshot?: boolean;
}
/** `level3` (individual orders; authenticated, level3 endpoint). */
export interface Level3Params {
  channel: "level3";
  symbol: readonly string[];
  depth?: 10 | 100 | 1000;
  snapshot?: boolean;
}
/** OHLC interval in minutes. */
export type OhlcInterval = 1 | 5 | 15 | 30 | 60 | 240 | 1440 | 10080 | 21600;
/** `ohlc` candles. */
export interface OhlcParams {
  channel: "ohlc";
  symbol: readonly string[];
  interval: OhlcInterval;
  snapshot?: boolean;
}
/** `trade`. */
export interface TradeParams {
  channel: "trade";
  symbol: readonly string[];
  /** Default false (Kraken): the 50 most recent trades. */
  snapshot?: boolean;
}
/** `instrument` reference data. */
export interface InstrumentParams {
  channel: "instrument";
  execution_venue?: "international" | "bitnomial-exchange";
  include_tokenized_assets?: boolean;
  snapshot?: boolean;
}
/** `executions` (orders and fills; private). The token is added by the client. */
export interface ExecutionsParams {
  channel: "executions";
  snap_trades?: boolean;
  snap_orders?: boolean;
  order_status?: boolean;
  rebased?: boolean;
  ratecounter?: boolean;
  users?: "all";
}
/** `balances` (private). The token is added by the client. */
export interface BalancesParams {
  channel: "balances";
  snapshot?: boolean;
  rebased?: boolean;
  users?: "all";
}

/** Parameters of any subscription. */
export type SubscribeParams =
  | TickerParams
  | BookParams
  | Level3Params
  | OhlcParams
  | TradeParams
  | InstrumentParams
  | ExecutionsParams
  | BalancesParams;

/** Name of a subscribable channel. */
export type SubscribableChannel = SubscribeParams["channel"];

/** One `ticker` data entry. */
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
/** One `trade` data entry. */
export interface TradeData {
  symbol: string;
  side: "buy" | "sell";
  qty: DecimalString;
  price: DecimalString;
  ord_type: "limit" | "market";
  trade_id: number;
  timestamp: string;
}
/** One `ohlc` candle. */
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
/** An `instrument` asset. */
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
/** An `instrument` pair. */
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
/** Trigger state of a triggered order in an `executions` report. */
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
/** OTO close-order template in an `executions` report. */
export interface ExecutionContingent {
  order_type?: string;
  trigger_price?: DecimalString;
  trigger_price_type?: string;
  limit_price?: DecimalString;
  limit_price_type?: string;
}
/** An `executions` report; fields present depend on `exec_type` (updates are partial). */
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
/** A `balances` entry: snapshot entries carry `wallets`, updates carry ledger fields. */
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
 */
export interface StatusData {
  system: "online" | "maintenance" | "cancel_only" | "post_only" | "limit_only" | (string & {});
  api_version: string;
  connection_id: string;
  version: string;
}

/** A `ticker` frame. */
export interface TickerMessage {
  channel: "ticker";
  type: FrameType;
  data: TickerData[];
}
/** A `trade` frame. */
export interface TradeMessage {
  channel: "trade";
  type: FrameType;
  data: TradeData[];
}
/** An `ohlc` frame. */
export interface OhlcMessage {
  channel: "ohlc";
  type: FrameType;
  timestamp?: string;
  data: OhlcData[];
}
/** An `instrument` frame (data is an object, not an array). */
export interface InstrumentMessage {
  channel: "instrument";
  type: FrameType;
  data: { assets: InstrumentAsset[]; pairs: InstrumentPair[] };
}
/** An `executions` frame with its per-subscription `sequence`. */
export interface ExecutionsMessage {
  channel: "executions";
  type: FrameType;
  data: ExecutionReport[];
  sequence: number;
}
/** A `balances` frame with its per-subscription `sequence`. */
export interface BalancesMessage {
  channel: "balances";
  type: FrameType;
  data: BalanceData[];
  sequence: number;
}
/** A `status` frame. */
export interface StatusMessage {
  channel: "status";
  type: FrameType;
  data: StatusData[];
}

/** The message type a subscription of channel `C` yields. */
export type MessageOf<C extends SubscribableChannel> = {
  ticker: TickerMessage;
  book: BookFrame;
  level3: Level3Frame;
  ohlc: OhlcMessage;
  trade: TradeMessage;
  instrument: InstrumentMessage;
  executions: ExecutionsMessage;
  balances: BalancesMessage;
}[C];

/** Any channel message a subscription can yield. */
export type ChannelMessage = MessageOf<SubscribableChannel>;
