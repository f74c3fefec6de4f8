/** The Unified WebSocket client (kept apart from the Spot client so Spot apps do not bundle it). */
export {
  type FuturesReconcileSource,
  futuresReconciler,
  KrakenUnifiedWs,
  type KrakenUnifiedWsOptions,
  UNIFIED_WS_URLS,
} from "./client.js";
