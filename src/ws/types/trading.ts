/**
 * Parameters and results of the WS v2 trading methods. Prices and quantities are given as exact
 * decimal strings (numbers are accepted, but strings are what keeps them exact); they are written
 * into the JSON text digit for digit, never through a float.
 * @see https://docs.kraken.com/api/docs/websocket-v2/add_order
 */

/**
 * An exact decimal such as "37500.1" (a number is accepted but may carry float artefacts).
 * @example
 * const price: DecimalInput = "37500.1"; // exact; the number 37500.1 is accepted too, but strings stay exact
 * await ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: price,
 *   order_qty: "0.01" });
 */
export type DecimalInput = string | number;

/**
 * Order types of `add_order`.
 * @example
 * const type: OrderType = "stop-loss-limit";
 * await ws.addOrder({ order_type: type, side: "sell", symbol: "BTC/USD", order_qty: "0.01",
 *   limit_price: "35900", triggers: { reference: "last", price: "36000" } });
 */
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
/**
 * Order types allowed in `conditional` (OTO close orders).
 * @example
 * const close: CloseOrderType = "take-profit"; // not "market", "iceberg" or "settle-position"
 * await ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500",
 *   order_qty: "0.01", conditional: { order_type: close, trigger_price: "39000" } });
 */
export type CloseOrderType = Exclude<OrderType, "market" | "iceberg" | "settle-position">;
/**
 * How a price is expressed.
 * @example
 * const offset: PriceType = "pct"; // trail 1.5 % behind the last price
 * await ws.addOrder({ order_type: "trailing-stop", side: "sell", symbol: "BTC/USD", order_qty: "0.01",
 *   triggers: { reference: "last", price: "1.5", price_type: offset } });
 */
export type PriceType = "static" | "pct" | "quote";
/**
 * Trigger definition for stop/take-profit/trailing orders.
 * @example
 * const triggers: Triggers = { reference: "index", price: "36000" }; // static price (the default)
 * await ws.addOrder({ order_type: "stop-loss", side: "sell", symbol: "BTC/USD", order_qty: "0.01",
 *   triggers });
 */
export interface Triggers {
  reference?: "index" | "last";
  price: DecimalInput;
  price_type?: PriceType;
}
/**
 * OTO close-order template.
 * @example
 * const takeProfit: ConditionalClose =
 *   { order_type: "take-profit-limit", trigger_price: "39000", limit_price: "38950" };
 * await ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500",
 *   order_qty: "0.01", conditional: takeProfit }); // placed when the buy fills
 */
export interface ConditionalClose {
  order_type: CloseOrderType;
  limit_price?: DecimalInput;
  limit_price_type?: PriceType;
  trigger_price?: DecimalInput;
  trigger_price_type?: PriceType;
}

/**
 * Fields shared by `add_order` and each `batch_add` order.
 * @example
 * const bid = (price: string): OrderFields =>
 *   ({ order_type: "limit", side: "buy", limit_price: price, order_qty: "0.01", post_only: true });
 * await ws.batchAdd({ symbol: "BTC/USD", orders: [bid("37500"), bid("37400")] });
 */
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
/**
 * `add_order` parameters (the token is added by the client).
 * @example
 * const params: AddOrderParams = { order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500",
 *   order_qty: "0.01", time_in_force: "gtc", post_only: true };
 * const { order_id, cl_ord_id } = await ws.addOrder(params); // cl_ord_id: a generated UUID
 */
export interface AddOrderParams extends OrderFields {
  symbol: string;
  deadline?: string;
  validate?: boolean;
}
/**
 * `add_order` result.
 * @example
 * const placed: AddOrderResult = await ws.addOrder({ order_type: "market", side: "sell", symbol: "ETH/USD",
 *   order_qty: "0.5" });
 * console.log(placed.order_id, placed.cl_ord_id); // "OQCLML-BW3P3-BUCMWZ" and the generated UUID
 */
export interface AddOrderResult {
  order_id: string;
  cl_ord_id?: string;
  order_userref?: number;
  warnings?: string[];
}
/**
 * `amend_order` parameters: exactly one of `order_id` / `cl_ord_id`.
 * @example
 * const params: AmendOrderParams = { order_id: "OQCLML-BW3P3-BUCMWZ", limit_price: "37400" };
 * await ws.amendOrder(params); // same order id, queue priority kept where possible
 */
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
/**
 * `amend_order` result.
 * @example
 * const amended: AmendOrderResult = await ws.amendOrder({ cl_ord_id: "grid-bid-1", limit_price: "37450" });
 * console.log(amended.amend_id); // Kraken's id of this amendment, e.g. "TL7PUE-GMR3P-2RQBVX"
 */
