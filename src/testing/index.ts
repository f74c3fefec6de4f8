/**
 * Node-only entry `kraken-connector/testing`: the embedded Kraken simulator (REST + WebSocket v2 on
 * loopback), its exchange core and fault injection.
 */

export * from "./exchange/index.js";
export * from "./futures/index.js";
export { MarketGenerator, type MarketGeneratorOptions } from "./market/index.js";
export { type RecordedFrame, type RecordedRequest, Recorder } from "./recorder.js";
export type { LockoutPolicy } from "./rest/auth.js";
export {
  type RestFaultAction,
  type RestFaultHandle,
  type RestFaultScope,
  RestFaults,
} from "./rest/faults.js";
export {
  ALL_PERMISSIONS,
  DEMO_API_KEY,
  DEMO_API_SECRET,
  krakenSignature,
  type SimApiKeyConfig,
  type SimPermission,
  type SimTier,
} from "./rest/keys.js";
export { TIER_LIMITS } from "./rest/rate-counter.js";
export {
  DEMO_KEY,
  type KrakenSimulator,
  type SimulatorAccounts,
  type SimulatorFaults,
  type SimulatorOptions,
  startKrakenSimulator,
} from "./simulator.js";
export type { WsFaults } from "./ws/index.js";
