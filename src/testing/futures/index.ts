/** The simulator's Derivatives venue: its engine, keys, faults and the REST service behind `sim.futuresUrl`. */
export {
  DEMO_FUTURES_WALLETS,
  FuturesAccount,
  type FuturesAccountSetup,
  type SelfTradeStrategy,
} from "./account.js";
export { FuturesFaults } from "./faults.js";
export {
  defaultInstruments,
  type FuturesInstrument,
  type MarginLevel,
  quarterlyExpiry,
} from "./instruments.js";
export {
  DEMO_FUTURES_API_KEY,
  DEMO_FUTURES_API_SECRET,
  DEMO_FUTURES_KEY,
  endpointPathOf,
  type FuturesKeyAccess,
  futuresAuthent,
  type SimFuturesKeyConfig,
} from "./keys.js";
export { DERIVATIVES_BUDGET, HISTORY_POOL } from "./rate-limits.js";
export { FUTURES_ROUTES, type FuturesRoute } from "./routes.js";
export type {
  FuturesFill,
  FuturesOrder,
  FuturesOrderType,
  FuturesPosition,
  FuturesTrade,
  TriggerOrder,
  TriggerSignal,
} from "./types.js";
export { FuturesError } from "./types.js";
export { type FuturesNotification, FuturesVenue, type FuturesVenueOptions } from "./venue.js";
export { FuturesWsV1Faults } from "./ws-v1/faults.js";
export type { FuturesWsV1Options, FuturesWsV1Server } from "./ws-v1/server.js";
