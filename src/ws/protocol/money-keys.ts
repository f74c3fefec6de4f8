/**
 * The keys whose numeric values are money in Kraken's WS v2 frames (prices, quantities, costs, fees,
 * balances, increments and rates), taken field by field from the channel and method schemas. Their
 * literals are kept as exact decimal strings; every other number (req_id, sequence, checksum, trade_id,
 * order_userref, interval, trades, count, precisions, position limits, ...) stays a JS number.
 * @see https://docs.kraken.com/api/docs/websocket-v2/ticker
 * @example
 * WS_MONEY_KEYS.has("last"); // true: ticker `last` arrives as an exact decimal string
 * WS_MONEY_KEYS.has("trade_id"); // false: stays a number
 */
export const WS_MONEY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // ticker
  "bid",
  "bid_qty",
  "ask",
  "ask_qty",
  "last",
  "volume",
  "vwap",
  "low",
  "high",
  "change",
  "change_pct",
  // ohlc (also vwap, volume, high, low)
  "open",
  "close",
  // trade; executions `fees[].qty`; the order-lifecycle guide's `qty`/`filled_qty`
  "price",
  "qty",
  "filled_qty",
  // executions (and level3 / trading echoes)
  "order_qty",
  "cash_order_qty",
  "display_qty",
  "display_qty_remain",
  "limit_price",
  "cum_qty",
  "cum_cost",
  "avg_price",
  "last_qty",
  "last_price",
  "cost",
  "fee_usd_equiv",
  "stop_price",
  "triggered_price",
  // executions `triggers` and `contingent` objects (`triggers.price`, `triggers.last_price` above)
  "trigger_price",
  "actual_price",
  "peak_price",
  // balances (snapshot `wallets[].balance` too)
  "balance",
  "amount",
  "fee",
  // instrument pairs and assets
  "qty_increment",
  "qty_min",
  "price_increment",
  "tick_size",
  "cost_min",
  "margin_initial",
  "collateral_value",
  "margin_rate",
  "multiplier",
]);
