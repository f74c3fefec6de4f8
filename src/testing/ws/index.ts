/** WebSocket v2 side of the embedded Kraken simulator (Node only). */

export type { EndpointKind } from "./connection.js";
export type { ConnectionInfo, ConnectionTarget, WsFaults } from "./fault-state.js";
export {
  startWsServers,
  type WsRecordedFrame,
  type WsRecorder,
  type WsServerOptions,
  type WsServers,
  type WsServersContext,
} from "./ws-simulator.js";