export interface AmendOrderResult {
  amend_id: string;
  order_id?: string;
  cl_ord_id?: string;
  warnings?: string[];
}
/**
 * `edit_order` parameters (legacy cancel-and-replace; prefer amend).
 * @example
 * const params: EditOrderParams = { order_id: "OQCLML-BW3P3-BUCMWZ", symbol: "BTC/USD", limit_price: "37450",
 *   order_qty: "0.01" };
 * const { order_id } = await ws.editOrder(params); // a new order id; prefer ws.amendOrder
 */
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
/**
 * `edit_order` result.
 * @example
 * const edited: EditOrderResult = await ws.editOrder({ order_id: "OQCLML-BW3P3-BUCMWZ", symbol: "BTC/USD",
 *   order_qty: "0.02" });
 * console.log(edited.original_order_id, "->", edited.order_id); // old one cancelled, new one placed
 */
export interface EditOrderResult {
  order_id: string;
  original_order_id: string;
  warnings?: string[];
}
/**
 * `cancel_order` parameters: exactly one identifier list.
 * @example
 * const params: CancelOrderParams = { order_id: ["OQCLML-BW3P3-BUCMWZ", "OB5VMB-B4U2U-DK2WRW"] };
 * await ws.cancelOrder(params);
 * await ws.cancelOrder({ order_userref: [42] }); // every order with that userref
 */
export interface CancelOrderParams {
  order_id?: readonly string[];
  cl_ord_id?: readonly string[];
  order_userref?: readonly number[];
}
/**
 * One cancelled order (Kraken answers once per order).
 * @example
 * const cancelled: CancelOrderResult[] = await ws.cancelOrder({ cl_ord_id: ["grid-bid-1", "grid-bid-2"] });
 * console.log(cancelled.map((r) => r.order_id)); // one result per order
 */
export interface CancelOrderResult {
  order_id: string;
  cl_ord_id?: string;
  warnings?: string[];
}
/**
 * `cancel_all` / `batch_cancel` result.
 * @example
 * const { count }: CountResult = await ws.cancelAll();
 * console.log(`${count} orders cancelled`);
 */
export interface CountResult {
  count: number;
  warnings?: string[];
}
/**
 * `cancel_all_orders_after` result.
 * @example
 * const r: CancelAllOrdersAfterResult = await ws.cancelAllOrdersAfter(60);
 * console.log(r.currentTime, r.triggerTime); // "2024-05-01T10:00:00Z" "2024-05-01T10:01:00Z"
 * await ws.cancelAllOrdersAfter(0); // disarm (ws.deadMansSwitch() refreshes it for you)
 */
export interface CancelAllOrdersAfterResult {
  currentTime: string;
  triggerTime?: string;
  warnings?: string[];
}
/**
 * `batch_add` parameters: 2 to 15 orders on one symbol.
 * @example
 * const params: BatchAddParams = { symbol: "BTC/USD", orders: [
 *   { order_type: "limit", side: "buy", limit_price: "37500", order_qty: "0.01" },
 *   { order_type: "limit", side: "sell", limit_price: "38500", order_qty: "0.01" },
 * ] };
 * const placed = await ws.batchAdd(params); // AddOrderResult[] in request order
 */
export interface BatchAddParams {
  symbol: string;
  orders: readonly OrderFields[];
  deadline?: string;
  validate?: boolean;
}
/**
 * `batch_cancel` parameters: 2 to 50 identifiers in total.
 * @example
 * const params: BatchCancelParams = { orders: ["OQCLML-BW3P3-BUCMWZ", "OB5VMB-B4U2U-DK2WRW"] };
 * const { count } = await ws.batchCancel(params); // 2
 */
export interface BatchCancelParams {
  /** Kraken order ids and/or order_userrefs as strings. */
  orders?: readonly string[];
  cl_ord_id?: readonly string[];
}
/**
 * Options of every trading call.
 * @example
 * const options: RequestOptions = { timeoutMs: 5_000, signal: AbortSignal.timeout(8_000) };
 * await ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500",
 *   order_qty: "0.01" }, options);
 * // a timeout after sending rejects with KrakenAmbiguousOrderError; the order is never resent
 */
export interface RequestOptions {
  /** Stops waiting (the request may still have reached Kraken once sent). */
  signal?: AbortSignal;
  /** Overrides the client's `requestTimeoutMs`. */
  timeoutMs?: number;
  /** `false` skips the order-rule check of loaded markets for this request. */
  checkRules?: boolean;
  /** The symbol of an `amendOrder` (which names none), so its prices and quantity can be checked. */
  market?: string;
}
