/**
 * The trading code that KrakenWs loads on first use (lazy-chunk.ts): parameter validation and wire
 * encoding, and the managed dead man's switch.
 */
export { ManagedDeadMansSwitch } from "./dead-mans-switch.js";
export * from "./trading-params.js";
