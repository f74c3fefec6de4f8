/**
 * The simulator's exchange core: pairs, L3 books, accounts, matching, events and WS tokens.
 * Shared by the REST server (src/testing/rest) and the WebSocket servers (src/testing/ws).
 */
export { Account, type AccountTrade } from "./account.js";
export { rfc3339Seconds, type SimClock, systemClock } from "./clock.js";
export * as decimal from "./decimal.js";
export {
  type AmendInput,
  DEMO_BALANCES,
  describeOrder,
  type EditInput,
  Exchange,
  type ExchangeOptions,
  LP_ACCOUNT,
  type OrderRef,
  type PlaceResult,
} from "./exchange.js";
export { IdGenerator, seededRandom } from "./ids.js";
export { type BookLevel, OrderBook, remaining } from "./order-book.js";
export { hasLimitPrice, isTriggered } from "./order-rules.js";
export {
  DEFAULT_ASSETS,
  DEFAULT_PAIRS,
  PairRegistry,
  type SimAsset,
  type SimPair,
  XSTOCK_ASSET,
  XSTOCK_PAIR,
} from "./pairs.js";
export { TOKEN_LIFETIME_SECONDS, TokenStore, type WsTokenRecord } from "./tokens.js";
export {
  TRADING_LIMITS,
  TradingLimits,
  type TradingTier,
  type TradingTransaction,
} from "./trading-limits.js";
export * from "./types.js";
