/**
 * Parameters and results of the WS v2 trading methods. Prices and quantities are given as exact
 * decimal strings (numbers are accepted, but strings are what keeps them exact); they are written
 * into the JSON text digit for digit, never through a float.
 * @see https://docs.kraken.com/api/docs/websocket-v2/add_order
 */

/** An exact decimal such as "37500.1" (a number is accepted but may carry float artefacts). */
export type DecimalInput = string | number;

/** Order types of `add_order`. */
export type OrderType =
  | "limit"
  | "market"
  | "iceberg"
  | "stop-loss"
  | "stop-loss-limit"
  | "take-profit"
  | "take-profit-limit"
  | "trailing-stop"
  | "trailing-stop-limit"
  | "settle-position";
/** Order types allowed in `conditional` (OTO close orders). */
export type CloseOrderType = Exclude<OrderType, "market" | "iceberg" | "settle-position">;
/** How a price is expressed. */
export type PriceType = "static" | "pct" | "quote";
/** Trigger definition for stop/take-profit/trailing orders. */
export interface Triggers {
  reference?: "index" | "last";
  price: DecimalInput;
  price_type?: PriceType;
}
/** OTO close-order template. */
export interface ConditionalClose {
  order_type: CloseOrderType;
  limit_price?: DecimalInput;
  limit_price_type?: PriceType;
  trigger_price?: DecimalInput;
  trigger_price_type?: PriceType;
}

/** Fields shared by `add_order` and each `batch_add` order. */
export interface OrderFields {
  order_type: OrderType;
  side: "buy" | "sell";
  order_qty?: DecimalInput;
  limit_price?: DecimalInput;
  limit_price_type?: PriceType;
  triggers?: Triggers;
  time_in_force?: "gtc" | "gtd" | "ioc" | "fok";
  margin?: boolean;
  post_only?: boolean;
  reduce_only?: boolean;
  effective_time?: string;
  expire_time?: string;
  /** Generated (UUID) when neither `cl_ord_id` nor `order_userref` is given. */
  cl_ord_id?: string;
  order_userref?: number;
  conditional?: ConditionalClose;
  display_qty?: DecimalInput;
  fee_preference?: "base" | "quote";
  stp_type?: "cancel_newest" | "cancel_oldest" | "cancel_both";
  cash_order_qty?: DecimalInput;
  sender_sub_id?: string;
}
/** `add_order` parameters (the token is added by the client). */
export interface AddOrderParams extends OrderFields {
  symbol: string;
  deadline?: string;
  validate?: boolean;
}
/** `add_order` result. */
export interface AddOrderResult {
  order_id: string;
  cl_ord_id?: string;
  order_userref?: number;
  warnings?: string[];
}
/** `amend_order` parameters: exactly one of `order_id` / `cl_ord_id`. */
export interface AmendOrderParams {
  order_id?: string;
  cl_ord_id?: string;
  order_qty?: DecimalInput;
  display_qty?: DecimalInput;
  limit_price?: DecimalInput;
  limit_price_type?: PriceType;
  post_only?: boolean;
  trigger_price?: DecimalInput;
  trigger_price_type?: PriceType;
  deadline?: string;
  symbol?: string;
}
/** `amend_order` result. */
export interface AmendOrderResult {
  amend_id: string;
  order_id?: string;
  cl_ord_id?: string;
  warnings?: string[];
}
/** `edit_order` parameters (legacy cancel-and-replace; prefer amend). */
export interface EditOrderParams {
  order_id: string;
  symbol: string;
  order_qty?: DecimalInput;
  display_qty?: DecimalInput;
  limit_price?: DecimalInput;
  triggers?: Triggers;
  post_only?: boolean;
  reduce_only?: boolean;
  fee_preference?: "base" | "quote";
  order_userref?: number;
  deadline?: string;
  validate?: boolean;
}
/** `edit_order` result. */
export interface EditOrderResult {
  order_id: string;
  original_order_id: string;
  warnings?: string[];
}
/** `cancel_order` parameters: exactly one identifier list. */
export interface CancelOrderParams {
  order_id?: readonly string[];
  cl_ord_id?: readonly string[];
  order_userref?: readonly number[];
}
/** One cancelled order (Kraken answers once per order). */
export interface CancelOrderResult {
  order_id: string;
  cl_ord_id?: string;
  warnings?: string[];
}
/** `cancel_all` / `batch_cancel` result. */
export interface CountResult {
  count: number;
  warnings?: string[];
}
/** `cancel_all_orders_after` result. */
export interface CancelAllOrdersAfterResult {
  currentTime: string;
  triggerTime?: string;
  warnings?: string[];
}
/** `batch_add` parameters: 2 to 15 orders on one symbol. */
export interface BatchAddParams {
  symbol: string;
  orders: readonly OrderFields[];
  deadline?: string;
  validate?: boolean;
}
/** `batch_cancel` parameters: 2 to 50 identifiers in total. */
export interface BatchCancelParams {
  /** Kraken order ids and/or order_userrefs as strings. */
  orders?: readonly string[];
  cl_ord_id?: readonly string[];
}
/** Options of every trading call. */
export interface RequestOptions {
  /** Stops waiting (the request may still have reached Kraken once sent). */
  signal?: AbortSignal;
  /** Overrides the client's `requestTimeoutMs`. */
  timeoutMs?: number;
}
