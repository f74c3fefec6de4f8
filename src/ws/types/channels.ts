/**
 * Subscribe parameters and message shapes of every Kraken WS v2 channel.
 *
 * Numbers: `book` and `level3` frames are decoded losslessly (prices and quantities are exact
 * decimal strings, see `decodeBookMessage`). Every other channel is decoded with `JSON.parse`, so its
 * prices and quantities are JS numbers: exact for the digits Kraken prints in ticker, trade, ohlc and
 * balance frames up to ~15 significant digits. Use REST or the book channels where more are needed.
 * @see https://docs.kraken.com/api/docs/websocket-v2/ticker
 */
import type { BookFrame, Level3Frame } from "../../book/types.js";

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
  bid: number;
  bid_qty: number;
  ask: number;
  ask_qty: number;
  last: number;
  volume: number;
  vwap: number;
  low: number;
  high: number;
  change: number;
  change_pct: number;
  timestamp?: string;
}
/** One `trade` data entry. */
export interface TradeData {
  symbol: string;
  side: "buy" | "sell";
  qty: number;
  price: number;
  ord_type: "limit" | "market";
  trade_id: number;
  timestamp: string;
}
/** One `ohlc` candle. */
export interface OhlcData {
  symbol: string;
  open: number;
  high: number;
  low: number;
  close: number;
  vwap: number;
  trades: number;
  volume: number;
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
  collateral_value: number;
  margin_rate?: number;
  multiplier?: number;
  class?: string;
}
/** An `instrument` pair. */
export interface InstrumentPair {
  symbol: string;
  base: string;
  quote: string;
  status: string;
  qty_precision: number;
  qty_increment: number;
  qty_min: number;
  price_precision: number;
  price_increment: number;
  cost_precision: number;
  cost_min: number | string;
  marginable: boolean;
  has_index: boolean;
  margin_initial?: number;
  position_limit_long?: number;
  position_limit_short?: number;
  tick_size?: number;
  ws_display_price_precision?: number;
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
  order_qty?: number;
  cash_order_qty?: number;
  display_qty?: number;
  limit_price?: number;
  time_in_force?: string;
  post_only?: boolean;
  reduce_only?: boolean;
  margin?: boolean;
  cl_ord_id?: string;
  order_userref?: number;
  cum_qty?: number;
  cum_cost?: number;
  avg_price?: number;
  exec_id?: string;
  trade_id?: number;
  last_qty?: number;
  last_price?: number;
  cost?: number;
  liquidity_ind?: "m" | "t";
  fees?: Array<{ asset: string; qty: number }>;
  fee_usd_equiv?: number;
  reason?: string;
  amended?: boolean;
  triggers?: Record<string, unknown>;
  contingent?: Record<string, unknown>;
  user?: string;
  [field: string]: unknown;
}
/** A `balances` entry: snapshot entries carry `wallets`, updates carry ledger fields. */
export interface BalanceData {
  asset: string;
  asset_class?: string;
  balance: number;
  wallets?: Array<{ type: string; id: string; balance: number }>;
  ledger_id?: string;
  ref_id?: string;
  timestamp?: string;
  type?: string;
  subtype?: string;
  category?: string;
  wallet_type?: string;
  wallet_id?: string;
  amount?: number;
  fee?: number;
  user?: string;
}
/** `status` data: engine state. `connection_id` may exceed 2^53 (kept as Kraken sent it). */
export interface StatusData {
  system: "online" | "maintenance" | "cancel_only" | "post_only" | "limit_only" | (string & {});
  api_version: string;
  connection_id: number;
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
