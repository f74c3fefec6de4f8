// Named params and result types of every REST operation (RestAddOrderParams, RestAddOrderResult, ...).

export type {
  FuturesCallOptions,
  FuturesOperationArgs,
  FuturesOperationMethods,
  FuturesOperationParams,
  FuturesOperationResult,
} from "../generated/futures/index.js";
export type * from "../generated/methods.js";
export type { AuthentSigner } from "./auth/authent.js";
export type { NonceOptions, NonceScale, NonceSource } from "./auth/nonce.js";
export type { OtpProvider } from "./auth/otp.js";
export { createRequestSigner, type RequestSigner } from "./auth/sign.js";
export type { TokenRequestOptions } from "./auth/token-cache.js";
// The book classes and functions are values of "kraken-connector/books" (src/books.ts): they load on
// first use of ws.book()/ws.level3(), so "." exports only their types.
export type { BookBase, BookOptions } from "./book/book-base.js";
export type { ChecksumMode } from "./book/checksum-policy.js";
export type {
  Level3Book,
  Level3BookOptions,
  Level3BookStats,
  Level3PriceLevel,
} from "./book/level3-book.js";
export type {
  ApplyResult,
  OrderBook,
  OrderBookEvents,
  OrderBookOptions,
  OrderBookStats,
} from "./book/order-book.js";
export type * from "./book/types.js";
export * from "./errors/index.js";
export { type FoundFuturesOrder, KrakenFutures } from "./futures/client.js";
export type { FuturesRateLimitOptions, KrakenFuturesOptions } from "./futures/options.js";
export * from "./futures-ws/index.js";
export * from "./markets/index.js";
export type { Clock } from "./rest/clock.js";
export {
  ENGINE_COUNTER_LIMITS,
  type TradingEngineCounter,
  tradingEngineCounter,
} from "./rest/engine-limiter.js";
export { type FoundOrder, KrakenRest } from "./rest/kraken-rest.js";
export type {
  CallOptions,
  KrakenLogger,
  KrakenRestOptions,
  RateLimitOptions,
  RetryOptions,
} from "./rest/options.js";
export {
  type PagedEntry,
  type PageRequester,
  type PaginatedEntries,
  type PaginatedOperationId,
  type PaginateParams,
  paginate,
} from "./rest/paginate.js";
export { type CounterLimits, type KrakenTier, REST_COUNTER_LIMITS } from "./rest/rate-limiter.js";
export { rawClient } from "./rest/raw-client.js";
export type {
  CallResult,
  OperationArgs,
  OperationMethods,
  OperationParams,
  OperationResult,
} from "./rest/types.js";
export type { Page, PageFetcher } from "./util/pages.js";
export { walkPages } from "./util/pages.js";
export type {
  LiveBookOptions,
  LiveLevel3Book,
  LiveLevel3Options,
  LiveOrderBook,
  ResyncPolicy,
} from "./ws/books/book-sync.js";
export * from "./ws/index.js";
