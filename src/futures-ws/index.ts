// The Derivatives WebSocket v1 client and its types.
export type { FuturesBookOptions, FuturesOrderBook } from "./book.js";
export { KrakenFuturesWs } from "./client.js";
export { FUTURES_WS_MONEY_KEYS } from "./decode.js";
export { KrakenFuturesWsAuthError } from "./errors.js";
export type { FuturesSubscribeOptions, FuturesWsEvents, KrakenFuturesWsOptions } from "./options.js";
export type * from "./types.js";
