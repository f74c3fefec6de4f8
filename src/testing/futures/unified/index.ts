/** The simulated Unified WebSocket (Node only): public and private endpoints over the Derivatives venue. */
export type { UnifiedEndpoint, UnifiedWsFaults } from "./faults.js";
export { startUnifiedWs, type UnifiedWsContext, type UnifiedWsServers } from "./server.js";
