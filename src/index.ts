export * from "./errors/index.js";
export { decodeBookMessage } from "./book/decode.js";
export type * from "./book/types.js";
export { KrakenRest, type FoundOrder } from "./rest/kraken-rest.js";
export type { KrakenRestOptions, CallOptions, RetryOptions, RateLimitOptions, KrakenLogger } from "./rest/options.js";
export type { OperationParams, OperationResult, OperationArgs, OperationMethods, CallResult } from "./rest/types.js";
export type { Clock } from "./rest/clock.js";
export { REST_COUNTER_LIMITS, type KrakenTier, type CounterLimits } from "./rest/rate-limiter.js";
export { ENGINE_COUNTER_LIMITS } from "./rest/engine-limiter.js";
export { createRequestSigner, type RequestSigner } from "./auth/sign.js";
export type { NonceOptions, NonceScale, NonceSource } from "./auth/nonce.js";
export type { OtpProvider } from "./auth/otp.js";
export type { TokenRequestOptions } from "./auth/token-cache.js";
export * from "./ws/index.js";
export {
  type ApplyResult,
  OrderBook,
  type OrderBookEvents,
  type OrderBookOptions,
  type OrderBookStats,
} from "./book/order-book.js";
export {
  Level3Book,
  type Level3BookOptions,
  type Level3BookStats,
  type Level3PriceLevel,
} from "./book/level3-book.js";
export type { ChecksumMode } from "./book/checksum-policy.js";
export { bookChecksum, level3Checksum, checksumToken } from "./book/checksum.js";
export {
  type LiveBookOptions,
  LiveLevel3Book,
  type LiveLevel3Options,
  LiveOrderBook,
  type ResyncPolicy,
} from "./ws/book-sync.js";
